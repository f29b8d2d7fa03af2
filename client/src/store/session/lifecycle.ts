import type { User } from "@shared/schemas/user";
import { fetchMe, login, logout, updateMyLanguage } from "../../api/auth";
import { setUnauthenticatedHandler } from "../../api/http";
import type { UiLanguage } from "../../i18n";
import { useStore } from "../index";
import type * as Connect from "./connect";
import type { Realtime } from "./realtime";
import type { SignedOutReason } from "./state";

/** Session life cycle: sign in starts the socket, sign out stops it and forgets the session's data. */

let realtime: Realtime | null = null;
let stopKeepAlive: (() => void) | null = null;
/** Counts sessions begun and ended, so a sign-in that finishes after a sign-out (or a newer sign-in) does nothing. */
let generation = 0;

/**
 * The socket, realtime link, snapshot loaders and event applier (./connect, with socket.io-client, zod and the
 * schemas) are fetched only once someone is signed in: the login page does not need them.
 * The promise is kept, so the chunk is fetched once.
 */
let connectModule: Promise<typeof Connect> | null = null;
const loadConnect = () =>
  (connectModule ??= import("./connect").catch((err: unknown) => {
    connectModule = null; // a failed fetch is tried again at the next sign-in
    throw err;
  }));

/** Fetches the signed-in chunk ahead of the session check, for a page load that is likely signed in (not /login). */
export function preloadRealtime(): void {
  loadConnect().catch(() => {});
}

export function currentRealtime(): Realtime | null {
  return realtime;
}

async function beginSession(user: User): Promise<void> {
  const begun = ++generation;
  const { createSocket, fetchLatestSeq, installEventApplier, loadSnapshot, startKeepAlive, startRealtime } =
    await loadConnect();
  if (begun !== generation) return;
  installEventApplier();
  const s = useStore.getState();
  if (user.language !== s.language) s.setLanguage(user.language);
  realtime?.stop();
  // The socket exists before the UI learns it is signed in, so views mounting then can join presence.
  realtime = startRealtime({
    socket: createSocket(),
    getState: useStore.getState,
    loadSnapshot,
    fetchLatestSeq,
    onSessionEnded: (reason) => endSession(reason),
    checkSession: async () => (await fetchMe()) !== null,
  });
  stopKeepAlive?.();
  stopKeepAlive = startKeepAlive(async () => {
    if ((await fetchMe()) === null) endSession("expired");
  });
  s.setSignedIn(user);
}

export function endSession(reason: SignedOutReason): void {
  generation += 1;
  realtime?.stop();
  realtime = null;
  stopKeepAlive?.();
  stopKeepAlive = null;
  const s = useStore.getState();
  if (s.authStatus === "anonymous" && reason !== "logged_out") return;
  s.resetSessionData();
  s.setSignedOut(reason);
}

/** On page load: resume the session the cookie holds, if any. */
export async function bootstrapSession(): Promise<void> {
  setUnauthenticatedHandler(() => {
    if (useStore.getState().authStatus === "authenticated") endSession("expired");
  });
  try {
    const user = await fetchMe();
    if (user) await beginSession(user);
    else useStore.getState().setSignedOut(null);
  } catch {
    // The server is unreachable: show the login page, which reports the error when used.
    useStore.getState().setSignedOut(null);
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  await beginSession(await login({ username, password }));
}

export async function signOut(): Promise<void> {
  try {
    await logout();
  } finally {
    endSession("logged_out");
  }
}

/** Switches the UI language at once and remembers it on the account when signed in. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  const s = useStore.getState();
  s.setLanguage(language);
  if (s.authStatus !== "authenticated") return;
  try {
    const user = await updateMyLanguage(language);
    useStore.getState().setSignedIn(user);
  } catch {
    // Kept locally (localStorage) even if the server did not take it.
  }
}
