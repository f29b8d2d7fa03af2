import type { PublicBulletin, PublicIncident } from "../presenters/public.js";
import { changedAt } from "../presenters/public.js";
import { correctionMark, EXERCISE_MARK, htmlLang, PUBLIC_STRINGS } from "./strings.js";

export const FEED_LIMIT = 100; // entries per feed, newest first

/** One feed entry per published language version, the same for Atom and JSON Feed. */
export interface FeedItem {
  id: string;
  url: string;
  capUrl: string;
  title: string;
  text: string;
  language: string;
  published: string;
  updated: string;
}

/**
 * A feed entry's language (BCP 47): easy Swedish is marked with a private-use subtag, as CAP does
 * (`sv-SE-x-lattlast`), so a reader of the feed can tell it from standard Swedish; a reader that does not know the
 * subtag still falls back to "sv". (An HTML `lang` stays plain "sv": a screen reader needs only the language.)
 */
export const feedLang = (language: PublicBulletin["language"]): string =>
  language === "sv-lattlast" ? "sv-x-lattlast" : htmlLang(language);

export function feedItems(incidents: PublicIncident[], base: string): FeedItem[] {
  const items = incidents.flatMap((i) => i.bulletins.map((b) => toItem(i, b, base)));
  return items.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id)).slice(0, FEED_LIMIT);
}

function toItem(incident: PublicIncident, b: PublicBulletin, base: string): FeedItem {
  const t = PUBLIC_STRINGS[b.language];
  const prefix = [
    incident.exercise ? EXERCISE_MARK : "",
    b.withdrawn ? t.withdrawn : b.kind === "correction" ? correctionMark(t, b.headline) : "",
  ]
    .filter(Boolean)
    .join(" – ");
  const text = b.withdrawn
    ? t.withdrawnText
    : [b.body.trim(), b.instruction.trim() && `${t.whatToDo}:\n${b.instruction.trim()}`].filter(Boolean).join("\n\n");
  return {
    id: `urn:uuid:${b.id}`,
    url: `${base}/incidents/${incident.id}?lang=${b.language}#g-${b.groupId}`,
    capUrl: `${base}/bulletins/${b.id}/cap.xml`,
    title: prefix ? `${prefix}: ${b.headline}` : b.headline,
    text: incident.exercise ? `${EXERCISE_MARK}\n\n${text}` : text,
    language: feedLang(b.language),
    published: b.firstPublishedAt,
    updated: changedAt(b),
  };
}
