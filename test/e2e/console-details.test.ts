import { describe, expect, it } from "vitest";
import type { Bulletin, Fact, Incident } from "../../shared/index.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { jsonApi } from "./lib/api.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);

/** The inbox with an approved bulletin, a draft's "Ta bort utkast", a viewer's title and the 24-hour time field. */
describe("console details in Chromium", () => {
  let incident: Incident;
  let approved: Bulletin;
  let draft: Bulletin;

  it("lists a bulletin in review and one approved but unpublished in the lead's inbox", async () => {
    const lead = await e2e.signedIn("lead");
    const communicator = await e2e.signedIn("communicator");
    incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Stormen Gudrun", severity: "severe", affectedAreas: ["Norrby"] },
      201,
    );
    const fact = await api<Fact>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/facts`,
      { statement: "SMHI varnar för orkanbyar.", source: "SMHI", status: "confirmed" },
      201,
    );
    const make = (headline: string) =>
      api<Bulletin>(
        communicator.request,
        "post",
        `/api/incidents/${incident.id}/bulletins`,
        {
          headline,
          body: "Norrby kommun informerar: SMHI varnar för orkanbyar i kväll. Träd kan falla över vägar och ledningar.",
          instruction: "Stanna inomhus i kväll om du kan. Har du frågor? Ring kommunens kontaktcenter.",
          audiences: ["residents"],
          factIds: [fact.id],
        },
        201,
      );
    const inReview = await make("Stanna inomhus i kväll");
    await api(communicator.request, "post", `/api/bulletins/${inReview.id}/submit`, {});
    approved = await make("Orkanbyar i kväll");
    const submitted = await api<Bulletin>(communicator.request, "post", `/api/bulletins/${approved.id}/submit`, {});
    await api(lead.request, "post", `/api/bulletins/${approved.id}/approve`, { expectedVersion: submitted.version });
    draft = await make("Utkast som aldrig publiceras");

    await lead.getByRole("link", { name: /^Granska/ }).click();
    await lead.getByRole("heading", { name: "Att granska", level: 1 }).waitFor();
    const items = lead.getByRole("listitem").filter({ hasText: "Stormen Gudrun" });
    await items.filter({ hasText: "Orkanbyar i kväll" }).getByText("Godkänt, inte publicerat").waitFor();
    await items.filter({ hasText: "Stanna inomhus i kväll" }).getByText("Väntar på granskning").waitFor();
    await screenshot(lead, "inbox-approved", { fullPage: false });
    expect(await seriousA11yViolations(lead)).toEqual([]);

    // A never-published draft: "Ta bort utkast", never "Dra tillbaka".
    await lead.goto(`/incidents/${incident.id}/bulletins/${draft.id}`);
    await lead.getByRole("button", { name: "Ta bort utkast" }).waitFor();
    expect(await lead.getByRole("button", { name: "Dra tillbaka" }).count()).toBe(0);
    // CAP defaults from the severe storm, and the time fields in Swedish 24-hour form.
    const next = lead.getByLabel(/^Nästa uppdatering/);
    expect(await next.getAttribute("type")).toBe("text");
    expect(await next.getAttribute("placeholder")).toBe("ÅÅÅÅ-MM-DD TT:MM");
    await next.fill("2026-12-24 21:30");
    expect(await next.getAttribute("aria-invalid")).toBeNull();
    await screenshot(lead, "editor-draft-lead", { fullPage: true });
  });

  it("shows a viewer a read-only title, not 'Redigera meddelande'", async () => {
    const viewer = await e2e.signedIn("viewer");
    // A viewer reads published text only (review and staleness): the approved bulletin is not theirs until it is published.
    expect((await viewer.request.get(`/api/bulletins/${approved.id}`)).status()).toBe(404);
    const lead = await e2e.signedIn("lead");
    await api(lead.request, "post", `/api/bulletins/${approved.id}/publish`, {});
    await viewer.goto(`/incidents/${incident.id}/bulletins/${approved.id}`);
    await viewer.getByRole("heading", { level: 1, name: "Meddelande" }).waitFor();
    expect(await viewer.getByRole("heading", { name: "Redigera meddelande" }).count()).toBe(0);
    await screenshot(viewer, "editor-viewer", { fullPage: false });
    expect(await seriousA11yViolations(viewer)).toEqual([]);
  });
});
