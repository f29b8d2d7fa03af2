import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { QuestionCluster, TrendWindow } from "@shared/schemas/contactStats";
import { createFaqEntry } from "../../api/faq";
import { fetchStats, fetchTrends } from "../../api/inquiries";
import { Button } from "../../components/Button";
import { formatPercent } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { ContactNav } from "./ContactNav";
import { CustomPeriodFields } from "./CustomPeriodFields";
import { canEditFaq } from "./permissions";
import { StatsPanel } from "./StatsPanel";
import { bucketFor, perDay, periodRange, TREND_PERIODS, type TrendPeriod } from "./trendsPeriod";
import { TrendsTable } from "./TrendsTable";
import { useLiveQuery } from "./useLiveQuery";
import { swedishDay } from "@shared/swedishDay";
import "./contact.css";
import { serverNow } from "../../store/session/serverClock";

const WINDOWS: TrendWindow[] = ["hour", "day"];
const DAY_MS = 86_400_000;

/** What rises right now, what no FAQ entry answers, and the follow-up figures; live as inquiries are logged. */
export function TrendsPage() {
  const t = useT();
  const lang = useLanguage();
  useDocumentTitle(t("contact.nav.trends"));
  const [span, setSpan] = useState<TrendWindow>("hour");
  const tick = useStore((s) => s.contact.inquiryTick);
  const editor = useStore((s) => canEditFaq(s.user?.role));
  const navigate = useNavigate();
  const trends = useLiveQuery(() => fetchTrends(span), span, tick);
  // The statistics' period: today, 7 or 30 days, the quarter so far, or chosen days (both included).
  const [period, setPeriod] = useState<TrendPeriod>("today");
  const [custom, setCustom] = useState(() => ({
    from: swedishDay(new Date(serverNow() - 6 * DAY_MS)),
    to: swedishDay(new Date(serverNow())),
  }));
  const periodKey = period === "custom" ? `custom:${custom.from}:${custom.to}` : period;
  // The offset joins the deps: the first reading of the server's clock may arrive after the first render.
  const clockOffset = useStore((s) => s.clockOffsetMs);
  const bucket = useMemo(
    () => bucketFor(periodRange(period, new Date(serverNow()), custom)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period, custom, clockOffset],
  );
  // Chosen days are sent as days: the server counts them as calendar days in Swedish time, as the check here does
  // (400 days across the autumn clock change are 400 days and an hour). The figures shown are always the period's
  // under its heading: while another period loads, or if it is refused, no old figures stand there.
  const stats = useLiveQuery(
    () => fetchStats(period === "custom" ? custom : periodRange(period, new Date(serverNow()), custom)),
    periodKey,
    tick,
  );

  const draftFrom = async (c: QuestionCluster) => {
    const entry = await createFaqEntry({ question: c.label });
    useStore.getState().upsertFaqEntry(entry);
    void navigate(`/faq?entry=${entry.id}`);
  };

  return (
    <div className="page contact-trends">
      <div className="contact-top">
        <h1 className="contact-title">{t("contact.nav.trends")}</h1>
        <ContactNav />
      </div>
      <section className="card" aria-labelledby="trends-heading">
        <div className="section-head">
          <h2 id="trends-heading">{t("trends.heading")}</h2>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t("trends.window")}</legend>
            {WINDOWS.map((w) => (
              <label key={w} className={w === span ? "segmented-option is-selected" : "segmented-option"}>
                <input type="radio" name="trend-window" value={w} checked={w === span} onChange={() => setSpan(w)} />
                {t(`trends.window.${w}`)}
              </label>
            ))}
          </fieldset>
        </div>
        {trends.error ? <p className="notice notice-error">{t("trends.loadError")}</p> : null}
        {trends.data ? (
          <>
            <p className="trend-summary">
              {t("trends.summary", {
                total: trends.data.total,
                share: formatPercent(trends.data.firstContactShare, lang),
              })}
            </p>
            {/* A drill's calls stay in the trends (the contact centre practises here) and are said, as the
                statistics below say theirs are left out: the two figures never silently disagree. */}
            {trends.data.exerciseInquiries > 0 ? (
              <p className="notice notice-info">
                {trends.data.exerciseInquiries === 1
                  ? t("trends.exerciseOne")
                  : t("trends.exercise", { count: trends.data.exerciseInquiries })}
              </p>
            ) : null}
            <TrendsTable clusters={trends.data.clusters} caption={t("trends.heading")} />
          </>
        ) : (
          <p className="loading">{t("app.loading")}</p>
        )}
      </section>
      <section className="card" aria-labelledby="uncovered-heading">
        <h2 id="uncovered-heading">{t("trends.uncovered")}</h2>
        <p className="form-intro">{t("trends.uncoveredIntro")}</p>
        {trends.data && trends.data.uncovered.length === 0 ? (
          <p className="muted">{t("trends.uncoveredNone")}</p>
        ) : null}
        <ul className="uncovered-list">
          {trends.data?.uncovered.map((c) => (
            <li key={c.key}>
              <span>
                <strong>{c.label}</strong>{" "}
                <span className="muted">
                  {c.count === 1 ? t("trends.timesOne") : t("trends.times", { count: c.count })}
                </span>
              </span>
              {editor ? (
                <Button variant="secondary" onClick={() => void draftFrom(c)}>
                  {t("trends.draft")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="stats-heading">
        <div className="section-head">
          <h2 id="stats-heading">{t(`trends.period.heading.${period}`, custom)}</h2>
          <fieldset className="segmented">
            <legend className="visually-hidden">{t("trends.period.legend")}</legend>
            {TREND_PERIODS.map((p) => (
              <label key={p} className={p === period ? "segmented-option is-selected" : "segmented-option"}>
                <input
                  type="radio"
                  name="stats-period"
                  value={p}
                  checked={p === period}
                  onChange={() => setPeriod(p)}
                />
                {t(`trends.period.${p}`)}
              </label>
            ))}
          </fieldset>
        </div>
        {period === "custom" ? <CustomPeriodFields value={custom} onChange={setCustom} /> : null}
        {stats.error ? <p className="notice notice-error">{t("trends.loadError")}</p> : null}
        {stats.data ? (
          <StatsPanel stats={bucket === "day" ? perDay(stats.data) : stats.data} bucket={bucket} />
        ) : (
          <p className="loading">{t("app.loading")}</p>
        )}
      </section>
    </div>
  );
}
