/**
 * Part of FS14 (the first word days after the event): a dated message that tells of its event as news days after it
 * happened. "Published Wednesday 9 April. Following the fire at the former mill on Thursday 3 April, we are now
 * advising residents …", "Fredag 7 februari. I tisdags kväll, den 4 februari, läckte klorgas ut …". Written by three
 * independent authors of the twenty-first round (blind47, blind49, blind50) and by none of the real messages: the
 * public learns of a risk days late, with no word of why (MSB: snabb, go out early even when not everything is
 * known; CERC: be first). A follow-up ("latest update", "remains in place"), an event found by samples or tests (the
 * results take days) and a wait the text explains are left alone.
 */
import { firstDay } from "./staleDates.js";

const WEEKDAY = String.raw`(?:(sön|mån|tis|ons|tors|fre|lör)dag(?:en|s)?|(sun|mon|tues|wednes|thurs|fri|satur)day)`;
const DAY = String.raw`(?:,? (?:den )?(\d{1,2}(?:st|nd|rd|th)? \p{L}+))?`;

/** The message's own day: after a stamp word, or a weekday and date heading a line ("Bristol Water – Monday 4 August"). */
const STAMPED = new RegExp(
  String.raw`(?:published|posted|updated|issued|publicerad|uppdaterad)[:\s]+${WEEKDAY}${DAY}`,
  "u",
);
const HEADED = new RegExp(
  String.raw`(?:^|\n)(?:[^\n.]{0,40}?(?:–|-|,|:) )?(?:\d{1,2}[.:]\d{2},? )?${WEEKDAY},? (?:den )?(\d{1,2}(?:st|nd|rd|th)? \p{L}+)`,
  "u",
);
const HEAD_WITHIN = 150;

/** The event, told in the past on an earlier day: "following the fire … on Thursday 3 April", "On Saturday morning a
 * blockage … caused", "I tisdags kväll … läckte", "Since Monday morning … have not been working". */
const AFTER_EVENT = new RegExp(
  String.raw`(?<!\p{L})(?:following|after|efter) (?:the |a |an )?(?:\p{L}+ ){0,6}?(?:on|i|under|den) ${WEEKDAY}${DAY}`,
  "u",
);
const EVENT_THEN = new RegExp(
  String.raw`(?<!\p{L})(?:on|since|last|i|under|sedan|natten till|early on|late on)(?: the)? ${WEEKDAY}${DAY}(?:(?! (?:from|until|till|to|kl|at \d))[^.\n]){0,140}?(?<!\p{L})(?:happened|occurred|caused|hit|broke out|started|began|läckte|gick|inträffade|orsakade|drabbade|bröt ut|började|was|were|have not been|has been|had|har inte|blev|fick|upptäcktes|discovered|found|detected|reported|rapporterades|spilled|leaked|overflowed|collapsed|burst|brast|rasade)(?!\p{L})`,
  "u",
);
const FOLLOW_UP =
  /(?<!\p{L})(?:(?:latest|further) update|this is an update|update on|update:|senaste uppdatering|uppdatering:|as we (?:reported|said)|tidigare (?:meddelat|informerat)|previously|remains|kvarstår)(?!\p{L})/u;
const FOUND_BY_TESTS = /sampl|test|prov|analys|result/u;

const WEEKDAYS_SV = ["sön", "mån", "tis", "ons", "tors", "fre", "lör"] as const;
const WEEKDAYS_EN = ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"] as const;
const weekdayIndex = (sv: string | undefined, en: string | undefined): number =>
  sv !== undefined
    ? (WEEKDAYS_SV as readonly string[]).indexOf(sv)
    : (WEEKDAYS_EN as readonly string[]).indexOf(en ?? "");
const dayOfYear = (written: string | undefined): number | null => {
  const day = written === undefined ? null : firstDay(written.replace(/(\d)(?:st|nd|rd|th)/u, "$1"));
  return day === null ? null : (day.m - 1) * 31 + day.d;
};

export interface ToldLate {
  /** Where the event is told, in the lower-cased text given. */
  start: number;
  end: number;
  gap: number;
}

/** Days between the message's own day and the earlier day of the event it tells as news, or null. */
export function toldLate(lower: string): ToldLate | null {
  if (!lower.includes("day") && !lower.includes("dag")) return null;
  let own = STAMPED.exec(lower);
  if (own === null) {
    own = HEADED.exec(lower);
    if (own !== null && own.index > HEAD_WITHIN) own = null;
  }
  if (own === null || FOLLOW_UP.test(lower)) return null;
  const masked = lower.slice(0, own.index) + " ".repeat(own[0].length) + lower.slice(own.index + own[0].length);
  const event = AFTER_EVENT.exec(masked) ?? EVENT_THEN.exec(masked);
  if (event === null) return null;
  const sentenceStart = Math.max(masked.lastIndexOf(".", event.index), masked.lastIndexOf("\n", event.index)) + 1;
  if (FOUND_BY_TESTS.test(masked.slice(sentenceStart, event.index + event[0].length))) return null;
  const ownDate = dayOfYear(own[3]);
  const eventDate = dayOfYear(event[3]);
  let gap: number;
  if (ownDate !== null && eventDate !== null) {
    gap = ownDate - eventDate;
    if (gap < -300) gap += 372; // across new year
    if (gap <= 0 || gap >= 40) return null;
  } else {
    const from = weekdayIndex(event[1], event[2]);
    const to = weekdayIndex(own[1], own[2]);
    if (from < 0 || to < 0) return null;
    gap = (to - from + 7) % 7;
  }
  return gap >= 2 ? { start: event.index, end: event.index + event[0].length, gap } : null;
}
