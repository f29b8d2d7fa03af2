import { PROTOCOL_VERSION, type DomainEvent, type SyncResult } from "@shared/schemas/event";
import type { KrisrumSocket } from "../../api/socket";
import type { StoreState } from "../types";
import { monotonicNow, offsetFrom } from "./serverClock";

export interface RealtimeDeps {
  socket: KrisrumSocket;
  getState: () => StoreState;
  /** Reloads everything on screen over REST; used on first connect and when the server says `reset`. */
  loadSnapshot: () => Promise<void>;
  /** The newest committed seq, read before the first snapshot. */
  fetchLatestSeq: () => Promise<number>;
  /** The session behind the socket is gone (logged out elsewhere, disabled, password reset, expired). */
  onSessionEnded: (reason: "session_ended" | "expired") => void;
  /** Tells whether the session cookie is still good after a refused handshake. */
  checkSession: () => Promise<boolean>;
  /** The browser's `offline` / `online` events (window); unset where there is no browser (tests in Node). */
  network?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
  syncTimeoutMs?: number;
  retryDelayMs?: number;
  probeTimeoutMs?: number;
  /** While the browser says offline, how often to try the server anyway (one on localhost stays reachable). */
  offlineRetryMs?: number;
  /** How often the server's clock is read again while connected. */
  clockEveryMs?: number;
}

/** The server's clock is read on every connect and this often while connected. */
export const CLOCK_EVERY_MS = 5 * 60_000;
const CLOCK_SAMPLES = 3;

/**
 * The browser's `offline` covers the whole network, also where the server is still reachable (a console on localhost)
 * or where `online` never comes (sleep and resume, a VPN switching): the console tries again at this slow pace.
 */
export const OFFLINE_RETRY_MS = 10_000;

/** A live link answers a probe within a round trip; one that has not answered in this long is treated as dead. */
export const PROBE_TIMEOUT_MS = 3_000;

export interface Realtime {
  joinIncident: (incidentId: string) => void;
  leaveIncident: (incidentId: string) => void;
  /** What this console is editing on a joined incident (e.g. "bulletin:<id>"), shown to others; null: just looking. */
  setEditing: (incidentId: string, editing: string | null) => void;
  /** A REST call did not reach the server: a socket that still claims a connection must answer a probe or reconnect. */
  recheck: () => void;
  stop: () => void;
}

/** The server answered `sync` with `protocol`: it was upgraded and this page is older than its events. */
class OutdatedConsole extends Error {}

/**
 * Keeps the store in step with the server over one socket. On every (re)connect it asks for the
 * events after `lastSeq` (or loads a snapshot when there is none or the server says `reset`), and
 * holds back live events until that catch-up is applied, so nothing is lost or applied twice.
 */
