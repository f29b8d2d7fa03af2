/**
 * Audience-adapted, channel limits [R]: SMS 160 GSM-7 characters (70 in UCS-2) per message, and one typographic
 * character outside GSM-7 halves that (research.md §8.1); social posts 280 characters (research.md §8.3).
 */
import type { Analysis } from "../analysis.js";
import { smsInfo, SMS_LIMITS, SMS_REPLACEMENTS } from "../text/sms.js";
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";

export const SOCIAL_MAX = 280; // characters (code points)

function goesBySms(a: Analysis): boolean {
  return a.kind === "sms" || a.channels.includes("sms");
}

function goesSocial(a: Analysis): boolean {
  return a.kind === "social" || a.channels.includes("social");
}

/** UTF-16 offset where the text stops fitting in one SMS. */
function singleSmsEnd(text: string, gsm: boolean): number {
  if (!gsm) return Math.min(text.length, SMS_LIMITS.ucsSingle);
  let units = 0;
  let offset = 0;
  for (const ch of text) {
    units += "^{}\\[~]|€\f".includes(ch) ? 2 : 1;
    if (units > SMS_LIMITS.gsmSingle) return offset;
    offset += ch.length;
  }
  return text.length;
}

export const AU10: Rule = {
  id: "AU10",
  principle: "audienceAdapted",
  name: "SMS longer than one message",
  severity: "warn",
  points: 12,
  repeat: 0,
  cap: 12,
  check(a) {
    if (!goesBySms(a)) return [];
    const info = a.memo("sms", () => smsInfo(a.body.text));
    if (info.segments <= 1) return [];
    const gsm = info.encoding === "GSM-7";
    const limit = gsm ? SMS_LIMITS.gsmSingle : SMS_LIMITS.ucsSingle;
    return [
      {
        span: span("body", singleSmsEnd(a.body.text, gsm), a.body.text.length),
        message: t(
          `Som SMS blir texten ${info.segments} delar (${info.units} tecken i ${info.encoding}; ett SMS rymmer ${limit}).`,
          `As an SMS the text becomes ${info.segments} parts (${info.units} characters in ${info.encoding}; one SMS holds ${limit}).`,
        ),
        suggestion: t(
          "Skriv en kort SMS-version: vad som hänt, vad mottagaren ska göra, var hen läser mer.",
          "Write a short SMS version: what happened, what to do, where to read more.",
        ),
      },
    ];
  },
};

const EMOJI = /\p{Extended_Pictographic}/u;

export const AU11: Rule = {
  id: "AU11",
  principle: "audienceAdapted",
  name: "character that forces Unicode SMS",
  severity: "info",
  points: 4,
  repeat: 2,
  cap: 10,
  check(a) {
    if (!goesBySms(a)) return [];
    const info = a.memo("sms", () => smsInfo(a.body.text));
    const out: Draft[] = [];
    for (const o of info.offenders) {
      const replacement = SMS_REPLACEMENTS[o.char];
      const emoji = EMOJI.test(o.char);
      if (replacement === undefined && !emoji) continue; // e.g. Cyrillic in a translation: nothing to swap
      out.push({
        span: span("body", o.index, o.index + o.char.length),
        message: t(
          `Tecknet ${q(o.char)} finns inte i SMS-alfabetet GSM-7: ett SMS rymmer då bara 70 tecken i stället för 160.`,
          `The character ${q(o.char)} is not in the GSM-7 SMS alphabet: one SMS then holds 70 characters instead of 160.`,
        ),
        suggestion: emoji
          ? t("Ta bort symbolen.", "Remove the symbol.")
          : t(`Skriv ${q(replacement ?? "")} i stället.`, `Use ${q(replacement ?? "")} instead.`),
      });
    }
    return out;
  },
};

export const AU12: Rule = {
  id: "AU12",
  principle: "audienceAdapted",
  name: "social post too long",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  check(a) {
    if (!goesSocial(a)) return [];
    const chars = [...a.body.text];
    if (chars.length <= SOCIAL_MAX) return [];
    const cut = chars.slice(0, SOCIAL_MAX).join("").length;
    return [
      {
        span: span("body", cut, a.body.text.length),
        message: t(
          `Inlägget har ${chars.length} tecken; ${SOCIAL_MAX} får plats i ett inlägg.`,
          `The post has ${chars.length} characters; ${SOCIAL_MAX} fit in one post.`,
        ),
        suggestion: t(
          "Skriv det viktigaste först och länka till resten.",
          "Put the essentials first and link to the rest.",
        ),
      },
    ];
  },
};
