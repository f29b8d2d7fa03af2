import type { ChecklistSpan, ChecklistText } from "../../schemas/checklist.js";
import type { FieldName } from "../analysis.js";

export function span(field: FieldName, start: number, end: number): ChecklistSpan {
  return { field, start, end };
}

export function t(sv: string, en: string): ChecklistText {
  // q() quotes the Swedish way (”…”), which is wrong in an English sentence: there the pair opens with “. Only an
  // opening mark turns (at the start, after a space or a bracket, before a letter): messages already written with
  // “…” keep their closing ”.
  return { sv, en: en.replace(/(^|[\s([])”(?=\S)/gu, "$1“") };
}

/** A quoted excerpt for messages; long hits are shortened so findings stay readable. */
export function q(text: string): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  return `”${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`;
}
