import { Router } from "express";
import { z } from "zod";
import { Id, IncidentCreate, IncidentPatch, IncidentStatus } from "../../../shared/index.js";
import type { Incidents } from "../../domain/incidents.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });
const ListQuery = z.object({ status: IncidentStatus.optional() });

export function incidentRoutes(incidents: Incidents): Router {
  const router = Router();

  router.get("/incidents", requireRole("read"), async (req, res) => {
    const { status } = parse(ListQuery, req.query);
    res.json({ incidents: await incidents.list(status) });
  });

  router.post("/incidents", requireRole("manageIncidents"), async (req, res) => {
    const input = parse(IncidentCreate, req.body);
    res.status(201).json(await incidents.create(input, actorOf(req)));
  });

  router.get("/incidents/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    res.json(await incidents.get(id));
  });

  router.patch("/incidents/:id", requireRole("manageIncidents"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const input = parse(IncidentPatch, req.body);
    res.json(await incidents.update(id, input, actorOf(req)));
  });

  return router;
}
