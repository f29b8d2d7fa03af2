import type { ReactNode } from "react";
import { Button } from "../../components/Button";
import { useT } from "../../i18n/useT";

/**
 * The report's title block and its toolbar. `printHead` repeats on every printed page (a fixed element prints on
 * each page in Chromium): the municipality, the report and its period; the page number comes from the @page rule.
 */
export function ReportHeader({
  title,
  printHead,
  meta,
  csvUrl,
}: {
  title: string;
  printHead: string;
  meta: ReactNode;
  csvUrl: string;
}) {
  const t = useT();
  return (
    <header className="report-header">
      <div className="report-running-head" aria-hidden="true">
        {printHead}
      </div>
      <h1 id="report-title">{title}</h1>
      <div className="report-meta">{meta}</div>
      <p className="report-toolbar">
        <Button variant="primary" onClick={() => window.print()}>
          {t("reports.print")}
        </Button>{" "}
        <a className="btn btn-secondary" href={csvUrl} download>
          {t("reports.csv")}
        </a>
      </p>
    </header>
  );
}
