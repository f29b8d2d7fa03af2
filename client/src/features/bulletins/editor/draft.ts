import {
  BulletinContent,
  type Bulletin,
  type BulletinArea,
  type BulletinKind,
  type CapCategory,
  type CapCertainty,
  type CapSeverity,
  type CapUrgency,
} from "../../../../../shared/schemas/bulletin";
import type { MessageAudience, MessageChannel } from "../../../../../shared/schemas/checklist";

/** What the editor edits: the bulletin's content with the area as its description text. */
export interface Draft {
  kind: BulletinKind;
  headline: string;
  body: string;
  instruction: string;
  audiences: MessageAudience[];
  channels: MessageChannel[];
  factIds: string[];
  areaDescription: string;
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
  return {
    kind: b.kind,
    headline: b.headline,
    body: b.body,
    instruction: b.instruction,
    audiences: b.audiences,
    channels: b.channels,
    factIds: b.factIds,
    areaDescription: b.area?.description ?? "",
    urgency: b.urgency,
    severity: b.severity,
    certainty: b.certainty,
    categories: b.categories,
    expiresAt: b.expiresAt,
    nextUpdateAt: b.nextUpdateAt,
  };
}

/** The content to send. A point or polygon set elsewhere is kept; no description means no area. */
export function contentOf(draft: Draft, previousArea: BulletinArea | null): BulletinContent {
  const description = draft.areaDescription.trim();
  const { areaDescription: _omit, ...rest } = draft;
  return {
    ...rest,
    area: description === "" ? null : { description, point: previousArea?.point ?? null, polygon: previousArea?.polygon ?? null },
  };
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export function isDirty(draft: Draft, base: Draft): boolean {
  return (Object.keys(draft) as DraftField[]).some((k) => !same(draft[k], base[k]));
}

export type DraftAction =
  | { type: "set"; field: DraftField; value: Draft[DraftField] }
  | { type: "reset"; draft: Draft };

export function draftReducer(state: Draft, action: DraftAction): Draft {
  if (action.type === "reset") return action.draft;
  if (same(state[action.field], action.value)) return state;
  return { ...state, [action.field]: action.value };
}

export function baseOf(bulletin: Bulletin | undefined): Draft {
  return bulletin ? draftOf(bulletin) : EMPTY_DRAFT;
}
