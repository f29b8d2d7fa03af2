import type { z } from "zod";
import {
  Bulletin,
  BulletinList,
  BulletinVersion,
  BulletinVersionList,
  ChannelVersion,
  GateDecision,
  Inbox,
  type BulletinCreate,
  type BulletinPublish,
  type BulletinRetract,
  type BulletinReturn,
  type BulletinSave,
  type BulletinVersionSummary,
  type ChannelVersionCreate,
  type ChannelVersionSave,
  type DerivedChannel,
} from "@shared/schemas/bulletin";
import { UncoveredQuestions, type ScoringQuestion } from "@shared/schemas/checklist";
import { request } from "./http";

/** REST client for docs/api.md "Bulletins"; every answer is parsed with the shared schema. */

const path = (id: string) => `/api/bulletins/${encodeURIComponent(id)}`;

export async function listBulletins(incidentId: string): Promise<Bulletin[]> {
  return (await request(`/api/incidents/${encodeURIComponent(incidentId)}/bulletins`, { schema: BulletinList }))
    .bulletins;
}

export function createBulletin(incidentId: string, body: z.input<typeof BulletinCreate>): Promise<Bulletin> {
  return request(`/api/incidents/${encodeURIComponent(incidentId)}/bulletins`, {
    method: "POST",
    body,
    schema: Bulletin,
  });
}

export function getBulletin(id: string): Promise<Bulletin> {
  return request(path(id), { schema: Bulletin });
}

export function saveBulletin(id: string, body: BulletinSave): Promise<Bulletin> {
  return request(path(id), { method: "PUT", body, schema: Bulletin });
}

export type WorkflowCommand =
  | { action: "submit"; body: { expectedVersion?: number } }
  | { action: "approve"; body: { expectedVersion: number; reason?: string } }
  | { action: "return"; body: BulletinReturn }
  | { action: "publish"; body: BulletinPublish }
  | { action: "retract"; body: BulletinRetract };

export function runWorkflow(id: string, command: WorkflowCommand): Promise<Bulletin> {
  return request(`${path(id)}/${command.action}`, { method: "POST", body: command.body, schema: Bulletin });
}

/** The contact centre's uncovered questions the server scores with (OP4), for the editor's live score. */
export async function fetchUncoveredQuestions(incidentId: string): Promise<ScoringQuestion[]> {
  const answer = await request(`/api/incidents/${encodeURIComponent(incidentId)}/uncovered-questions`, {
    schema: UncoveredQuestions,
  });
  return answer.questions;
}

export function checkGate(id: string): Promise<GateDecision> {
  return request(`${path(id)}/gate`, { schema: GateDecision });
}

export async function listVersions(id: string): Promise<BulletinVersionSummary[]> {
  return (await request(`${path(id)}/versions`, { schema: BulletinVersionList })).versions;
}

export function getVersion(id: string, version: number): Promise<BulletinVersion> {
  return request(`${path(id)}/versions/${version}`, { schema: BulletinVersion });
}

export function fetchInbox(): Promise<Inbox> {
  return request("/api/inbox", { schema: Inbox });
}

export function createChannelVersion(id: string, body: ChannelVersionCreate): Promise<ChannelVersion> {
  return request(`${path(id)}/channels`, { method: "POST", body, schema: ChannelVersion });
}

export function saveChannelVersion(
  id: string,
  channel: DerivedChannel,
  body: ChannelVersionSave,
): Promise<ChannelVersion> {
  return request(`${path(id)}/channels/${channel}`, { method: "PUT", body, schema: ChannelVersion });
}
