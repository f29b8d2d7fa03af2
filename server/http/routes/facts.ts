import { Router } from "express";
import { z } from "zod";
import { Fact, FactCreate, FactList, FactPatch, FactVersionList, Id } from "../../../shared/index.js";
import type { Facts } from "../../domain/facts.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function factRoutes(facts: Facts): Router {
  const router = Router();

  router.get("/incidents/:id/facts", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FactList, { facts: await facts.list(id, actorOf(req).role) });
  });

  router.post("/incidents/:id/facts", requireRole("writeFacts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Fact, await facts.create(id, parse(FactCreate, req.body), actorOf(req)), 201);
  });

  router.get("/facts/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Fact, await facts.get(id, actorOf(req).role));
  });

  router.patch("/facts/:id", requireRole("writeFacts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Fact, await facts.update(id, parse(FactPatch, req.body), actorOf(req)));
  });

  router.get("/facts/:id/versions", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, FactVersionList, { versions: await facts.versions(id, actorOf(req).role) });
  });

  return router;
}
