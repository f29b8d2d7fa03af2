import type { IncidentReport, PeriodQuery, PeriodReport, Targets } from "../../../shared/schemas/report.js";
import { listClaims } from "../../db/repos/claims.js";
import { findIncident } from "../../db/repos/incidents.js";
import { listInquiryFacts } from "../../db/repos/inquiries.js";
import {
  faqQuestions,
  listDecisions,
  listIncidentIdsInRange,
  listPublishedVersions,
  listReportEvents,
} from "../../db/repos/reports.js";
import { notFound } from "../../errors.js";
import type { DomainDeps } from "../context.js";
import { eventFacts, REPORT_EVENT_TYPES } from "./eventFacts.js";
import { buildIncidentReport } from "./incidentReport.js";
import { periodRange } from "./period.js";
import { buildPeriodReport } from "./periodReport.js";

export interface ReportOptions {
  targets: Targets;
  /** The municipality's name on the printed report (KRISRUM_SENDER_NAME). */
  municipality: string;
}

// Every inquiry ever linked to the incident: the inquiries repository reads by time range.
const ALL_TIME = { from: "0000-01-01T00:00:00.000Z", to: "9999-12-31T23:59:59.999Z" };

/** Follow-up reports: read-only, computed on request from the event log and the rows behind it. */
export function createReports(deps: Pick<DomainDeps, "db">, options: ReportOptions) {
  const { db } = deps;

  async function incidentReport(
    id: string,
    now: Date,
    questions?: ReadonlyMap<string, string>,
    keyFiguresOnly = false,
  ): Promise<IncidentReport> {
    const incident = await findIncident(db, id);
    if (!incident) throw notFound("Incident");
    const [events, decisions, versions, claims, inquiries, faq] = await Promise.all([
      listReportEvents(db, id, REPORT_EVENT_TYPES),
      listDecisions(db, id),
      listPublishedVersions(db, id),
      listClaims(db, id),
      listInquiryFacts(db, { ...ALL_TIME, incidentId: id }),
      questions ?? faqQuestions(db),
    ]);
    return buildIncidentReport({
      ...options,
      now,
      incident,
      events: eventFacts(events),
      decisions,
      versions,
      claims,
      inquiries,
      faqQuestions: faq,
      questions: !keyFiguresOnly,
    });
  }

  async function periodReport(query: PeriodQuery, now: Date): Promise<PeriodReport> {
    const range = periodRange(query);
    const [inquiries, questions, incidentIds] = await Promise.all([
      listInquiryFacts(db, range, { realOnly: true }),
      faqQuestions(db),
      listIncidentIdsInRange(db, range.from, range.to),
    ]);
    const incidents: IncidentReport[] = [];
    for (const id of incidentIds) incidents.push(await incidentReport(id, now, questions, true));
    return buildPeriodReport({ ...options, now, range, inquiries, faqQuestions: questions, incidents });
  }

  return {
    incident: (id: string, now: Date = new Date()) => incidentReport(id, now),
    period: (query: PeriodQuery, now: Date = new Date()) => periodReport(query, now),
    targets: options.targets,
  };
}

export type Reports = ReturnType<typeof createReports>;
export { parseTargets } from "./targets.js";
