import type { Auth } from "../domain/auth.js";
import { readCookie, SESSION_COOKIE } from "../http/cookies.js";
import type { Logger } from "../logger.js";
import type { KrisrumServer } from "./types.js";

/** The handshake needs the same session cookie as REST; without a live session the connection is refused. */
export function authenticateSockets(io: KrisrumServer, auth: Auth, log: Logger): void {
  io.use((socket, next) => {
    const token = readCookie(socket.request.headers.cookie, SESSION_COOKIE);
    auth.authenticate(token).then(
      (found) => {
        if (!found) return next(new Error("unauthenticated"));
        const { user, sessionId } = found;
        socket.data = {
          userId: user.id,
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          sessionId,
          presence: {},
        };
        next();
      },
      (err: unknown) => {
        log.error("socket authentication failed", { err });
        next(new Error("internal"));
      },
    );
  });
}
