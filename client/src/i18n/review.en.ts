import type { reviewSv } from "./review.sv";

/** English strings for the staleness and approval inbox; spread into en.ts. */
export const reviewEn: Record<keyof typeof reviewSv, string> = {
  "stale.scope.published": "concerns the published version",
  "stale.publishedOnly": "The published version is stale",
  "inbox.introAll":
    "Everything waiting for a decision: bulletins, FAQ answers and channel versions in review or stale, oldest first.",
  "inbox.section.bulletins": "Bulletins",
  "inbox.section.faq": "FAQ answers",
  "inbox.section.channels": "Channel versions",
  "inbox.why": "Why",
  "inbox.why.in_review": "Waiting for review",
  "inbox.why.approved": "Approved, not published",
  "inbox.why.stale": "Stale: {reason}",
  "inbox.why.stalePublished": "Stale: {reason} (the published version)",
  "inbox.why.fact": "{reason}: “{statement}”",
  "inbox.faqEmpty": "No FAQ answers wait for a decision.",
  "inbox.channelsEmpty": "No channel versions are stale.",
  "inbox.openFaq": "Open the FAQ answer “{question}”",
  "inbox.openChannel": "Open the {channel} for “{headline}”",
  "inbox.navCountAll": "{count} waiting for a decision",
  "faq.review.status": "FAQ status",
  "notifications.openFaq": "Open the FAQ answers",
  "notifications.openClaims": "Open the claims board",
  "contact.answer.reviewReason": "Reason: {reason} ({time})",
  "claims.factFlags.title": "A refuting fact has changed",
  "claims.factFlags.held":
    "The correction is held: it cannot be approved or published until someone confirms it against the facts.",
  "claims.factFlags.confirm": "Confirm the correction against the facts",
  "claims.factFlags.confirmed": "The correction is confirmed against the changed facts.",
  "claims.factFlags.failed": "The confirmation could not be saved: {message}",
  "errors.correction_held":
    "The correction is held: a fact refuting the claim has changed. Confirm it on the claims board first.",
};
