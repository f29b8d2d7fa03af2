import type { FaqEntry, FaqPatch, FaqReviewStatus, FaqWorking } from "../../../shared/index.js";
import { AppError } from "../../errors.js";

/**
 * An entry going live (or to review) with no answer: 400 on `answer` with `reason: "required_for_publish"`, which the
 * console says in its own language (the message is English, for developers).
 */
export const answerRequired = () =>
  new AppError("validation", "answer: an entry needs an answer before it is published", 400, "answer", {
    reason: "required_for_publish",
  });

type ContentField = keyof Omit<FaqPatch, "expectedVersion">;
export const CONTENT_FIELDS: readonly ContentField[] = [
  "incidentId",
  "question",
  "answer",
  "tags",
  "audiences",
  "language",
  "factIds",
];

/** The words of an entry, whichever record holds them. */
export type FaqText = Pick<FaqEntry, ContentField>;

/** The text under review and where it stands: a published entry's working version, else an unpublished entry. */
export interface ReviewText extends FaqText {
  status: FaqReviewStatus;
  /** Who last changed these words (four eyes). */
  editedBy: string;
  working: boolean;
}

export const textOf = (t: FaqText): FaqText => ({
  incidentId: t.incidentId,
  question: t.question,
  answer: t.answer,
  tags: t.tags,
  audiences: t.audiences,
  language: t.language,
  factIds: t.factIds,
});

/** Pure: what is under review, or null when nothing is (a published entry without an edit, an archived one). */
export function reviewTextOf(entry: FaqEntry): ReviewText | null {
  if (entry.working) {
    return { ...textOf(entry.working), status: entry.working.status, editedBy: entry.working.editedBy, working: true };
  }
  if (entry.status === "draft" || entry.status === "in_review" || entry.status === "approved") {
    return { ...textOf(entry), status: entry.status, editedBy: entry.editedBy ?? entry.updatedBy, working: false };
  }
  return null;
}

/** Pure: the fields a patch really changes, against the text it edits. */
export function changedFaqFields(current: FaqText, patch: FaqPatch): ContentField[] {
  return CONTENT_FIELDS.filter(
    (k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]),
  );
}

/** Pure: the text with a patch applied. */
export function patched(current: FaqText, patch: FaqPatch, changed: readonly ContentField[]): FaqText {
  const next = textOf(current);
  for (const key of changed) Object.assign(next, { [key]: patch[key] });
  return next;
}

export type { FaqWorking };
