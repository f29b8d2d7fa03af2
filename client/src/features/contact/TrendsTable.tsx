import type { QuestionCluster } from "@shared/schemas/contactStats";
import { Badge } from "../../components/Badge";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatPercent, quote } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";

/** Most asked questions with their trend, share answered at first contact and FAQ coverage. */
export function TrendsTable({ clusters, caption }: { clusters: QuestionCluster[]; caption: string }) {
  const t = useT();
  const lang = useLanguage();
  if (clusters.length === 0) return <p className="muted">{t("trends.empty")}</p>;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trends.question")}</th>
            <th scope="col" className="num">
              {t("trends.count")}
            </th>
            <th scope="col" className="num">
              {t("trends.before")}
            </th>
            <th scope="col" className="num">
              {t("trends.firstContact")}
            </th>
            <th scope="col">{t("trends.coverage")}</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => {
            const rise = c.count - c.previousCount;
            return (
              <tr key={c.key}>
                <th scope="row" className="trend-label">
                  {c.label}
                  {c.examples.some((e) => e !== c.label) ? (
                    <span className="trend-examples muted">
                      {c.examples
                        .filter((e) => e !== c.label)
                        .map((e) => quote(e, lang))
                        .join(", ")}
                    </span>
                  ) : null}
                </th>
                <td className="num">{c.count}</td>
                <td className="num">
                  {c.previousCount}
                  {rise > 0 ? <span className="trend-rise"> {t("trends.rising", { count: rise })}</span> : null}
                </td>
                <td className="num">{formatPercent(c.firstContactShare, lang)}</td>
                <td>
                  {c.coveredBy === "logged" ? (
                    <Badge tone="success">{t("trends.covered.logged")}</Badge>
                  ) : c.coveredBy === "search" ? (
                    <Badge tone="info">{t("trends.covered.search")}</Badge>
                  ) : (
                    <Badge tone="danger">{t("trends.covered.none")}</Badge>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
