import type { TemplateLanguage, ScenarioTemplate, TemplateSlot, TemplateTexts } from "./types.js";

import { MUNICIPALITY_TIME_ZONE } from "../timeZone.js";

const ZONE = MUNICIPALITY_TIME_ZONE; // slots are times in the municipality, whatever zone the editor's browser is in

const MONTHS: Record<"sv" | "en" | "fi", string[]> = {
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  fi: [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
  ],
};

function partsInSweden(iso: string): { day: number; month: number; hour: string; minute: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: ZONE,
    day: "numeric",
    month: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { day: Number(get("day")), month: Number(get("month")) - 1, hour: get("hour"), minute: get("minute") };
}

/** A time as each language writes it in a message, with the date so the text stays clear when read later. */
export function formatSlotTime(iso: string, language: TemplateLanguage): string | null {
  const p = partsInSweden(iso);
  if (!p) return null;
  if (language === "en") return `${p.hour}:${p.minute} on ${p.day} ${MONTHS.en[p.month]}`;
  if (language === "fi") return `${p.day}. ${MONTHS.fi[p.month]} klo ${p.hour}.${p.minute}`;
  return `${p.day} ${MONTHS.sv[p.month]} kl. ${p.hour}.${p.minute}`;
}

/** A slot's value: one text for every language, or per language (falling back to Swedish) for a translatable slot. */
export type SlotValue = string | Partial<Record<TemplateLanguage, string>>;
export type SlotValues = Record<string, SlotValue>;

/** The value a language uses: its own, else the Swedish one, else empty. */
export function slotValue(values: SlotValues, name: string, language: TemplateLanguage): string {
  const v = values[name];
  if (v === undefined) return "";
  if (typeof v === "string") return v.trim();
  return (v[language] ?? v.sv ?? "").trim();
}

const SLOT_PATTERN = /\{([\p{L}_]+)\}/gu;

/** The slot names a text uses, in order of first use. */
export function slotsIn(text: string): string[] {
  return [...new Set([...text.matchAll(SLOT_PATTERN)].map((m) => m[1] ?? ""))];
}

/** Slots the editor must still give (empty, or a datetime that is not a time). */
export function missingSlots(template: ScenarioTemplate, values: SlotValues): TemplateSlot[] {
  return template.slots.filter((s) => {
    const v = slotValue(values, s.name, "sv");
    if (v === "") return !s.optional;
    return s.kind === "datetime" && partsInSweden(v) === null;
  });
}

export class MissingSlotError extends Error {
  constructor(readonly slot: string) {
    super(`slots.${slot}: required`);
  }
}

function fillText(text: string, template: ScenarioTemplate, values: SlotValues, language: TemplateLanguage): string {
  return text.replace(SLOT_PATTERN, (whole, name: string) => {
    const def = template.slots.find((s) => s.name === name);
    if (!def) return whole;
    const value = slotValue(values, name, language);
    if (value === "") throw new MissingSlotError(name);
    return def.kind === "datetime" ? (formatSlotTime(value, language) ?? whole) : value;
  });
}

export interface FilledTemplate {
  templateId: string;
  templateVersion: number;
  language: TemplateLanguage;
  headline: string;
  body: string;
  instruction: string;
  sms: string;
  social: string;
  script: string;
  faq: Array<{ question: string; answer: string }>;
  audiences: ScenarioTemplate["audiences"];
  channels: ScenarioTemplate["channels"];
  categories: ScenarioTemplate["cap"]["categories"];
  severity: ScenarioTemplate["cap"]["severity"];
  urgency: ScenarioTemplate["cap"]["urgency"];
  certainty: ScenarioTemplate["cap"]["certainty"];
  area: string | null;
  expiresAt: string;
  nextUpdateAt: string | null;
}

/**
 * A template's texts in one language with the slots filled. Throws MissingSlotError naming the first slot that is
 * used but not given; a slot value is plain text and is never read as a slot itself.
 */
export function fillTemplate(
  template: ScenarioTemplate,
  language: TemplateLanguage,
  values: SlotValues,
  now: Date = new Date(),
): FilledTemplate {
  const missing = missingSlots(template, values)[0];
  if (missing) throw new MissingSlotError(missing.name);
  const texts: TemplateTexts = template.texts[language];
  const f = (t: string) => fillText(t, template, values, language);
  const next = slotValue(values, "nästa_uppdatering", "sv");
  return {
    templateId: template.id,
    templateVersion: template.version,
    language,
    headline: f(texts.headline),
    body: f(texts.body),
    instruction: f(texts.instruction),
    sms: f(texts.sms),
    social: f(texts.social),
    script: f(texts.script),
    faq: texts.faq.map((q) => ({ question: f(q.question), answer: f(q.answer) })),
    audiences: [...template.audiences],
    channels: [...template.channels],
    categories: [...template.cap.categories],
    severity: template.cap.severity,
    urgency: template.cap.urgency,
    certainty: template.cap.certainty,
    area: slotValue(values, "område", language) || null,
    expiresAt: new Date(now.getTime() + template.cap.expiresAfterHours * 3_600_000).toISOString(),
    nextUpdateAt:
      next && template.slots.some((s) => s.name === "nästa_uppdatering") ? new Date(next).toISOString() : null,
  };
}

/** Sample values for every slot of a template (previews and tests). */
export function exampleSlots(template: ScenarioTemplate): SlotValues {
  return Object.fromEntries(template.slots.map((s) => [s.name, s.example]));
}
