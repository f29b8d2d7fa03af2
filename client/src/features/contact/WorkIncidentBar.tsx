import { useEffect } from "react";
import type { Incident } from "@shared/schemas/incident";
import { ExerciseBadge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { FormField } from "../../components/FormField";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import type { WorkIncident } from "./workIncident";

const ALL = "all";
const NONE = "";

interface Props {
  open: readonly Incident[];
  work: WorkIncident;
}

/**
 * "Du arbetar med: …" in large type at the top of the contact view, the full title, with the one picker
 * that every form on the page follows. A new incident is announced politely with a one-key switch (Alt+N).
 */
export function WorkIncidentBar({ open, work }: Props) {
  const t = useT();
  const current = useStore((s) => (work.incidentId ? s.incidents[work.incidentId] : undefined));
  const newest = work.fresh[0];
  const { choose } = work;

  useEffect(() => {
    if (!newest) return;
    const onKey = (e: KeyboardEvent) => {
      // e.code, not e.key: Alt+N types a character on some layouts (macOS "˜").
      if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === "KeyN") {
        e.preventDefault();
        choose(newest.id);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [newest, choose]);

  const title =
    work.incidentId === null
      ? work.chosen
        ? t("contact.incident.all")
        : t("contact.work.none")
      : (current?.title ?? "…");
  const closed = current?.status === "closed";
  const options = current && !open.some((i) => i.id === current.id) ? [current, ...open] : open;

  return (
    <section
      className={work.chosen ? "work-incident" : "work-incident is-unchosen"}
      aria-labelledby="work-incident-title"
    >
      <p id="work-incident-title" className="work-incident-title" data-testid="work-incident">
        <span className="work-incident-label">{t("contact.work.label")}</span> <strong>{title}</strong>
        {current?.exercise ? (
          <>
            {" "}
            <ExerciseBadge />
          </>
        ) : null}
        {closed ? <span className="work-incident-closed"> {t("contact.work.closed")}</span> : null}
      </p>
      {!work.chosen && open.length > 1 ? (
        <p className="notice notice-warning">{t("contact.work.choosePrompt")}</p>
      ) : null}
      <FormField label={t("contact.work.change")} id="contact-incident" className="contact-incident">
        {(p) => (
          <select
            {...p}
            value={work.incidentId ?? (work.chosen ? ALL : NONE)}
            onChange={(e) => work.choose(e.target.value === ALL ? null : e.target.value || null)}
          >
            {work.chosen ? null : <option value={NONE}>{t("contact.work.choose")}</option>}
            {options.map((i) => (
              <option key={i.id} value={i.id}>
                {i.exercise ? t("contact.work.exerciseOption", { title: i.title }) : i.title}
              </option>
            ))}
            <option value={ALL}>{t("contact.incident.all")}</option>
          </select>
        )}
      </FormField>
      <div className="work-incident-new" role="status" data-testid="work-incident-new">
        {newest ? (
          <>
            <span>{t("contact.work.new", { title: newest.title })}</span>{" "}
            <Button onClick={() => work.choose(newest.id)} aria-keyshortcuts="Alt+N">
              {t("contact.work.switch")}
            </Button>{" "}
            <Button onClick={() => work.dismissFresh(newest.id)}>{t("contact.work.stay")}</Button>
          </>
        ) : null}
      </div>
    </section>
  );
}
