/** Wire value sets of the checklist. Kept free of zod so the scorer stays small in the browser bundle. */

export const PRINCIPLES = ["active", "open", "factual", "fast", "impartial", "audienceAdapted"] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const MESSAGE_KINDS = ["bulletin", "faq", "correction", "sms", "social"] as const;

export const MESSAGE_AUDIENCES = [
  "residents",
  "affected-area",
  "businesses",
  "visitors",
  "media",
  "staff",
  "vulnerable-groups",
] as const;

export const MESSAGE_CHANNELS = ["web", "social", "press", "sms", "contact-centre", "intranet"] as const;

export const FACT_STATUSES = ["confirmed", "unconfirmed", "retracted"] as const;
export const CLAIM_SEVERITIES = ["low", "medium", "high", "critical"] as const;

export const FINDING_SEVERITIES = ["info", "warn", "error"] as const;

export const PRINCIPLE_STATUSES = ["pass", "warn", "fail"] as const;

export const CHECKLIST_LIMITS = {
  titleMax: 1_000, // characters; the editor's own title limit is stricter
  bodyMax: 200_000, // characters; the scorer itself is linear and accepts more
  listMax: 500, // entries in any context list (facts, claims, questions)
} as const;
