import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import { bulletinMessageInput } from "../../../shared/index.js";
import {
  exampleSlots,
  fillTemplate,
  MissingSlotError,
  slotsIn,
  TEMPLATE_LANGUAGES,
  type ScenarioTemplate,
} from "../../../shared/templates/index.js";
import { AppError } from "../../errors.js";
import { DEFAULT_PUBLISH_THRESHOLD, evaluateGate } from "../bulletins/gate.js";

/** Time slots as a real first message has them: "when" half an hour ago, the next update two hours ahead. */
function timesAround(template: ScenarioTemplate, now: Date): Record<string, string> {
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
  return Object.fromEntries(
    template.slots
      .filter((s) => s.kind === "datetime")
      .map((s) => [s.name, s.name === "nästa_uppdatering" ? at(120) : at(-30)]),
  );
}

/**
 * A saved template is held to the bank's own standard: every slot its texts use is declared, and in every language,
 * filled with its example values, its bulletin passes the checklist and the publish gate without a reason (scored as
 * a fresh draft: the incident just started, nothing published, no facts yet). The first failure is a 400 naming
 * the field, with `reason` (`undeclared_slot`/`missing_example` with the `slot`, `gate` with the `score`, the
 * `threshold` and the failing `findings` in Swedish and English) for the console to say it in the user's language.
 */
export function assertTemplatePasses(template: ScenarioTemplate, threshold = DEFAULT_PUBLISH_THRESHOLD): void {
  const declared = new Set(template.slots.map((s) => s.name));
  for (const language of TEMPLATE_LANGUAGES) {
    const texts = template.texts[language];
    for (const [field, text] of Object.entries({
      headline: texts.headline,
      body: texts.body,
      instruction: texts.instruction,
      sms: texts.sms,
      social: texts.social,
      script: texts.script,
    })) {
      const unknown = slotsIn(text).find((n) => !declared.has(n));
      if (unknown)
        throw new AppError(
          "validation",
          `template.texts.${language}.${field}: {${unknown}} is not a declared slot`,
          400,
          `template.texts.${language}.${field}`,
          { reason: "undeclared_slot", slot: unknown },
        );
    }
  }
  const now = new Date();
  for (const language of TEMPLATE_LANGUAGES) {
    let filled;
    try {
      filled = fillTemplate(template, language, { ...exampleSlots(template), ...timesAround(template, now) }, now);
    } catch (err) {
      if (err instanceof MissingSlotError)
        throw new AppError("validation", `template.slots: {${err.slot}} needs an example`, 400, "template.slots", {
          reason: "missing_example",
          slot: err.slot,
        });
      throw err;
    }
    const content = { kind: "bulletin" as const, ...filled, factIds: [] };
    const result = scoreMessage(bulletinMessageInput(content, language), {
      now: now.toISOString(),
      incident: {
        startedAt: new Date(now.getTime() - 30 * 60_000).toISOString(),
        firstPublishedAt: null,
        lastPublishedAt: null,
        nextUpdateDue: null,
      },
      facts: [],
      availableLanguages: TEMPLATE_LANGUAGES.filter((l) => l !== language),
    });
    const gate = evaluateGate(result, false, threshold);
    if (!gate.passed) {
      // The checklist reports each occurrence (a word in the body and again in the instruction is two findings with
      // one message); the editor lists what to fix, so each rule's message once.
      const seen = new Set<string>();
      const findings = allFindings(result)
        .filter((f) => f.severity === "error" || gate.failing.includes(f.principle))
        .filter((f) => {
          const key = `${f.ruleId} ${f.message.sv} ${f.message.en}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .slice(0, 5);
      const why = findings.map((f) => `${f.ruleId}: ${f.message.en}`).join("; ");
      throw new AppError(
        "validation",
        `template.texts.${language}: score ${result.overall}, needs ${threshold} with no failing principle (${why})`,
        400,
        `template.texts.${language}`,
        // The editor says it in the user's language: the findings' own Swedish and English words.
        { reason: "gate", score: result.overall, threshold, findings: findings.map((f) => f.message) },
      );
    }
  }
}
