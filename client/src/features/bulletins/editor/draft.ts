import {
  BulletinContent,
  type Bulletin,
  type BulletinArea,
  type BulletinKind,
  type CapCategory,
  type CapCertainty,
  type CapSeverity,
  type CapUrgency,
} from "@shared/schemas/bulletin";
import type { MessageAudience, MessageChannel } from "@shared/schemas/checklist";
import { areaToText, parseAreaText, type AreaParse, type AreaText } from "@shared/geo/areaText";

/** What the editor edits: the bulletin's content with the area as text (description, point and polygon). */
export interface Draft {
  kind: BulletinKind;
  headline: string;
  body: string;
  instruction: string;
  audiences: MessageAudience[];
  channels: MessageChannel[];
  factIds: string[];
  areaDescription: string;
  areaLat: string;
  areaLon: string;
  areaRadiusKm: string;
  /** One "lat, lon" per line, or the CAP form (shared/geo/areaText.ts). */
  areaPolygon: string;
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  categories: CapCategory[];
  expiresAt: string | null;
  nextUpdateAt: string | null;
}

export type DraftField = keyof Draft;

export const EMPTY_DRAFT: Draft = draftOf(BulletinContent.parse({}));

export function draftOf(b: BulletinContent): Draft {
  const area = areaToText(b.area);
  return {
    kind: b.kind,
    headline: b.headline,
    body: b.body,
    instruction: b.instruction,
    audiences: b.audiences,
    channels: b.channels,
    factIds: b.factIds,
    areaDescription: area.description,
    areaLat: area.lat,
    areaLon: area.lon,
    areaRadiusKm: area.radiusKm,
    areaPolygon: area.polygon,
    urgency: b.urgency,
    severity: b.severity,
    certainty: b.certainty,
    categories: b.categories,
    expiresAt: b.expiresAt,
    nextUpdateAt: b.nextUpdateAt,
  };
}

const AREA_FIELDS = [
  "areaDescription",
  "areaLat",
  "areaLon",
  "areaRadiusKm",
  "areaPolygon",
] as const satisfies readonly DraftField[];
type AreaField = (typeof AREA_FIELDS)[number];

export function areaTextOf(draft: Draft): AreaText {
  return {
    description: draft.areaDescription,
    lat: draft.areaLat,
    lon: draft.areaLon,
    radiusKm: draft.areaRadiusKm,
    polygon: draft.areaPolygon,
  };
}

export const parseDraftArea = (draft: Draft): AreaParse => parseAreaText(areaTextOf(draft));

/** The content to send, with the area as parsed (the caller refuses to save while the area text has problems). */
export function contentOf(draft: Draft, area: BulletinArea | null): BulletinContent {
  const { areaDescription: _d, areaLat: _la, areaLon: _lo, areaRadiusKm: _r, areaPolygon: _p, ...rest } = draft;
  return { ...rest, area };
}

/** The area as what it means, so "59.330" and "59.33" (or a blank radius and 0) are not an unsaved change. */
function areaKey(draft: Draft): string {
  const parsed = parseDraftArea(draft);
  return JSON.stringify(parsed.ok ? parsed.area : areaTextOf(draft));
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export function isDirty(draft: Draft, base: Draft): boolean {
  const isArea = (k: DraftField): k is AreaField => (AREA_FIELDS as readonly DraftField[]).includes(k);
  return (
    (Object.keys(draft) as DraftField[]).some((k) => !isArea(k) && !same(draft[k], base[k])) ||
    areaKey(draft) !== areaKey(base)
  );
}

export type DraftAction =
  { type: "set"; field: DraftField; value: Draft[DraftField] } | { type: "reset"; draft: Draft };

export function draftReducer(state: Draft, action: DraftAction): Draft {
  if (action.type === "reset") return action.draft;
  if (same(state[action.field], action.value)) return state;
  return { ...state, [action.field]: action.value };
}

export function baseOf(bulletin: Bulletin | undefined): Draft {
  return bulletin ? draftOf(bulletin) : EMPTY_DRAFT;
}
