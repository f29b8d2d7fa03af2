import { escapeXml as x, feedTime } from "./escape.js";
import type { FeedItem } from "./feedItems.js";

export interface FeedMeta {
  /** Stable feed id (an IRI). */
  id: string;
  title: string;
  selfUrl: string;
  pageUrl: string;
  author: string;
  /** Used when there are no items. */
  fallbackUpdated: string;
}

/** Atom 1.0 (RFC 4287). Each entry links its page and, as an alternate, its CAP alert. */
export function renderAtom(meta: FeedMeta, items: FeedItem[]): string {
  const updated = items[0]?.updated ?? meta.fallbackUpdated;
  const entries = items.map(
    (i) => `  <entry xml:lang="${x(i.language)}">
    <id>${x(i.id)}</id>
    <title>${x(i.title)}</title>
    <published>${feedTime(i.published)}</published>
    <updated>${feedTime(i.updated)}</updated>
    <link rel="alternate" type="text/html" href="${x(i.url)}"/>
    <link rel="alternate" type="application/cap+xml" href="${x(i.capUrl)}"/>
    <content type="text">${x(i.text)}</content>
  </entry>`,
  );
  return atomFeed(meta, updated, entries);
}

/** The feed element around rendered entries: shared by the bulletin feed and the CAP index. */
export function atomFeed(meta: FeedMeta, updated: string, entries: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${x(meta.id)}</id>
  <title>${x(meta.title)}</title>
  <updated>${feedTime(updated)}</updated>
  <author><name>${x(meta.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${x(meta.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(meta.pageUrl)}"/>
${entries.join("\n")}
</feed>
`;
}
