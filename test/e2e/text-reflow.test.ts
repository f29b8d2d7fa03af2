/**
 * Text that must stay whole in Chromium: another incident's name on an FAQ hit is shown in full, not cut off with an
 * ellipsis (WCAG 1.4.10).
 */
import { describe, expect, it } from "vitest";
import type { FaqEntry, Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1280, height: 800 });
const api = jsonApi(() => e2e.url);

describe("an FAQ hit from another incident", () => {
  it("names that incident in full, so two incidents whose names begin alike can be told apart", async () => {
    const [lead, communicator, agent] = [
      await e2e.signedIn("lead"),
      await e2e.signedIn("communicator"),
      await e2e.signedIn("agent"),
    ];
    const incidents = await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents");
    const water = incidents.incidents.find((i) => /Kokningsrekommendation/u.test(i.title));
    expect(water).toBeDefined();
    const titles = [
      "Storm Gorm – elavbrott i norra kommunen och stängda vägar",
      "Storm Gorm – elavbrott i södra kommunen och stängda skolor",
    ];
    for (const [i, title] of titles.entries()) {
      const storm = await api<Incident>(lead.request, "post", "/api/incidents", { title, severity: "severe" }, 201);
      const draft = await api<FaqEntry>(
        communicator.request,
        "post",
        "/api/faq",
        {
          incidentId: storm.id,
          question: `När kommer strömmen tillbaka i ${i === 0 ? "norra" : "södra"} kommunen efter elavbrottet?`,
          answer: "Elbolaget räknar med att strömmen är tillbaka i kväll. Nästa besked kommer klockan 18.",
        },
        201,
      );
      const submitted = await api<FaqEntry>(communicator.request, "post", `/api/faq/${draft.id}/submit`, {
        expectedVersion: draft.version,
      });
      const approved = await api<FaqEntry>(lead.request, "post", `/api/faq/${draft.id}/approve`, {
        expectedVersion: submitted.version,
      });
      await api(lead.request, "post", `/api/faq/${draft.id}/publish`, { expectedVersion: approved.version });
    }

    await agent.goto("/contact");
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    await agent.getByLabel("Byt händelse").selectOption(water?.id ?? "");
    await agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).fill("strömmen tillbaka elavbrottet");
    const scopes = agent.getByRole("listbox", { name: /Träffar i FAQ:n/ }).locator(".hit-scope");
    await expect.poll(() => scopes.count()).toBe(2);

    // Both names, in whichever order the two equal hits come.
    expect((await scopes.allTextContents()).sort()).toEqual(titles.map((title) => `Från ”${title}”`).sort());
    for (const scope of await scopes.all()) {
      // Nothing of it clipped: all of its text is drawn inside its box, and its box inside the hit.
      const clipped = await scope.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(clipped, `"${await scope.textContent()}" is cut off`).toBeLessThanOrEqual(0);
      const [box, hit] = [await scope.boundingBox(), await scope.locator("xpath=ancestor::li[1]").boundingBox()];
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((hit?.x ?? 0) + (hit?.width ?? 0));
    }
    await screenshot(agent, "faq-hits-other-incidents", { fullPage: false });
  });
});
