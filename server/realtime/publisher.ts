import type { DomainEvent } from "../../shared/index.js";
import type { SessionTerminator } from "../domain/context.js";
import { rooms, type KrisrumServer } from "./types.js";

/**
 * Pushes a committed event to the rooms allowed to see it. One emit to several rooms reaches each socket once.
 * With the Redis adapter (several nodes, realtime/redis.ts) the same emit also reaches the rooms' sockets on every
 * other node, still once each: the adapter publishes the packet once and each node delivers it to its own sockets.
 */
export function createPublisher(io: KrisrumServer): (event: DomainEvent) => void {
  return (event) => {
    const target = event.visibleTo === null ? rooms.all : event.visibleTo.map(rooms.role);
    io.to(target).emit("event", event);
  };
}

/**
 * Tells the sockets of ended sessions and closes them with a server-side disconnect, which a Socket.IO client
 * does not retry (a transport close would make it reconnect and fail the handshake). With the Redis adapter both
 * calls reach the session's sockets on whichever node they are connected to.
 */
export function createSessionTerminator(io: KrisrumServer): SessionTerminator {
  return {
    sessionsEnded(sessionIds) {
      if (sessionIds.length === 0) return;
      const targets = sessionIds.map(rooms.session);
      io.to(targets).emit("session_ended");
      io.in(targets).disconnectSockets(false);
    },
  };
}
