import type { RequestHandler } from "express";

const HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

/** A flat [name, value, name, value, …] list, as http's writeHead takes it without a per-header setHeader. */
export type HeaderList = readonly string[];

const HOSTS_REMEMBERED = 64; // distinct Host values whose header lists are kept (a node answers under a few names)

/**
 * Hand-written rather than helmet: a dozen fixed headers. The CSP allows only the app's own scripts; the socket
 * is named explicitly (ws:/wss: on this host) because older browsers do not let 'self' cover WebSockets.
 * Inline styles are allowed for component libraries that inject them; inline scripts are not.
 *
 * The list depends only on the Host header, so it is built once per host rather than per request (the public
 * outputs' hot path sends it for every hit); a flood of made-up hosts only empties the memo.
 */
export function createSecurityHeaders(secureCookies: boolean): (host: string | undefined) => HeaderList {
  const byHost = new Map<string, HeaderList>();
  const build = (host: string | undefined): HeaderList => {
    const valid = host && HOST.test(host) ? host : null;
    const socket = valid ? ` ws://${valid} wss://${valid}` : "";
    const list = [
      "Content-Security-Policy",
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src 'self'${socket}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
      "X-Content-Type-Options",
      "nosniff",
      "Referrer-Policy",
      "no-referrer",
      "X-Frame-Options",
      "DENY",
      "Cross-Origin-Opener-Policy",
      "same-origin",
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=()",
    ];
    if (secureCookies) list.push("Strict-Transport-Security", "max-age=15552000");
    return list;
  };
  const noHost = build(undefined);
  return (host) => {
    if (!host) return noHost;
    let list = byHost.get(host);
    if (!list) {
      if (byHost.size >= HOSTS_REMEMBERED) byHost.clear();
      list = build(host);
      byHost.set(host, list);
    }
    return list;
  };
}

export function securityHeaders(headersFor: (host: string | undefined) => HeaderList): RequestHandler {
  return (req, res, next) => {
    const list = headersFor(req.headers.host);
    for (let i = 0; i < list.length; i += 2) res.setHeader(list[i]!, list[i + 1]!);
    next();
  };
}
