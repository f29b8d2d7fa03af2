import type { ReactNode } from "react";
import type { TargetResult } from "@shared/schemas/report";
import { useLanguage, useT } from "../../i18n/useT";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatTargetValue } from "./format";

/** A captioned two-column table of figures. */
export function FiguresTable({ caption, rows }: { caption: string; rows: Array<[label: string, value: ReactNode]> }) {
  const t = useT();
  return (
    <ScrollRegion label={caption}>
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.figure")}</th>
            <th scope="col">{t("reports.value")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Any captioned table: a header row and rows whose first cell heads the row. */
export function DataTable({
  caption,
  header,
  rows,
  empty,
}: {
  caption: string;
  header: string[];
  rows: ReactNode[][];
  empty?: string;
}) {
  const t = useT();
  if (rows.length === 0) {
    return (
      <p className="report-empty">
        <strong>{caption}:</strong> {empty ?? t("reports.noData")}
      </p>
    );
  }
  return (
    <ScrollRegion label={caption}>
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Every target with its result; met or missed said in words, not by colour alone. */
export function TargetsTable({ targets }: { targets: TargetResult[] }) {
  const t = useT();
  const lang = useLanguage();
  const minutes = (n: string) => t("reports.minutes", { n });
  return (
    <ScrollRegion label={t("reports.targets.caption")}>
      <table className="report-table report-targets">
        <caption>{t("reports.targets.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.figure")}</th>
            <th scope="col">{t("reports.targets.target")}</th>
            <th scope="col">{t("reports.targets.actual")}</th>
            <th scope="col">{t("reports.targets.met")}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((x) => (
            <tr key={x.key} data-target={x.key}>
              <th scope="row">{t(`reports.target.${x.key}`)}</th>
              <td>{formatTargetValue(x.key, x.target, lang, minutes)}</td>
              <td>{formatTargetValue(x.key, x.actual, lang, minutes)}</td>
              <td className={x.met === null ? "" : x.met ? "report-met" : "report-missed"}>
                {x.met === null
                  ? t("reports.targets.unmeasured")
                  : x.met
                    ? `✓ ${t("reports.targets.yes")}`
                    : `✗ ${t("reports.targets.no")}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
