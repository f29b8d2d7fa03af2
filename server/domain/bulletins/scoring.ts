import type { Kysely } from "kysely";
import { scoreMessage } from "../../../shared/checklist/index.js";
import {
  bulletinMessageInput,
  channelMessageInput,
  type BulletinContent,
  type ChecklistResult,
  type DerivedChannel,
  type Incident,
  type MessageLanguage,
  type ScoringContext,
} from "../../../shared/index.js";
import { listGroup, type BulletinRecord } from "../../db/repos/bulletins.js";
import { listFacts } from "../../db/repos/facts.js";
import type { DB } from "../../db/schema.js";
import { openClaims, type RoomSettings } from "./room.js";

/**
 * The context the server scores with: now, the incident clock, the facts register, the group's other languages, and
 * what the room knows (open claims, the contact centre's uncovered questions, the sender, the required languages).
 */
export async function scoringContext(
  db: Kysely<DB>,
  incident: Incident,
  groupId: string | null,
  language: MessageLanguage,
  now: Date,
  room: RoomSettings,
): Promise<ScoringContext> {
  const [facts, group, claims, questions] = await Promise.all([
    listFacts(db, incident.id),
    groupId ? listGroup(db, groupId) : Promise.resolve([]),
    openClaims(db, incident.id),
    room.topQuestions ? room.topQuestions(db, incident.id, now) : Promise.resolve([]),
  ]);
  const others = [
    ...new Set(group.filter((b) => b.status !== "retracted" && b.language !== language).map((b) => b.language)),
  ];
  return {
    now: now.toISOString(),
    ...(room.senderName ? { sender: room.senderName } : {}),
    openClaims: claims,
    topQuestions: questions,
    requiredLanguages: [...room.requiredLanguages],
    incident: {
      startedAt: incident.startedAt,
      firstPublishedAt: incident.firstPublishedAt ?? null,
      lastPublishedAt: incident.lastPublishedAt,
      nextUpdateDue: incident.nextUpdateDue,
    },
    facts: facts.map((f) => ({ id: f.id, statement: f.statement, status: f.status })),
    availableLanguages: others,
  };
}

export function scoreBulletin(
  content: BulletinContent,
  language: MessageLanguage,
  context: ScoringContext,
): ChecklistResult {
  return scoreMessage(bulletinMessageInput(content, language), context);
}

export function scoreChannel(
  channel: DerivedChannel,
  text: string,
  master: BulletinRecord,
  context: ScoringContext,
): ChecklistResult {
  return scoreMessage(channelMessageInput(channel, text, master), context);
}
