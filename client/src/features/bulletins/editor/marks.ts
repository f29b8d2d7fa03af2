import { bulletinSpanField } from "@shared/schemas/bulletin";
import type { ChecklistFinding, ChecklistResult } from "@shared/schemas/checklist";
import { allFindings } from "@shared/checklist/index";

export type TextField = "headline" | "body" | "instruction";

/** An underline in one editor field; offsets are into that field's value. */
export interface Mark {
  key: string;
  start: number;
  end: number;
  severity: ChecklistFinding["severity"];
}

export interface KeyedFinding {
  key: string;
  finding: ChecklistFinding;
  /** Where the span is in the editor's fields, when the finding has one. */
  place: { field: TextField; start: number; end: number } | null;
}

/** A key that stays put while the user types elsewhere. */
function keyOf(f: ChecklistFinding, n: number): string {
  return f.span ? `${f.ruleId}:${f.span.field}:${f.span.start}:${f.span.end}` : `${f.ruleId}:${n}`;
}

/** Every finding with its key and its place in the editor's fields (body spans split into body / instruction). */
export function keyFindings(result: ChecklistResult, bodyLength: number): KeyedFinding[] {
  const seen = new Map<string, number>();
  return allFindings(result).map((finding, i) => {
    let key = keyOf(finding, i);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key = `${key}#${n}`;
    const span = finding.span;
    if (!span || span.end <= span.start) return { key, finding, place: null };
    if (span.field === "title") return { key, finding, place: { field: "headline", start: span.start, end: span.end } };
    const { field, offset } = bulletinSpanField(bodyLength, span.start);
    // A span that would run past the end of the body (across the separator) is cut at the body's end.
    const end = field === "body" ? Math.min(span.end, bodyLength) : span.end - offset;
    return { key, finding, place: { field, start: span.start - offset, end } };
  });
}

export function marksFor(findings: KeyedFinding[], field: TextField): Mark[] {
  const marks: Mark[] = [];
  for (const { key, finding, place } of findings) {
    // Credits (negative deductions) are praise, not problems: they are listed but not underlined.
    if (place && place.field === field && finding.deduction >= 0) {
      marks.push({ key, start: place.start, end: place.end, severity: finding.severity });
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}
