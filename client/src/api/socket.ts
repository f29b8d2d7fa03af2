import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@shared/events";

export type KrisrumSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one socket of the console. The session cookie authenticates the handshake, so it is
 * created only after login. Reconnection backs off to 5 s at most: after a network outage the
 * console should be back within seconds of the network.
 */
export function createSocket(url?: string): KrisrumSocket {
  const options = {
    withCredentials: true,
    autoConnect: false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
    // WebSocket first: opening with HTTP long-polling and upgrading costs three or four requests on the page's six
    // connections while a cold load still fetches its data. A network that refuses WebSockets (a proxy) falls back to
    // polling, which the server also serves.
    transports: ["websocket", "polling"],
    tryAllTransports: true,
  };
  return url === undefined ? io(options) : io(url, options);
}
