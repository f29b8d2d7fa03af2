/**
 * Audience-adapted: a tone some readers cannot read as it is meant. Capitals are slower to read for everyone and
 * hardest for readers with dyslexia or another first language, and screen readers may spell them out letter by letter;
 * irony and jokes are read literally by someone reading in a second language, reading easy Swedish or reading in
 * worry (Språkrådet's klarspråk advice: write plainly, avoid irony; MTM on easy Swedish). IM5, IM9 and IM10 judge the
 * same text as shouting or mockery (impartial); this rule judges whether the reader can read it at all.
 */
import { capsSpans } from "../text/caps.js";
import { findAll, rangeIndexAt } from "../text/match.js";
import { q, span, t } from "../text/spans.js";
import type { Draft, Rule } from "../types.js";
import { idiomPile } from "./idioms.js";
import { mockeryHits, shoutedText } from "./impartial.js";

/** Winks, eye-rolls, laughter and their typed forms: the writer signalling "not meant literally". */
const IRONY_MARK =
  /(?:😉|😜|😝|🙄|😂|🤣|😏|🙃|😅|🤪|😆)|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(?:;-?\)|:-?[pP](?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])|[xX]D(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])|(?:ha){2,}|(?:he){2,}|lol|lmao)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])/gu;

function capitals(a: Parameters<Rule["check"]>[0]): Draft | null {
  const shouted = shoutedText(a);
  if (shouted === null) return null;
  const first =
    shouted === "title"
      ? span("title", 0, a.title.text.length)
      : a.fields
          .flatMap((f) =>
            a
              .memo(`caps:${f.name}`, () => capsSpans(f))
              .filter((c) => c.kind === "shout")
              .map((c) => span(f.name, c.start, c.end)),
          )
          .at(0);
  return {
    ...(first === undefined ? {} : { span: first }),
    message: t(
      "Versaler är svåra att läsa, mest för den som har lässvårigheter eller läser på sitt andraspråk, och skärmläsare kan läsa upp dem bokstav för bokstav.",
      "Capitals are hard to read, most of all for readers with dyslexia or another first language, and screen readers may spell them out letter by letter.",
    ),
    suggestion: t("Skriv med vanliga bokstäver.", "Write in normal case."),
  };
}

function irony(a: Parameters<Rule["check"]>[0]): Draft | null {
  const joke = mockeryHits(a)[0];
  if (joke !== undefined)
    return {
      span: span(joke.field.name, joke.hit.start, joke.hit.end),
      message: t(
        `${q(joke.hit.text)}: ironi och skämt läses bokstavligt av den som läser på sitt andraspråk, läser lättläst eller är orolig.`,
        `${q(joke.hit.text)}: irony and jokes are read literally by readers in a second language, readers of easy language and worried readers.`,
      ),
      suggestion: t("Säg det rakt, utan skämt.", "Say it plainly, without jokes."),
    };
  for (const field of a.fields) {
    const mark = findAll(field.text, IRONY_MARK).find((h) => rangeIndexAt(field.excluded, h.start) < 0);
    if (mark !== undefined)
      return {
        span: span(field.name, mark.start, mark.end),
        message: t(
          `${q(mark.text)} signalerar ironi eller skämt, som läses bokstavligt av den som läser på sitt andraspråk, läser lättläst eller är orolig.`,
          `${q(mark.text)} signals irony or a joke, which readers in a second language, readers of easy language and worried readers take literally.`,
        ),
        suggestion: t("Ta bort den och säg det rakt.", "Remove it and say it plainly."),
      };
  }
  return null;
}

export const AU23: Rule = {
  id: "AU23",
  principle: "audienceAdapted",
  name: "capitals or irony the reader may misread",
  severity: "warn",
  points: 10,
  repeat: 10,
  cap: 20,
  check(a) {
    return [capitals(a), irony(a), idiomPile(a)].filter((d): d is Draft => d !== null);
  },
};
