import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Auth } from "../../domain/auth.js";
import { may, type Permission } from "../../domain/policy.js";
import { forbidden, unauthenticated } from "../../errors.js";
import { readCookie, SESSION_COOKIE, sessionCookie } from "../cookies.js";

/** Resolves the session cookie (if any) to `req.auth`; renews the cookie when the expiry slides. */
export function loadSession(auth: Auth, secureCookies: boolean): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const found = await auth.authenticate(token);
    if (found) {
      req.auth = found;
      if (found.renewedUntil && token)
        res.append("Set-Cookie", sessionCookie(token, found.renewedUntil, secureCookies));
    }
    next();
  };
}

/** Every route names the permission it needs (server/domain/policy.ts). */
export function requireRole(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth) throw unauthenticated();
    if (!may(req.auth.user.role, permission)) throw forbidden();
    next();
  };
}
