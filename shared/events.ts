import type { Ack } from "./schemas/common.js";
import type { DomainEvent, PresenceJoinInput, PresenceLeave, SyncRequestInput, SyncResult } from "./schemas/event.js";
import type { PresenceUser, Role } from "./schemas/user.js";

/** Socket.IO protocol, imported by server and client so a rename breaks the build, not production. */
export interface ServerToClientEvents {
  /** A committed domain event, pushed to every room it concerns; a console reads its payload once (readEvent). */
  event: (event: DomainEvent) => void;
  /** Who is on an incident right now; sent whenever it changes. */
  presence: (payload: { incidentId: string; users: PresenceUser[] }) => void;
  /** The session behind this socket ended (logout, disabled, password reset). */
  session_ended: () => void;
}

export interface ClientToServerEvents {
  sync: (request: SyncRequestInput, ack: (result: Ack<SyncResult>) => void) => void;
  "presence:join": (request: PresenceJoinInput, ack: (result: Ack<{ users: PresenceUser[] }>) => void) => void;
  "presence:leave": (request: PresenceLeave, ack: (result: Ack<null>) => void) => void;
  /** Answered at once: a console that doubts its link (a REST call failed) asks before it says "Ansluten" again. */
  probe: (ack: () => void) => void;
  /** The server's clock (epoch ms), answered at once: a console corrects its own clock by it (serverClock.ts). */
  time: (ack: (serverNow: number) => void) => void;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  sessionId: string;
  /** incidentId → what this socket is editing there (null: just looking). Kept on the socket so presence can be
   *  computed with fetchSockets() across nodes. */
  presence?: Record<string, string | null>;
}
