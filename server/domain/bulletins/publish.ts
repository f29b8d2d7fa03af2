import type { Kysely } from "kysely";
import type { Principle } from "../../../shared/checklist/constants.js";
import type { Bulletin, BulletinPublish, BulletinRetract, ChecklistResult, Incident } from "../../../shared/index.js";
import { appendAlert } from "../../db/repos/bulletinAlerts.js";
import {
  findBulletin,
  listGroup,
  listTranslations,
  updateBulletin,
  type BulletinRecord,
} from "../../db/repos/bulletins.js";
import { latestSeq } from "../../db/repos/events.js";
import { findVersion, markPublished, markSuperseded, setVersionStatus } from "../../db/repos/bulletinVersions.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { DB } from "../../db/schema.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, notFound } from "../../errors.js";
import { actorRef, type Actor, type DomainDeps } from "../context.js";
import { advanceClock } from "./clock.js";
import { statusEvent } from "./events.js";
import { evaluateGate, type GateDecision } from "./gate.js";
import { requireRecord, toBulletin } from "./load.js";
import { logDecision } from "./logEntry.js";
import type { RoomSettings } from "./room.js";
import { scoreBulletin, scoringContext } from "./scoring.js";
import { begin } from "./transitions.js";
import { canTransition } from "./workflow.js";

const PRINCIPLE_SV: Record<Principle, string> = {
  active: "aktiv",
  open: "öppen",
  factual: "saklig",
  fast: "snabb",
  impartial: "opartisk",
  audienceAdapted: "målgruppsanpassad",
};

const isLive = (b: BulletinRecord) => b.publishedVersion !== null && b.status !== "retracted";

/** Scores the working version with the context of this moment and applies the gate. */
async function gateNow(
  db: Kysely<DB>,
  record: BulletinRecord,
  threshold: number,
  room: RoomSettings,
): Promise<{ checklist: ChecklistResult; gate: GateDecision; incident: Incident }> {
  const incident = await findIncident(db, record.incidentId);
  if (!incident) throw notFound("Incident");
  const checklist = scoreBulletin(
    record,
    record.language,
    await scoringContext(db, incident, record.groupId, record.language, new Date(), room),
  );
  // Only the working version's reasons hold it back: a published version's flag is what this publish clears.
  const stale = record.stale.some((r) => r.scope !== "published");
  return { checklist, gate: evaluateGate(checklist, stale, threshold), incident };
}

function gateSummary(gate: GateDecision): string {
  const parts = [`poäng ${gate.score.overall} (gräns ${gate.threshold})`];
  if (gate.failing.length > 0) parts.push(`underkänd på ${gate.failing.map((p) => PRINCIPLE_SV[p]).join(", ")}`);
  if (gate.errors.length > 0) parts.push(`${gate.errors.length} fel`);
  if (gate.stale) parts.push("inaktuellt");
  return parts.join(", ");
}

