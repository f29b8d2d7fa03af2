import { Router } from "express";
import { z } from "zod";
import { Id, Incident, IncidentCreate, IncidentList, IncidentPatch, IncidentStatus } from "../../../shared/index.js";
import type { Incidents } from "../../domain/incidents.js";
import { requireRole } from "../middleware/auth.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });
/** Also read by the OpenAPI document (server/http/openapi.ts). */
export const IncidentListQuery = z.object({ status: IncidentStatus.optional() });

export function incidentRoutes(incidents: Incidents): Router {
  const router = Router();

  router.get("/incidents", requireRole("read"), async (req, res) => {
    const { status } = parse(IncidentListQuery, req.query);
    send(res, IncidentList, { incidents: await incidents.list(status) });
  });

  router.post("/incidents", requireRole("manageIncidents"), async (req, res) => {
    const input = parse(IncidentCreate, req.body);
    send(res, Incident, await incidents.create(input, actorOf(req)), 201);
  });

  router.get("/incidents/:id", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    send(res, Incident, await incidents.get(id));
  });

  router.patch("/incidents/:id", requireRole("manageIncidents"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const input = parse(IncidentPatch, req.body);
    send(res, Incident, await incidents.update(id, input, actorOf(req)));
  });

  return router;
}
