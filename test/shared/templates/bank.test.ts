import { describe, expect, it } from "vitest";
import { DEFAULT_PUBLISH_THRESHOLD } from "../../../server/domain/bulletins/gate.js";
import { evaluateGate } from "../../../server/domain/bulletins/gate.js";
import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import { bulletinMessageInput, channelMessageInput, type ScoringContext } from "../../../shared/index.js";
import {
  exampleSlots,
  fillTemplate,
  formatSlotTime,
  MissingSlotError,
  missingSlots,
  slotsIn,
  TEMPLATE_LANGUAGES,
  TEMPLATES,
  type TemplateTexts,
} from "../../../shared/templates/index.js";

const NOW = new Date("2026-12-03T08:00:00.000Z");

/** What the server scores a fresh draft with: the incident just started, nothing published, no facts registered yet. */
function context(language: string): ScoringContext {
  return {
    now: NOW.toISOString(),
    incident: {
      startedAt: new Date(NOW.getTime() - 30 * 60_000).toISOString(),
      firstPublishedAt: null,
      lastPublishedAt: null,
      nextUpdateDue: null,
    },
    facts: [],
    openClaims: [],
    topQuestions: [],
    requiredLanguages: [],
    availableLanguages: TEMPLATE_LANGUAGES.filter((l) => l !== language),
  };
}

const textsOf = (t: TemplateTexts): string[] => [
  t.headline,
  t.body,
  t.instruction,
  t.sms,
  t.social,
  t.script,
  ...t.faq.flatMap((q) => [q.question, q.answer]),
];

