/**
 * AU25: a light tone about a death or serious injury. "Yikes!! Nasty crash … 😬😬 Sadly one person didn't make it 😢 …
 * grab a coffee ☕ and take Route 4 instead 👍": the playful marks and words tell the bereaved and everyone else that
 * the sender does not take it seriously (MSB: respectful, adapted to those affected; CERC: express empathy). A siren
 * (🚨) or a sad face is the register authorities use; a grin, a thumbs-up or "oops" is not.
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const DEATH: Record<"sv" | "en", RegExp> = {
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:died|dead|killed|fatal(?:ity|ities)?|(?:did not|didn['’]t) make it|lost (?:his|her|their) li(?:fe|ves)|passed away|seriously injured|critical(?:ly)? (?:condition|injured))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:omkom[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avled|avlidit|dödsolycka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|död(?:a|en)?|dog|livshotande|allvarligt skadad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|svårt skadad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
const PLAYFUL =
  /[😬😅😂🤣😜😉🙃😎👍🎉🥳🙈😆😁😄😀🤪🤷]|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:yikes|oops|whoops|lol|haha|hoppsan|oj oj|grab a coffee|ta en kaffe)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** "Nobody was seriously injured", "ingen … omkom", "dead trees", "döda fåglar": no one died (a code review). */
const DENIED_BEFORE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:nobody|no one|no-one|none|not|never|ingen|inga|inte|ej|utan att)(?:\s+[A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,4}\s*$/u;
const NOT_PEOPLE_AFTER =
  /^\s+(?:trees?|branches|birds?|fish|animals?|wildlife|leaves|träd(?:en)?|grenar|fåglar(?:na)?|fiskar|djur(?:en)?|vilt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function someDeath(re: RegExp, text: string): boolean {
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!DENIED_BEFORE.test(before) && !NOT_PEOPLE_AFTER.test(after)) return true;
  }
  return false;
}

export const AU25: Rule = {
  id: "AU25",
  principle: "audienceAdapted",
  name: "a light tone about a death",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (!a.fields.some((f) => PLAYFUL.test(f.lower))) return [];
    const death = a.family === "sv" ? DEATH.sv : a.family === "en" ? DEATH.en : null;
    if (death === null || !a.fields.some((f) => someDeath(death, f.lower))) return [];
    for (const f of a.fields) {
      const m = PLAYFUL.exec(f.lower);
      if (m === null) continue;
      return [
        {
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            `${m[0]} i en text om en död eller svårt skadad: tonen säger att avsändaren inte tar det på allvar.`,
            `${m[0]} in a text about a death or a serious injury: the tone says the sender does not take it seriously.`,
          ),
          suggestion: t(
            "Skriv sakligt och med respekt för de drabbade, utan skämt eller glada symboler.",
            "Write plainly and with respect for those affected, without jokes or cheerful symbols.",
          ),
        },
      ];
    }
    return [];
  },
};
