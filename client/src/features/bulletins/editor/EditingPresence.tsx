import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import { joinList } from "../../../i18n";
import { useLanguage, useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { currentRealtime } from "../../../store/session/lifecycle";

export const editingKey = (bulletinId: string) => `bulletin:${bulletinId}`;

/** Tells the others on the incident that this console is editing the bulletin, while the editor is open. */
export function useEditingPresence(incidentId: string, bulletinId: string | null): void {
  const authenticated = useStore((s) => s.authStatus === "authenticated");
  useEffect(() => {
    const realtime = currentRealtime();
    if (!authenticated || !realtime || !bulletinId) return;
    realtime.setEditing(incidentId, editingKey(bulletinId));
    return () => realtime.setEditing(incidentId, null);
  }, [incidentId, bulletinId, authenticated]);
}

const NOBODY: string[] = [];

/** Who else has this bulletin open in an editor, before anyone's save conflicts. */
export function EditingPresence({ incidentId, bulletinId }: { incidentId: string; bulletinId: string }) {
  const t = useT();
  const lang = useLanguage();
  const names = useStore(
    useShallow((s) => {
      const me = s.user?.id;
      const users = s.presence[incidentId];
      if (!users) return NOBODY;
      const others = users
        .filter((u) => u.userId !== me && u.editing === editingKey(bulletinId))
        .map((u) => u.displayName);
      return others.length === 0 ? NOBODY : [...new Set(others)];
    }),
  );
  return (
    <div role="status">
      {names.length > 0 ? (
        <p className="notice notice-info editing-presence">
          <span aria-hidden="true">✎ </span>
          {t("editor.otherEditing", { names: joinList(names, lang) })}
        </p>
      ) : null}
    </div>
  );
}
