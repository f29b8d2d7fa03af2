import { useEffect, useRef } from "react";
import type { Incident } from "@shared/schemas/incident";
import { Countdown, ElapsedClock } from "../../components/Clock";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { LastPublished } from "../bulletins/LastPublished";

/** The incident's two clocks: time since start, and time to (or past) the promised next update. */
export function ClockPanel({ incident }: { incident: Incident }) {
  const t = useT();
  const overdue = useStore(
    (s) =>
      incident.status !== "closed" && incident.nextUpdateDue !== null && Date.parse(incident.nextUpdateDue) < s.now,
  );
  const wasOverdue = useRef(overdue);

  // Say it once when the promise is broken while someone is watching; the text says it from then on.
  useEffect(() => {
    if (overdue && !wasOverdue.current) useStore.getState().announce("incident.overdueAnnouncement");
    wasOverdue.current = overdue;
  }, [overdue]);

  return (
    <section className="clock-panel" aria-label={t("incident.elapsed")}>
      <div className="clock-tile">
        <h2 className="clock-label">{t("incident.elapsed")}</h2>
        {incident.closedAt ? (
          <span className="clock-value">{t("status.closed")}</span>
        ) : (
          <ElapsedClock since={incident.startedAt} />
        )}
      </div>
      <div className={overdue ? "clock-tile clock-tile-overdue" : "clock-tile"}>
        <h2 className="clock-label">
          {t("incident.nextUpdate")}
          {overdue ? <span className="overdue-flag"> – {t("incident.overdue")}</span> : null}
        </h2>
        <Countdown due={incident.status === "closed" ? null : incident.nextUpdateDue} />
        <LastPublished incident={incident} />
      </div>
    </section>
  );
}
