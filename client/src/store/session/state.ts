import type { User } from "@shared/schemas/user";
import type { MessageKey, TranslateParams, UiLanguage } from "../../i18n";

export type AuthStatus = "unknown" | "anonymous" | "authenticated";
/** Why the user is on the login page, shown there. */
export type SignedOutReason = "logged_out" | "session_ended" | "expired" | null;
/** `outdated`: the server speaks a newer event protocol; the page must be reloaded (nothing more is synced). */
export type ConnectionStatus = "idle" | "connecting" | "syncing" | "online" | "offline" | "outdated";

/** A message for the polite live region, translated when rendered. */
export interface Announcement {
  id: number;
  key: MessageKey;
  params?: TranslateParams;
  /** Parameters that are themselves message keys, e.g. `{ status: "status.closed" }`. */
  keyParams?: Record<string, MessageKey>;
}

export interface SessionSlice {
  user: User | null;
  authStatus: AuthStatus;
  signedOutReason: SignedOutReason;
  setSignedIn: (user: User) => void;
  setSignedOut: (reason: SignedOutReason) => void;
}

export interface ConnectionSlice {
  connection: ConnectionStatus;
  lastSeq: number | null;
  setConnection: (status: ConnectionStatus) => void;
  setLastSeq: (seq: number) => void;
}

export interface UiSlice {
  language: UiLanguage;
  announcement: Announcement | null;
  /** The incident open on screen, whose changes are announced. */
  viewingIncidentId: string | null;
  setViewing: (incidentId: string | null) => void;
  setLanguage: (lang: UiLanguage) => void;
  announce: (key: MessageKey, params?: TranslateParams, keyParams?: Record<string, MessageKey>) => void;
}

export interface ClockSlice {
  /** Epoch ms, advanced by the one shared ticker while any clock is on screen. */
  now: number;
  tick: (now: number) => void;
  /** How far the server's clock is ahead of this PC's (ms, negative: behind); 0 until measured. */
  clockOffsetMs: number;
  setClockOffset: (ms: number) => void;
}
