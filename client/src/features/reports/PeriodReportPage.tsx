import { useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { INQUIRY_CHANNELS } from "@shared/schemas/inquiry";
import { readPeriod, type PeriodProblem } from "@shared/period";
import { REPORT_MAX_RANGE_DAYS, type PeriodReport } from "@shared/schemas/report";
import { Button } from "../../components/Button";
import { DateInput, refuseBadDate } from "../../components/DateInput";
import { useLanguage, useT } from "../../i18n/useT";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { fetchPeriodReport, periodReportCsvUrl } from "../../api/reports";
import { ContactSection } from "./ContactSection";
import { formatNumber, formatPercent, formatWhen } from "./format";
import { FirstContactChart, MonthVolumeChart } from "./PeriodCharts";
import { defaultPeriod, periodFromUrl, type PeriodField } from "./period";
import { ReportHeader } from "./ReportHeader";
import { DataTable, TargetsTable } from "./Tables";
import { useReport } from "./useReport";
import "./reports.css";
import { serverNow } from "../../store/session/serverClock";

/** The period report for the committee (GET /api/reports?from=&to=): days in Swedish time, both included. */
export function PeriodReportPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { from, to, bad } = periodFromUrl(params.get("from"), params.get("to"), defaultPeriod(new Date(serverNow())));
  const [draft, setDraft] = useState({ from, to });
  // A day of the address that is none is said here, in the UI's language, and not asked for: the server's answer
  // was its English ("from: a date (YYYY-MM-DD) or an ISO 8601 time").
  const state = useReport(bad ? null : `${from}/${to}`, (signal) => fetchPeriodReport(from, to, signal));
  useDocumentTitle(t("reports.period.title"));
  // Said until the field is changed; the address keeps it until a period is shown.
  const badInField = bad && draft[bad.field] === bad.value ? bad : null;

  // Said at the field, in the UI's language, before asking: the server's answer was "to: must be after from".
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  const problemAt = (field: PeriodField) =>
    (field === "to" && problem) || badInField?.field === field ? "report-period-problem" : undefined;
  const toField = useRef<HTMLInputElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A field whose text is no date emits "": it is focused, and its own line says how to write the date.
    if (refuseBadDate(e.currentTarget)) return;
    const found = readPeriod(draft.from, draft.to).problem;
    setProblem(found);
    if (found) {
      toField.current?.focus();
      return;
    }
    setParams({ from: draft.from, to: draft.to });
  };
  return (
    <article className="page report-page" aria-labelledby="report-title">
      <form className="report-period-form" onSubmit={submit} aria-label={t("reports.period.title")}>
        <div className="report-period-field">
          <label htmlFor="report-period-from">{t("reports.period.from")}</label>
          <DateInput
            id="report-period-from"
            required
            value={draft.from}
            aria-describedby={problemAt("from")}
            onChange={(from) => {
              setDraft({ ...draft, from });
              setProblem(null);
            }}
          />
        </div>
        <div className="report-period-field">
          <label htmlFor="report-period-to">{t("reports.period.to")}</label>
          <DateInput
            ref={toField}
            id="report-period-to"
            required
            value={draft.to}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problemAt("to")}
            onChange={(to) => {
              setDraft({ ...draft, to });
              setProblem(null);
            }}
          />
        </div>
        <Button type="submit" variant="primary">
          {t("reports.period.show")}
        </Button>
        {problem ? (
          <p id="report-period-problem" className="field-error" role="alert">
            {problem === "reversed_range"
              ? t("reports.period.reversed")
              : t("error.reason.range_too_long", { max: REPORT_MAX_RANGE_DAYS })}
          </p>
        ) : badInField ? (
          <p id="report-period-problem" className="field-error" role="alert">
            {t("reports.period.badDay", { field: t(`reports.period.${badInField.field}`), value: badInField.value })}
          </p>
        ) : null}
      </form>
      {/* No report for an address with a day that is none: neither a wait for one never asked, nor the last one. */}
      {!bad && state.status === "loading" ? <p className="loading">{t("reports.loading")}</p> : null}
      {!bad && state.status === "error" ? (
        <p className="notice notice-error" role="alert">
          {t("reports.error", { message: state.message })}
        </p>
      ) : null}
      {!bad && state.status === "ready" ? <PeriodReportBody report={state.report} from={from} to={to} /> : null}
    </article>
  );
}

function PeriodReportBody({ report, from, to }: { report: PeriodReport; from: string; to: string }) {
  const t = useT();
  const lang = useLanguage();
  const period = t("reports.period.range", { from, to });
  return (
    <>
      <ReportHeader
        title={`${t("reports.period.title")} ${period}`}
        printHead={`${report.municipality} · ${t("reports.period.title")} · ${period}`}
        csvUrl={periodReportCsvUrl(from, to)}
        meta={
          <>
            <p>{t("reports.period.intro")}</p>
            <dl className="report-facts">
              <dt>{t("reports.municipality")}</dt>
              <dd>{report.municipality}</dd>
              <dt>{t("reports.generated", { time: "" }).trim()}</dt>
              <dd>{formatWhen(report.generatedAt, lang)}</dd>
            </dl>
          </>
        }
      />
      <section aria-labelledby="report-targets">
        <h2 id="report-targets">{t("reports.targets.title")}</h2>
        <TargetsTable targets={report.targets} />
      </section>
      <section aria-labelledby="report-months">
        <h2 id="report-months">{t("reports.months.title")}</h2>
        <MonthVolumeChart report={report} />
        <FirstContactChart report={report} />
        <DataTable
          caption={t("reports.months.title")}
          header={[
            t("reports.months.month"),
            t("reports.contact.inquiries"),
            ...INQUIRY_CHANNELS.map((c) => t(`contact.channel.${c}`)),
            t("reports.contact.firstContactRate"),
            t("reports.contact.medianHandling"),
          ]}
          rows={report.months.map((m) => [
            m.month,
            m.inquiries,
            ...INQUIRY_CHANNELS.map((c) => m.byChannel[c]),
            formatPercent(m.firstContactRate, lang),
            m.medianHandlingSeconds === null
              ? "–"
              : t("reports.seconds", { n: formatNumber(m.medianHandlingSeconds, lang) }),
          ])}
        />
      </section>
      <ContactSection contact={report.contact} />
      <section aria-labelledby="report-incidents">
        <h2 id="report-incidents">{t("reports.incidents.title")}</h2>
        <DataTable
          caption={t("reports.incidents.title")}
          empty={t("reports.incidents.none")}
          header={[
            t("reports.timeline.headline"),
            t("reports.started"),
            t("reports.public.minutesToFirstPublic"),
            t("reports.public.bulletinsPublished"),
            t("reports.incidents.promisesMissed"),
            t("reports.claims.total"),
            t("reports.claims.withinDeadline"),
            t("reports.contact.inquiries"),
            t("reports.contact.firstContactRate"),
          ]}
          rows={report.incidents.map((i) => [
            <Link key={i.id} to={`/incidents/${i.id}/report`}>
              {i.exercise ? `${t("reports.incidents.exercise")}: ` : ""}
              {i.title}
            </Link>,
            formatWhen(i.startedAt, lang),
            i.minutesToFirstPublic === null
              ? "–"
              : t("reports.minutes", { n: formatNumber(i.minutesToFirstPublic, lang) }),
            i.bulletinsPublished,
            `${i.promisesMissed} / ${i.promisesMade}`,
            i.claims,
            formatPercent(i.claimsWithinDeadlineShare, lang),
            i.inquiries,
            formatPercent(i.firstContactRate, lang),
          ])}
        />
      </section>
    </>
  );
}
