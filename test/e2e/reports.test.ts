import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PDFParse } from "pdf-parse";
import type { Incident } from "../../shared/index.js";
import type { IncidentReport } from "../../shared/schemas/report.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1280, height: 900 });

/** What the page shows for a share: Swedish percent with at most one decimal (the report's own format). */
const swedishPercent = (share: number) =>
  new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 1 }).format(share);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("follow-up reports in Chromium", () => {
  let lead: Page;
  let incident: Incident;
  let report: IncidentReport;

  it("the lead reaches the period report from the menu; it lists the demo incident with charts and tables", async () => {
    lead = await e2e.signedIn("lead");
    const { incidents } = (await (await lead.request.get("/api/incidents")).json()) as { incidents: Incident[] };
    incident = incidents.find((i) => i.title.startsWith("Kokningsrekommendation")) ?? (incidents[0] as Incident);
    // Calls about the incident, so the first-contact figure is a number: two answered at once, one forwarded.
    for (const resolution of ["answered_first_contact", "answered_first_contact", "forwarded"] as const) {
      const res = await lead.request.post("/api/inquiries", {
        data: {
          channel: "phone",
          resolution,
          question: "Måste jag koka vattnet?",
          incidentId: incident.id,
          openedAt: new Date(Date.now() - 30_000).toISOString(),
          ...(resolution === "forwarded" ? { forwardedTo: "VA-enheten" } : {}),
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    // The demo incident is an exercise, and the committee's period figures count real calls only: two calls of an
    // ordinary day (no incident) give the period its month and charts.
    for (const resolution of ["answered_first_contact", "forwarded"] as const) {
      const res = await lead.request.post("/api/inquiries", {
        data: {
          channel: "email",
          resolution,
          question: "När töms soptunnorna?",
          openedAt: new Date(Date.now() - 30_000).toISOString(),
          ...(resolution === "forwarded" ? { forwardedTo: "Avfallsenheten" } : {}),
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    }

    await lead.getByRole("link", { name: "Rapporter" }).click();
    await lead
      .getByRole("heading", { name: /^Periodrapport \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/, level: 1 })
      .waitFor();
    await lead.getByRole("table", { name: "Kommunens mål och utfall" }).waitFor();
    expect(await lead.locator(".report-chart canvas").count()).toBeGreaterThanOrEqual(2);
    const months = lead.getByRole("table", { name: "Ärenden per månad" });
    expect(await months.getByRole("row").count()).toBeGreaterThanOrEqual(2);
    await screenshot(lead, "reports-period", { fullPage: true });
    expect(await seriousA11yViolations(lead)).toEqual([]);
  });

  it("the after-action report renders its charts and tables and passes axe", async () => {
    await lead.getByRole("link", { name: incident.title }).click();
    // The demo incident is an exercise: its report is the exercise evaluation.
    const kind = incident.exercise ? "Övningsutvärdering" : "Efterhandsrapport";
    await lead.getByRole("heading", { name: `${kind}: ${incident.title}`, level: 1 }).waitFor();
    report = (await (await lead.request.get(`/api/incidents/${incident.id}/report`)).json()) as IncidentReport;
    expect(report.contact.firstContactRate).not.toBeNull();

    // Three charts (channels over time, the course of events, time to correction), each with its table.
    const charts = lead.locator(".report-chart");
    expect(await charts.count()).toBe(3);
    for (const figure of await charts.all()) {
      // Time to correction with no claim corrected yet (the demo's are not) says so instead of drawing empty axes.
      if ((await figure.locator(".report-empty").count()) > 0) {
        expect(report.claims.corrected).toBe(0);
        expect(await figure.textContent()).toContain("Inga påståenden rättades under händelsen.");
        continue;
      }
      expect(await figure.locator("canvas").count()).toBeGreaterThan(0);
      expect(await figure.getByRole("img").getAttribute("aria-label")).toMatch(/tabell/);
    }
    const targets = lead.getByRole("table", { name: "Kommunens mål och utfall" });
    const fcrRow = targets.getByRole("row", { name: /Besvarade vid första kontakt/ });
    expect(flat((await fcrRow.textContent()) ?? "")).toContain(
      flat(swedishPercent(report.contact.firstContactRate ?? 0)),
    );
    expect(
      await lead
        .getByRole("table", { name: "Tid till rättelse per allvarlighetsgrad" })
        .getByRole("rowheader")
        .allTextContents(),
    ).toEqual(["Kritisk", "Hög", "Medel", "Låg"]);
    await lead
      .getByRole("table", { name: "Löften om nästa uppdatering" })
      .or(lead.getByText(/^Löften om nästa uppdatering:/))
      .first()
      .waitFor();
    await screenshot(lead, "reports-incident", { fullPage: true });
    expect(await seriousA11yViolations(lead)).toEqual([]);
  });

  it("prints to an A4 PDF with the municipality, the incident title, the first-contact figure and page numbers", async () => {
    const pdf = await lead.pdf({ format: "A4" });
    const raw = pdf.toString("latin1");
    // A4 is 595 × 842 points.
    expect(raw).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = flat((await parser.getText()).text);
    await parser.destroy();
    expect(text).toContain(incident.title);
    expect(text).toContain(flat(swedishPercent(report.contact.firstContactRate ?? 0)));
    expect(text).toContain(report.municipality);
    expect(text).toMatch(/Sida 1 av \d+/);
    // The screen's controls stay off paper.
    expect(text).not.toContain("Skriv ut eller spara som PDF");
  });

  it("the incident overview links the lead to the incident's report", async () => {
    await lead.goto(`/incidents/${incident.id}`);
    await lead.getByRole("link", { name: "Efterhandsrapport" }).click();
    const kind = incident.exercise ? "Övningsutvärdering" : "Efterhandsrapport";
    await lead.getByRole("heading", { name: `${kind}: ${incident.title}`, level: 1 }).waitFor();
    expect(new URL(lead.url()).pathname).toBe(`/incidents/${incident.id}/report`);
  });

  it("the contact centre's trends page takes a period: today, 7 days, 30 days, the quarter or chosen days", async () => {
    await lead.goto("/contact/trends");
    await lead.getByRole("heading", { name: "Statistik i dag", level: 2 }).waitFor();
    await lead.getByRole("radio", { name: "30 dagar" }).check();
    await lead.getByRole("heading", { name: "Statistik, senaste 30 dagarna", level: 2 }).waitFor();
    // Over more than two days the volume is per day: today's row counts the two ordinary calls logged above, at least;
    // the three on the demo incident, an exercise, are left out of the real figures, and the page says so.
    const perDay = lead.getByRole("table", { name: "Ärenden per dag och kanal" });
    await perDay.waitFor();
    const total = Number(await perDay.getByRole("row").last().getByRole("cell").last().textContent());
    expect(total).toBeGreaterThanOrEqual(2);
    const leftOut = await lead
      .getByText(/^Siffrorna gäller verkliga ärenden: \d+ ärenden loggade på övningar/)
      .textContent();
    expect(Number(/(\d+) ärenden/.exec(leftOut ?? "")?.[1])).toBeGreaterThanOrEqual(3);
    // The trends above keep the drill's calls, where the contact centre practises, and say how many they are.
    const inTrends = await lead.getByText(/^Varav \d+ ärenden loggade på övningar/).textContent();
    expect(Number(/Varav (\d+)/.exec(inTrends ?? "")?.[1])).toBeGreaterThanOrEqual(3);
    await lead.getByRole("radio", { name: "Eget intervall" }).check();
    await lead.getByLabel("Från och med").fill("2026-01-01");
    await lead.getByLabel("Till och med").fill("2026-01-31");
    await lead.getByRole("heading", { name: "Statistik 2026-01-01 – 2026-01-31", level: 2 }).waitFor();
    expect(await seriousA11yViolations(lead)).toEqual([]);
  });
});
