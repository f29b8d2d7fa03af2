import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import type { Auth } from "../domain/auth.js";
import type { EventFeed } from "../domain/events.js";
import type { Logger } from "../logger.js";
import { authenticateSockets } from "./auth.js";
import { registerProbe, registerServerTime } from "./heartbeat.js";
import { registerPresence } from "./presence.js";
import { registerSync } from "./sync.js";
import { rooms, type KrisrumServer } from "./types.js";

export interface RealtimeDeps {
  auth: Auth;
  feed: EventFeed;
  db: Kysely<DB>;
  log: Logger;
}

/** Wires authentication, rooms and the per-domain listeners onto an existing Socket.IO server. */
export function attachRealtime(io: KrisrumServer, deps: RealtimeDeps): void {
  authenticateSockets(io, deps.auth, deps.log);
  io.on("connection", (socket) => {
    const { userId, role, sessionId } = socket.data;
    void socket.join([rooms.all, rooms.role(role), rooms.user(userId), rooms.session(sessionId)]);
    registerSync(socket, deps.feed, deps.log);
    registerPresence(io, socket, deps.db, deps.log);
    registerProbe(socket);
    registerServerTime(socket);
  });
}

export { HEARTBEAT } from "./heartbeat.js";
export { createPublisher, createSessionTerminator } from "./publisher.js";
export type { KrisrumServer } from "./types.js";