export function startRealtime(deps: RealtimeDeps): Realtime {
  const {
    socket,
    getState,
    syncTimeoutMs = 10_000,
    retryDelayMs = 2_000,
    probeTimeoutMs = PROBE_TIMEOUT_MS,
    offlineRetryMs = OFFLINE_RETRY_MS,
    clockEveryMs = CLOCK_EVERY_MS,
  } = deps;
  const joined = new Map<string, number>(); // incidentId → how many views hold it
  const editing = new Map<string, string>(); // incidentId → what is being edited there
  let buffer: DomainEvent[] = [];
  let catchingUp = true;
  let generation = 0;
  let hadConnection = false;
  let stopped = false;
  /** The browser said `offline`: no reconnect is tried until it says `online`. */
  let networkDown = false;
  let probing = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let offlineTimer: ReturnType<typeof setInterval> | undefined;

  const retryLater = (action: () => void) => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => !stopped && action(), retryDelayMs);
  };

  const requestSync = (since: number) =>
    new Promise<SyncResult>((resolve, reject) => {
      socket.timeout(syncTimeoutMs).emit("sync", { since, protocol: PROTOCOL_VERSION }, (err, ack) => {
        if (err) reject(err);
        else if (!ack.ok)
          reject(ack.error.code === "protocol" ? new OutdatedConsole(ack.error.message) : new Error(ack.error.message));
        else resolve(ack.data);
      });
    });

  const emitJoin = (incidentId: string) => {
    socket.emit("presence:join", { incidentId, editing: editing.get(incidentId) ?? null }, (ack) => {
      if (ack.ok && joined.has(incidentId)) getState().setPresence(incidentId, ack.data.users);
    });
  };

  async function catchUp(): Promise<void> {
    const mine = ++generation;
    catchingUp = true;
    getState().setConnection("syncing");
    try {
      const since = getState().lastSeq;
      const result: SyncResult =
        since === null ? { reset: true, latestSeq: await deps.fetchLatestSeq() } : await requestSync(since);
      if (mine !== generation || stopped) return;
      if (result.reset) await deps.loadSnapshot();
      else getState().applyEvents(result.events);
      if (mine !== generation || stopped) return;
      getState().setLastSeq(result.latestSeq);
      const held = buffer;
      buffer = [];
      catchingUp = false;
      getState().applyEvents(held);
      for (const incidentId of joined.keys()) emitJoin(incidentId);
      getState().setConnection("online");
      if (hadConnection) getState().announce("connection.restored");
      hadConnection = true;
    } catch (err) {
      if (mine !== generation || stopped) return;
      if (err instanceof OutdatedConsole) {
        // The server speaks another event protocol: this console would misread what comes. Stop and ask for a reload.
        stop();
        getState().setConnection("outdated");
        return;
      }
      // The sync timed out or the snapshot failed: try again while the socket is up; a reconnect starts over anyway.
      retryLater(() => socket.connected && void catchUp());
    }
  }

  function connectionLost(): void {
    generation++;
    catchingUp = true;
    const was = getState().connection;
    getState().setConnection("offline");
    // Who is online is unknown while we are not; the lists refill when the rejoin is answered.
    for (const incidentId of joined.keys()) getState().setPresence(incidentId, []);
    if (hadConnection && was !== "offline") getState().announce("connection.lost");
  }

  /**
   * Reads the server's clock over the link: three round trips, the quickest kept (the others may have waited behind
   * the snapshot). A slow or missing answer leaves the last offset in place.
   */
  function measureClock(): void {
    let best: { roundTrip: number; offset: number } | undefined;
    let pending = CLOCK_SAMPLES;
    for (let i = 0; i < CLOCK_SAMPLES; i++) {
      const sentAt = monotonicNow();
      socket.timeout(probeTimeoutMs).emit("time", (err, serverTime) => {
        const receivedAt = monotonicNow();
        const offset = err ? undefined : offsetFrom(sentAt, serverTime, receivedAt);
        if (offset !== undefined && (best === undefined || receivedAt - sentAt < best.roundTrip))
          best = { roundTrip: receivedAt - sentAt, offset };
        if (--pending === 0 && best !== undefined && !stopped) getState().setClockOffset(best.offset);
      });
    }
  }
  // Clocks drift, and a laptop's monotonic clock may stand still while it sleeps: measured again now and then.
  const clockTimer = setInterval(() => {
    if (!stopped && socket.connected) measureClock();
  }, clockEveryMs);

  socket.on("connect", () => {
    // Connected whatever the browser said: the network it called down reaches the server.
    networkDown = false;
    clearInterval(offlineTimer);
    measureClock();
    void catchUp();
  });
  socket.on("disconnect", (reason) => {
    connectionLost();
    // The server closed the socket on purpose (e.g. session ended); the client will not retry by itself.
    if (reason === "io server disconnect") retryLater(() => void reconnectIfSessionValid());
  });
  socket.on("connect_error", () => {
    getState().setConnection("offline");
    // A refused handshake is not retried by socket.io; find out whether the session is the reason.
    if (!socket.active) retryLater(() => void reconnectIfSessionValid());
  });
  socket.on("event", (event) => {
    if (catchingUp) buffer.push(event);
    else getState().applyEvents([event]);
  });
  socket.on("presence", ({ incidentId, users }) => {
    if (joined.has(incidentId)) getState().setPresence(incidentId, users);
  });
  socket.on("session_ended", () => {
    stop();
    deps.onSessionEnded("session_ended");
  });

  // A socket on a dead network looks connected until the heartbeat times out (server/realtime/heartbeat.ts); the
  // browser knows at once. (engine.io-client listens for `offline` itself, but not on localhost, where the console
  // said "Ansluten" for 45 s.) Retries cannot succeed offline, so they stop until `online`, which tries at once rather
  // than after socket.io's backoff (up to 5 s). The `connect` that follows catches up as any reconnect does.
  const onOffline = () => {
    if (stopped) return;
    networkDown = true;
    clearTimeout(retryTimer);
    const wasConnected = socket.connected;
    socket.disconnect();
    if (!wasConnected) connectionLost(); // only a connected socket says `disconnect`
    clearInterval(offlineTimer);
    // One attempt now and then (socket.io's own backoff takes over from it while it tries): never offline for good.
    offlineTimer = setInterval(() => {
      if (!stopped && !socket.connected && !socket.active) socket.connect();
    }, offlineRetryMs);
  };
  const onOnline = () => {
    if (stopped) return;
    networkDown = false;
    clearInterval(offlineTimer);
    // disconnect() first: connect() alone waits for a pending backoff timer.
    if (!socket.connected) socket.disconnect().connect();
  };
  deps.network?.addEventListener("offline", onOffline);
  deps.network?.addEventListener("online", onOnline);

  async function reconnectIfSessionValid(): Promise<void> {
    if (stopped || socket.connected || networkDown) return;
    const valid = await deps.checkSession().catch(() => true);
    if (stopped || networkDown) return;
    if (valid) socket.connect();
    else {
      stop();
      deps.onSessionEnded("expired");
    }
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(offlineTimer);
    clearInterval(clockTimer);
    deps.network?.removeEventListener("offline", onOffline);
    deps.network?.removeEventListener("online", onOnline);
    socket.removeAllListeners();
    socket.disconnect();
  }

  getState().setConnection("connecting");
  socket.connect();

  return {
    joinIncident(incidentId) {
      const count = joined.get(incidentId) ?? 0;
      joined.set(incidentId, count + 1);
      if (count === 0 && socket.connected && !catchingUp) emitJoin(incidentId);
    },
    leaveIncident(incidentId) {
      const count = joined.get(incidentId) ?? 0;
      if (count > 1) {
        joined.set(incidentId, count - 1);
        return;
      }
      joined.delete(incidentId);
      editing.delete(incidentId);
      getState().setPresence(incidentId, []);
      if (socket.connected) socket.emit("presence:leave", { incidentId }, () => {});
    },
    setEditing(incidentId, what) {
      if ((editing.get(incidentId) ?? null) === what) return;
      if (what === null) editing.delete(incidentId);
      else editing.set(incidentId, what);
      // Joining again updates `editing` on the server; a later (re)join sends it too.
      if (joined.has(incidentId) && socket.connected && !catchingUp) emitJoin(incidentId);
    },
    recheck() {
      if (stopped || probing || !socket.connected) return;
      // A probe, not a reconnect on suspicion: a link that is fine stays "online", so what refetches when the
      // connection comes back is not set off (and, should REST alone fail, not set off again and again).
      probing = true;
      socket.timeout(probeTimeoutMs).emit("probe", (err) => {
        probing = false;
        if (err && !stopped && socket.connected) socket.disconnect().connect();
      });
    },
    stop,
  };
}
