import type { DomainEvent } from "../schemas/event.js";
import { EVENT_CATALOGUE, eventDef } from "./catalogue.js";
import { fillSentence, type Wording } from "./define.js";
import type { EventEnvelope } from "./envelope.js";
import { SWEDISH_LABELS, swedishLabel } from "../swedishLabels.js";
import { formatSwedishTime } from "./swedishTime.js";

/**
 * A stored event whose payload does not read as its type's current schema: written before a field it now requires
 * (an old database) or by a newer server. It keeps its place in the log and its seq, but no reducer applies it.
 */
export type UnreadEvent = EventEnvelope & { unread: true };
export type ReadEvent = DomainEvent | UnreadEvent;

export const isUnread = (event: ReadEvent): event is UnreadEvent => "unread" in event;

/**
 * Reads an event's payload against the catalogue, once, where it arrives. Never throws: an old or unknown payload
 * comes back as an UnreadEvent rather than stopping the rest of the page or the sync.
 */
export function readEvent(raw: EventEnvelope): ReadEvent {
  const def = Object.hasOwn(EVENT_CATALOGUE, raw.type) ? eventDef(raw.type) : undefined;
  const parsed = def?.data.safeParse(raw.data);
  if (!parsed?.success) return { ...raw, unread: true };
  return { ...raw, data: parsed.data } as DomainEvent;
}

/** The log sentence of an event in the console's language; the bare type for one that could not be read. */
export function eventSentence(event: ReadEvent, actor: string, w: Wording): string | null {
  if (isUnread(event)) return null;
  const def = eventDef(event.type);
  const [key, params = {}] = def.describe(event.data, w);
  const sentence = def.log[key];
  return sentence ? fillSentence(sentence[w.lang], { actor, ...params }) : null;
}

/**
 * The console's Swedish words (shared/swedishLabels.ts) for the CSV copy of the log, times as the CSV writes them and
 * lists joined the Swedish way ("a, b och c").
 */
const CSV_WORDING: Wording = {
  lang: "sv",
  label: (key) => swedishLabel(SWEDISH_LABELS, key),
  time: formatSwedishTime,
  list: (items) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`,
};

/**
 * The Swedish description in the registered CSV copy of the log: the catalogue's own CSV text when the type has one,
 * else the console's Swedish log sentence ("Anna Lind loggade ryktet ”…”."), never the bare type code.
 */
export function eventCsvText(event: ReadEvent): string {
  if (isUnread(event)) return `Systemhändelse som inte kunde läsas (${event.type})`;
  const def = eventDef(event.type);
  if (def.csv) return def.csv(event.data);
  const actor = event.actor?.displayName ?? swedishLabel(SWEDISH_LABELS, "event.system");
  return eventSentence(event, actor, CSV_WORDING) ?? `${actor}: ${event.type}`;
}
