import type { ContactClaim } from "@shared/schemas/claim";
import type { FaqEntry, FaqSuggestion } from "@shared/schemas/faq";
import type { LoadStatus } from "../status";

/** What an agent last saw of an entry that has changed since: shown as "Ändrad" with a word diff until seen. */
export interface FaqChange {
  /** "new": newly published (nothing to diff); "changed": the question or answer was edited. */
  kind: "new" | "changed";
  /** The text the agent saw before the first unseen change; null for a new entry. */
  before: { question: string; answer: string } | null;
  at: string;
  by: string | null;
}

/** A bulletin published (or published again) since the agent last said she has seen it: "Ny" / "Ändrad" in her script. */
export interface ScriptChange {
  kind: "new" | "changed";
  incidentId: string;
  headline: string;
  at: string;
  by: string | null;
}

export interface ContactState {
  /** Entries this user may see: everything for the crisis team, published ones (and recently unpublished) for others. */
  faq: Record<string, FaqEntry>;
  faqStatus: LoadStatus;
  /** entry id → unseen change. */
  faqChanges: Record<string, FaqChange>;
  suggestions: Record<string, FaqSuggestion>;
  suggestionsStatus: LoadStatus;
  /** Bumped by every logged inquiry, so trend views know when to refresh. */
  inquiryTick: number;
  /** Bumped when a bulletin's status changes, so the agent's script refreshes. */
  bulletinTick: number;
  /** bulletin id → unseen publish, marked in the script column. */
  scriptChanges: Record<string, ScriptChange>;
  /** The claims callers reported, kept live by `contact_claim.changed`; merged-away ones are dropped. */
  contactClaims: Record<string, ContactClaim>;
  contactClaimsStatus: LoadStatus;
}

export const EMPTY_CONTACT: ContactState = {
  faq: {},
  faqStatus: "idle",
  faqChanges: {},
  suggestions: {},
  suggestionsStatus: "idle",
  inquiryTick: 0,
  bulletinTick: 0,
  scriptChanges: {},
  contactClaims: {},
  contactClaimsStatus: "idle",
};

export interface ContactSlice {
  contact: ContactState;
  /** Merges a fetched list: an entry already newer in the store (from an event) is kept. */
  setFaqEntries: (entries: FaqEntry[]) => void;
  setFaqStatus: (status: LoadStatus) => void;
  /** An entry this user saved: stored at once, without waiting for its event. */
  upsertFaqEntry: (entry: FaqEntry) => void;
  /** The agent has seen the change: the "Ändrad" mark goes. */
  markFaqSeen: (id: string) => void;
  setSuggestions: (suggestions: FaqSuggestion[]) => void;
  upsertSuggestion: (suggestion: FaqSuggestion) => void;
  setSuggestionsStatus: (status: LoadStatus) => void;
  /** The agent has seen the new or changed bulletin: its mark goes. */
  markScriptSeen: (bulletinId: string) => void;
  /** Merges a fetched list of the contact centre's claims; a copy already newer in the store (from an event) is kept. */
  setContactClaims: (claims: ContactClaim[]) => void;
  setContactClaimsStatus: (status: LoadStatus) => void;
  /** A claim this user's own report answered with: stored at once, without waiting for its event. */
  upsertContactClaim: (claim: ContactClaim) => void;
}

/** Adds or replaces a contact-centre claim unless the stored one is newer; one merged into another leaves the list. */
export function withContactClaim(
  claims: Record<string, ContactClaim>,
  claim: ContactClaim,
): Record<string, ContactClaim> {
  const current = claims[claim.id];
  if (current && current.updatedAt > claim.updatedAt) return claims;
  if (claim.mergedInto !== null) {
    if (!current) return claims;
    const { [claim.id]: _gone, ...rest } = claims;
    return rest;
  }
  return { ...claims, [claim.id]: claim };
}

/** Keeps the newer of two copies of an entry (a REST answer may overtake or trail its event). */
export function newerEntry(current: FaqEntry | undefined, next: FaqEntry): boolean {
  return !current || next.version >= current.version;
}
