/**
 * FA15, twenty-fourth round: a statement about all of a kind, and one of that kind told the opposite in another
 * sentence with no "utom"/"except" anywhere. "Alla kommunens skolor är öppna som vanligt i dag" / "Tallbackaskolan är
 * stängd i dag", "Every evacuated resident can now go home" / "Residents of 14–22 Harcourt Avenue must stay away", "All
 * collections will go ahead as normal" / "collections in Ashby ward are suspended". Whoever reads the first sentence
 * of the two acts on it (MSB: korrekt information; CDC CERC "Be right"). Said as an exception ("utom", "except",
 * "förutom", "but", "however"), it is one.
 */
import type { FieldText, Sentence } from "../analysis.js";
import { dayNamed } from "./scope.js";

interface Kind {
  /** All of the kind, in a state that lets people go ahead. */
  all: RegExp;
  /** One of the kind (a name or a part), in the state that stops them. */
  one: RegExp;
}

const KINDS: readonly Kind[] = [
  {
    all: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:alla|samtliga) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:skolor|förskolor|skolorna|förskolorna)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,4}? (?:är|har) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:öppna|öppet)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])all (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?schools(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,4}? (?:are|will be) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?open(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    // The school itself, not a room of it ("Idrottshallen vid Norrskolan är stängd").
    one: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?<!(?:vid|på|i|at|of|in) )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:skolan|skola|förskolan|förskola) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:är|hålls|håller) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:stängd|stängt|stängda)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?<!(?:at|of|in) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?)[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ (?:school|primary|academy) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:is|will be|remains) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?closed(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  },
  {
    all: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:every|all)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:residents?|households?|people|evacuees)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:now )?(?:can|may|are able to|are now able to|are free to) (?:now )?(?:go (?:back )?home|return)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:alla|samtliga)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:boende|evakuerade|hushåll)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:kan|får) (?:nu )?(?:återvända|flytta tillbaka|gå hem|åka hem)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    one: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:residents|people|households|those) (?:of|at|in|on) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:\d+(?:\s?[–-]\s?\d+)?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:must|should|need to|will need to) (?:stay away|not return|wait)|(?:boende|hushåll[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|de) (?:på|i|vid) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:\d+(?:\s?[–-]\s?\d+)?|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:kan inte|får inte|ska inte|måste vänta|behöver vänta)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  },
  {
    all: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])all (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?collections(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:will )?(?:go ahead|run|take place|be made) as (?:normal|usual)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:all|alla) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:buses|services|bussar|turer|avgångar|tömningar|hämtningar)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:run|are running|will run|går|körs|sker) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:as (?:normal|usual)|som vanligt|enligt (?:ordinarie|vanlig) tidtabell)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
    one: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:collections?|services?|buses|routes?|line|tömning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hämtning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|linje|turer|bussar(?:na)?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:are|is|will be|är|blir) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:suspended|cancelled|canceled|not running|inställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|struken|strukna)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u,
  },
];
const EXCEPTION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:other|others|andra|övriga|utom|förutom|med undantag|except|excluding|apart from|other than|but|however|men|dock|undantag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|exception[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export interface AllButOneClash {
  field: FieldText;
  sentence: Sentence;
  start: number;
  end: number;
  other: string;
}

export function allButOne(fields: readonly FieldText[]): AllButOneClash | null {
  if (fields.some((f) => EXCEPTION.test(f.lower))) return null;
  if (!KINDS.some((k) => fields.some((f) => k.all.test(f.lower)))) return null;
  const sentences = fields.flatMap((field) =>
    field.sentences
      .filter((s) => !s.question)
      .map((sentence) => ({ field, sentence, text: field.lower.slice(sentence.start, sentence.end) })),
  );
  for (const kind of KINDS) {
    if (!fields.some((f) => kind.all.test(f.lower))) continue;
    const all = sentences.map((x) => ({ x, m: kind.all.exec(x.text) })).find((y) => y.m !== null);
    if (all === undefined || all.m === null) continue;
    const allDay = dayNamed(all.x.text);
    const one = sentences.find((x) => {
      if (x === all.x || !kind.one.test(x.text)) return false;
      const day = dayNamed(x.text);
      return day === "" || allDay === "" || day === allDay;
    });
    if (one === undefined) continue;
    const start = all.x.sentence.start + all.m.index;
    return {
      field: all.x.field,
      sentence: all.x.sentence,
      start,
      end: start + all.m[0].length,
      other: one.field.text.slice(one.sentence.start, one.sentence.end).trim(),
    };
  }
  return null;
}
