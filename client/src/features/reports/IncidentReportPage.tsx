import { useParams } from "react-router";
import { CLAIM_SEVERITIES_MOST_SEVERE_FIRST, CLAIM_SOURCE_CHANNELS } from "@shared/schemas/claim";
import { LANGUAGES, textLang } from "@shared/constants";
import type { MessageLanguage } from "@shared/schemas/checklist";
import type { IncidentReport } from "@shared/schemas/report";
import { useLanguage, useT } from "../../i18n/useT";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { fetchIncidentReport, incidentReportCsvUrl } from "../../api/reports";
import { ContactSection } from "./ContactSection";
import { formatNumber, formatPercent, formatWhen } from "./format";
import { CorrectionChart, TimelineChart } from "./IncidentCharts";
import { ReportHeader } from "./ReportHeader";
import { DataTable, FiguresTable, TargetsTable } from "./Tables";
import { useReport } from "./useReport";
import "./reports.css";

const PRINCIPLES = ["overall", "active", "open", "factual", "fast", "impartial", "audienceAdapted"] as const;

/** The after-action report of one incident (GET /api/incidents/:id/report); an exercise's is its evaluation. */
export function IncidentReportPage() {
  const { id = "" } = useParams();
  const t = useT();
  const state = useReport(id, (signal) => fetchIncidentReport(id, signal));
  const report = state.status === "ready" ? state.report : null;
  const kind = report?.incident.exercise ? t("reports.incident.exerciseTitle") : t("reports.incident.title");
  useDocumentTitle(report ? `${kind}: ${report.incident.title}` : t("reports.incident.title"));
  return (
    <article className="page report-page" aria-labelledby="report-title">
      {state.status === "loading" ? <p className="loading">{t("reports.loading")}</p> : null}
      {state.status === "error" ? (
        <p className="notice notice-error" role="alert">
          {t("reports.error", { message: state.message })}
        </p>
      ) : null}
      {report ? <IncidentReportBody report={report} kind={kind} /> : null}
    </article>
  );
}

function IncidentReportBody({ report, kind }: { report: IncidentReport; kind: string }) {
  const t = useT();
  const lang = useLanguage();
  const { incident, public: pub, claims, timeline } = report;
  const minutes = (n: number | null) => (n === null ? "–" : t("reports.minutes", { n: formatNumber(n, lang) }));
  // "Svenska", not the code "sv" the report carries.
  const languageName = (code: string): string => {
    const known = LANGUAGES.find((l) => l === code);
    return known ? t(`lang.${known}`) : code;
  };
  const period = t("reports.period.range", {
    from: formatWhen(incident.startedAt, lang),
    to: incident.closedAt ? formatWhen(incident.closedAt, lang) : t("reports.notClosed"),
  });
  return (
    <>
      <ReportHeader
        title={`${kind}: ${incident.title}`}
        printHead={`${report.municipality} · ${kind}: ${incident.title} · ${period}`}
        csvUrl={incidentReportCsvUrl(incident.id)}
        meta={
          <dl className="report-facts">
            <dt>{t("reports.municipality")}</dt>
            <dd>{report.municipality}</dd>
            <dt>{t("reports.started")}</dt>
            <dd>{formatWhen(incident.startedAt, lang)}</dd>
            <dt>{t("reports.closed")}</dt>
            <dd>{incident.closedAt ? formatWhen(incident.closedAt, lang) : t("reports.notClosed")}</dd>
            <dt>{t("reports.generated", { time: "" }).trim()}</dt>
            <dd>{formatWhen(report.generatedAt, lang)}</dd>
          </dl>
        }
      />

      <section aria-labelledby="report-targets">
        <h2 id="report-targets">{t("reports.targets.title")}</h2>
        <TargetsTable targets={report.targets} />
      </section>

      <section aria-labelledby="report-public">
        <h2 id="report-public">{t("reports.public.title")}</h2>
        <FiguresTable
          caption={t("reports.public.title")}
          rows={[
            [t("reports.public.firstPublishedAt"), formatWhen(pub.firstPublishedAt, lang)],
            [t("reports.public.minutesToFirstPublic"), minutes(pub.minutesToFirstPublic)],
            [t("reports.public.bulletinsPublished"), pub.bulletinsPublished],
            [t("reports.public.publications"), pub.publications],
            [t("reports.public.corrections"), pub.corrections],
            [t("reports.public.retractions"), pub.retractions],
            [
              t("reports.public.languages"),
              Object.entries(pub.languages)
                .map(([l, n]) => `${languageName(l)}: ${n}`)
                .join(", ") || "–",
            ],
          ]}
        />
        <OverridesTable report={report} />
      </section>

      <section aria-labelledby="report-timeline">
        <h2 id="report-timeline">{t("reports.timeline.title")}</h2>
        <TimelineChart report={report} />
        <h3>{t("reports.promises.title")}</h3>
        <p>
          {t("reports.promises.summary", {
            made: pub.promises.made,
            kept: pub.promises.kept,
            missed: pub.promises.missed,
            pending: pub.promises.pending,
            longest: formatNumber(pub.promises.longestOverdueMinutes, lang),
          })}
        </p>
        <DataTable
          caption={t("reports.promises.title")}
          header={[
            t("reports.promises.dueAt"),
            t("reports.promises.madeAt"),
            t("reports.promises.actual"),
            t("reports.promises.state"),
            t("reports.promises.overdue"),
          ]}
          rows={timeline.promises.map((p) => [
            formatWhen(p.dueAt, lang),
            formatWhen(p.madeAt, lang),
            formatWhen(p.keptAt ?? p.lateAt, lang),
            t(`reports.promises.state.${p.state}`),
            minutes(p.overdueMinutes),
          ])}
        />
        <PublicationsTable report={report} />
        <DataTable
          caption={t("reports.timeline.decisions")}
          header={[t("reports.timeline.decision"), t("reports.timeline.time")]}
          rows={timeline.decisions.map((d) => [d.text, formatWhen(d.at, lang)])}
        />
      </section>

      <section aria-labelledby="report-checklist">
        <h2 id="report-checklist">{t("reports.checklist.title")}</h2>
        <FiguresTable
          caption={t("reports.checklist.caption", { n: report.checklist.publishedVersions })}
          rows={PRINCIPLES.map((p) => [t(`reports.checklist.${p}`), formatNumber(report.checklist.atPublish[p], lang)])}
        />
      </section>

      <section aria-labelledby="report-claims">
        <h2 id="report-claims">{t("reports.claims.title")}</h2>
        <FiguresTable
          caption={t("reports.claims.title")}
          rows={[
            [t("reports.claims.total"), claims.total],
            [t("reports.claims.corrected"), claims.corrected],
            [t("reports.claims.withinDeadline"), formatPercent(claims.withinDeadlineShare, lang)],
            [t("reports.claims.median"), minutes(claims.medianMinutesToCorrection)],
            [t("reports.claims.p90"), minutes(claims.p90MinutesToCorrection)],
          ]}
        />
        <CorrectionChart report={report} />
        <DataTable
          caption={t("reports.claims.bySeverity")}
          header={[
            t("reports.claims.severity"),
            t("reports.claims.corrected"),
            t("reports.chart.median"),
            t("reports.chart.p90"),
          ]}
          rows={CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => [
            t(`claims.severity.${s}`),
            claims.bySeverity[s].corrected,
            minutes(claims.bySeverity[s].medianMinutes),
            minutes(claims.bySeverity[s].p90Minutes),
          ])}
        />
        <DataTable
          caption={t("reports.claims.bySource")}
          header={[t("claims.channel"), t("reports.count")]}
          rows={CLAIM_SOURCE_CHANNELS.map((c) => [t(`claims.channel.${c}`), claims.bySourceChannel[c]])}
        />
      </section>

      <ContactSection contact={report.contact} timeline={report} />
    </>
  );
}

