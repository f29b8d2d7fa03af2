import { claimOverdueNotice, listOverdue } from "../db/repos/overdueNotices.js";
import { periodic } from "../jobs/periodic.js";
import type { Logger } from "../logger.js";
import { notify, WRITERS } from "./bulletins/notify.js";
import type { DomainDeps } from "./context.js";
import { promisedAt } from "./promisedAt.js";

export const OVERDUE_CHECK_MS = 15_000; // how often each node looks for passed next-update deadlines

/**
 * Raises one `next_update_overdue` notification per passed deadline. Every node runs this; the notice row's primary
 * key decides which node sends it, so a deadline is announced once however many nodes (or restarts) see it.
 */
export function createOverdueWatch(deps: DomainDeps, log: Logger, intervalMs: number = OVERDUE_CHECK_MS) {
  async function check(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const c of await listOverdue(deps.db, now.toISOString())) {
      const claimed = await deps.transaction(async (ctx) => {
        if (!(await claimOverdueNotice(ctx.tx, c.incidentId, c.due, now.toISOString()))) return false;
        const mark = c.exercise ? "ÖVNING: " : "";
        const markEn = c.exercise ? "EXERCISE: " : "";
        const at = promisedAt(new Date(c.due), now);
        await notify(ctx, {
          incidentId: c.incidentId,
          entity: { type: "incident", id: c.incidentId },
          kind: "next_update_overdue",
          recipients: "everyone",
          actor: null,
          visibleTo: WRITERS,
          message: {
            sv: `${mark}Nästa uppdatering om ”${c.title}” utlovades till ${at.sv} och är försenad.`,
            en: `${markEn}The next update on “${c.title}” was promised for ${at.en} and is overdue.`,
          },
          extra: { due: c.due },
        });
        return true;
      });
      if (claimed) sent += 1;
    }
    return sent;
  }

  return { check, ...periodic("overdue check", () => check(), intervalMs, log) };
}

export type OverdueWatch = ReturnType<typeof createOverdueWatch>;
