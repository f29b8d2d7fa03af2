import { CLAIM_SEVERITIES_MOST_SEVERE_FIRST, CLAIM_SOURCE_CHANNELS, type ClaimMetrics } from "@shared/schemas/claim";
import type { UiLanguage } from "../../i18n";
import { formatDurationWords } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { ScrollRegion } from "../../components/ScrollRegion";

/** Most severe first: the rows a lead reads first in a follow-up. */

/** "75 %" / "75%": a share from 0 to 1 as a whole percentage in the UI language. */
export function formatShare(share: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

function Duration({ ms }: { ms: number | null }) {
  const t = useT();
  const lang = useLanguage();
  if (ms === null) return <span className="claims-metrics-none">{t("claims.metrics.noData")}</span>;
  return <>{formatDurationWords(ms, lang)}</>;
}

/** Median and p90 time to correction per severity, as a table with a caption and scoped headers. */
export function CorrectionTimesTable({ metrics }: { metrics: ClaimMetrics }) {
  const t = useT();
  // On a phone the four columns are wider than the screen: the table scrolls in its own box, not the page.
  return (
    <ScrollRegion label={t("claims.metrics.timeCaption")}>
      <table className="claims-metrics-table">
        <caption>{t("claims.metrics.timeCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("claims.metrics.severity")}</th>
            <th scope="col">{t("claims.metrics.corrected")}</th>
            <th scope="col">{t("claims.metrics.median")}</th>
            <th scope="col">{t("claims.metrics.p90")}</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_SEVERITIES_MOST_SEVERE_FIRST.map((s) => {
            const row = metrics.timeToCorrection[s];
            return (
              <tr key={s} data-severity={s}>
                <th scope="row">{t(`claims.severity.${s}`)}</th>
                <td>{row.corrected}</td>
                <td>
                  <Duration ms={row.medianMs} />
                </td>
                <td>
                  <Duration ms={row.p90Ms} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Claims by source channel with each channel's share of all counted claims. */
export function ChannelTable({ metrics }: { metrics: ClaimMetrics }) {
  const t = useT();
  const lang = useLanguage();
  // Like the times table: with the reader's text spacing in a 320 px window its three columns are wider than the page.
  return (
    <ScrollRegion label={t("claims.metrics.channelCaption")}>
      <table className="claims-metrics-table">
        <caption>{t("claims.metrics.channelCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("claims.metrics.channel")}</th>
            <th scope="col">{t("claims.metrics.count")}</th>
            <th scope="col">{t("claims.metrics.share")}</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_SOURCE_CHANNELS.map((ch) => {
            const n = metrics.bySourceChannel[ch];
            return (
              <tr key={ch} data-channel={ch}>
                <th scope="row">{t(`claims.channel.${ch}`)}</th>
                <td>{n}</td>
                <td>{metrics.total === 0 ? "–" : formatShare(n / metrics.total, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
