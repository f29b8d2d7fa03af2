import type { ChannelVersion, DerivedChannel, StaleReason } from "../../../shared/index.js";
import { listBulletins, listTranslations, updateBulletin, type BulletinRecord } from "../../db/repos/bulletins.js";
import { findVersions, listAuthors } from "../../db/repos/bulletinVersions.js";
import { listChannelVersions, setChannelStale } from "../../db/repos/channelVersions.js";
import type { TxContext } from "../../db/transaction.js";
import { actorRef, type Actor } from "../context.js";
import type { FactChange } from "../facts.js";
import { toBulletin } from "./load.js";
import { notify, WRITERS as CRISIS_TEAM } from "./notify.js";

const keyOf = (r: StaleReason) => `${r.scope ?? "working"}:${r.reason}:${r.factId ?? r.sourceId ?? ""}`;

/** Pure: adds reasons; a newer reason for the same fact or source replaces the older one. */
export function mergeReasons(existing: readonly StaleReason[], added: readonly StaleReason[]): StaleReason[] {
  const replaced = new Set(added.map(keyOf));
  return [...existing.filter((r) => !replaced.has(keyOf(r))), ...added];
}

/**
 * Pure: what a save clears. Fact reasons always (the author saved against the current facts), except that a save
 * over the published version leaves the live text as stale as it was: its fact reasons move to the published
 * version (`scope: "published"`) until the next publish. The translation reason once the translation states it
 * follows the source's current version.
 */
export function reasonsAfterSave(
  existing: readonly StaleReason[],
  translationOfVersion: number | null,
  sourceVersion: number | null,
  savedOverPublished = false,
): StaleReason[] {
  const isFact = (r: StaleReason) => r.reason === "fact_changed" || r.reason === "fact_retracted";
  const moved = savedOverPublished
    ? existing.filter((r) => isFact(r) && r.scope !== "published").map((r) => ({ ...r, scope: "published" as const }))
    : [];
  const kept = existing.filter((r) => {
    // The published version's reasons stay until a new version is published: a saved draft does not change it.
    if (r.scope === "published") return true;
    if (isFact(r)) return false;
    if (r.reason === "translation_source_changed")
      return sourceVersion === null || (translationOfVersion ?? 0) < sourceVersion;
    return true;
  });
  return mergeReasons(kept, moved);
}

async function flag(
  ctx: TxContext,
  record: BulletinRecord,
  reasons: StaleReason[],
  actor: Actor,
  channels: DerivedChannel[] = [],
): Promise<BulletinRecord> {
  const next = { ...record, stale: mergeReasons(record.stale, reasons) };
  if (reasons.length > 0) await updateBulletin(ctx.tx, next);
  const bulletin = await toBulletin(ctx.tx, next);
  await ctx.emit({
    actor: actorRef(actor),
    type: "bulletin.stale",
    incidentId: next.incidentId,
    entity: { type: "bulletin", id: next.id },
    visibleTo: CRISIS_TEAM,
    data: { bulletin, reasons, ...(channels.length > 0 ? { channels } : {}) },
  });
  return next;
}

const MENTION_MIN = 12; // characters; a shorter statement ("Skolan är stängd") is too common to match on wording

/** Pure: loose form for a wording match: lower case, one space, no closing punctuation. */
const loose = (text: string) =>
  text
    .toLocaleLowerCase("sv")
    .replace(/\s+/gu, " ")
    .replace(/[.!?]+$/u, "")
    .trim();

/** Pure: does a channel text quote the fact (its wording before or after the change)? */
export function quotesFact(text: string, statements: readonly string[]): boolean {
  const haystack = loose(text);
  return statements.some((s) => {
    const needle = loose(s);
    return needle.length >= MENTION_MIN && haystack.includes(needle);
  });
}

/**
 * Pure: the reasons one fact change gives a bulletin: its working version, its published version when that is
 * another version (the live text may cite a fact the working draft has dropped: it is what the public and the
 * agents read), or both. When the working version is the published one, one reason covers both.
 */
export function citingReasons(
  record: Pick<BulletinRecord, "factIds" | "version" | "publishedVersion">,
  publishedFactIds: readonly string[] | null,
  reason: StaleReason,
): StaleReason[] {
  const factId = reason.factId ?? "";
  const reasons: StaleReason[] = [];
  if (record.factIds.includes(factId)) reasons.push(reason);
  if (record.publishedVersion !== record.version && publishedFactIds?.includes(factId))
    reasons.push({ ...reason, scope: "published" });
  return reasons;
}

/**
 * The FactCiter for bulletins. Flags, in the fact change's transaction: every not-retracted bulletin whose working
 * version or published version cites the fact; the channel versions of those bulletins; and any other channel
 * version whose own text quotes the fact. Each flagged bulletin's authors (and its channel texts' authors) are told.
 */
export async function flagCitingBulletins(ctx: TxContext, change: FactChange): Promise<void> {
  const { fact, kind, actor, previous } = change;
  // Oldest first, so flags and notifications come in the order the bulletins were written.
  const live = (await listBulletins(ctx.tx, fact.incidentId)).reverse().filter((b) => b.status !== "retracted");
  if (live.length === 0) return;
  const published = await findVersions(
    ctx.tx,
    live.flatMap((b) => (b.publishedVersion === null ? [] : [{ bulletinId: b.id, version: b.publishedVersion }])),
  );
  const channelsOf = await listChannelVersions(
    ctx.tx,
    live.map((b) => b.id),
  );
  const base: StaleReason = { reason: kind, at: fact.updatedAt, factId: fact.id, factVersion: fact.version };
  const statements = [...new Set([previous.statement, fact.statement])];
  const flagged: Array<{ b: BulletinRecord; reasons: StaleReason[]; channels: ChannelVersion[] }> = [];
  for (const b of live) {
    const publishedVersion = b.publishedVersion === null ? undefined : published.get(`${b.id}:${b.publishedVersion}`);
    const reasons = citingReasons(b, publishedVersion?.factIds ?? null, base);
    const channels = (channelsOf.get(b.id) ?? []).filter((c) => reasons.length > 0 || quotesFact(c.text, statements));
    if (reasons.length > 0 || channels.length > 0) flagged.push({ b, reasons, channels });
  }
  if (flagged.length === 0) return;
  const authors = await listAuthors(
    ctx.tx,
    flagged.map((f) => f.b.id),
  );
  const what =
    kind === "fact_retracted"
      ? { sv: "har dragits tillbaka", en: "has been retracted" }
      : { sv: "har ändrats", en: "has changed" };
  for (const { b, reasons, channels } of flagged) {
    for (const c of channels) await setChannelStale(ctx.tx, c.id, mergeReasons(c.stale, [base]));
    await flag(
      ctx,
      b,
      reasons,
      actor,
      channels.map((c) => c.channel),
    );
    const where = channels.length > 0 ? ` (${channels.map((c) => c.channel).join(", ")})` : "";
    await notify(ctx, {
      incidentId: b.incidentId,
      entity: { type: "bulletin", id: b.id },
      kind,
      recipients: [...(authors.get(b.id) ?? []), ...channels.map((c) => c.updatedBy)],
      actor,
      message: {
        sv: `Ett faktum som ”${b.headline || "utan rubrik"}”${where} hänvisar till ${what.sv}: ${fact.statement}`,
        en: `A fact cited by “${b.headline || "untitled"}”${where} ${what.en}: ${fact.statement}`,
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