export function createBulletinPublishing(deps: DomainDeps, options: { publishThreshold: number; room: RoomSettings }) {
  const { db, transaction } = deps;
  const threshold = options.publishThreshold;

  async function check(id: string): Promise<GateDecision> {
    return (await gateNow(db, await requireRecord(db, id), threshold, options.room)).gate;
  }

  /**
   * The gate scored before the transaction, so the checklist (about a millisecond) and the reads it needs do not
   * hold the transaction open (on SQLite every other query waits for it). The event log's seq is read first; the
   * transaction takes this score only if no event has committed since, the bulletin is still at that version and the
   * incident at that version. Every write the score reads (the bulletin and its group, facts, claims, the contact
   * centre's questions and FAQ, the incident) commits with an event, so an unchanged seq means unchanged input;
   * otherwise the transaction scores again itself. Any failure here is met again, and answered, inside it.
   */
  async function gateAhead(id: string) {
    try {
      const seq = await latestSeq(db);
      const record = await findBulletin(db, id);
      if (!record || !canTransition("publish", record.status)) return undefined;
      return { seq, version: record.version, ...(await gateNow(db, record, threshold, options.room)) };
    } catch {
      return undefined;
    }
  }

  async function publish(id: string, input: BulletinPublish, actor: Actor): Promise<Bulletin> {
    const ahead = await gateAhead(id);
    return transaction(async (ctx) => {
      const { current, to } = await begin(ctx, id, "publish", input.expectedVersion);
      // The clock is written from the incident as this transaction reads it, whichever score is used.
      const incident = await findIncident(ctx.tx, current.incidentId);
      if (!incident) throw notFound("Incident");
      const unchanged =
        ahead !== undefined &&
        ahead.version === current.version &&
        ahead.incident.version === incident.version &&
        ahead.seq === (await latestSeq(ctx.tx));
      const { checklist, gate } = unchanged ? ahead : await gateNow(ctx.tx, current, threshold, options.room);
      if (!gate.passed && input.reason === undefined) {
        throw new AppError(
          "reason_required",
          "This bulletin does not pass the publish gate; give a reason to publish it anyway",
          422,
          "reason",
          {
            score: gate.score,
            threshold: gate.threshold,
            stale: gate.stale,
            failing: gate.failing,
            // The reasons too: the dialog shows the refusal in place of its earlier check and must not lose them.
            errors: gate.errors,
            warnings: gate.warnings,
          },
        );
      }
      const at = new Date().toISOString();
      const reason = input.reason ?? null;
      await markPublished(ctx.tx, {
        bulletinId: id,
        version: current.version,
        checklist,
        reason,
        by: actorRef(actor),
        at,
      });
      if (current.publishedVersion !== null && current.publishedVersion !== current.version)
        await markSuperseded(ctx.tx, id, current.publishedVersion, at);
      const next: BulletinRecord = {
        ...current,
        status: to,
        publishedVersion: current.version,
        publishedAt: at,
        firstPublishedAt: current.firstPublishedAt ?? at,
        // The old published version's flags go with it; the working version's own reasons (published past the
        // gate) stay, now about the live text.
        stale: current.stale.filter((r) => r.scope !== "published"),
        statusChangedAt: at,
        updatedBy: actor.id,
        updatedByName: actor.displayName,
        updatedAt: at,
      };
      await updateBulletin(ctx.tx, next, { citations: false });
      await appendAlert(ctx.tx, {
        groupId: next.groupId,
        incidentId: next.incidentId,
        sent: at,
        msgType: (n) => (n === 1 ? "Alert" : "Update"),
      });
      if (!gate.passed) {
        await logDecision(
          ctx,
          next.incidentId,
          `Publicerade ”${next.headline}” trots publiceringskontrollen (${gateSummary(gate)}). Motivering: ${reason}`,
          actor,
          at,
        );
      }
      const clock = await advanceClock(ctx.tx, incident, next.nextUpdateAt, at);
      const bulletin = await toBulletin(ctx.tx, next);
      await statusEvent(ctx, bulletin, current.status, actor, reason ?? undefined, clock);
      return bulletin;
    });
  }

  async function retractOne(
    ctx: TxContext,
    current: BulletinRecord,
    reason: string,
    actor: Actor,
    at: string,
  ): Promise<Bulletin> {
    const next: BulletinRecord = {
      ...current,
      status: "retracted",
      retractedAt: at,
      statusChangedAt: at,
      updatedBy: actor.id,
      updatedByName: actor.displayName,
      updatedAt: at,
    };
    await updateBulletin(ctx.tx, next, { citations: false });
    if (current.publishedVersion !== null)
      await setVersionStatus(ctx.tx, current.id, current.publishedVersion, "retracted");
    if (current.version !== current.publishedVersion) await markSuperseded(ctx.tx, current.id, current.version, at);
    const bulletin = await toBulletin(ctx.tx, next);
    await statusEvent(ctx, bulletin, current.status, actor, reason);
    return bulletin;
  }

  /** Retracting a master retracts its translations too; the group's CAP alert becomes an Update or a Cancel. */
  function retract(id: string, input: BulletinRetract, actor: Actor): Promise<Bulletin> {
    return transaction(async (ctx) => {
      const { current } = await begin(ctx, id, "retract", input.expectedVersion);
      const at = new Date().toISOString();
      const cascade =
        current.translationOf === null
          ? (await listTranslations(ctx.tx, id)).filter((t) => t.status !== "retracted")
          : [];
      const bulletin = await retractOne(ctx, current, input.reason, actor, at);
      for (const t of cascade) await retractOne(ctx, t, input.reason, actor, at);
      const wasPublic = [current, ...cascade].some((b) => b.publishedVersion !== null);
      if (wasPublic) {
        const stillLive = (await listGroup(ctx.tx, current.groupId)).some(isLive);
        await appendAlert(ctx.tx, {
          groupId: current.groupId,
          incidentId: current.incidentId,
          sent: at,
          msgType: stillLive ? "Update" : "Cancel",
        });
      }
      // The log is everyone's: it names the text that was live, not an edit still in review.
      const live =
        current.publishedVersion !== null && current.publishedVersion !== current.version
          ? await findVersion(ctx.tx, id, current.publishedVersion)
          : undefined;
      await logDecision(
        ctx,
        current.incidentId,
        `Drog tillbaka ”${live?.headline ?? current.headline}”${cascade.length > 0 ? ` med ${cascade.length} översättningar` : ""}. Motivering: ${input.reason}`,
        actor,
        at,
      );
      return bulletin;
    });
  }

  return { check, publish, retract };
}
