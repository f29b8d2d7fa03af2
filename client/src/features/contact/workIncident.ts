import { useCallback, useEffect, useRef, useState } from "react";
import type { Incident } from "@shared/schemas/incident";
import { useStore } from "../../store";

const STORAGE_PREFIX = "krisrum.contact.incident.";
/** Stored when she chose "Alla händelser" on purpose, so it is not taken for "never chosen". */
const ALL = "all";

/** undefined: she never chose; null: all incidents; else the incident's id. */
export type WorkChoice = string | null | undefined;

export const workIncidentKey = (userId: string): string => `${STORAGE_PREFIX}${userId}`;

export function readWorkIncident(userId: string | undefined): WorkChoice {
  if (!userId) return undefined;
  try {
    const value = globalThis.localStorage?.getItem(workIncidentKey(userId));
    return value === null || value === undefined ? undefined : value === ALL ? null : value;
  } catch {
    return undefined;
  }
}

function storeWorkIncident(userId: string | undefined, id: string | null): void {
  if (!userId) return;
  try {
    globalThis.localStorage?.setItem(workIncidentKey(userId), id ?? ALL);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
}

export interface WorkIncident {
  /** The incident she works on; null: all incidents, or none chosen yet. */
  incidentId: string | null;
  /** False until she chose (or there was only ever one incident to work on). */
  chosen: boolean;
  choose: (id: string | null) => void;
  /** Incidents that started while the view was open and are not hers: announced, never switched to by themselves. */
  fresh: Incident[];
  dismissFresh: (id: string) => void;
}

/**
 * The agent's incident: hers, per user and across reloads (localStorage), until she changes it. A new
 * incident never changes it; it is offered in `fresh`. With exactly one open incident and no choice yet, that one is
 * taken (and kept when a second one starts).
 */
export function useWorkIncident(open: readonly Incident[], loaded: boolean): WorkIncident {
  const userId = useStore((s) => s.user?.id);
  const [choice, setChoice] = useState<WorkChoice>(() => readWorkIncident(userId));
  const [fresh, setFresh] = useState<Incident[]>([]);
  const known = useRef<Set<string> | null>(null);

  useEffect(() => setChoice(readWorkIncident(userId)), [userId]);
  // A stored id the server does not know (the database was replaced) is no choice: never log to a phantom incident.
  const exists = useStore((s) => typeof choice !== "string" || s.incidents[choice] !== undefined);
  const effective = loaded && !exists ? undefined : choice;

  const choose = useCallback(
    (id: string | null) => {
      setChoice(id);
      storeWorkIncident(userId, id);
      setFresh((list) => list.filter((i) => i.id !== id));
    },
    [userId],
  );

  useEffect(() => {
    if (!loaded) return;
    if (known.current === null) {
      known.current = new Set(open.map((i) => i.id));
    } else {
      const added = open.filter((i) => !known.current?.has(i.id));
      for (const i of added) known.current.add(i.id);
      if (added.length > 0 && effective !== undefined) setFresh((list) => [...added, ...list]);
    }
    if (effective === undefined && open.length === 1 && open[0]) choose(open[0].id);
  }, [open, loaded, effective, choose]);

  const dismissFresh = useCallback((id: string) => setFresh((list) => list.filter((i) => i.id !== id)), []);

  return { incidentId: effective ?? null, chosen: effective !== undefined, choose, fresh, dismissFresh };
}
