import { useEffect } from "react";
import { z } from "zod";
import { useStore } from "../../store";
import { EMPTY_CONTACT, type FaqChange, type ScriptChange } from "../../store/contact/state";

/**
 * The agent's "Ny"/"Ändrad" marks on FAQ entries and script bulletins survive a reload: kept per user in
 * localStorage until she says she has seen the item. The store holds them while the page lives; this module only
 * copies them out and back in, so the store's own logic (events, "Sett") stays the one that decides.
 */

const STORAGE_PREFIX = "krisrum.contact.marks.";
/** Marks older than this are dropped on load: a week-old "Ny" tells nobody anything. */
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;
/** Cap per kind, newest kept: storage stays small whatever happens. */
const MAX_MARKS = 300;

const Kind = z.enum(["new", "changed"]);
const FaqMark = z.object({
  kind: Kind,
  before: z.object({ question: z.string(), answer: z.string() }).nullable(),
  at: z.string(),
  by: z.string().nullable(),
});
const ScriptMark = z.object({
  kind: Kind,
  incidentId: z.string(),
  headline: z.string(),
  at: z.string(),
  by: z.string().nullable(),
});
const Stored = z.object({ faq: z.record(z.string(), FaqMark), script: z.record(z.string(), ScriptMark) });

export interface ChangeMarks {
  faq: Record<string, FaqChange>;
  script: Record<string, ScriptChange>;
}

export const changeMarksKey = (userId: string): string => `${STORAGE_PREFIX}${userId}`;

function fresh<T extends { at: string }>(marks: Record<string, T>, now: number): Record<string, T> {
  return Object.fromEntries(
    Object.entries(marks)
      .filter(([, m]) => now - Date.parse(m.at) < MAX_AGE_MS)
      .sort(([, a], [, b]) => b.at.localeCompare(a.at))
      .slice(0, MAX_MARKS),
  );
}

export function readChangeMarks(userId: string, now = Date.now()): ChangeMarks {
  try {
    const raw = globalThis.localStorage?.getItem(changeMarksKey(userId));
    const parsed = raw ? Stored.safeParse(JSON.parse(raw)) : null;
    if (!parsed?.success) return { faq: {}, script: {} };
    return { faq: fresh(parsed.data.faq, now), script: fresh(parsed.data.script, now) };
  } catch {
    return { faq: {}, script: {} };
  }
}

function writeChangeMarks(userId: string, marks: ChangeMarks): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    if (Object.keys(marks.faq).length === 0 && Object.keys(marks.script).length === 0)
      storage.removeItem(changeMarksKey(userId));
    else storage.setItem(changeMarksKey(userId), JSON.stringify(marks));
  } catch {
    // Private mode or a full storage: the marks then last for this page only, as before.
  }
}

/**
 * Remembered marks under the ones the page has collected since it loaded: a newer change wins, but the text she
 * saw first stays the "before" of an "Ändrad" diff (as when several changes arrive while she works).
 */
export function mergeFaqMarks(
  remembered: Record<string, FaqChange>,
  current: Record<string, FaqChange>,
): Record<string, FaqChange> {
  const out = { ...remembered };
  for (const [id, change] of Object.entries(current)) {
    const old = remembered[id];
    out[id] = old && change.kind === "changed" ? { ...change, kind: old.kind, before: old.before } : change;
  }
  return out;
}

/** Copies this user's remembered marks into the store once, then keeps storage in step with the store. */
export function useRememberedChangeMarks(): void {
  const userId = useStore((s) => s.user?.id);
  useEffect(() => {
    if (!userId) return;
    const remembered = readChangeMarks(userId);
    useStore.setState((s) => ({
      contact: {
        ...s.contact,
        faqChanges: mergeFaqMarks(remembered.faq, s.contact.faqChanges),
        scriptChanges: { ...remembered.script, ...s.contact.scriptChanges },
      },
    }));
    let last: ChangeMarks | null = null;
    const save = (faq: Record<string, FaqChange>, script: Record<string, ScriptChange>) => {
      if (last && last.faq === faq && last.script === script) return;
      last = { faq, script };
      writeChangeMarks(userId, last);
    };
    save(useStore.getState().contact.faqChanges, useStore.getState().contact.scriptChanges);
    return useStore.subscribe((s) => {
      // Signing out empties the store (the pristine EMPTY_CONTACT objects): that is no "seen", keep what is stored.
      if (s.contact.faqChanges === EMPTY_CONTACT.faqChanges && s.contact.scriptChanges === EMPTY_CONTACT.scriptChanges)
        return;
      if (s.user?.id !== userId) return;
      save(s.contact.faqChanges, s.contact.scriptChanges);
    });
  }, [userId]);
}
