import type { IncomingMessage } from "node:http";
import { foreignFetchSite, originAllowed, type OriginPolicy } from "../http/origin.js";

export type { OriginPolicy } from "../http/origin.js";

/**
 * The Socket.IO handshake's `allowRequest`. Browsers send Origin on the handshake, and a WebSocket is not subject to
 * CORS, so without this check a page on another site could open a console socket that rides the user's session cookie
 * (cross-site WebSocket hijacking; SameSite stops most of it, not all: sibling subdomains are "same site").
 * A handshake without Origin comes from a non-browser client, which still needs the session cookie. The check is the
 * REST layer's (server/http/origin.ts).
 */
export function sameOriginHandshake(
  policy: OriginPolicy,
): (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => void {
  return (req, callback) => {
    if (originAllowed(req.headers, policy) === false || foreignFetchSite(req.headers))
      return callback("origin not allowed", false);
    callback(null, true);
  };
}
