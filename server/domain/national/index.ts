import type { Kysely } from "kysely";
import type { Fact } from "../../../shared/index.js";
import type { NationalItem, NationalPicture } from "../../../shared/schemas/national.js";
import type { DB } from "../../db/schema.js";
import { notFound } from "../../errors.js";
import type { Logger } from "../../logger.js";
import type { Actor } from "../context.js";
import type { Facts } from "../facts.js";
import type { RunInTransaction } from "../../db/transaction.js";
import { findItem, listItems, readFeeds } from "./store.js";
import { createNationalWorker, type NationalSettings } from "./worker.js";

export type { NationalSettings } from "./worker.js";
export { nationalSettingsFromEnv } from "./worker.js";

/** A fact's statement and source from a national item: what it says, who said it, where to read it. */
export function citation(item: NationalItem): { statement: string; source: string } {
  const label = item.kind === "vma" ? "VMA" : "Krisinformation.se";
  const text = [item.headline, item.preamble || item.pushMessage].filter(Boolean).join(". ").replace(/\.\.+/g, ".");
  const source = [label, item.sourceId ? `(${item.sourceId})` : null, item.web].filter(Boolean).join(" ");
  return { statement: text.slice(0, 2_000), source: source.slice(0, 300) };
}

/**
 * The national picture: the worker that keeps it, the list the panel reads, and citing an item into an incident's
 * facts register through the facts domain (so the fact is logged and scored like any other).
 */
export function createNational(
  db: Kysely<DB>,
  transaction: RunInTransaction,
  settings: NationalSettings,
  log: Logger,
  facts: Pick<Facts, "create">,
) {
  const worker = createNationalWorker(db, transaction, settings, log);

  async function picture(opts: { limit: number; withdrawn: boolean }): Promise<NationalPicture> {
    const [items, feeds] = await Promise.all([listItems(db, opts), readFeeds(db)]);
    const latest = (k: "last_success_at" | "last_attempt_at") =>
      feeds
        .map((f) => f[k])
        .filter((v): v is string => v !== null)
        .sort()
        .at(0) ?? null;
    return {
      items,
      status: {
        enabled: worker.enabled,
        // The oldest of the feeds' last successes: the panel is only as fresh as its stalest feed.
        lastSuccessAt:
          feeds.length === 0 || feeds.some((f) => f.last_success_at === null) ? null : latest("last_success_at"),
        lastAttemptAt:
          feeds
            .map((f) => f.last_attempt_at)
            .filter((v): v is string => v !== null)
            .sort()
            .at(-1) ?? null,
        lastError: feeds.map((f) => f.last_error).find((e) => e !== null) ?? null,
        skipped: feeds.reduce((n, f) => n + f.skipped_total, 0),
      },
    };
  }

  async function cite(id: string, incidentId: string, actor: Actor): Promise<Fact> {
    const item = await findItem(db, id);
    if (!item) throw notFound("National item");
    return facts.create(incidentId, { ...citation(item), status: "confirmed" }, actor);
  }

  return { worker, picture, cite };
}

export type National = ReturnType<typeof createNational>;
