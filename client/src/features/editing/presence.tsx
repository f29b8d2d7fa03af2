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

/**
 * What each incident's open editors say, innermost last: a bulletin editor says "bulletin:<id>", and while one of its
 * channel cards holds unsaved text that card says "bulletin:<id>#sms" on top. Closing the card gives the word back to
 * the editor; closing the editor leaves nothing. One presence value per incident is all the server keeps.
 */
const stacks = new Map<string, Array<{ token: symbol; what: string }>>();

function announce(incidentId: string): void {
  const top = stacks.get(incidentId)?.at(-1)?.what ?? null;
  currentRealtime()?.setEditing(incidentId, top);
}

/** Tells the others on the incident that this console has `what` open in an editor, while the editor is mounted. */
export function useEditingPresence(incidentId: string | null, what: string | null): void {
  const authenticated = useStore((s) => s.authStatus === "authenticated");
  useEffect(() => {
    const realtime = currentRealtime();
    if (!authenticated || !realtime || !incidentId || !what) return;
    // An editor outside the incident's pages (the FAQ desk) joins the incident's presence while it is open; joins
    // are counted, so inside the incident view this changes nothing.
    realtime.joinIncident(incidentId);
    const token = Symbol(what);
    stacks.set(incidentId, [...(stacks.get(incidentId) ?? []), { token, what }]);
    announce(incidentId);
    return () => {
      const rest = (stacks.get(incidentId) ?? []).filter((e) => e.token !== token);
      if (rest.length === 0) stacks.delete(incidentId);
      else stacks.set(incidentId, rest);
      announce(incidentId);
      realtime.leaveIncident(incidentId);
    };
  }, [incidentId, what, authenticated]);
}

/** Whether a presence value is `what` itself or a part of it ("bulletin:<id>#sms" is a part of "bulletin:<id>"). */
export const isEditing = (value: string | null, what: string, parts: boolean): boolean =>
  value === what || (parts && value !== null && value.startsWith(`${what}#`));

const NOBODY: string[] = [];

/** The names of the others who have `what` open on the incident (`parts`: or a part of it). */
export function useOthersEditing(incidentId: string | null, what: string | null, parts = false): string[] {
  return useStore(
    useShallow((s) => {
      const users = incidentId ? s.presence[incidentId] : undefined;
      if (!users || !what) return NOBODY;
      const me = s.user?.id;
      const others = users
        .filter((u) => u.userId !== me && isEditing(u.editing, what, parts))
        .map((u) => u.displayName);
      return others.length === 0 ? NOBODY : [...new Set(others)];
    }),
  );
}

/** "Also editing: …" in a live region, empty while nobody else has it open. */
export function OthersEditing({
  incidentId,
  what,
  message,
  parts = false,
}: {
  incidentId: string | null;
  what: string | null;
  message: (names: string) => string;
  parts?: boolean;
}) {
  const lang = useLanguage();
  const names = useOthersEditing(incidentId, what, parts);
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
