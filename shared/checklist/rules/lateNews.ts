/**
 * FS14: the first word days after the event. "Lunnebo kommun drabbades av ett dataintrång i torsdags kväll, den 7
 * november. Nu, måndag 11 november, vill vi informera …", "On Friday evening, 8 March, the council was hit by a cyber
 * attack. We are now, on Wednesday 13 March, able to share some information": the text itself says the public waited
 * days for the first word of what happened. A follow-up that tells news now ("Nu kan vi berätta att ledningen är
 * lagad", "able to share the timetable") is not first word, and a wait for results is a reason (a code review) (MSB: snabb, inform early, even when not everything is known; CERC: be first). A reason for the wait
 * ("på polisens begäran", "at the request of the police") is left to the reviewer.
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { firstDay } from "./staleDates.js";

const NOW_TELLING =
  /(?<!\p{L})(?:(?:först )?nu(?:,[^,]{1,40},)? (?:\p{L}+ ){0,3}?(?:vill|kan) (?:vi|kommunen) (?:\p{L}+ )?(?:informera|berätta|gå ut med|dela|lämna) (?:\p{L}+ )?(?:om vad som (?:har )?(?:hänt|inträffat)|information om (?:händelsen|vad som)|(?:lite |viss |en del )?information)|(?:we are|we're|the council is) now(?:,[^,]{1,40},)? able to (?:share|give|provide) (?:some |more |initial |the first )?(?:information|details)(?! (?:about|on) (?:the )?(?:timetable|reopening|repairs?|progress))|(?:we are|we're) now (?:able to )?(?:tell|inform) you (?:about )?what (?:has )?happened)(?!\p{L})/u;
const REASON_FOR_WAIT =
  /(?<!\p{L})(?:analys\p{L}*|provsvar\p{L}*|utredning\p{L}*|results?|analys[ie]s|investigation|på (?:polisens |\p{L}+ )?begäran|at the request of|because|eftersom|på grund av|due to|av hänsyn till|för att inte försvåra|so as not to)(?!\p{L})/u;

const dayOfYear = (m: number, d: number) => (m - 1) * 31 + d;

function days(text: string): { m: number; d: number; start: number }[] {
  const out: { m: number; d: number; start: number }[] = [];
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const day = firstDay(text.slice(from));
    if (day === null) break;
    out.push({ m: day.m, d: day.d, start: from + day.start });
    from += day.end;
  }
  return out;
}

export const FS14: Rule = {
  id: "FS14",
  principle: "fast",
  name: "the first word days after the event",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    for (const f of a.fields) {
      const now = NOW_TELLING.exec(f.lower);
      if (now === null) continue;
      const sentence = f.sentences.find((s) => s.start <= now.index && now.index < s.end);
      if (sentence === undefined) continue;
      const told = f.lower.slice(sentence.start, sentence.end);
      if (a.fields.some((g) => REASON_FOR_WAIT.test(g.lower))) return [];
      const nowDay = days(told)[0];
      if (nowDay === undefined) continue;
      const earlier = a.fields
        .flatMap((g) => days(g.lower).map((x) => ({ ...x, g })))
        .filter((x) => !(x.g === f && x.start >= sentence.start && x.start < sentence.end));
      let gap = 0;
      for (const x of earlier) {
        let diff = dayOfYear(nowDay.m, nowDay.d) - dayOfYear(x.m, x.d);
        if (diff < -300) diff += 372; // across new year
        if (diff > gap && diff < 60) gap = diff;
      }
      if (gap < 2) continue;
      return [
        {
          span: span(f.name, now.index, now.index + now[0].length),
          message: t(
            `Texten säger själv att allmänheten fick vänta ${gap} dagar på första beskedet.`,
            `The text itself says the public waited ${gap} days for the first word.`,
          ),
          suggestion: t(
            "Gå ut samma dag med det ni vet, det ni inte vet och när nästa besked kommer.",
            "Go out the same day with what you know, what you do not, and when the next word comes.",
          ),
        },
      ];
    }
    return [];
  },
};
