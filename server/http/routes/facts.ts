import { Router } from "express";
import { z } from "zod";
import { FactCreate, FactPatch, Id } from "../../../shared/index.js";
import type { Facts } from "../../domain/facts.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

export function factRoutes(facts: Facts): Router {
  const router = Router();

  router.get("/incidents/:id/facts", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json({ facts: await facts.list(id) });
  });

  router.post("/incidents/:id/facts", requireRole("writeFacts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.status(201).json(await facts.create(id, parse(FactCreate, req.body), actorOf(req)));
  });

  router.get("/facts/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await facts.get(id));
  });

  router.patch("/facts/:id", requireRole("writeFacts"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await facts.update(id, parse(FactPatch, req.body), actorOf(req)));
  });

  router.get("/facts/:id/versions", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json({ versions: await facts.versions(id) });
  });

  return router;
}
