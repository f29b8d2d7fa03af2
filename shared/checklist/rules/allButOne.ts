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
    all: /(?<!\p{L})(?:alla|samtliga) (?:\p{L}+ )?(?:skolor|förskolor|skolorna|förskolorna)(?: \p{L}+){0,4}? (?:är|har) (?:\p{L}+ )?(?:öppna|öppet)(?!\p{L})|(?<!\p{L})all (?:\p{L}+ )?schools(?: \p{L}+){0,4}? (?:are|will be) (?:\p{L}+ )?open(?!\p{L})/u,
    // The school itself, not a room of it ("Idrottshallen vid Norrskolan är stängd").
    one: /(?<!\p{L})(?<!(?:vid|på|i|at|of|in) )\p{L}+(?:skolan|skola|förskolan|förskola) (?:\p{L}+ )?(?:är|hålls|håller) (?:\p{L}+ )?(?:stängd|stängt|stängda)(?!\p{L})|(?<!\p{L})(?<!(?:at|of|in) (?:\p{L}+ )?)\p{L}+ (?:school|primary|academy) (?:\p{L}+ )?(?:is|will be|remains) (?:\p{L}+ )?closed(?!\p{L})/u,
  },
  {
    all: /(?<!\p{L})(?:every|all)(?: \p{L}+){0,2}? (?:residents?|households?|people|evacuees)(?: \p{L}+){0,3}? (?:now )?(?:can|may|are able to|are now able to|are free to) (?:now )?(?:go (?:back )?home|return)(?!\p{L})|(?<!\p{L})(?:alla|samtliga)(?: \p{L}+){0,2}? (?:boende|evakuerade|hushåll)(?: \p{L}+){0,3}? (?:kan|får) (?:nu )?(?:återvända|flytta tillbaka|gå hem|åka hem)(?!\p{L})/u,
    one: /(?<!\p{L})(?:residents|people|households|those) (?:of|at|in|on) (?:\p{L}+ ){0,2}?(?:\d+(?:\s?[–-]\s?\d+)?|\p{L}+) (?:\p{L}+ ){0,3}?(?:must|should|need to|will need to) (?:stay away|not return|wait)|(?:boende|hushåll\p{L}*|de) (?:på|i|vid) (?:\p{L}+ ){0,2}?(?:\d+(?:\s?[–-]\s?\d+)?|\p{L}+) (?:\p{L}+ ){0,3}?(?:kan inte|får inte|ska inte|måste vänta|behöver vänta)(?!\p{L})/u,
  },
  {
    all: /(?<!\p{L})all (?:\p{L}+ ){0,4}?collections(?: \p{L}+){0,3}? (?:will )?(?:go ahead|run|take place|be made) as (?:normal|usual)(?!\p{L})|(?<!\p{L})(?:all|alla) (?:\p{L}+ ){0,3}?(?:buses|services|bussar|turer|avgångar|tömningar|hämtningar)(?: \p{L}+){0,3}? (?:run|are running|will run|går|körs|sker) (?:\p{L}+ )?(?:as (?:normal|usual)|som vanligt|enligt (?:ordinarie|vanlig) tidtabell)(?!\p{L})/u,
    one: /(?<!\p{L})(?:collections?|services?|buses|routes?|line|tömning\p{L}*|hämtning\p{L}*|linje|turer|bussar(?:na)?) (?:\p{L}+ ){0,4}?(?:are|is|will be|är|blir) (?:\p{L}+ )?(?:suspended|cancelled|canceled|not running|inställd\p{L}*|struken|strukna)(?!\p{L})/u,
  },
];
const EXCEPTION =
  /(?<!\p{L})(?:other|others|andra|övriga|utom|förutom|med undantag|except|excluding|apart from|other than|but|however|men|dock|undantag\p{L}*|exception\p{L}*)(?!\p{L})/u;

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
