import type { RequestHandler } from "express";

const HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

/**
 * Hand-written rather than helmet: a dozen fixed headers. The CSP allows only the app's own scripts; the socket
 * is named explicitly (ws:/wss: on this host) because older browsers do not let 'self' cover WebSockets.
 * Inline styles are allowed for component libraries that inject them; inline scripts are not.
 */
export function securityHeaders(secureCookies: boolean): RequestHandler {
  return (req, res, next) => {
    const host = req.headers.host && HOST.test(req.headers.host) ? req.headers.host : null;
    const socket = host ? ` ws://${host} wss://${host}` : "";
    res.setHeader(
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
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (secureCookies) res.setHeader("Strict-Transport-Security", "max-age=15552000");
    next();
  };
}
