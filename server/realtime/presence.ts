import type { Kysely } from "kysely";
import { PresenceJoin, PresenceLeave, type PresenceUser } from "../../shared/index.js";
import type { DB } from "../db/schema.js";
import { assertIncidentExists } from "../domain/incidents.js";
import { may } from "../domain/policy.js";
import { forbidden } from "../errors.js";
import type { Logger } from "../logger.js";
import { handler } from "./handler.js";
import { rooms, type KrisrumServer, type KrisrumSocket } from "./types.js";

/**
 * Who is on an incident, one entry per user however many tabs they have open. Computed from the room with
 * fetchSockets(), which also sees sockets on other nodes once an adapter connects them.
 * Several nodes: nothing is stored centrally. Each socket's `data.presence` lives on its own node, the Redis adapter
 * asks every node for the room's sockets (with their data), and the whole list is broadcast to the room on every
 * node. Simplest correct design: no shared presence table to keep in step or expire — a node that dies stops
 * answering, so its users drop out of the next list. Limits: two joins in the same instant on two nodes can each
 * broadcast a list missing the other, and a dead node's users stay listed until the next presence change.
 */
export async function presenceOf(io: KrisrumServer, incidentId: string): Promise<PresenceUser[]> {
  const room = rooms.incident(incidentId);
  // If the other nodes cannot be asked (Redis down, a node not answering in time), show this node's part rather
  // than fail the join: presence is a hint, and the next change after recovery corrects it.
  const sockets = await io
    .in(room)
    .fetchSockets()
    .catch(() => io.local.in(room).fetchSockets());
  const users = new Map<string, PresenceUser>();
  for (const { data } of sockets) {
    const editing = data.presence?.[incidentId] ?? null;
    const seen = users.get(data.userId);
    if (seen) {
      seen.editing ??= editing;
      continue;
    }
    users.set(data.userId, {
      userId: data.userId,
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      editing,
    });
  }
  return [...users.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, "sv"));
}

async function broadcast(io: KrisrumServer, incidentId: string): Promise<PresenceUser[]> {
  const users = await presenceOf(io, incidentId);
  io.to(rooms.incident(incidentId)).emit("presence", { incidentId, users });
  return users;
}

export function registerPresence(io: KrisrumServer, socket: KrisrumSocket, db: Kysely<DB>, log: Logger): void {
  socket.on(
    "presence:join",
    handler(PresenceJoin, log, async ({ incidentId, editing }) => {
      if (!may(socket.data.role, "read")) throw forbidden();
      await assertIncidentExists(db, incidentId);
      socket.data.presence = { ...socket.data.presence, [incidentId]: editing };
      await socket.join(rooms.incident(incidentId));
      return { users: await broadcast(io, incidentId) };
    }),
  );

  socket.on(
    "presence:leave",
    handler(PresenceLeave, log, async ({ incidentId }) => {
      const { [incidentId]: _left, ...rest } = socket.data.presence ?? {};
      socket.data.presence = rest;
      await socket.leave(rooms.incident(incidentId));
      await broadcast(io, incidentId);
      return null;
    }),
  );

  // By "disconnect" the socket has left its rooms, so the recomputed presence no longer includes it.
  socket.on("disconnect", () => {
    for (const incidentId of Object.keys(socket.data.presence ?? {})) {
      broadcast(io, incidentId).catch((err: unknown) => log.warn("presence broadcast failed", { err }));
    }
  });
}
