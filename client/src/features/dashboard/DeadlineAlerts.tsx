import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../../components/Button";
import { focusWhenLost, type FocusTarget } from "../../components/focusWhenLost";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { playAlertSound } from "./alertSound";
import { alertSoundOn, dismissedAlerts, rememberDismissed, setAlertSound } from "./memory";
import type { DeadlineAlert } from "./selectors";

/** Keys announced in this page's lifetime: a remount (leaving the page and coming back) does not say them again. */
const announced = new Set<string>();

/**
 * Passed deadlines (a broken next-update promise, a critical claim overdue) as alerts the lead must see: shown until
 * dismissed, announced once to screen readers (assertive live region) and, if the user turned it on, with a chime.
 * A dismissal is remembered per deadline in this browser; a new promise is a new deadline and alerts again.
 */
const SOUND_ID = "deadline-alert-sound";

export function DeadlineAlerts({ alerts }: { alerts: DeadlineAlert[] }) {
  const t = useT();
  const lang = useLanguage();
  const [dismissed, setDismissed] = useState(dismissedAlerts);
  const [sound, setSound] = useState(alertSoundOn);
  const [spoken, setSpoken] = useState<{ id: number; text: string }>({ id: 0, text: "" });
  const soundRef = useRef(sound);
  soundRef.current = sound;

  const visible = useMemo(() => alerts.filter((a) => !dismissed.has(a.key)), [alerts, dismissed]);

  const textOf = (a: DeadlineAlert) =>
    a.kind === "promise"
      ? t("dashboard.alert.promise", { incident: a.incidentTitle, time: formatTime(a.due, lang) })
      : t("dashboard.alert.claim", {
          incident: a.incidentTitle,
          claim: a.claimText ?? "",
          time: formatTime(a.due, lang),
        });

  const fresh = visible.filter((a) => !announced.has(a.key));
  const freshKey = fresh.map((a) => a.key).join("|");
  useEffect(() => {
    if (fresh.length === 0) return;
    for (const a of fresh) announced.add(a.key);
    setSpoken((s) => ({ id: s.id + 1, text: fresh.map(textOf).join(" ") }));
    if (soundRef.current) playAlertSound();
    // freshKey stands for `fresh`: the effect runs once per new set of deadlines.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [freshKey]);

  const dismiss = (keys: string[]) => {
    // The closed alert's button goes with it: focus moves to the next alert's "Stäng" (else the one before), and
    // with none left to the sound switch, the section's one remaining control.
    const at = visible.findIndex((a) => a.key === keys[0]);
    const neighbours = keys.length === 1 ? [visible[at + 1], visible[at - 1]] : [];
    const targets: FocusTarget[] = neighbours
      .filter((a) => a !== undefined)
      .map((a) => () => document.querySelector<HTMLElement>(`li[data-alert-key="${a.key}"] .deadline-alert-dismiss`));
    focusWhenLost([...targets, SOUND_ID]);
    rememberDismissed(keys);
    setDismissed(dismissedAlerts());
  };

  return (
    <section className="deadline-alerts" aria-labelledby="deadline-alerts-heading">
      <div className="deadline-alerts-head">
        <h2 id="deadline-alerts-heading" className={visible.length > 0 ? "" : "visually-hidden"}>
          {t("dashboard.alerts.title", { count: visible.length })}
        </h2>
        <label className="alert-sound">
          <input
            id={SOUND_ID}
            type="checkbox"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked);
              setAlertSound(e.target.checked);
            }}
          />
          {t("dashboard.alerts.sound")}
        </label>
        {visible.length > 1 ? (
          <Button variant="quiet" onClick={() => dismiss(visible.map((a) => a.key))}>
            {t("dashboard.alerts.dismissAll")}
          </Button>
        ) : null}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="deadline-announcer">
        <span key={spoken.id}>{spoken.text}</span>
      </div>
      {visible.length > 0 ? (
        <ul className="deadline-alert-list">
          {visible.map((a) => (
            <li key={a.key} className="deadline-alert" data-alert-key={a.key}>
              <span className="deadline-alert-icon" aria-hidden="true">
                ⚠
              </span>
              <p className="deadline-alert-text">
                {textOf(a)}{" "}
                <Link to={a.kind === "promise" ? `/incidents/${a.incidentId}` : `/incidents/${a.incidentId}/claims`}>
                  {a.kind === "promise" ? t("dashboard.alert.openIncident") : t("dashboard.alert.openClaims")}
                </Link>
              </p>
              <Button
                variant="secondary"
                className="deadline-alert-dismiss"
                onClick={() => dismiss([a.key])}
                aria-label={t("dashboard.alert.dismissLabel", { text: textOf(a) })}
              >
                {t("dashboard.alert.dismiss")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
