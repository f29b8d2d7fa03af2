import type { IncomingMessage } from "node:http";

export interface OriginPolicy {
  /** KRISRUM_PUBLIC_URL: the address people use when a proxy in front rewrites Host. */
  publicUrl?: string;
  /** Express's trust-proxy setting: when set, X-Forwarded-Host names the host the browser used. */
  trustProxy?: boolean | number | string;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The Socket.IO handshake's `allowRequest`. Browsers send Origin on the handshake, and a WebSocket is not subject to
 * CORS, so without this check a page on another site could open a console socket that rides the user's session cookie
 * (cross-site WebSocket hijacking; SameSite stops most of it, not all: sibling subdomains are "same site").
 * A handshake without Origin comes from a non-browser client, which still needs the session cookie.
 */
export function sameOriginHandshake(policy: OriginPolicy): (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => void {
  const publicHost = policy.publicUrl ? hostOf(policy.publicUrl) : null;
  return (req, callback) => {
    const origin = req.headers.origin;
    if (origin === undefined) return callback(null, true);
    const originHost = hostOf(origin);
    const allowed = new Set<string>();
    if (req.headers.host) allowed.add(req.headers.host.toLowerCase());
    const forwarded = req.headers["x-forwarded-host"];
    if (policy.trustProxy && typeof forwarded === "string") allowed.add(forwarded.split(",")[0]!.trim().toLowerCase());
    if (publicHost) allowed.add(publicHost);
    if (originHost !== null && allowed.has(originHost)) return callback(null, true);
    callback("origin not allowed", false);
  };
}
