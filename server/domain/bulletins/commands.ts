import { randomUUID } from "node:crypto";
import type { Bulletin, BulletinContent, BulletinCreate, BulletinSave } from "../../../shared/index.js";
import { capDefaults } from "../../../shared/capDefaults.js";
import {
  contentOf,
  findBulletin,
  insertBulletin,
  listTranslations,
  updateBulletin,
  type BulletinRecord,
} from "../../db/repos/bulletins.js";
import { insertVersion, supersedeUnpublished } from "../../db/repos/bulletinVersions.js";
import { factIdsInIncident } from "../../db/repos/facts.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import { actorRef, toIso, type Actor, type DomainDeps } from "../context.js";
import { statusEvent } from "./events.js";
import { summarise } from "./gate.js";
import { requireRecord, toBulletin } from "./load.js";
import type { RoomSettings } from "./room.js";
import { scoreBulletin, scoringContext } from "./scoring.js";
import { flagChannelVersions, flagTranslations, reasonsAfterSave } from "./stale.js";
import { CRISIS_TEAM } from "../../../shared/events/index.js";
import { assertTransition } from "./workflow.js";

/** Times are stored in UTC whatever offset they came with, as for incidents. */
const normalised = (c: BulletinContent): BulletinContent => ({
  ...c,
  expiresAt: c.expiresAt && toIso(c.expiresAt),
  nextUpdateAt: c.nextUpdateAt && toIso(c.nextUpdateAt),
});

const invalid = (field: string, message: string) => new AppError("validation", `${field}: ${message}`, 400, field);

async function assertFactsOfIncident(ctx: TxContext, incidentId: string, factIds: readonly string[]): Promise<void> {
  const known = await factIdsInIncident(ctx.tx, incidentId, factIds);
  const index = factIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalid(`factIds.${index}`, "must be a fact of this incident");
}