describe("the scenario message bank", () => {
  it("covers the ten scenarios the crisis plan asks for, with sources and CAP fields", () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        "boil-water",
        "no-water",
        "power-cut",
        "storm",
        "heat-wave",
        "fire-smoke",
        "evacuation",
        "shelter-in-place",
        "school-closed",
        "it-outage",
      ]),
    );
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      expect(t.cap.categories.length, t.id).toBeGreaterThan(0);
      expect(t.cap.expiresAfterHours, t.id).toBeGreaterThan(0);
      expect(t.audiences.length, t.id).toBeGreaterThan(0);
    }
  });

  it("declares every slot its texts use, and uses every slot it declares", () => {
    for (const t of TEMPLATES) {
      const declared = new Set(t.slots.map((s) => s.name));
      for (const lang of TEMPLATE_LANGUAGES) {
        const used = new Set(textsOf(t.texts[lang]).flatMap(slotsIn));
        for (const name of used) expect(declared.has(name), `${t.id} ${lang} uses {${name}}`).toBe(true);
        expect(t.texts[lang].faq.length, `${t.id} ${lang} FAQ`).toBeGreaterThan(0);
      }
      const anywhere = new Set(TEMPLATE_LANGUAGES.flatMap((l) => textsOf(t.texts[l]).flatMap(slotsIn)));
      for (const name of declared)
        expect(anywhere.has(name), `${t.id} declares {${name}} but never uses it`).toBe(true);
    }
  });

  describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s", (_id, template) => {
    it.each(TEMPLATE_LANGUAGES)(
      "in %s, slots filled, passes the checklist and the publish gate without a reason",
      (language) => {
        const filled = fillTemplate(template, language, exampleSlots(template), NOW);
        for (const text of [filled.headline, filled.body, filled.instruction, filled.sms, filled.social, filled.script])
          expect(text).not.toMatch(/[{}]/);
        const content = {
          kind: "bulletin" as const,
          headline: filled.headline,
          body: filled.body,
          instruction: filled.instruction,
          audiences: filled.audiences,
          channels: filled.channels,
          factIds: [],
          nextUpdateAt: filled.nextUpdateAt,
        };
        const result = scoreMessage(bulletinMessageInput(content, language), context(language));
        const gate = evaluateGate(result, false, DEFAULT_PUBLISH_THRESHOLD);
        const why = allFindings(result)
          .filter((f) => f.severity !== "info")
          .map((f) => `${f.ruleId}: ${f.message.en}`)
          .join("; ");
        expect(gate.errors, why).toEqual([]);
        expect(gate.failing, why).toEqual([]);
        expect(gate.passed, `${result.overall}: ${why}`).toBe(true);
      },
    );

    it.each(TEMPLATE_LANGUAGES)(
      "in %s, its SMS, social and contact-centre versions and FAQ answers pass their channel's checklist",
      (language) => {
        const filled = fillTemplate(template, language, exampleSlots(template), NOW);
        const master = { factIds: [], audiences: filled.audiences, nextUpdateAt: filled.nextUpdateAt, language };
        const channels = [
          ["sms", filled.sms],
          ["social", filled.social],
          ["contact-centre", filled.script],
        ] as const;
        for (const [channel, text] of channels) {
          const result = scoreMessage(channelMessageInput(channel, text, master), context(language));
          const errors = allFindings(result).filter((f) => f.severity === "error");
          expect(errors.map((f) => `${channel} ${f.ruleId}: ${f.message.en}`)).toEqual([]);
          expect(result.status, `${channel}: ${result.overall}`).not.toBe("fail");
        }
        for (const q of filled.faq) {
          const result = scoreMessage(
            {
              kind: "faq",
              title: q.question,
              body: q.answer,
              language,
              audiences: filled.audiences,
              channels: ["contact-centre"],
            },
            context(language),
          );
          expect(
            allFindings(result)
              .filter((f) => f.severity === "error")
              .map((f) => f.ruleId),
            q.question,
          ).toEqual([]);
        }
      },
    );
  });

  it("names the missing slot, and refuses a time that is not a time", () => {
    const boil = TEMPLATES.find((t) => t.id === "boil-water")!;
    const { område: _område, ...rest } = exampleSlots(boil);
    expect(missingSlots(boil, rest).map((s) => s.name)).toEqual(["område"]);
    expect(() => fillTemplate(boil, "sv", rest)).toThrow(MissingSlotError);
    expect(() => fillTemplate(boil, "sv", rest)).toThrow(/område/);
    expect(missingSlots(boil, { ...exampleSlots(boil), nästa_uppdatering: "snart" }).map((s) => s.name)).toEqual([
      "nästa_uppdatering",
    ]);
  });

  it("writes times in Swedish time in each language, and carries the next update and expiry to the bulletin", () => {
    expect(formatSlotTime("2026-12-03T15:00:00.000Z", "sv")).toBe("3 december kl. 16.00");
    expect(formatSlotTime("2026-07-01T10:05:00.000Z", "en")).toBe("12:05 on 1 July");
    expect(formatSlotTime("2026-12-03T15:00:00.000Z", "fi")).toBe("3. joulukuuta klo 16.00");
    const boil = TEMPLATES.find((t) => t.id === "boil-water")!;
    const filled = fillTemplate(boil, "sv", exampleSlots(boil), NOW);
    expect(filled.nextUpdateAt).toBe("2026-12-03T15:00:00.000Z");
    expect(filled.body).toContain("3 december kl. 16.00");
    expect(filled.expiresAt).toBe(new Date(NOW.getTime() + boil.cap.expiresAfterHours * 3_600_000).toISOString());
    expect(filled.area).toBe("Norrby och Söderäng");
  });

  it("reads a slot value as plain text, never as another slot", () => {
    const boil = TEMPLATES.find((t) => t.id === "boil-water")!;
    const filled = fillTemplate(boil, "en", { ...exampleSlots(boil), område: "{telefon}" }, NOW);
    expect(filled.headline).toBe("Boil your drinking water in {telefon}");
  });

  it("uses a translatable slot's own language and falls back to Swedish", () => {
    const evac = TEMPLATES.find((t) => t.id === "evacuation")!;
    const slots = { ...exampleSlots(evac), orsak: { sv: "en skogsbrand närmar sig" } };
    expect(fillTemplate(evac, "en", slots, NOW).body).toContain("because en skogsbrand närmar sig");
    expect(fillTemplate(evac, "en", exampleSlots(evac), NOW).body).toContain(
      "because a forest fire is approaching the houses",
    );
  });
});
