import type { StaleReason } from "../../../shared/index.js";
import { listCiting, listTranslations, updateBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { listAuthors } from "../../db/repos/bulletinVersions.js";
import { listChannelVersions, setChannelStale } from "../../db/repos/channelVersions.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";
import type { FactChange } from "../facts.js";
import { toBulletin } from "./load.js";
import { notify } from "./notify.js";

const keyOf = (r: StaleReason) => `${r.reason}:${r.factId ?? r.sourceId ?? ""}`;

/** Pure: adds reasons; a newer reason for the same fact or source replaces the older one. */
export function mergeReasons(existing: readonly StaleReason[], added: readonly StaleReason[]): StaleReason[] {
  const replaced = new Set(added.map(keyOf));
  return [...existing.filter((r) => !replaced.has(keyOf(r))), ...added];
}

/** Pure: what a save clears. Fact reasons always (the author saved against the current facts); the translation
 *  reason once the translation states it follows the source's current version. */
export function reasonsAfterSave(
  existing: readonly StaleReason[],
  translationOfVersion: number | null,
  sourceVersion: number | null,
): StaleReason[] {
  return existing.filter((r) => {
    if (r.reason === "fact_changed" || r.reason === "fact_retracted") return false;
    if (r.reason === "translation_source_changed")
      return sourceVersion === null || (translationOfVersion ?? 0) < sourceVersion;
    return true;
  });
}

async function flag(
  ctx: TxContext,
  record: BulletinRecord,
  reasons: StaleReason[],
  actor: Actor,
): Promise<BulletinRecord> {
  const next = { ...record, stale: mergeReasons(record.stale, reasons) };
  await updateBulletin(ctx.tx, next);
  const bulletin = await toBulletin(ctx.tx, next);
  await ctx.emit({
    actor: actorRef(actor),
    type: "bulletin.stale",
    incidentId: next.incidentId,
    entity: { type: "bulletin", id: next.id },
    visibleTo: null,
    data: { bulletin, reasons },
  });
  return next;
}

/** The FactCiter for bulletins: flags exactly the not-retracted bulletins whose working version cites the fact. */
export async function flagCitingBulletins(ctx: TxContext, { fact, kind, actor }: FactChange): Promise<void> {
  const citing = (await listCiting(ctx.tx, fact.id)).filter((b) => b.incidentId === fact.incidentId);
  if (citing.length === 0) return;
  const authors = await listAuthors(
    ctx.tx,
    citing.map((b) => b.id),
  );
  const at = fact.updatedAt;
  for (const b of citing) {
    await flag(ctx, b, [{ reason: kind, at, factId: fact.id, factVersion: fact.version }], actor);
    const what =
      kind === "fact_retracted"
        ? { sv: "har dragits tillbaka", en: "has been retracted" }
        : { sv: "har ändrats", en: "has changed" };
    await notify(ctx, {
      incidentId: b.incidentId,
      entity: { type: "bulletin", id: b.id },
      kind,
      recipients: authors.get(b.id) ?? [],
      actor,
      message: {
        sv: `Ett faktum som ”${b.headline || "utan rubrik"}” hänvisar till ${what.sv}: ${fact.statement}`,
        en: `A fact cited by “${b.headline || "untitled"}” ${what.en}: ${fact.statement}`,
      },
      extra: { bulletinId: b.id, factId: fact.id },
    });
  }
}

/** A master's new version makes its translations stale until they follow it. */
export async function flagTranslations(ctx: TxContext, master: BulletinRecord, actor: Actor): Promise<void> {
  const translations = (await listTranslations(ctx.tx, master.id)).filter((t) => t.status !== "retracted");
  if (translations.length === 0) return;
  const authors = await listAuthors(
    ctx.tx,
    translations.map((t) => t.id),
  );
  for (const t of translations) {
    await flag(
      ctx,
      t,
      [
        {
          reason: "translation_source_changed",
          at: master.updatedAt,
          sourceId: master.id,
          sourceVersion: master.version,
        },
      ],
      actor,
    );
    await notify(ctx, {
      incidentId: t.incidentId,
      entity: { type: "bulletin", id: t.id },
      kind: "translation_stale",
      recipients: authors.get(t.id) ?? [],
      actor,
      message: {
        sv: `Originalet till översättningen (${t.language}) ”${t.headline || "utan rubrik"}” har ändrats.`,
        en: `The source of the ${t.language} translation “${t.headline || "untitled"}” has changed.`,
      },
      extra: { bulletinId: t.id },
    });
  }
}

/** A master's new version makes the channel texts derived from an older one stale. */
export async function flagChannelVersions(ctx: TxContext, master: BulletinRecord, actor: Actor): Promise<void> {
  const channels = ((await listChannelVersions(ctx.tx, [master.id])).get(master.id) ?? []).filter(
    (c) => c.masterVersion < master.version,
  );
  if (channels.length === 0) return;
  for (const c of channels) {
    const reason: StaleReason = {
      reason: "master_changed",
      at: master.updatedAt,
      sourceId: master.id,
      sourceVersion: master.version,
    };
    await setChannelStale(ctx.tx, c.id, mergeReasons(c.stale, [reason]));
  }
  await notify(ctx, {
    incidentId: master.incidentId,
    entity: { type: "bulletin", id: master.id },
    kind: "master_changed",
    recipients: channels.map((c) => c.updatedBy),
    actor,
    message: {
      sv: `”${master.headline || "utan rubrik"}” har ändrats; kanalversionerna (${channels.map((c) => c.channel).join(", ")}) behöver uppdateras.`,
      en: `“${master.headline || "untitled"}” has changed; its channel versions (${channels.map((c) => c.channel).join(", ")}) need updating.`,
    },
    extra: { bulletinId: master.id },
  });
}
