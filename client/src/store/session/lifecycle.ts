import type { User } from "@shared/schemas/user";
import { fetchMe, login, logout, updateMyLanguage } from "../../api/auth";
import { dropEarlyRequests, setNetworkErrorHandler, setUnauthenticatedHandler } from "../../api/http";
import type { UiLanguage } from "../../i18n";
import { useStore } from "../index";
import { loadConnect } from "./connectChunk";
import type { Realtime } from "./realtime";
import type { SignedOutReason } from "./state";

/** Session life cycle: sign in starts the socket, sign out stops it and forgets the session's data. */

let realtime: Realtime | null = null;
let stopKeepAlive: (() => void) | null = null;
/** Counts sessions begun and ended, so a sign-in that finishes after a sign-out (or a newer sign-in) does nothing. */
let generation = 0;
/**
 * The language picked on the login page (signed out), if any: the next sign-in keeps it and saves it to the account,
 * instead of switching to the account's saved language (a user who just chose English got a Swedish console).
 */
let chosenWhileSignedOut: UiLanguage | null = null;

export function currentRealtime(): Realtime | null {
  return realtime;
}

/** `landing`: the page a cold load opened on, whose data goes into the store before the first signed-in render. */
async function beginSession(user: User, landing?: string): Promise<void> {
  const begun = ++generation;
  const {
    createSocket,
    fetchLatestSeq,
    installEventApplier,
    loadLandingData,
    loadSnapshot,
    startKeepAlive,
    startRealtime,
  } = await loadConnect();
  if (begun !== generation) return;
  installEventApplier();
  const s = useStore.getState();
  if (user.language !== s.language) s.setLanguage(user.language);
  // Takes the answers boot.ts asked for before the socket's first snapshot could drop them as too old.
  const landingData = landing === undefined ? Promise.resolve() : loadLandingData(landing);
  realtime?.stop();
  // The socket exists before the UI learns it is signed in, so views mounting then can join presence.
  realtime = startRealtime({
    socket: createSocket(),
    getState: useStore.getState,
    loadSnapshot,
    fetchLatestSeq,
    onSessionEnded: (reason) => endSession(reason),
    checkSession: async () => (await fetchMe()) !== null,
    network: window,
  });
  stopKeepAlive?.();
  stopKeepAlive = startKeepAlive(async () => {
    if ((await fetchMe()) === null) endSession("expired");
  });
  await landingData;
  if (begun !== generation) return;
  useStore.getState().setSignedIn(user);
}

export function endSession(reason: SignedOutReason): void {
  generation += 1;
  dropEarlyRequests();
  realtime?.stop();
  realtime = null;
  stopKeepAlive?.();
  stopKeepAlive = null;
  const s = useStore.getState();
  if (s.authStatus === "anonymous" && reason !== "logged_out") return;
  s.resetSessionData();
  s.setSignedOut(reason);
}

function signedOutOnLoad(): void {
  dropEarlyRequests(); // the page's data asked for early was refused: a sign-in asks again
  useStore.getState().setSignedOut(null);
}

/** On page load: resume the session the cookie holds, if any. */
export async function bootstrapSession(): Promise<void> {
  setUnauthenticatedHandler(() => {
    if (useStore.getState().authStatus === "authenticated") endSession("expired");
  });
  setNetworkErrorHandler(() => realtime?.recheck());
  try {
    const user = await fetchMe();
    if (user) await beginSession(user, window.location.pathname);
    else signedOutOnLoad();
  } catch {
    // The server is unreachable: show the login page, which reports the error when used.
    signedOutOnLoad();
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  await beginSession(withChosenLanguage(await login({ username, password })));
}

/** The signed-in user with the language chosen on the login page, which is saved to the account (in the background). */
function withChosenLanguage(user: User): User {
  const chosen = chosenWhileSignedOut;
  chosenWhileSignedOut = null;
  if (chosen === null || chosen === user.language) return user;
  updateMyLanguage(chosen).catch(() => {
    // Not saved: this session still shows the chosen language (localStorage); the account keeps its old one.
  });
  return { ...user, language: chosen };
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
  if (s.authStatus !== "authenticated") {
    chosenWhileSignedOut = language;
    return;
  }
  try {
    const user = await updateMyLanguage(language);
    useStore.getState().setSignedIn(user);
  } catch {
    // Kept locally (localStorage) even if the server did not take it.
  }
}
