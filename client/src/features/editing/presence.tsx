import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import { joinList } from "../../i18n";
import { useLanguage } from "../../i18n/useT";
import { useStore } from "../../store";
import { currentRealtime } from "../../store/session/lifecycle";

/**
 * Soft locks for every editor (bulletins, FAQ answers …): what an open editor tells the others on the incident
 * ("bulletin:<id>", "faq:<id>"), and who else has the same thing open. Nothing is locked on the server: the version
 * guard (409) stays the rule, this only warns before it is needed.
 */
export const editingKey = (kind: string, id: string) => `${kind}:${id}`;

/** Tells the others on the incident that this console has `what` open in an editor, while the editor is mounted. */
export function useEditingPresence(incidentId: string | null, what: string | null): void {
  const authenticated = useStore((s) => s.authStatus === "authenticated");
  useEffect(() => {
    const realtime = currentRealtime();
    if (!authenticated || !realtime || !incidentId || !what) return;
    realtime.setEditing(incidentId, what);
    return () => realtime.setEditing(incidentId, null);
  }, [incidentId, what, authenticated]);
}

const NOBODY: string[] = [];

/** The names of the others who have `what` open on the incident. */
export function useOthersEditing(incidentId: string | null, what: string | null): string[] {
  return useStore(
    useShallow((s) => {
      const users = incidentId ? s.presence[incidentId] : undefined;
      if (!users || !what) return NOBODY;
      const me = s.user?.id;
      const others = users.filter((u) => u.userId !== me && u.editing === what).map((u) => u.displayName);
      return others.length === 0 ? NOBODY : [...new Set(others)];
    }),
  );
}

/** "Also editing: …" in a live region, empty while nobody else has it open. */
export function OthersEditing({
  incidentId,
  what,
  message,
}: {
  incidentId: string | null;
  what: string | null;
  message: (names: string) => string;
}) {
  const lang = useLanguage();
  const names = useOthersEditing(incidentId, what);
  return (
    <div role="status">
      {names.length > 0 ? (
        <p className="notice notice-info editing-presence">
          <span aria-hidden="true">✎ </span>
          {message(joinList(names, lang))}
        </p>
      ) : null}
    </div>
  );
}
