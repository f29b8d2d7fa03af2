/**
 * A claims-board benchmark worker process: each of its Socket.IO clients is a communicator's board of one incident.
 * It joins the incident as the board page does, runs every pushed event through the console's own reducer
 * (lib/clientReducer.ts) into its own state, and records the wall-clock time at which a claim first is in that
 * state, keyed by the claim's id. Driven over IPC by claims-board.ts.
 */
import type { DomainEvent } from "../../shared/index.js";
import { emptyBoard, loadClientReducer } from "./lib/clientReducer.js";
import { serveWorker } from "./lib/socketWorker.js";
import { nowMs } from "./lib/stats.js";

let applyEvents: Awaited<ReturnType<typeof loadClientReducer>>;
const loaded = loadClientReducer().then((fn) => (applyEvents = fn));

serveWorker((socket, record, start) => {
  const incidentId = start.incidentId;
  if (!incidentId) throw new Error("claims-board-worker needs an incidentId");
  let state = emptyBoard(incidentId);
  socket.on("connect", () => socket.emit("presence:join", { incidentId, editing: null }, () => {}));
  socket.on("event", (event: DomainEvent) => {
    const before = state.claimsData.claims;
    state = applyEvents(state, [event]).state;
    const after = state.claimsData.claims;
    if (after === before) return;
    const at = nowMs();
    for (const id of Object.keys(after)) if (!(id in before)) record(id, at);
  });
}, loaded);
