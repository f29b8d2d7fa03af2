/**
 * AC20: an FAQ answer to "where" that names no place. "Var kan jag hämta dricksvatten?" answered with "Vi har ställt ut
 * vattentankar i området" sends the caller out to search (CDC CERC: tell people what to do and where; MSB: the
 * message must be usable on its own). A street, an address, a named building or a kind of place ("libraries",
 * "skolan") answers; the area the notice covers ("avbrottet i Lövsala") does not, and neither does "in the area".
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { UNKNOWN, questions, type QuestionAndAnswer } from "./unanswered.js";

/** "Var får jag information?": a source, answered by a radio channel or a website, not a place. */
const ASKS_SOURCE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:information|info|besked|nyheter|veta mer|reda på|news|updates|find out|learn more|vända mig|vänder mig|vänder jag mig|få hjälp|behöver hjälp|anmäla|rapportera|kontakta|get help|need help|turn|report|contact)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ASKS_WHERE =
  /^(?:var (?:kan|ska|skall|finns|får|hämtar|hittar|bör)|vart (?:ska|kan|går|vänder)|where (?:can|do|should|is|are|will|must)|which (?:place|location|shelter|centre|center))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A place by its kind, or a street or building word. */
const PLACE_WORD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:gatan|vägen|torget|platsen|skolan|skola|hallen|huset|gården|kyrkan|stationen|centret|centrum|biblioteket|bibliotek)|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:stationer|stationerna|punkter|punkterna|stugor|stugan|stuga|tappställe|tappstället|platser|idrottsplatsen)|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*trygghetspunkt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:fire|police|ambulance|train|bus) stations|(?:library|libraries|mall|malls|schools?|church|hall|halls|centres?|centers?|station|parks?|square|plaza|arena|stadium|road|street|avenue|lane|drive|way)|(?:rd|st|ave|dr)\.)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A lake, river or ridge by its name ("Våra största sjöar Ringsjön och Vombsjön"): twenty-third round, blind60. */
const NAMED_WATER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])\p{Lu}\p{Ll}+(?:sjön|älven|viken|åsen|fjärden|berget)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A named place after a preposition: "vid Granviks torg", "at Grace Community Church". */
const NAMED_AT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vid|på|i|at|on|in|till|to|ur|från|from|out of|utanför|bredvid|outside|next to|near|nära) (?:the )?\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u;
const NAMED_AT_ALL = new RegExp(NAMED_AT.source, "gu");
/** "Stay where you are", "Stanna inomhus": the answer is to stay. */
const STAY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:stay (?:where you are|indoors|inside|home|put)|shelter (?:indoors|in place)|stanna (?:hemma|inomhus|kvar|där du är))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The area the notice covers, not where to go: "berörs av avbrottet i Lövsala", "affected by the outage in …". */
const AREA_BEFORE =
  /(?:avbrottet|avstängningen|läckan|berörs|drabbade|drabbats|gäller|affected|outage|break|notice|advisory) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}$/u;

function namesPlace(a: Analysis, qa: QuestionAndAnswer): boolean {
  const text = a.body.text.slice(qa.from, qa.to);
  const lower = text.toLowerCase();
  if (lower.trim() === "" || UNKNOWN.test(lower)) return true;
  if (PLACE_WORD.test(lower) || STAY.test(lower) || NAMED_WATER.test(text)) return true;
  for (const m of text.matchAll(NAMED_AT_ALL))
    if (!AREA_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

export const AC20: Rule = {
  id: "AC20",
  principle: "active",
  name: "an FAQ answer to 'where' with no place",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["faq"],
  languages: ["sv", "en"],
  check(a) {
    const unanswered = questions(a).find(
      (qa) => ASKS_WHERE.test(qa.question) && !ASKS_SOURCE.test(qa.question) && !namesPlace(a, qa),
    );
    if (unanswered === undefined) return [];
    return [
      {
        span: span(unanswered.field, unanswered.at, unanswered.atEnd),
        message: t(
          "Frågan gäller var, men svaret nämner ingen plats: ingen adress, gata eller byggnad.",
          "The question asks where, but the answer names no place: no address, street or building.",
        ),
        suggestion: t(
          "Säg var: ”Vattentankar står vid Ekeröds skola, Skolvägen 4, och vid Konsum på Byvägen.”",
          "Say where: “Water tanks are at Ekeröd School, 4 School Road, and outside the Co-op on Main Street.”",
        ),
      },
    ];
  },
};