export function createBulletinCommands(deps: DomainDeps, room: RoomSettings) {
  const { transaction } = deps;

  /** A translation's source: a master (not itself a translation) of the same incident, in another language. */
  async function sourceFor(ctx: TxContext, incidentId: string, input: BulletinCreate): Promise<BulletinRecord | null> {
    if (input.translationOf === null) return null;
    const source = await findBulletin(ctx.tx, input.translationOf);
    if (!source || source.incidentId !== incidentId)
      throw invalid("translationOf", "must be a bulletin of this incident");
    if (source.translationOf !== null) throw invalid("translationOf", "must be the original, not another translation");
    if (source.status === "retracted")
      throw new AppError("invalid_transition", "A retracted bulletin cannot be translated", 409);
    if (source.language === input.language)
      throw invalid("language", "a translation needs another language than its source");
    if ((await listTranslations(ctx.tx, source.id)).some((t) => t.language === input.language)) {
      throw new AppError(
        "conflict",
        `There is already a ${input.language} translation of this bulletin`,
        409,
        "language",
      );
    }
    return source;
  }

  function create(incidentId: string, input: BulletinCreate, actor: Actor): Promise<Bulletin> {
    return transaction((ctx) => createInTransaction(ctx, incidentId, input, actor));
  }

  /** `create` inside a caller's transaction, for commands that draft a bulletin as part of their own work (claims). */
  async function createInTransaction(
    ctx: TxContext,
    incidentId: string,
    input: BulletinCreate,
    actor: Actor,
  ): Promise<Bulletin> {
    const incident = await findIncident(ctx.tx, incidentId);
    if (!incident) throw notFound("Incident");
    const source = await sourceFor(ctx, incidentId, input);
    await assertFactsOfIncident(ctx, incidentId, input.factIds);
    const now = new Date();
    const at = now.toISOString();
    const id = randomUUID();
    const cap = source ?? capDefaults(incident);
    const content = normalised(
      contentOf({
        ...input,
        severity: input.severity ?? cap.severity,
        urgency: input.urgency ?? cap.urgency,
        categories: input.categories ?? cap.categories,
      }),
    );
    const checklist = scoreBulletin(
      content,
      input.language,
      await scoringContext(ctx.tx, incident, source?.id ?? null, input.language, now, room),
    );
    const record: BulletinRecord = {
      ...content,
      id,
      incidentId,
      groupId: source?.id ?? id,
      language: input.language,
      translationOf: source?.id ?? null,
      translationOfVersion: source?.version ?? null,
      status: "draft",
      version: 1,
      publishedVersion: null,
      publishedAt: null,
      firstPublishedAt: null,
      retractedAt: null,
      statusChangedAt: at,
      stale: [],
      score: summarise(checklist),
      claimId: input.claimId,
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: at,
      updatedBy: actor.id,
      updatedByName: actor.displayName,
      updatedAt: at,
    };
    await insertBulletin(ctx.tx, record);
    await insertVersion(ctx.tx, {
      bulletinId: id,
      version: 1,
      content,
      translationOfVersion: record.translationOfVersion,
      checklist,
      savedBy: actorRef(actor),
      savedAt: at,
    });
    const bulletin = await toBulletin(ctx.tx, record);
    await ctx.emit({
      actor: actorRef(actor),
      type: "bulletin.created",
      incidentId,
      entity: { type: "bulletin", id },
      visibleTo: CRISIS_TEAM, // a draft is the crisis team's
      data: { bulletin },
      at,
    });
    return bulletin;
  }

  /** A new version. Exactly one of two saves of the same `expectedVersion` wins: commands run one at a time. */
  function save(id: string, input: BulletinSave, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const current = await requireRecord(ctx.tx, id);
      const to = assertTransition("save", current.status, await toBulletin(ctx.tx, current));
      if (input.expectedVersion !== current.version) {
        throw conflict("Someone saved a newer version of this bulletin", {
          current: await toBulletin(ctx.tx, current),
        });
      }
      const incident = await findIncident(ctx.tx, current.incidentId);
      if (!incident) throw notFound("Incident");
      await assertFactsOfIncident(ctx, current.incidentId, input.factIds);
      const source = current.translationOf ? await findBulletin(ctx.tx, current.translationOf) : undefined;
      if (input.translationOfVersion !== undefined && (!source || input.translationOfVersion > source.version)) {
        throw invalid("translationOfVersion", "must be a version of the source bulletin");
      }
      const now = new Date();
      const at = now.toISOString();
      const content = normalised(contentOf(input));
      const version = current.version + 1;
      const translationOfVersion = input.translationOfVersion ?? current.translationOfVersion;
      const checklist = scoreBulletin(
        content,
        current.language,
        await scoringContext(ctx.tx, incident, current.groupId, current.language, now, room),
      );
      const next: BulletinRecord = {
        ...current,
        ...content,
        version,
        status: to,
        statusChangedAt: to === current.status ? current.statusChangedAt : at,
        translationOfVersion,
        stale: reasonsAfterSave(
          current.stale,
          translationOfVersion,
          source?.version ?? null,
          current.publishedVersion === current.version && current.status !== "retracted",
        ),
        score: summarise(checklist),
        claimId: input.claimId === undefined ? current.claimId : input.claimId,
        updatedBy: actor.id,
        updatedByName: actor.displayName,
        updatedAt: at,
      };
      await insertVersion(ctx.tx, {
        bulletinId: id,
        version,
        content,
        translationOfVersion,
        checklist,
        savedBy: actorRef(actor),
        savedAt: at,
      });
      await supersedeUnpublished(ctx.tx, id, version, current.publishedVersion, at);
      await updateBulletin(ctx.tx, next);
      await flagChannelVersions(ctx, next, actor);
      if (next.translationOf === null) await flagTranslations(ctx, next, actor);
      const bulletin = await toBulletin(ctx.tx, next);
      await ctx.emit({
        actor: actorRef(actor),
        type: "bulletin.saved",
        incidentId: next.incidentId,
        entity: { type: "bulletin", id },
        visibleTo: CRISIS_TEAM, // a draft is the crisis team's
        data: { bulletin, version },
        at,
      });
      if (to !== current.status) await statusEvent(ctx, bulletin, current.status, actor);
      return bulletin;
    });
  }

  return { create, createInTransaction, save };
}