/** A headline in its bulletin's language (WCAG 3.1.2): the report's tables are in the UI's. */
const inLanguage = (text: string, language: MessageLanguage | undefined) =>
  language ? <span lang={textLang(language)}>{text}</span> : text;

/** The publishes that went past the gate, with the reason given. */
export function OverridesTable({ report }: { report: Pick<IncidentReport, "public" | "timeline"> }) {
  const t = useT();
  const lang = useLanguage();
  // An override is a publication: the timeline knows its bulletin's language.
  const languageOf = new Map(report.timeline.publications.map((p) => [p.bulletinId, p.language]));
  return (
    <DataTable
      caption={t("reports.public.overrides")}
      empty={t("reports.public.noOverrides")}
      header={[
        t("reports.timeline.headline"),
        t("reports.timeline.time"),
        t("reports.public.overrideScore"),
        t("reports.public.overrideReason"),
      ]}
      rows={report.public.overrides.map((o) => [
        inLanguage(o.headline, languageOf.get(o.bulletinId)),
        formatWhen(o.at, lang),
        formatNumber(o.score, lang),
        o.reason,
      ])}
    />
  );
}

/** Every publish: headline, time, language, kind and the next update it promised. */
export function PublicationsTable({ report }: { report: Pick<IncidentReport, "timeline"> }) {
  const t = useT();
  const lang = useLanguage();
  // "Svenska", not the code "sv" the report carries.
  const languageName = (code: MessageLanguage): string => t(`lang.${code}`);
  return (
    <DataTable
      caption={t("reports.timeline.publications")}
      header={[
        t("reports.timeline.headline"),
        t("reports.timeline.time"),
        t("reports.timeline.language"),
        t("reports.timeline.kind"),
        t("reports.timeline.promised"),
      ]}
      rows={report.timeline.publications.map((p) => [
        inLanguage(p.headline, p.language),
        formatWhen(p.at, lang),
        languageName(p.language),
        t(`reports.timeline.kind.${p.kind}`),
        formatWhen(p.nextUpdateAt, lang),
      ])}
    />
  );
}
