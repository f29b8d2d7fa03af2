import type {
  Bulletin,
  Inbox,
  InboxChannelItem,
  InboxFaqItem,
  InboxItem,
  InboxWhy,
  StaleReason,
} from "../../../shared/index.js";
import { listWaitingForLead } from "../../db/repos/bulletins.js";
import { listFaqNeedingDecision, listStaleBulletins } from "../../db/repos/inbox.js";
import type { DomainDeps } from "../context.js";
import { withChannels } from "./load.js";

const staleWhy = (reasons: readonly StaleReason[]): InboxWhy[] =>
  reasons.map((stale) => ({ kind: "stale", at: stale.at, stale }));

const newest = (why: readonly InboxWhy[], fallback: string): string =>
  why.reduce((max, w) => (w.at > max ? w.at : max), why.length > 0 ? (why[0]?.at ?? fallback) : fallback);

/**
 * The approval inbox (the approval inbox): one place for what needs a decision. Bulletins in review, approved or stale
 * (oldest first); FAQ answers in review or flagged for review; stale channel versions. Each says why.
 */
export function createInbox(deps: DomainDeps) {
  const { db } = deps;

  return async function inbox(): Promise<Inbox> {
    const waiting = await listWaitingForLead(db);
    const waitingIds = new Set(waiting.map((r) => r.bulletin.id));
    const stale = (await listStaleBulletins(db)).filter((r) => !waitingIds.has(r.bulletin.id));
    const rows = [...waiting, ...stale];
    const bulletins = await withChannels(
      db,
      rows.map((r) => r.bulletin),
    );
    const items: InboxItem[] = [];
    const channels: InboxChannelItem[] = [];
    rows.forEach((r, i) => {
      const b = bulletins[i] as Bulletin;
      const inReview = waitingIds.has(b.id);
      const why: InboxWhy[] = [
        ...(inReview
          ? [{ kind: b.status === "approved" ? "approved" : "in_review", at: b.statusChangedAt } as const]
          : []),
        ...staleWhy(b.stale),
      ];
      if (why.length > 0) {
        items.push({
          bulletin: b,
          incidentTitle: r.incidentTitle,
          exercise: r.exercise,
          waitingSince: inReview ? b.statusChangedAt : newest(why, b.updatedAt),
          why,
        });
      }
      for (const cv of b.channelVersions.filter((c) => c.stale.length > 0)) {
        const cvWhy = staleWhy(cv.stale);
        channels.push({
          bulletinId: b.id,
          incidentId: b.incidentId,
          incidentTitle: r.incidentTitle,
          headline: b.headline,
          channelVersion: cv,
          waitingSince: newest(cvWhy, cv.updatedAt),
          why: cvWhy,
        });
      }
    });
    const faq: InboxFaqItem[] = (await listFaqNeedingDecision(db)).map((f) => {
      const why: InboxWhy[] = [
        ...(f.status === "in_review" || f.status === "approved" ? [{ kind: f.status, at: f.updatedAt } as const] : []),
        ...staleWhy(f.reviewReasons),
      ];
      return {
        id: f.id,
        incidentId: f.incidentId,
        incidentTitle: f.incidentTitle,
        question: f.question,
        status: f.status,
        score: f.score,
        waitingSince: newest(why, f.updatedAt),
        why,
      };
    });
    return { items, faq, channels, count: items.length + faq.length + channels.length };
  };
}
