import { useState } from "react";
import type { Claim, ClaimStatus } from "@shared/schemas/claim";
import { useT } from "../../i18n/useT";
import { ClaimCard } from "./ClaimCard";

/** One status column: a heading with the count, and the cards as a list. Closed columns start collapsed. */
export function ClaimColumn({
  status,
  claims,
  collapsible,
  takeLost,
}: {
  status: ClaimStatus;
  claims: Claim[];
  collapsible: boolean;
  /** Claim id → who won a take race (store claimsData.takeLost), read once for the board. */
  takeLost: Record<string, string>;
}) {
  const t = useT();
  const [open, setOpen] = useState(!collapsible);
  const headingId = `claims-col-${status}`;
  const listId = `${headingId}-list`;
  return (
    <section className={`claim-column claim-column-${status}`} aria-labelledby={headingId} data-status={status}>
      <div className="claim-column-head">
        <h2 id={headingId}>
          {t(`claims.column.${status}`)}{" "}
          <span className="claim-count">({t("claims.count", { count: claims.length })})</span>
        </h2>
        {collapsible ? (
          <button
            type="button"
            className="btn btn-quiet"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? t("claims.hideClosed") : t("claims.showClosed")}
            <span className="visually-hidden"> {t(`claims.column.${status}`)}</span>
          </button>
        ) : null}
      </div>
      {open ? (
        claims.length === 0 ? (
          <p className="empty">{t("claims.empty")}</p>
        ) : (
          <ul id={listId} className="claim-list">
            {claims.map((c) => (
              <ClaimCard key={c.id} claim={c} lostTo={takeLost[c.id]} />
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
