import { useShallow } from "zustand/react/shallow";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { EditingWhat } from "../bulletins/EditingWhat";

const NOBODY: never[] = [];

/** Who has this incident open right now, from the server's presence pushes. */
export function PresenceList({ incidentId }: { incidentId: string }) {
  const t = useT();
  const users = useStore(useShallow((s) => s.presence[incidentId] ?? NOBODY));
  const me = useStore((s) => s.user?.id);
  // One person with two tabs open is one person here.
  const unique = [...new Map(users.map((u) => [u.userId, u])).values()];
  const others = unique.filter((u) => u.userId !== me);
  return (
    <section className="card presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t("presence.title")}</h2>
      <ul className="presence-list" aria-live="polite">
        {unique.map((u) => (
          <li key={u.userId}>
            <span className="avatar" aria-hidden="true">
              {u.displayName.slice(0, 1).toLocaleUpperCase()}
            </span>
            <span className="presence-name">
              {u.displayName}
              {u.userId === me ? ` (${t("presence.you")})` : ""}
            </span>
            <span className="presence-role">{t(`role.${u.role}`)}</span>
            {u.editing ? <EditingWhat editing={u.editing} /> : null}
          </li>
        ))}
      </ul>
      {others.length === 0 ? <p className="muted">{t("presence.empty")}</p> : null}
    </section>
  );
}
