import type { CapCategory, CapCertainty, CapSeverity, CapUrgency } from "../schemas/bulletin.js";
import type { MessageAudience, MessageChannel } from "../schemas/checklist.js";

/** The four languages every scenario is written in: Swedish, easy Swedish (lättläst), English and Finnish. */
export const TEMPLATE_LANGUAGES = ["sv", "sv-lattlast", "en", "fi"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/**
 * A slot the editor asks for. `text` is put in as written; `datetime` takes an ISO time and is written out in each
 * language in Swedish time ("3 december kl. 16.00", "16:00 on 3 December", "3. joulukuuta klo 16.00").
 * `nästa_uppdatering` also becomes the bulletin's promised next update.
 */
export interface TemplateSlot {
  name: string;
  kind: "text" | "datetime";
  label: { sv: string; en: string };
  /** A value for previews and the bank's own tests; per language for a `translatable` slot. */
  example: string | Partial<Record<TemplateLanguage, string>>;
  /** Free prose (a cause, a service): the editor may give it per language; other languages fall back to Swedish. */
  translatable?: boolean;
  /** Filled in by the server when the editor leaves it empty (e.g. the municipality's sender name). */
  optional?: boolean;
}

export interface TemplateFaq {
  question: string;
  answer: string;
}

/** One language version: the bulletin (CAP headline, description, instruction), its channel versions and FAQ drafts. */
export interface TemplateTexts {
  headline: string;
  body: string;
  instruction: string;
  sms: string;
  social: string;
  /** What the contact centre says on the phone. */
  script: string;
  faq: TemplateFaq[];
}

export interface ScenarioTemplate {
  id: string;
  /** Bumped when the wording changes, so a bulletin can say which version it came from. */
  version: number;
  title: { sv: string; en: string };
  description: { sv: string; en: string };
  /** Where the wording comes from: public authority texts it follows. */
  sources: string[];
  slots: TemplateSlot[];
  cap: {
    categories: CapCategory[];
    severity: CapSeverity;
    urgency: CapUrgency;
    certainty: CapCertainty;
    /** CAP expires: this many hours after the bulletin is drafted. */
    expiresAfterHours: number;
  };
  audiences: MessageAudience[];
  channels: MessageChannel[];
  texts: Record<TemplateLanguage, TemplateTexts>;
}
