import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "../../shared/events.js";

export type KrisrumServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type KrisrumSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const rooms = {
  all: "all",
  role: (role: string) => `role:${role}`,
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  incident: (incidentId: string) => `incident:${incidentId}`,
} as const;
