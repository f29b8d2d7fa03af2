import type { DomainEvent } from "../schemas/event.js";
import { EVENT_CATALOGUE, eventDef } from "./catalogue.js";
import { fillSentence, type Wording } from "./define.js";
import type { EventEnvelope } from "./envelope.js";

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

/** The Swedish description in the registered CSV copy of the log (the type name when the catalogue has none). */
export function eventCsvText(event: ReadEvent): string {
  if (isUnread(event)) return event.type;
  const def = eventDef(event.type);
  return def.csv ? def.csv(event.data) : event.type;
}
