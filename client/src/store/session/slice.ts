import { DEFAULT_LANGUAGE, isUiLanguage, loadMessages, messagesLoaded, type UiLanguage } from "../../i18n";
import type { Slice } from "../slice";
import { withPeople } from "../users/state";
import { clockOffsetMs, serverNow, setClockOffsetMs } from "./serverClock";
import type { ClockSlice, ConnectionSlice, SessionSlice, UiSlice } from "./state";

export const LANGUAGE_STORAGE_KEY = "krisrum.language";

export function storedLanguage(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const createSessionSlice: Slice<SessionSlice> = (set) => ({
  user: null,
  authStatus: "unknown",
  signedOutReason: null,
  setSignedIn: (user) =>
    set((s) => ({ user, authStatus: "authenticated", signedOutReason: null, people: withPeople(s.people, [user]) })),
  setSignedOut: (reason) => set({ user: null, authStatus: "anonymous", signedOutReason: reason }),
});

export const createConnectionSlice: Slice<ConnectionSlice> = (set) => ({
  connection: "idle",
  lastSeq: null,
  setConnection: (connection) => set({ connection }),
  setLastSeq: (seq) => set((s) => ({ lastSeq: Math.max(s.lastSeq ?? 0, seq) })),
});

let announcementId = 0;

export const createUiSlice: Slice<UiSlice> = (set) => {
  /** The language last asked for: a slower fetch of an earlier choice does not override it. */
  let wanted: UiLanguage = DEFAULT_LANGUAGE;
  /** Switches once the language's messages are here (at once when they already are: Swedish, or English fetched). */
  const switchTo = (language: UiLanguage) => {
    wanted = language;
    if (messagesLoaded(language)) return set({ language });
    loadMessages(language).then(
      () => {
        if (wanted === language) set({ language });
      },
      () => {
        // Not fetched (offline): the page stays in the language it shows; the next choice tries again.
      },
    );
  };
  const stored = storedLanguage();
  if (!messagesLoaded(stored)) switchTo(stored);
  return {
    language: messagesLoaded(stored) ? stored : DEFAULT_LANGUAGE,
    announcement: null,
    viewingIncidentId: null,
    setViewing: (viewingIncidentId) => set({ viewingIncidentId }),
    setLanguage: (language) => {
      try {
        globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch {
        // Private mode may refuse storage; the choice then lasts for this page only.
      }
      switchTo(language);
    },
    announce: (key, params, keyParams) => set({ announcement: { id: ++announcementId, key, params, keyParams } }),
  };
};

export const createClockSlice: Slice<ClockSlice> = (set) => ({
  now: serverNow(),
  tick: (now) => set({ now }),
  clockOffsetMs: clockOffsetMs(),
  setClockOffset: (ms) => {
    setClockOffsetMs(ms);
    set({ clockOffsetMs: ms, now: serverNow() });
  },
});
