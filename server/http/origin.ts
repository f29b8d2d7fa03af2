import type { IncomingHttpHeaders } from "node:http";

/**
 * Which origins may act on the console: the one module that both the REST layer's CSRF guard
 * (middleware/csrf.ts) and the Socket.IO handshake (realtime/origin.ts) ask.
 */
export interface OriginPolicy {
  /** KRISRUM_PUBLIC_URL: the address people use when a proxy in front rewrites Host. */
  publicUrl?: string | undefined;
  /** Express's trust-proxy setting: when set, X-Forwarded-Host names the host the browser used. */
  trustProxy?: boolean | number | string | undefined;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether the request's `Origin` names the console's own host: the request's `Host`, `KRISRUM_PUBLIC_URL`'s host or,
 * behind a trusted proxy, `X-Forwarded-Host`. Undefined when there is no Origin (a non-browser client, or a browser's
 * same-origin GET). `Origin: null` (sandboxed frames, some redirects) is foreign.
 */
export function originAllowed(headers: IncomingHttpHeaders, policy: OriginPolicy): boolean | undefined {
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  const originHost = hostOf(origin);
  if (originHost === null) return false;
  const allowed = new Set<string>();
  if (headers.host) allowed.add(headers.host.toLowerCase());
  const forwarded = headers["x-forwarded-host"];
  if (policy.trustProxy && typeof forwarded === "string") allowed.add(forwarded.split(",")[0]!.trim().toLowerCase());
  const publicHost = policy.publicUrl ? hostOf(policy.publicUrl) : null;
  if (publicHost) allowed.add(publicHost);
  return allowed.has(originHost);
}

/**
 * A browser's own word that the request comes from another site (`Sec-Fetch-Site: cross-site`) or from a sibling on
 * the same site, e.g. another port of this host (`same-site`). The console only ever calls itself (`same-origin`);
 * `none` is a user typing the address.
 */
export function foreignFetchSite(headers: IncomingHttpHeaders): boolean {
  const site = headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
}
