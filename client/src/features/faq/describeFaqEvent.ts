import type { DomainEvent } from "../../../../shared/schemas/event";
import { FaqEntry } from "../../../../shared/schemas/faq";
import { translate, type UiLanguage } from "../../i18n";

const QUOTE_MAX = 80; // characters; the log line names the question, the FAQ desk has the whole entry

/** FAQ events as sentences for the incident log ("Sara ändrade FAQ-svaret ”…”."); null for other types. */
export function describeFaqEvent(event: DomainEvent, actor: string, lang: UiLanguage): string | null {
  if (!event.type.startsWith("faq.")) return null;
  const parsed = FaqEntry.safeParse(event.data.faq);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const question = entry.question.length > QUOTE_MAX ? `${entry.question.slice(0, QUOTE_MAX - 1).trimEnd()}…` : entry.question;
  const tr = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) => translate(lang, key, { actor, question, ...params });
  switch (event.type) {
    case "faq.created":
      return tr("event.faqCreated");
    case "faq.updated":
      return tr("event.faqUpdated");
    case "faq.status_changed":
      return tr("event.faqStatusChanged", { status: translate(lang, `faq.status.${entry.status}`).toLocaleLowerCase(lang) });
    case "faq.stale":
      return tr("event.faqStale");
    default:
      return null;
  }
}
