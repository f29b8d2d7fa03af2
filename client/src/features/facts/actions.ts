import type { z } from "zod";
import { Fact, type FactCreate, type FactPatch } from "@shared/schemas/fact";
import { ApiError } from "../../api/http";
import { useStore } from "../../store";
import { createFact, patchFact } from "../../api/facts";

export function mayWriteFacts(role: string | undefined): boolean {
  return role === "admin" || role === "lead" || role === "communicator";
}

export async function addFact(incidentId: string, body: z.input<typeof FactCreate>): Promise<Fact> {
  const fact = await createFact(incidentId, body);
  useStore.getState().upsertFacts([fact]);
  return fact;
}

/** A stale `expectedVersion` → 409 with the current fact, which replaces the one on screen; the error is rethrown. */
export async function updateFact(id: string, patch: FactPatch): Promise<Fact> {
  try {
    const fact = await patchFact(id, patch);
    useStore.getState().upsertFacts([fact]);
    return fact;
  } catch (err) {
    if (err instanceof ApiError && err.code === "conflict") {
      const current = Fact.safeParse(err.details.current);
      if (current.success) useStore.getState().upsertFacts([current.data]);
    }
    throw err;
  }
}

/** The fact the server answered a 409 with, if any. */
export function conflictFact(err: unknown): Fact | null {
  if (!(err instanceof ApiError) || err.code !== "conflict") return null;
  const current = Fact.safeParse(err.details.current);
  return current.success ? current.data : null;
}
