import { randomUUID } from "node:crypto";
import type {
  ChannelVersion,
  ChannelVersionCreate,
  ChannelVersionSave,
  DerivedChannel,
} from "../../../shared/index.js";
import { CRISIS_TEAM } from "../../../shared/events/index.js";
import { findChannelVersion, upsertChannelVersion } from "../../db/repos/channelVersions.js";
import { findIncident } from "../../db/repos/incidents.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import { actorRef, type Actor, type DomainDeps } from "../context.js";
import { summarise } from "./gate.js";
import { requireRecord, toBulletin } from "./load.js";
import type { RoomSettings } from "./room.js";
import { scoreChannel, scoringContext } from "./scoring.js";

const DERIVABLE = ["approved", "published"];

/** The master a channel text may be derived from: approved or published. */
async function masterFor(ctx: TxContext, id: string) {
  const master = await requireRecord(ctx.tx, id);
  if (!DERIVABLE.includes(master.status)) {
    throw new AppError(
      "invalid_transition",
      "Channel versions are derived from an approved or published bulletin",
      409,
      undefined,
      {
        current: await toBulletin(ctx.tx, master),
      },
    );
  }
  const incident = await findIncident(ctx.tx, master.incidentId);
  if (!incident) throw notFound("Incident");
  return { master, incident };
}

export function createChannelVersions(deps: DomainDeps, room: RoomSettings) {
  const { transaction } = deps;

  async function write(
    ctx: TxContext,
    id: string,
    channel: DerivedChannel,
    text: string,
    actor: Actor,
    existing: ChannelVersion | undefined,
  ) {
    const { master, incident } = await masterFor(ctx, id);
    const now = new Date();
    const at = now.toISOString();
    const checklist = scoreChannel(
      channel,
      text,
      master,
      await scoringContext(ctx.tx, incident, master.groupId, master.language, now, room),
    );
    const cv: ChannelVersion = {
      id: existing?.id ?? randomUUID(),
      bulletinId: id,
      channel,
      text,
      version: (existing?.version ?? 0) + 1,
      masterVersion: master.version,
      stale: [],
      score: summarise(checklist),
      updatedBy: actor.id,
      updatedByName: actor.displayName,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await upsertChannelVersion(ctx.tx, cv, checklist, existing === undefined);
    const bulletin = await toBulletin(ctx.tx, master);
    await ctx.emit({
      actor: actorRef(actor),
      type: "bulletin.channel_saved",
      incidentId: master.incidentId,
      entity: { type: "bulletin", id },
      // A channel text of the published version is the agents' script; one of an approved edit is the team's.
      visibleTo: master.status === "published" ? null : CRISIS_TEAM,
      data: { bulletin, channelVersion: cv },
      at,
    });
    return cv;
  }

  function create(id: string, input: ChannelVersionCreate, actor: Actor): Promise<ChannelVersion> {
    return transaction(async (ctx) => {
      await requireRecord(ctx.tx, id);
      if (await findChannelVersion(ctx.tx, id, input.channel)) {
        throw new AppError(
          "conflict",
          `This bulletin already has a ${input.channel} version; save it instead`,
          409,
          "channel",
        );
      }
      return write(ctx, id, input.channel, input.text, actor, undefined);
    });
  }

  function save(id: string, channel: DerivedChannel, input: ChannelVersionSave, actor: Actor): Promise<ChannelVersion> {
    return transaction(async (ctx) => {
      await requireRecord(ctx.tx, id);
      const existing = await findChannelVersion(ctx.tx, id, channel);
      if (!existing) throw notFound("Channel version");
      if (existing.version !== input.expectedVersion)
        throw conflict("Someone saved a newer version of this channel text", { current: existing });
      return write(ctx, id, channel, input.text, actor, existing);
    });
  }

  return { create, save };
}
