/**
 * AU24: a message in English whose every way onwards is in Swedish. "Call 0570-84 10 00 (Swedish only)", "read
 * tallmark.se/brand (in Swedish only)": the English reader, a visitor or a newcomer, is told there is more and that it
 * is not for them (MSB: information to those who do not speak Swedish is part of the crisis message; Språklagen §11
 * with the municipality's own language policy). A route in English beside it ("English at …/en", "interpreters
 * available") is enough. Marking a link's language is good practice ("Read more at polisen.se (in Swedish)", and the
 * English VMA's "For more information in Swedish, listen to P4"), so on a page it is a warning for the reviewer; an SMS
 * is the whole message, and a Swedish-only line is all the reader is given: an error. So are two routes both marked
 * Swedish-only.
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { smsOnly } from "./substance.js";

const SWEDISH_ONLY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\(?(?:in )?swedish only\)?|only in swedish|\(in swedish\)|answered in swedish(?! and| or|,)|in swedish language only|swedish-language only|(?:which|that) is (?:only )?in swedish)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
/** SWEDISH_ONLY without the global flag, for a test that must keep no lastIndex. */
const SWEDISH_ONLY_ONE = new RegExp(SWEDISH_ONLY.source, "u");
const ROUTE = /(?:\d[\d ()-]{5,}\d|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:call|phone|email|e-mail)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))/u;
const ENGLISH_ROUTE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:in english|english version|english at|english on|interpret[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|translat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|other languages)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\/en(?:glish)?(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])/u;

export const AU24: Rule = {
  id: "AU24",
  principle: "audienceAdapted",
  name: "the only routes onwards are in Swedish",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 20,
  languages: ["en"],
  check(a): Draft[] {
    for (const f of a.fields) {
      if (!f.lower.includes("swedish")) continue;
      const marks = [...f.lower.matchAll(SWEDISH_ONLY)];
      const m = marks[0];
      if (m === undefined) continue;
      if (a.fields.some((g) => ENGLISH_ROUTE.test(g.lower))) return [];
      // Two routes both marked Swedish-only ("norrmarka.se/vatten (in Swedish only) or call …, where questions are
      // answered in Swedish") leave the reader nowhere: an error on a page too (twentieth round, blind36 and blind38).
      // A telephone route not marked Swedish-only ("For questions, call 0650-55 10 00") is somewhere to turn.
      const unmarkedRoute = a.fields.some((g) =>
        g.sentences.some((x) => {
          const sentence = g.lower.slice(x.start, x.end);
          return ROUTE.test(sentence) && !SWEDISH_ONLY_ONE.test(sentence);
        }),
      );
      const nowhere = smsOnly(a) || (marks.length >= 2 && !unmarkedRoute);
      return [
        {
          ...(nowhere ? { severity: "error" as const, points: 20 } : {}),
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            "Meddelandet är på engelska men vägarna till mer information är bara på svenska.",
            "The message is in English, but its routes to more information are in Swedish only.",
          ),
          suggestion: t(
            "Ge en väg på engelska: en sida på engelska, ett nummer där någon svarar på engelska, eller tolk.",
            "Give a route in English: a page in English, a number answered in English, or an interpreter.",
          ),
        },
      ];
    }
    return [];
  },
};
