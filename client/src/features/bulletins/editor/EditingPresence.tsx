import { useT } from "../../../i18n/useT";
import { editingKey as keyOf, OthersEditing, useEditingPresence as useGenericPresence } from "../../editing/presence";

export const editingKey = (bulletinId: string) => keyOf("bulletin", bulletinId);

/** Tells the others on the incident that this console is editing the bulletin, while the editor is open. */
export function useEditingPresence(incidentId: string, bulletinId: string | null): void {
  useGenericPresence(incidentId, bulletinId ? editingKey(bulletinId) : null);
}

/** Who else has this bulletin open in an editor, before anyone's save conflicts. */
export function EditingPresence({ incidentId, bulletinId }: { incidentId: string; bulletinId: string }) {
  const t = useT();
  return (
    <OthersEditing
      incidentId={incidentId}
      what={editingKey(bulletinId)}
      parts
      message={(names) => t("editor.otherEditing", { names })}
    />
  );
}
