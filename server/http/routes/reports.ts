import { Router } from "express";
import { z } from "zod";
import { Id } from "../../../shared/index.js";
import { IncidentReport, PeriodQuery, PeriodReport } from "../../../shared/schemas/report.js";
import type { Reports } from "../../domain/reports/index.js";
import { requireRole } from "../middleware/auth.js";
import { incidentReportCsv, periodReportCsv, reportFileName } from "../../presenters/reportCsv.js";
import { send } from "../send.js";
import { parse } from "../validate.js";

const Params = z.object({ id: Id });

/** Follow-up reports (docs/api.md "Reports"): JSON for the console, CSV for Swedish Excel. */
export function reportRoutes(reports: Reports): Router {
  const router = Router();

  router.get("/incidents/:id/report", requireRole("readReports"), async (req, res) => {
    send(res, IncidentReport, await reports.incident(parse(Params, req.params).id));
  });
  router.get("/incidents/:id/report.csv", requireRole("readReports"), async (req, res) => {
    const report = await reports.incident(parse(Params, req.params).id);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="${reportFileName("incident", report)}"`);
    res.send(incidentReportCsv(report));
  });
  router.get("/reports", requireRole("readReports"), async (req, res) => {
    send(res, PeriodReport, await reports.period(parse(PeriodQuery, req.query)));
  });
  router.get("/reports.csv", requireRole("readReports"), async (req, res) => {
    const report = await reports.period(parse(PeriodQuery, req.query));
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="${reportFileName("period", report)}"`);
    res.send(periodReportCsv(report));
  });

  return router;
}
