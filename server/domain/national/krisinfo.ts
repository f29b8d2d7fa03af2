import { createHash } from "node:crypto";
import { z } from "zod";
import type { NationalArea, NationalKind } from "../../../shared/schemas/national.js";

/**
 * One item of the Krisinformation open API v3 (`/v3/news`, `/v3/vmas`): the fields its documentation lists
 * (https://www.krisinformation.se/om-krisinformation/oppen-data) and public clients read. Lenient where the API is
 * (numbers or strings for SourceID, nulls for empty texts); an item without an identifier, a headline or a valid
 * publication time cannot be shown and is skipped.
 */
const Text = z
  .string()
  .nullish()
  .transform((v) => v ?? "");
const Time = z.string().refine((v) => !Number.isNaN(Date.parse(v)), "not a time");
const KrisinfoArea = z.object({ Type: Text, Description: Text }).passthrough();
export const KrisinfoItem = z
  .object({
    Identifier: z.union([z.string().min(1), z.number()]).transform(String),
    PushMessage: Text,
    Headline: z.string().trim().min(1),
    Preamble: Text,
    BodyText: Text,
    Area: z
      .array(KrisinfoArea)
      .nullish()
      .transform((v) => v ?? []),
    Published: Time,
    Updated: Time.nullish(),
    Web: z.string().nullish(),
    Language: Text,
    SourceID: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((v) => (v === null || v === undefined ? null : String(v))),
  })
  .passthrough();
export type KrisinfoItem = z.infer<typeof KrisinfoItem>;

export interface ParsedItem {
  kind: NationalKind;
  identifier: string;
  headline: string;
  preamble: string;
  bodyText: string;
  pushMessage: string;
  areas: NationalArea[];
  web: string | null;
  language: string;
  sourceId: string | null;
  publishedAt: string;
  updatedAt: string;
  /** sha256 of what a reader sees: a change of any of it is a new version. */
  hash: string;
  raw: unknown;
}

const iso = (v: string) => new Date(v).toISOString();
/** Only http(s) links are kept: the console renders them as links. */
const safeLink = (v: string | null | undefined) => (v && /^https?:\/\//i.test(v.trim()) ? v.trim() : null);

function toParsed(kind: NationalKind, item: KrisinfoItem, raw: unknown): ParsedItem {
  const areas = item.Area.map((a) => ({ description: a.Description, type: a.Type }));
  const seen = {
    h: item.Headline,
    p: item.Preamble,
    b: item.BodyText,
    m: item.PushMessage,
    a: areas,
    w: item.Web ?? null,
    u: item.Updated ?? null,
  };
  return {
    kind,
    identifier: item.Identifier,
    headline: item.Headline,
    preamble: item.Preamble,
    bodyText: item.BodyText,
    pushMessage: item.PushMessage,
    areas,
    web: safeLink(item.Web),
    language: item.Language || "sv",
    sourceId: item.SourceID,
    publishedAt: iso(item.Published),
    updatedAt: iso(item.Updated ?? item.Published),
    hash: createHash("sha256").update(JSON.stringify(seen)).digest("hex"),
    raw,
  };
}

/** The v3 answer is an array; some mirrors wrap it ({ "news": [...] }). Anything else is not a feed. */
function itemsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (body && typeof body === "object") {
    const arrays = Object.values(body).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] as unknown[];
  }
  return null;
}

export interface ParsedFeed {
  items: ParsedItem[];
  skipped: number;
}

/** Reads a feed's JSON: good items kept, bad ones counted. Null when the answer is not a list at all. */
export function parseFeed(kind: NationalKind, body: unknown): ParsedFeed | null {
  const raw = itemsOf(body);
  if (raw === null) return null;
  const items: ParsedItem[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const entry of raw) {
    const parsed = KrisinfoItem.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.Identifier)) {
      skipped++;
      continue;
    }
    seen.add(parsed.data.Identifier);
    items.push(toParsed(kind, parsed.data, entry));
  }
  return { items, skipped };
}

const NATIONWIDE = /^(sverige|hela landet|sweden|hela sverige)$/i;

/**
 * The municipality's part of the picture: an item for one of its counties, or for the whole country. An item with
 * no area at all is kept (the API leaves it empty for national news). No filter: everything.
 */
export function inCounties(item: ParsedItem, counties: readonly string[]): boolean {
  if (counties.length === 0 || item.areas.length === 0) return true;
  const wanted = counties.map((c) => c.trim().toLowerCase());
  return item.areas.some(
    (a) =>
      a.type.toLowerCase() === "country" ||
      NATIONWIDE.test(a.description.trim()) ||
      wanted.includes(a.description.trim().toLowerCase()),
  );
}
