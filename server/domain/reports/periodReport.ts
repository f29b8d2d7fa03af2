import type {
  IncidentReport,
  PeriodIncident,
  PeriodMonth,
  PeriodReport,
  Targets,
} from "../../../shared/schemas/report.js";
import type { InquiryFacts } from "../../db/repos/inquiries.js";
import { contactFigures, volumeFigures } from "./contactFigures.js";
import { monthOf } from "./period.js";
import { judgeAll } from "./targets.js";

export interface PeriodReportInput {
  municipality: string;
  targets: Targets;
  now: Date;
  range: { from: string; to: string };
  /** Every real inquiry of the period (a real incident's or an ordinary day's; none of an exercise), oldest first. */
  inquiries: readonly InquiryFacts[];
  faqQuestions: ReadonlyMap<string, string>;
  /** The after-action reports of the incidents active in the period. */
  incidents: readonly IncidentReport[];
}

/** An incident's key figures for the committee, from its after-action report. */
export function keyFigures(r: IncidentReport): PeriodIncident {
  return {
    ...r.incident,
    minutesToFirstPublic: r.public.minutesToFirstPublic,
    bulletinsPublished: r.public.bulletinsPublished,
    promisesMade: r.public.promises.made,
    promisesMissed: r.public.promises.missed,
    claims: r.claims.total,
    claimsWithinDeadlineShare: r.claims.withinDeadlineShare,
    inquiries: r.contact.inquiries,
    firstContactRate: r.contact.firstContactRate,
  };
}

/** The period report: the contact centre month by month, the incidents, against the first-contact target. Pure. */
export function buildPeriodReport(input: PeriodReportInput): PeriodReport {
  const month = monthOf(input.range.from, input.range.to);
  const byMonth = new Map<string, InquiryFacts[]>();
  for (const i of input.inquiries) {
    const m = month(i.createdAt);
    (byMonth.get(m) ?? byMonth.set(m, []).get(m))?.push(i);
  }
  const months: PeriodMonth[] = [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, items]) => {
      const { inquiries, byChannel, firstContactRate, medianHandlingSeconds } = volumeFigures(items);
      return { month: m, inquiries, byChannel, firstContactRate, medianHandlingSeconds };
    });
  const contact = contactFigures(input.inquiries, input.faqQuestions);
  return {
    municipality: input.municipality,
    generatedAt: input.now.toISOString(),
    ...input.range,
    contact,
    months,
    incidents: input.incidents.map(keyFigures),
    targets: judgeAll(input.targets, { firstContactRate: contact.firstContactRate }),
  };
}
