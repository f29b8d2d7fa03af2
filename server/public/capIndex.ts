import { escapeXml as x, feedTime } from "./escape.js";
import { atomFeed, type FeedMeta } from "./atom.js";
import type { CapIndexEntry } from "./load.js";
import { feedLang } from "./feedItems.js";
import { correctionMark, EXERCISE_MARK, PUBLIC_STRINGS } from "./strings.js";

/** Where the group's current CAP alert is served (any member's id gives the same alert; the master's is stable). */
export const capUrlOf = (base: string, groupId: string): string => `${base}/bulletins/${groupId}/cap.xml`;

const MSG_TYPE_SCHEME = "urn:oasis:names:tc:emergency:cap:1.2#msgType";

/**
 * The incident's CAP index as Atom 1.0 (RFC 4287): one entry per current alert, linked as `alternate` with type
 * application/cap+xml, the way CAP aggregators poll a sender. The entry id names the alert's identifier, so an Update
 * or a Cancel is a new entry for a reader that keys on ids, and the same one for a reader that follows the link.
 */
export function renderCapIndex(
  meta: FeedMeta,
  entries: CapIndexEntry[],
  ctx: { base: string; incidentId: string; exercise: boolean },
): string {
  const updated = entries[0]?.latest.sent ?? meta.fallbackUpdated;
  const items = entries.map((e) => {
    const t = PUBLIC_STRINGS[e.lead.language];
    const cancelled = e.latest.msgType === "Cancel";
    const prefix = [
      ctx.exercise ? EXERCISE_MARK : "",
      cancelled ? t.withdrawn : e.lead.kind === "correction" ? correctionMark(t, e.lead.headline) : "",
    ]
      .filter(Boolean)
      .join(" – ");
    const capUrl = capUrlOf(ctx.base, e.groupId);
    const page = `${ctx.base}/incidents/${ctx.incidentId}?lang=${e.lead.language}#g-${e.groupId}`;
    return `  <entry xml:lang="${x(feedLang(e.lead.language))}">
    <id>${x(`${capUrl}#${e.latest.identifier}`)}</id>
    <title>${x(prefix ? `${prefix}: ${e.lead.headline}` : e.lead.headline)}</title>
    <published>${feedTime(e.first.sent)}</published>
    <updated>${feedTime(e.latest.sent)}</updated>
    <category scheme="${MSG_TYPE_SCHEME}" term="${e.latest.msgType}"/>
    <link rel="alternate" type="application/cap+xml" href="${x(capUrl)}"/>
    <link rel="related" type="text/html" href="${x(page)}"/>
  </entry>`;
  });
  return atomFeed(meta, updated, items);
}
