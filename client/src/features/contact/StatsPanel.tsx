import { INQUIRY_CHANNELS } from "@shared/schemas/inquiry";
import type { ContactStats } from "@shared/schemas/contactStats";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatDateTime, formatPercent, formatShortDuration, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";

/**
 * The follow-up figures of a period: volume per hour (or, over a longer period, per day) and channel, first-contact
 * rate, handling time, units. Real calls only: inquiries logged on an exercise are counted apart, and said so.
 */
export function StatsPanel({ stats, bucket = "hour" }: { stats: ContactStats; bucket?: "hour" | "day" }) {
  const t = useT();
  const lang = useLanguage();
  const forwarded = stats.resolutions.forwarded;
  return (
    <>
      <dl className="kpis">
        <div>
          <dt>{t("stats.total")}</dt>
          <dd>{stats.total}</dd>
        </div>
        <div>
          <dt>{t("stats.firstContact")}</dt>
          <dd>{formatPercent(stats.firstContactRate, lang)}</dd>
        </div>
        <div>
          <dt>{t("stats.handling")}</dt>
          <dd>{stats.averageHandlingSeconds === null ? "–" : formatShortDuration(stats.averageHandlingSeconds)}</dd>
        </div>
        <div>
          <dt>{t("stats.fromSuggestion")}</dt>
          <dd>{stats.fromSuggestion}</dd>
        </div>
        <div>
          <dt>{t("stats.forwarded")}</dt>
          <dd>{forwarded}</dd>
        </div>
        <div>
          <dt>{t("stats.callback")}</dt>
          <dd>{stats.resolutions.callback}</dd>
        </div>
      </dl>
      {/* A drill's calls are left out of the real figures: said here, or an agent who logged them thinks them lost. */}
      {stats.exerciseInquiriesLeftOut > 0 ? (
        <p className="notice notice-info">
          {stats.exerciseInquiriesLeftOut === 1
            ? t("stats.exerciseLeftOutOne")
            : t("stats.exerciseLeftOut", { count: stats.exerciseInquiriesLeftOut })}
        </p>
      ) : null}
      <div className="stats-columns">
        <div>
          <h3>{bucket === "day" ? t("trends.period.perDay") : t("stats.perHour")}</h3>
          {stats.perHour.length === 0 ? (
            <p className="muted">{t("trends.empty")}</p>
          ) : (
            <ScrollRegion label={bucket === "day" ? t("trends.period.perDay") : t("stats.perHour")}>
              <table className="data-table compact">
                <caption className="visually-hidden">
                  {bucket === "day" ? t("trends.period.perDay") : t("stats.perHour")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{bucket === "day" ? t("trends.period.day") : t("stats.hour")}</th>
                    {INQUIRY_CHANNELS.map((c) => (
                      <th key={c} scope="col" className="num">
                        {t(`contact.channel.${c}`)}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t("stats.sum")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.perHour.map((row) => (
                    <tr key={row.hour}>
                      <th scope="row">
                        {bucket === "day"
                          ? formatDateTime(row.hour, lang).replace(/ \d{2}:\d{2}$/, "")
                          : formatTime(row.hour, lang)}
                      </th>
                      {INQUIRY_CHANNELS.map((c) => (
                        <td key={c} className="num">
                          {row.channels[c]}
                        </td>
                      ))}
                      <td className="num">
                        <strong>{row.total}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </div>
        <div>
          <h3>{t("stats.byUnit")}</h3>
          {stats.forwardedByUnit.length === 0 ? (
            <p className="muted">{t("stats.noneForwarded")}</p>
          ) : (
            <ul className="plain-list">
              {stats.forwardedByUnit.map((u) => (
                <li key={u.unit}>
                  {u.unit}: <strong>{u.count}</strong>
                </li>
              ))}
            </ul>
          )}
          <h3>{t("stats.top")}</h3>
          {stats.topQuestions.length === 0 ? (
            <p className="muted">{t("trends.empty")}</p>
          ) : (
            <ol className="plain-list numbered">
              {stats.topQuestions.map((q) => (
                <li key={q.label}>
                  {q.label} <span className="muted">({q.count})</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </>
  );
}
