import type { z } from "zod";
import { Bulletin, type BulletinCreate, type BulletinSave, type ChannelVersion } from "@shared/schemas/bulletin";
import { ApiError } from "../../api/http";
import { useStore } from "../../store";
import { createBulletin, runWorkflow, saveBulletin, type WorkflowCommand } from "../../api/bulletins";

/** Writes through the API and puts the answer in the store at once; the pushed event follows and changes nothing. */

export async function createDraft(incidentId: string, body: z.input<typeof BulletinCreate>): Promise<Bulletin> {
  const bulletin = await createBulletin(incidentId, body);
  useStore.getState().upsertBulletins([bulletin]);
  return bulletin;
}

/** The bulletin a 409 (`conflict` or `invalid_transition`) carried, already put in the store. */
export function currentFromError(err: unknown): Bulletin | null {
  if (!(err instanceof ApiError) || (err.code !== "conflict" && err.code !== "invalid_transition")) return null;
  const parsed = Bulletin.safeParse(err.details.current);
  if (!parsed.success) return null;
  useStore.getState().upsertBulletins([parsed.data]);
  return parsed.data;
}

export async function saveDraft(id: string, body: BulletinSave): Promise<Bulletin> {
  try {
    const bulletin = await saveBulletin(id, body);
    useStore.getState().upsertBulletins([bulletin]);
    return bulletin;
  } catch (err) {
    currentFromError(err);
    throw err;
  }
}

export async function runCommand(id: string, command: WorkflowCommand): Promise<Bulletin> {
  try {
    const bulletin = await runWorkflow(id, command);
    useStore.getState().upsertBulletins([bulletin]);
    return bulletin;
  } catch (err) {
    currentFromError(err);
    throw err;
  }
}

/** A saved channel version, merged into its bulletin on screen until the pushed event brings the whole bulletin. */
export function mergeChannelVersion(channelVersion: ChannelVersion): void {
  const bulletin = useStore.getState().bulletinData.bulletins[channelVersion.bulletinId];
  if (!bulletin) return;
  const others = bulletin.channelVersions.filter((c) => c.channel !== channelVersion.channel);
  useStore.getState().upsertBulletins([{ ...bulletin, channelVersions: [...others, channelVersion] }]);
}
