import { Router } from "express";
import { z } from "zod";
import {
  AssignableUserList,
  Id,
  PasswordReset,
  UserCreate,
  UserEnvelope,
  UserList,
  UserPatch,
} from "../../../shared/index.js";
import type { Users } from "../../domain/users.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function userRoutes(users: Users): Router {
  const router = Router();
  // Before the admin-only guard below, which covers every path under /users: leads read this to assign claims.
  router.get("/users/assignable", requireRole("assignClaims"), async (_req, res) => {
    send(res, AssignableUserList, { users: await users.assignable() });
  });

  router.use("/users", requireRole("manageUsers"));

  router.get("/users", async (_req, res) => {
    send(res, UserList, { users: await users.list() });
  });

  router.post("/users", async (req, res) => {
    const input = parse(UserCreate, req.body);
    send(res, UserEnvelope, { user: await users.create(input, actorOf(req)) }, 201);
  });

  router.patch("/users/:id", async (req, res) => {
    const { id } = parse(Params, req.params);
    const input = parse(UserPatch, req.body);
    send(res, UserEnvelope, { user: await users.update(id, input, actorOf(req)) });
  });

  router.post("/users/:id/password", async (req, res) => {
    const { id } = parse(Params, req.params);
    const input = parse(PasswordReset, req.body);
    await users.resetPassword(id, input.password, actorOf(req));
    res.status(204).end();
  });

  return router;
}
