import type { z } from "zod";
import type { Role } from "../schemas/user.js";
import type { EntityType } from "./types.js";

export type EventLang = "sv" | "en";

/** One log sentence in both console languages; `{name}` placeholders, `{actor}` always given. */
export interface Sentence {
  sv: string;
  en: string;
}

/**
 * What the console lends the catalogue to word a sentence: its own names for statuses, severities, channels …
 * (the dictionary keys, e.g. `claims.column.assigned`), its date format and its list joining ("a, b och c").
 */
export interface Wording {
  lang: EventLang;
  label: (key: string) => string;
  time: (iso: string) => string;
  list: (items: string[]) => string;
}

export type SentenceParams = Record<string, string | number>;

/** Which sentence of `log`, and the values for its placeholders (besides `actor`). */
export type Described<K extends string> = readonly [K, SentenceParams?];

/**
 * One event type's contract. `data` is the payload schema the server emits (and the console parses); `visibleTo`
 * the roles that see it unless the emitter says otherwise (`visibility: "varies"`: the emitter always says, e.g. a
 * FAQ draft is the editors', a published entry everyone's); `log` and `describe` the console's log sentence; `csv`
 * the Swedish description in the registered CSV copy of the log (the Swedish log sentence when absent). `inLog:
 * false` keeps a type out of the incident log (server timeline and console alike).
 */
export interface EventDef<S extends z.ZodType = z.ZodType, K extends string = string> {
  entity: readonly EntityType[];
  visibleTo: readonly Role[] | null;
  visibility?: "varies";
  /** false: not a line of the incident log (it echoes a change that has its own line, or is a running count). */
  inLog?: false;
  data: S;
  log: Record<K, Sentence>;
  // Method syntax on purpose: an entry with a narrower payload still satisfies the catalogue's Record<…, EventDef>.
  describe(data: z.output<S>, w: Wording): Described<K>;
  csv?(data: z.output<S>): string;
}

/** Keeps the literal types of one entry (payload schema and sentence names) for the union built from the catalogue. */
export function defineEvent<S extends z.ZodType, K extends string>(def: EventDef<S, K>): EventDef<S, K> {
  return def;
}

/** `{name}` → params.name; an unknown placeholder stays as written (as the console's own translate does). */
export function fillSentence(template: string, params: SentenceParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const QUOTE_MAX = 80; // characters; a log line names the claim or question, the board or desk has the whole text

/** A long text cut for a log sentence: "Vattnet stängs av i kväll…". */
export function quote(text: string): string {
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text;
}
