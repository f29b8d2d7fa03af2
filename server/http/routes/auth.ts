import { Router } from "express";
import { LoginRequest, MePatch, UserEnvelope } from "../../../shared/index.js";
import type { Auth } from "../../domain/auth.js";
import type { Users } from "../../domain/users.js";
import { clearedSessionCookie, sessionCookie } from "../cookies.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

export function authRoutes(deps: { auth: Auth; users: Users; secureCookies: boolean }): Router {
  const { auth, users, secureCookies } = deps;
  const router = Router();

  router.post("/auth/login", async (req, res) => {
    const input = parse(LoginRequest, req.body);
    const ip = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const grant = await auth.login(input.username, input.password, ip);
    res.setHeader("Set-Cookie", sessionCookie(grant.token, grant.expiresAt, secureCookies));
    send(res, UserEnvelope, { user: grant.user });
  });

  router.post("/auth/logout", async (req, res) => {
    if (req.auth) await auth.logout(req.auth.sessionId);
    res.setHeader("Set-Cookie", clearedSessionCookie(secureCookies));
    res.status(204).end();
  });

  router.get("/me", requireRole("read"), async (req, res) => {
    send(res, UserEnvelope, { user: await users.me(actorOf(req).id) });
  });

  router.patch("/me", requireRole("read"), async (req, res) => {
    const input = parse(MePatch, req.body);
    send(res, UserEnvelope, { user: await users.setLanguage(actorOf(req), input.language) });
  });

  return router;
}
