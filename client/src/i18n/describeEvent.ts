import { eventSentence, readEvent, type EventEnvelope, type Wording } from "@shared/events/index";
import { formatDateTime } from "./format";
import { joinList, translate, type MessageKey, type UiLanguage } from "./index";

/** What the event catalogue borrows from the console to word a sentence: its labels, date format and lists. */
function wording(lang: UiLanguage): Wording {
  return {
    lang,
    // The catalogue names dictionary keys (`status.closed`, `claims.column.assigned` …); each is in both languages.
    label: (key) => translate(lang, key as MessageKey),
    time: (iso) => formatDateTime(iso, lang),
    list: (items) => joinList(items, lang),
  };
}

/**
 * A system event as a sentence for the log: "Anna Lind ändrade status till Bevakning." The sentences are the event
 * catalogue's (shared/events/); an event whose payload could not be read gets "{actor}: {type}".
 */
export function describeEvent(event: EventEnvelope, lang: UiLanguage): string {
  const actor = event.actor?.displayName ?? translate(lang, "event.system");
  return (
    eventSentence(readEvent(event), actor, wording(lang)) ??
    translate(lang, "event.generic", { actor, type: event.type })
  );
}
