import { OPEN_CLAIM_STATUSES, type NotificationData } from "../../../shared/index.js";
import { listOverdueClaims, markOverdueNotified, usersWithRoles } from "../../db/repos/claims.js";
import { periodic } from "../../jobs/periodic.js";
import type { Logger } from "../../logger.js";
import type { DomainDeps } from "../context.js";
import { promisedAt } from "../promisedAt.js";
import { CLAIM_READERS } from "./events.js";

export const CLAIM_OVERDUE_CHECK_MS = 15_000; // how often each node looks for claims past their due time

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * One `claim_overdue` notification per claim and due time, to the leads and the assignee. Every node runs this (the
 * pattern of domain/overdue.ts); the conditional UPDATE of the claim's `overdue_notified_due` decides which node
 * sends it. A new due time (severity changed) re-arms the notice.
 */
export function createClaimOverdueWatch(deps: DomainDeps, log: Logger, intervalMs: number = CLAIM_OVERDUE_CHECK_MS) {
  async function check(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const c of await listOverdueClaims(deps.db, now.toISOString(), OPEN_CLAIM_STATUSES)) {
      const claimed = await deps.transaction(async (ctx) => {
        if (!(await markOverdueNotified(ctx.tx, c.id, c.dueAt))) return false;
        const leads = await usersWithRoles(ctx.tx, ["lead"]);
        const recipients = [...new Set([...leads, ...(c.assigneeId ? [c.assigneeId] : [])])];
        // With its date when the due time is not today: a claim left for days was "due by kl. 10:00" as if this morning.
        const due = promisedAt(new Date(c.dueAt), now);
        const data: NotificationData = {
          kind: "claim_overdue",
          recipients,
          message: {
            sv: `Påståendet ”${short(c.text)}” skulle ha bemötts senast ${due.sv} och är försenat.`,
            en: `The claim “${short(c.text)}” was due for correction by ${due.en} and is overdue.`,
          },
          due: c.dueAt,
          claimId: c.id,
        };
        await ctx.emit({
          actor: null,
          type: "notification",
          incidentId: c.incidentId,
          entity: { type: "claim", id: c.id },
          visibleTo: CLAIM_READERS,
          data,
        });
        return true;
      });
      if (claimed) sent += 1;
    }
    return sent;
  }

  return { check, ...periodic("claim overdue check", () => check(), intervalMs, log) };
}

export type ClaimOverdueWatch = ReturnType<typeof createClaimOverdueWatch>;
