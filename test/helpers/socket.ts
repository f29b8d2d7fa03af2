import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../shared/events.js";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client with the session cookie; resolves once connected, rejects with the refusal. */
export function connectSocket(baseUrl: string, cookie?: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (err) => {
      socket.close();
      reject(err);
    });
  });
}

type Listener<K extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[K]>;

/** Waits for the next `name` that matches; fails after `timeoutMs` so a missing push fails the test, not hangs it. */
export function nextEvent<K extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  name: K,
  match: (...args: Listener<K>) => boolean = () => true,
  timeoutMs = 3_000,
): Promise<Listener<K>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(name, onEvent as never);
      reject(new Error(`no "${String(name)}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onEvent = (...args: Listener<K>) => {
      if (!match(...args)) return;
      clearTimeout(timer);
      socket.off(name, onEvent as never);
      resolve(args);
    };
    socket.on(name, onEvent as never);
  });
}

/** Records every payload of `name` from now on. */
export function collect<K extends keyof ServerToClientEvents>(socket: ClientSocket, name: K): Array<Listener<K>[0]> {
  const seen: Array<Listener<K>[0]> = [];
  socket.on(name, ((payload: Listener<K>[0]) => seen.push(payload)) as never);
  return seen;
}

/** Resolves when the server has closed the socket. */
export function disconnected(socket: ClientSocket, timeoutMs = 3_000): Promise<string> {
  if (!socket.connected) return Promise.resolve("already");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("socket was not disconnected")), timeoutMs);
    socket.once("disconnect", (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
