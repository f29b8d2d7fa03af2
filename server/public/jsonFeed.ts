import { feedTime } from "./escape.js";
import type { FeedMeta } from "./atom.js";
import type { FeedItem } from "./feedItems.js";

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). JSON.stringify does the escaping. */
export function renderJsonFeed(meta: FeedMeta, items: FeedItem[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    home_page_url: meta.pageUrl,
    feed_url: meta.selfUrl,
    language: "sv",
    authors: [{ name: meta.author }],
    items: items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      content_text: i.text,
      date_published: feedTime(i.published),
      date_modified: feedTime(i.updated),
      language: i.language,
      attachments: [{ url: i.capUrl, mime_type: "application/cap+xml", title: "CAP 1.2" }],
    })),
  });
}
