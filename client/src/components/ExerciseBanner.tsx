import { useT } from "../i18n/useT";

/** Impossible to miss: an exercise must never be mistaken for a real incident, or the other way round. */
export function ExerciseBanner() {
  const t = useT();
  return (
    <div className="exercise-banner" role="note">
      <span aria-hidden="true" className="exercise-banner-icon">
        ◆
      </span>{" "}
      {t("incident.exerciseBanner")}
    </div>
  );
}
