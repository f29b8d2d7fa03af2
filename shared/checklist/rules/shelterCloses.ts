/**
 * AC22: a shelter closes and nobody says where its people go. "The rest centre will close at 8pm tonight",
 * "Evakueringsplatsen stänger i kväll" while the fire still burns: those staying there are told to leave with nowhere
 * to go (CDC CERC: say what to do and where; MSB: the message must be usable by those it concerns). Another shelter, a
 * transfer, going home (the order lifted), the need gone (power back) or somewhere to stay answers. Twenty-first round, from three studied sets
 * (blind41, blind42, blind44).
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const SHELTER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:evakueringsplats(?:en|er|erna)?|uppsamlingsplats(?:en)?|värmestug(?:an|orna)|trygghetspunkt(?:en|erna)|(?:the |this |our )?(?:emergency |evacuation |storm |overnight )?shelters?|(?:the |this |our )?(?:evacuation|rest|reception|relief|respite) cent(?:er|re)s?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CLOSES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:stänger|stängs|kommer att stänga|ska stänga|läggs ned|avvecklas|will close|closes|is closing|will be closing|will shut|shuts|is shutting|will be closed)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! inte| not| to new)/u;
/** Where its people go: another place, a transfer, home, or a stay arranged. */
const ONWARD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:flytta[rs]? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?till|hänvisas till|i stället|istället|annan evakueringsplats|andra evakueringsplatser|kan (?:nu )?(?:åka|flytta|återvända|gå) hem|återvända|återvänder|flytta hem|får (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?boende|ordna[rt]? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?boende|hävs|hävts|upphävs|upphävts|har hävts|är hävd|moved? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?to|moving (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?to|transferr?(?:ed|ing)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?to|relocat[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?to|another shelter|other shelters|alternative|(?:can|may|are able to|were able to|have) (?:now )?(?:return|returned|go back|gone back|gone) home|return(?:ed|ing)? (?:to their )?home|(?:orders?|evacuations?|warnings?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:(?:has|have) been |(?:is|are|was|were) )?(?:lifted|cancell?ed|rescinded)|all clear|faran är över|inte längre behövs|(?:har|have|has) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:åkt|gått|flyttat|gone|returned) (?:hem|home)|(?:gå|åka|flytta) tillbaka (?:till|hem)|allowed back|back (?:into|to) their homes|(?:öppnar|öppnas) (?:igen|åter) (?:i morgon|kl|klockan|på morgonen)|(?:reopens?|re-opens?|will (?:re)?open(?: again)?) (?:at \d|tomorrow|in the morning)|(?:strömmen|elen|vattnet|värmen) är tillbaka|no longer (?:needed|required)|(?:har|fått|får) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:ström|strömmen|elen|vatten|vattnet|värme|värmen) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:tillbaka|igen)|(?:fått|får) tillbaka (?:strömmen|elen|vattnet|värmen)|(?:ström|el) igen|power (?:has been |is |was )?(?:restored|back)|hotel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|accommodation|rehoused|housed)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Literals every SHELTER match holds, tested first: most texts name no shelter. */
const SHELTER_GATE = /evakueringsplats|uppsamlingsplats|värmestug|trygghetspunkt|shelter|cent/u;
const FORBIDDEN_RETURN =
  /(?:do not|don['’]t|never) (?:return|go back)[^.!?\n]*|(?:återvänd|gå|åk) inte (?:tillbaka|hem)[^.!?\n]*/gu;
const IF = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:om|ifall|if|when|unless)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function closing(a: Analysis): { field: Analysis["body"]; start: number; end: number } | null {
  for (const field of a.fields) {
    if (!SHELTER_GATE.test(field.lower) || !CLOSES.test(field.lower)) continue;
    for (const s of field.sentences) {
      if (s.question) continue;
      const text = field.lower.slice(s.start, s.end);
      const m = SHELTER.exec(text);
      const c = CLOSES.exec(text);
      if (m === null || c === null || IF.test(text.slice(0, c.index))) continue;
      return { field, start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
  }
  return null;
}

export const AC22: Rule = {
  id: "AC22",
  principle: "active",
  name: "a shelter closes with nowhere to go",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    const found = closing(a);
    // "Do not return home until the order is lifted", "Återvänd inte …" forbids the way home; it offers none.
    if (found === null || a.fields.some((f) => ONWARD.test(f.lower.replace(FORBIDDEN_RETURN, " ")))) return [];
    return [
      {
        span: span(found.field.name, found.start, found.end),
        message: t(
          "En evakueringsplats stänger men texten säger inte vart de som bor där ska ta vägen.",
          "A shelter closes, but the text does not say where the people staying there go.",
        ),
        suggestion: t(
          "Säg vart: ”Den som inte kan åka hem får boende på Hagby vandrarhem; buss går kl. 20.”",
          "Say where: “Anyone who cannot go home will be housed at the Mill Hotel; a bus leaves at 7 pm.”",
        ),
      },
    ];
  },
};
