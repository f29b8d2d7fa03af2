import type { ChecklistSpan, ChecklistText } from "../../schemas/checklist.js";
import type { FieldName } from "../analysis.js";

export function span(field: FieldName, start: number, end: number): ChecklistSpan {
  return { field, start, end };
}

export function t(sv: string, en: string): ChecklistText {
  return { sv, en };
}

/** A quoted excerpt for messages; long hits are shortened so findings stay readable. */
export function q(text: string): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  return `”${clean.length > 60 ? `${clean.slice(0, 57)}…` : clean}”`;
}
