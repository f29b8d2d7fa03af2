/** Wire value sets. `as const` tuples feed both zod enums and TS unions. */

export const ROLES = ["admin", "lead", "communicator", "agent", "viewer"] as const;

export const INCIDENT_STATUSES = ["active", "monitoring", "closed"] as const;
export const INCIDENT_SEVERITIES = ["minor", "moderate", "severe", "extreme"] as const;

export const LOG_ENTRY_KINDS = ["decision", "note", "call", "correction"] as const;

export const LANGUAGES = ["sv", "en", "fi", "sv-lattlast"] as const;
export const UI_LANGUAGES = ["sv", "en"] as const;

/**
 * The `lang` attribute (BCP 47) for text written in a message language: easy Swedish (lättläst) is Swedish to a
 * screen reader. Wherever a bulletin's own words are shown, they carry this, whatever the page's language.
 */
export const textLang = (language: (typeof LANGUAGES)[number]): "sv" | "en" | "fi" =>
  language === "sv-lattlast" ? "sv" : language;

/**
 * The `lang` of the crisis team's own words, which carry no language of their own (shared/schemas): incident titles and
 * descriptions, log entries, facts and claims are written in Swedish. Tagged wherever shown, as a bulletin's words are
 * with textLang, so a screen reader in the English UI reads them as Swedish (WCAG 3.1.2).
 */
export const WORK_TEXT_LANG = "sv";

export const LIMITS = {
  usernameMax: 64,
  passwordMin: 12, // characters (OWASP ASVS 2.1.1); the server also refuses common passwords and the username
  passwordMax: 256,
  titleMax: 200,
  descriptionMax: 10_000,
  areaMax: 200,
  areasMax: 50,
  logTextMax: 5_000,
} as const;

export const SYNC_BACKLOG_LIMIT = 5_000; // events; a console further behind than this reloads a snapshot
export const DEFAULT_NEXT_UPDATE_MINUTES = 60; // minutes from incident start to the first promised update
/**
 * Seconds a newly promised next update may lie behind the server's clock: a console's clock running late, or the
 * current minute typed while the lead finished writing. Further back it is a time already broken (shared/nextUpdate.ts).
 */
export const NEXT_UPDATE_PAST_TOLERANCE_SECONDS = 300;
