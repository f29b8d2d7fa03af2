// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSocket } from "../../client/src/api/socket";
import { useStore } from "../../client/src/store";
import { startRealtime, type Realtime } from "../../client/src/store/session/realtime";
import { serverNow } from "../../client/src/store/session/serverClock";
import { PROTOCOL_VERSION } from "@shared/schemas/event";
import { incidentCreated, incidentUpdated, makeIncident, resetStore } from "./helpers/fixtures";
import { startProtocolServer, waitFor } from "./helpers/socketServer";

type ProtocolServer = Awaited<ReturnType<typeof startProtocolServer>>;

describe("realtime sync against a real Socket.IO server", () => {
  let server: ProtocolServer;
  let realtime: Realtime | null = null;
  const loadSnapshot = vi.fn(async () => {});
  const onSessionEnded = vi.fn();

  /** Stands in for the browser's window, which says `offline` and `online`. */
  let network = new EventTarget();
  const browserSays = (what: "offline" | "online") => network.dispatchEvent(new Event(what));

  async function connect(
    options: { backlogLimit?: number; probeTimeoutMs?: number; offlineRetryMs?: number; clockEveryMs?: number } = {},
  ) {
    return connectWith(() => {}, options);
  }

  /** Starts the server, lets `prepare` set it up before the console connects, and connects. */
  async function connectWith(
    prepare: (server: ProtocolServer) => void,
    options: { backlogLimit?: number; probeTimeoutMs?: number; offlineRetryMs?: number; clockEveryMs?: number } = {},
  ) {
    server = await startProtocolServer(options);
    prepare(server);
    realtime = startRealtime({
      socket: createSocket(server.url),
      getState: useStore.getState,
      loadSnapshot,
      fetchLatestSeq: async () => server.latestSeq(),
      onSessionEnded,
      checkSession: async () => true,
      network,
      retryDelayMs: 100,
      probeTimeoutMs: options.probeTimeoutMs,
      offlineRetryMs: options.offlineRetryMs,
      clockEveryMs: options.clockEveryMs,
    });
    await waitFor(() => useStore.getState().connection === "online", 8_000, "online");
  }

  beforeEach(() => {
    network = new EventTarget();
    resetStore();
    loadSnapshot.mockClear();
    onSessionEnded.mockClear();
  });

  afterEach(async () => {
    realtime?.stop();
    realtime = null;
    await server.close();
  });

  it("loads a snapshot on first connect, then applies live events as they are pushed", async () => {
    const before = makeIncident({ title: "Före anslutning" });
    await connect();
    expect(loadSnapshot).toHaveBeenCalledTimes(1);
    expect(useStore.getState().lastSeq).toBe(0);

    server.publish(incidentCreated(1, before));
    await waitFor(() => useStore.getState().lastSeq === 1, 2_000, "live event");
    expect(useStore.getState().incidents[before.id]?.title).toBe("Före anslutning");
  });

  it("stops and asks for a reload when the server it reconnects to speaks a newer event protocol", async () => {
    await connect();
    server.publish(incidentCreated(1, makeIncident({ title: "Före uppgraderingen" })));
    await waitFor(() => useStore.getState().lastSeq === 1, 2_000, "first event");

    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    server.speakProtocol(PROTOCOL_VERSION + 1);
    const after = makeIncident({ title: "Efter uppgraderingen" });
    server.store(incidentCreated(2, after));
    server.plugBack();
    await waitFor(() => useStore.getState().connection === "outdated", 10_000, "outdated");
    // Nothing of the newer server's log is applied: the console would misread it.
    await new Promise((r) => setTimeout(r, 300));
    expect(useStore.getState().lastSeq).toBe(1);
    expect(useStore.getState().incidents[after.id]).toBeUndefined();
    expect(useStore.getState().connection).toBe("outdated");
  });

  it("after the network is pulled and plugged back, catches up on exactly the missed events without a reload", async () => {
    await connect();
    const a = makeIncident({ title: "A" });
    server.publish(incidentCreated(1, a));
    await waitFor(() => useStore.getState().lastSeq === 1, 2_000, "first event");

    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    const b = makeIncident({ title: "B" });
    server.publish(incidentCreated(2, b));
    server.publish(incidentUpdated(3, { ...a, status: "monitoring", version: 2 }, ["status"]));
    await new Promise((r) => setTimeout(r, 300));
    expect(useStore.getState().incidents[b.id]).toBeUndefined();

    server.plugBack();
    await waitFor(
      () => useStore.getState().connection === "online" && useStore.getState().lastSeq === 3,
      10_000,
      "catch-up",
    );
    const s = useStore.getState();
    expect(s.incidents[b.id]?.title).toBe("B");
    expect(s.incidents[a.id]?.status).toBe("monitoring");
    expect(loadSnapshot).toHaveBeenCalledTimes(1); // only the first connect
    expect(s.announcement?.key).toBe("connection.restored");
  });

  it("reloads the snapshot when the server says the console is too far behind (reset)", async () => {
    await connect({ backlogLimit: 2 });
    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    for (let seq = 1; seq <= 3; seq++) server.store(incidentCreated(seq, makeIncident()));
    server.plugBack();
    await waitFor(
      () => loadSnapshot.mock.calls.length === 2 && useStore.getState().connection === "online",
      10_000,
      "reset",
    );
    expect(useStore.getState().lastSeq).toBe(3);
    // The events themselves were not replayed: the snapshot stands for them.
    expect(Object.keys(useStore.getState().incidents)).toHaveLength(0);
  });

  it("holds live events that overtake the sync answer and applies them after the missed ones", async () => {
    await connect();
    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    const missed = makeIncident({ title: "Missad" });
    const live = makeIncident({ title: "Live" });
    server.store(incidentCreated(1, missed));
    // While the sync answer is on its way, a newer event is pushed live.
    server.slowSync(150, () => server.publish(incidentCreated(2, live)));
    server.plugBack();
    await waitFor(
      () => useStore.getState().lastSeq === 2 && useStore.getState().connection === "online",
      10_000,
      "both",
    );
    const s = useStore.getState();
    expect(s.incidents[missed.id]?.title).toBe("Missad");
    expect(s.incidents[live.id]?.title).toBe("Live");
  });

  it("joins presence for open incidents and joins again after a reconnect", async () => {
    await connect();
    const incidentId = makeIncident().id;
    realtime?.joinIncident(incidentId);
    await waitFor(() => (useStore.getState().presence[incidentId]?.length ?? 0) === 1, 2_000, "presence");
    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    server.plugBack();
    await waitFor(() => server.joins.filter((id) => id === incidentId).length === 2, 10_000, "re-join");
    realtime?.leaveIncident(incidentId);
    expect(useStore.getState().presence[incidentId]).toEqual([]);
  });

  it("says offline the moment the browser does, though the silent socket has not noticed, and stops socket.io's quick retries", async () => {
    await connect();
    server.blackHole(); // the socket's own heartbeat would take (by default) 45 s to notice
    browserSays("offline");
    expect(useStore.getState().connection).toBe("offline");
    expect(useStore.getState().announcement?.key).toBe("connection.lost");
    const attempts = server.attempts();
    await new Promise((r) => setTimeout(r, 1_500)); // socket.io's first retries come after 0.5 and 1 s
    expect(server.attempts()).toBe(attempts);
    expect(useStore.getState().connection).toBe("offline");
  });

  it("keeps trying at a slow pace while the browser says offline, and reconnects to a server it can reach", async () => {
    // A console on localhost: the browser's offline covers the network, not the server on this machine; nor may a
    // missed `online` (sleep and resume) leave the console offline for good.
    await connect({ offlineRetryMs: 400 });
    browserSays("offline");
    expect(useStore.getState().connection).toBe("offline");
    server.store(incidentCreated(1, makeIncident({ title: "Medan webbläsaren sa offline" })));
    await waitFor(
      () => useStore.getState().connection === "online" && useStore.getState().lastSeq === 1,
      3_000,
      "back without an online event",
    );
  });

  it("reconnects as soon as the browser is back online and catches up on what it missed", async () => {
    await connect();
    const a = makeIncident({ title: "Före avbrottet" });
    server.publish(incidentCreated(1, a));
    await waitFor(() => useStore.getState().lastSeq === 1, 2_000, "first event");
    server.blackHole();
    browserSays("offline");
    expect(useStore.getState().connection).toBe("offline");
    const b = makeIncident({ title: "Under avbrottet" });
    server.store(incidentCreated(2, b));
    await new Promise((r) => setTimeout(r, 300));

    server.plugBack();
    browserSays("online");
    // Nothing else would: socket.io's retries stopped at `offline` (above). And at once, not after a backoff of up to
    // 5 s, as fast as a connect and a sync take.
    await waitFor(
      () => useStore.getState().connection === "online" && useStore.getState().lastSeq === 2,
      1_500,
      "caught up",
    );
    expect(useStore.getState().incidents[b.id]?.title).toBe("Under avbrottet");
    expect(loadSnapshot).toHaveBeenCalledTimes(1); // a sync of the missed events, not a reload
    expect(useStore.getState().announcement?.key).toBe("connection.restored");
  });

  it("after a failed REST call, keeps a socket that answers its probe, and gives up one that does not", async () => {
    await connect({ probeTimeoutMs: 300 });
    realtime?.recheck();
    await waitFor(() => server.probes() === 1, 2_000, "probe answered");
    await new Promise((r) => setTimeout(r, 400));
    expect(useStore.getState().connection).toBe("online");
    expect(useStore.getState().announcement).toBeNull(); // no lost-and-restored for a link that was fine

    server.blackHole();
    realtime?.recheck();
    await waitFor(() => useStore.getState().connection === "offline", 1_500, "offline after an unanswered probe");
    const missed = makeIncident({ title: "Medan länken var död" });
    server.store(incidentCreated(1, missed));
    server.plugBack();
    await waitFor(
      () => useStore.getState().connection === "online" && useStore.getState().lastSeq === 1,
      10_000,
      "catch-up",
    );
    expect(useStore.getState().incidents[missed.id]?.title).toBe("Medan länken var död");
  });

  it("measures how far the server's clock is from this PC's on the first connect and every reconnect", async () => {
    // The PC's clock is 7 minutes behind the server's from the start (seen from here: the server is 7 minutes ahead).
    await connectWith((server) => server.setClockAhead(7 * 60_000));
    await waitFor(() => Math.abs(useStore.getState().clockOffsetMs - 7 * 60_000) < 1_000, 4_000, "first measurement");

    server.setClockAhead(10 * 60_000);
    server.pull();
    await waitFor(() => useStore.getState().connection === "offline", 4_000, "offline");
    server.plugBack();
    await waitFor(() => Math.abs(useStore.getState().clockOffsetMs - 10 * 60_000) < 1_000, 10_000, "offset measured");
    expect(Math.abs(serverNow() - (Date.now() + 10 * 60_000))).toBeLessThan(1_000);
    expect(Math.abs(useStore.getState().now - (Date.now() + 10 * 60_000))).toBeLessThan(2_000);
  });

  it("reads the server's clock again while connected", async () => {
    await connect({ clockEveryMs: 200 });
    await waitFor(() => Math.abs(useStore.getState().clockOffsetMs) < 1_000, 4_000, "first measurement");
    server.setClockAhead(-4 * 60_000);
    await waitFor(() => Math.abs(useStore.getState().clockOffsetMs + 4 * 60_000) < 1_000, 4_000, "measured again");
  });

  it("ends the session when the server says session_ended", async () => {
    await connect();
    server.io.emit("session_ended");
    await waitFor(() => onSessionEnded.mock.calls.length === 1, 2_000, "session end");
    expect(onSessionEnded).toHaveBeenCalledWith("session_ended");
  });
});
