/**
 * FA15, twenty-fourth round: advice and its opposite in one message. "Ta med legitimation" / "Du behöver inte visa
 * legitimation", "No need to register – just walk in" / "Please register online before you arrive", "Håll fönster och
 * dörrar stängda" / "Öppna gärna fönstren nu och vädra". The reader can follow only one of them (MSB: korrekt
 * information; CDC CERC: consistent messages). Advice for a case ("om", "if", "unless", "except") or another time of
 * day ("på natten", "at night") is two pieces of advice, not one turned round; so is one told after something has
 * passed ("när röken har dragit förbi", "once the smoke has cleared").
 */
import type { FieldText, Sentence } from "../analysis.js";
import { placesNamed } from "./scope.js";

/** Verbs that ask for the same thing, by family: bringing and showing, calling, registering, boiling. */
const FAMILIES: readonly (readonly string[])[] = [
  ["ta med", "ha med", "visa", "bring", "show", "take", "carry"],
  ["ring", "ringa", "kontakta", "call", "phone", "contact"],
  ["registrera", "anmäl", "anmäla", "boka", "register", "sign up", "book"],
  ["koka", "boil"],
  ["spola", "flush", "run"],
];
const VERB = FAMILIES.flat()
  .sort((x, y) => y.length - x.length)
  .join("|");

/** "Du behöver inte visa legitimation", "You don't need to bring any documents", "No need to register". */
const NO_NEED = new RegExp(
  String.raw`(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:behöver (?:du |ni )?inte|måste (?:du |ni )?inte|(?:do not|don't|does not|doesn't) need to|(?:do not|don't) have to|no need to|need not|there is no need to)(?: (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,1}?)? ?(${VERB})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])((?: [A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+){0,4})`,
  "u",
);
/** The same verb as an instruction: at a clause's start, or after "please", "ska", "måste", "must", "need to". */
const DO = new RegExp(
  String.raw`(?:^|[,;–—(]\s*|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:och|and|please|vänligen|ska|måste|must|need to|should|bör) )(${VERB})(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])((?: [A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+){0,4})`,
  "u",
);
/** Advice for a case, an exception or a limit: two pieces of advice. */
const CASE =
  /^\s*(?:for|för) [^,]{1,40},|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:om|if|unless|såvida|utom|förutom|except|only|endast|bara|enbart|för att|in order to|so that|så att|istället|instead)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A case for windows and doors: purpose ("så att lukten går ut") is no case, "om du kan" no condition. */
const WINDOW_CASE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:om|if|unless|såvida|utom|förutom|except|only|endast|bara|enbart)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const HEDGE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:om (?:du|ni) kan|om möjligt|if (?:you )?can|if possible)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu;
const windowCase = (text: string) => WINDOW_CASE.test(text.replace(HEDGE, ""));

const CLOSE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:stäng[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:fönster|fönstren|dörr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ventilation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|håll (?:fönster|fönstren|dörr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? stängda|close (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:windows|doors|vents)|keep (?:your |the |all )?(?:windows|doors|vents)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:closed|shut))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const OPEN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:öppna (?:gärna |alla |dina )?(?:fönster|fönstren|dörr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|vädra|open (?:your |the |all )?(?:windows|doors)|air (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?out|ventilate)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Another time, or after the danger: "på natten", "at night", "när röken har dragit förbi", "once it has cleared". */
const OTHER_TIME =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:övriga|other|rest|andra|side|sidan|sida|room|rooms|rum|rummet|floor|våning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|när|efter|innan|tills|sedan|då|once|after|when|before|until|later|natt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kväll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|morgon[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dagtid|night|evening|morning|daytime|inte|not|don't|never|aldrig)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const STOP = new Set([
  "något",
  "någonting",
  "anything",
  "nothing",
  "inget",
  "ingenting",
  "any",
  "some",
  "your",
  "the",
  "a",
  "an",
  "din",
  "ditt",
  "dina",
  "er",
  "ert",
  "era",
  "egen",
  "eget",
]);
const stems = (words: string) =>
  new Set(
    words
      .trim()
      .split(/\s+/u)
      .filter((w) => (w.length >= 4 || /^\d{3,}$/u.test(w) || /^(?:id|tap|taps|us|oss)$/u.test(w)) && !STOP.has(w))
      .map((w) => (w === "taps" ? "tap" : w.slice(0, 5))),
  );
