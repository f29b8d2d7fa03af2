import { Claim } from "../../../../shared/schemas/claim";
import type { DomainEvent } from "../../../../shared/schemas/event";
import { translate, type UiLanguage } from "../../i18n";

const QUOTE_MAX = 80; // characters; the log line names the claim, the board has the whole text

/** Claim events as sentences for the incident log ("Sara tog ryktet ”…”."); null for other types. */
export function describeClaimEvent(event: DomainEvent, actor: string, lang: UiLanguage): string | null {
  if (!event.type.startsWith("claim.")) return null;
  const parsed = Claim.safeParse(event.data.claim);
  if (!parsed.success) return null;
  const claim = parsed.data;
  const text = claim.text.length > QUOTE_MAX ? `${claim.text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : claim.text;
  const tr = (key: Parameters<typeof translate>[1], params: Record<string, string> = {}) => translate(lang, key, { actor, text, ...params });
  switch (event.type) {
    case "claim.created":
      return tr("event.claimCreated");
    case "claim.taken":
      return tr("event.claimTaken");
    case "claim.updated":
      return tr(event.data.note ? "event.claimNoted" : "event.claimUpdated");
    case "claim.status_changed":
      return tr("event.claimMoved", { status: translate(lang, `claims.column.${claim.status}`) });
    case "claim.merged":
      return tr(claim.mergedInto ? "event.claimMergedAway" : "event.claimMergedInto");
    default:
      return null;
  }
}
