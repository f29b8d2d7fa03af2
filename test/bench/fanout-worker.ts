/**
 * A fan-out benchmark worker process: opens its share of Socket.IO clients (lib/socketWorker.ts) and records,
 * for every `event` a client receives, the wall-clock arrival time keyed by the event's entity id.
 * Driven over IPC by fanout.ts.
 */
import { serveWorker } from "./lib/socketWorker.js";
import { nowMs } from "./lib/stats.js";

serveWorker((socket, record) => {
  socket.on("event", (event: { entity?: { id?: string }; id?: string }) =>
    record(event.entity?.id ?? event.id ?? "?", nowMs()),
  );
});
