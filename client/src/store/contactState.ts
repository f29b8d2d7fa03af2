import type { FaqEntry, FaqSuggestion } from "../../../shared/schemas/faq";
import type { LoadStatus } from "./types";

/** What an agent last saw of an entry that has changed since: shown as "Ändrad" with a word diff until seen. */
export interface FaqChange {
  /** "new": newly published (nothing to diff); "changed": the question or answer was edited. */
  kind: "new" | "changed";
  /** The text the agent saw before the first unseen change; null for a new entry. */
  before: { question: string; answer: string } | null;
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
}

export const EMPTY_CONTACT: ContactState = {
  faq: {},
  faqStatus: "idle",
  faqChanges: {},
  suggestions: {},
  suggestionsStatus: "idle",
  inquiryTick: 0,
  bulletinTick: 0,
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
}

/** Keeps the newer of two copies of an entry (a REST answer may overtake or trail its event). */
export function newerEntry(current: FaqEntry | undefined, next: FaqEntry): boolean {
  return !current || next.version >= current.version;
}
