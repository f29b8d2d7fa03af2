import { Router } from "express";
import { z } from "zod";
import {
  Id,
  LOG_FILTER_KINDS,
  LogEntry,
  LogEntryCreate,
  LogExport,
  LogFilterKind,
  LogPage,
} from "../../../shared/index.js";
import { LOG_PAGE_DEFAULT, LOG_PAGE_MAX, type Log } from "../../domain/log.js";
import { requireRole } from "../middleware/auth.js";
import { exportFileName, logToCsv } from "../../presenters/logExport.js";
import { actorOf } from "../types.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });
/** Also read by the OpenAPI document (server/http/openapi.ts). */
export const TimelineQuery = z.object({
  kind: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((k) => k.trim())
            .filter(Boolean)
        : [...LOG_FILTER_KINDS],
    )
    .pipe(z.array(LogFilterKind)),
  limit: z.coerce.number().int().min(1).max(LOG_PAGE_MAX).default(LOG_PAGE_DEFAULT),
  before: z.coerce.number().int().positive().optional(),
});

export function logRoutes(log: Log): Router {
  const router = Router();

  router.get("/incidents/:id/log", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const query = parse(TimelineQuery, req.query);
    send(res, LogPage, {
      items: await log.timeline(id, { kinds: query.kind, before: query.before, limit: query.limit }, actorOf(req).role),
    });
  });

  router.post("/incidents/:id/log", requireRole("writeLog"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const input = parse(LogEntryCreate, req.body);
    send(res, LogEntry, await log.add(id, input, actorOf(req)), 201);
  });

  router.get("/incidents/:id/log/export.csv", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const exported = await log.exportLog(id, actorOf(req).role);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(exported.incident, "csv")}"`);
    res.send(logToCsv(exported));
  });

  router.get("/incidents/:id/log/export.json", requireRole("read"), async (req, res) => {
    const { id } = parse(Params, req.params);
    const { incident, items } = await log.exportLog(id, actorOf(req).role);
    res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(incident, "json")}"`);
    send(res, LogExport, { exportedAt: new Date().toISOString(), incident, items });
  });

  return router;
}