/** "Boil water notice for Northfield": a verb that names a notice is no instruction. */
const NOTICE_NAME =
  /^(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2} (?:notice|advisory|order|alert|rekommendation[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|varning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const family = (verb: string) => FAMILIES.findIndex((f) => f.includes(verb));

export interface AdviceClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

interface Said {
  field: FieldText;
  sentence: Sentence;
  text: string;
}

function sentencesOf(fields: readonly FieldText[]): Said[] {
  const out: Said[] = [];
  for (const field of fields)
    for (const sentence of field.sentences)
      if (!sentence.question) out.push({ field, sentence, text: field.lower.slice(sentence.start, sentence.end) });
  return out;
}

/** "No need to X" beside "X": the same verb (or one of its family with the same object). */
function noNeedAndDo(all: readonly Said[]): AdviceClash | null {
  for (const n of all) {
    const no = NO_NEED.exec(n.text);
    // "No need to boil water for washing": the advice limited to some uses.
    if (
      no === null ||
      CASE.test(n.text) ||
      /^(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+){0,3} (?:for|för|till)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.test(
        n.text.slice(no.index + no[0].length - (no[2]?.length ?? 0)),
      )
    )
      continue;
    const verb = no[1] ?? "";
    const object = stems(no[2] ?? "");
    for (const d of all) {
      if (d === n) continue;
      const yes = DO.exec(d.text);
      if (yes === null || CASE.test(d.text) || NO_NEED.test(d.text) || NOTICE_NAME.test(yes[2] ?? "")) continue;
      const other = yes[1] ?? "";
      const objectToo = stems(yes[2] ?? "");
      const sameObject = [...object].some((w) => objectToo.has(w));
      const bare = object.size === 0 || objectToo.size === 0;
      if (!((other === verb && (sameObject || bare)) || (family(other) === family(verb) && sameObject))) continue;
      const start = n.sentence.start + no.index;
      return {
        field: n.field,
        sentence: n.sentence,
        start,
        end: start + no[0].length,
        other: d.field.text.slice(d.sentence.start, d.sentence.end).trim(),
      };
    }
  }
  return null;
}

/** Windows and doors kept shut, and opened, at the same time. */
const placesOf = (x: Said) => new Set(placesNamed(x.field.text.slice(x.sentence.start, x.sentence.end)));

function closeAndOpen(all: readonly Said[]): AdviceClash | null {
  const close = all.find((x) => CLOSE.test(x.text) && !OTHER_TIME.test(x.text) && !windowCase(x.text));
  if (close === undefined) return null;
  for (const o of all) {
    if (o === close) continue;
    const m = OPEN.exec(o.text);
    if (m === null || OTHER_TIME.test(o.text) || windowCase(o.text)) continue;
    const here = placesOf(o);
    const there = placesOf(close);
    if (here.size > 0 && there.size > 0 && ![...here].some((p) => there.has(p))) continue;
    const start = o.sentence.start + m.index;
    return {
      field: o.field,
      sentence: o.sentence,
      start,
      end: start + m[0].length,
      other: close.field.text.slice(close.sentence.start, close.sentence.end).trim(),
    };
  }
  return null;
}

export function adviceAndItsOpposite(fields: readonly FieldText[]): AdviceClash | null {
  // Most texts hold neither "no need to" nor windows kept shut: one scan of each field first.
  const noNeed = fields.some((f) => NO_NEED.test(f.lower));
  const close = fields.some((f) => CLOSE.test(f.lower));
  if (!noNeed && !close) return null;
  const all = sentencesOf(fields);
  return (noNeed ? noNeedAndDo(all) : null) ?? (close ? closeAndOpen(all) : null);
}
