/**
 * AC21: help on offer with no place. "Nödvatten finns utställt", "Cooling centers are open across the county",
 * "Kommunen har öppnat tre trygghetspunkter" tell people that help exists and leave out where it is: they phone the
 * contact centre or drive around looking (CDC CERC: tell people what to do and where; MSB: the message must be usable
 * on its own). A place in the sentence or in the lines after it answers: a named place after "vid", "at", "outside",
 * a street or a building, a list after a colon, or a page or number that lists the places. The town the incident is in
 * ("i Bergeby", "across Harlow City") is no place to go. Twenty-first round, from the studied sets (blind41, blind42,
 * blind44: six such texts, none of them caught). Twenty-third round (blind60, blind62): "Vi ställer ut tankar med
 * nödvatten i Kvarnby", "has opened a relief centre for people who have left their homes".
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

/** Help people go and get: emergency water, warm or cool rooms, shelters, sandbags, charging. */
const RESOURCE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:nödvatten(?:et)?|vattentank(?:en|ar|arna)?|vattenutdelning(?:en)?|tappställe(?:n|t|na)?|trygghetspunkt(?:en|er|erna)?|värmestug(?:a|an|or|orna)|värmerum(?:met|men)?|svalrum(?:met|men)?|evakueringsplats(?:en|er|erna)?|sandsäck(?:ar|arna)?|laddstation(?:en|er|erna)?|cooling (?:cent(?:er|re)s?|stations?|sites?)|warming (?:cent(?:er|re)s?|stations?|sites?)|(?:emergency |evacuation |storm |public )shelters?|evacuation cent(?:er|re)s?|relief cent(?:er|re)s?|rest cent(?:er|re)s?|reception cent(?:er|re)s?|(?:water|ice) distribution (?:points?|sites?|cent(?:er|re)s?)|(?:emergency |free |bottled )water (?:points?|stations?)|water stations?|sandbags?|charging (?:stations?|points?)|comfort stations?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Literals every RESOURCE match holds, tested first: most texts offer no such help. */
const RESOURCE_GATE =
  /nödvatten|vattentank|vattenutdelning|tappställ|trygghetspunkt|värmestug|värmerum|svalrum|evakueringsplats|sandsäck|laddstation|cent|shelter|station|sandbag|site|point|water/u;
/** The help is there now or is being set up: announced, not wished for or conditional. */
const AVAILABLE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:finns|står|ställs ut|ställer (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?ut|har ställts ut|ställt ut|placera[rst]? ut|är utställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|utställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|delas ut|kan hämtas|att hämta|hämta|har öppnat|öppnar|öppnats|är öppen|är öppna|håller öppet|har (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?öppnat|is open|are open|remain open|have opened|has opened|(?:have|has) been opened|will open|are opening|is opening|(?:is|are) (?:now )?available|(?:has|have) been set up|(?:is|are) (?:being )?set up|being handed out|(?:is|are) being distributed|can (?:collect|pick up|get)|(?:are|is) (?:now )?in place)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const READER_NEED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:if|om|ifall) (?:you|your home|du|ni|ditt hem|er bostad) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:need|needs|have no|are without|don['’]t have|do not have|is (?:getting )?(?:cold|hot)|behöver|saknar|är utan|inte har|har inget|har ingen)(?:[^,]*?,|[^,]*?(?= (?:finns|står|är|is|are|has|have)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])))/u;
/** "står" as a verb of place, not "står för" (pays for). */
const STANDS_FOR = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])står för(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Not announced: a condition, a denial or a closure. */
const NOT_OFFERED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:om|ifall|if|in case|whether|inga|ingen|no|closed|closing|stängd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|stänger|stängs|hemma|at home|in your home)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:är|is|are|finns|står) (?:inte|not|ej) (?:längre |longer )?(?:öppen|öppna|open|available|tillgänglig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|utställd[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kvar)?/u;

/**
 * A named place: "vid Lövsala skola", "at Kettle Creek Elementary School", "utanför ICA", "på Torget", "i Folkets hus",
 * "i Holm och Västanå" (one in each village), or a place by its noun: "vid det gamla vattenverket", "at the council
 * depot". Not the whole town: "across Harlow City", "i hela Bergeby".
 */
const NAMED_AT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ]|across |throughout |hela |om )(?:vid|på|i|in|utanför|bredvid|framför|intill|at|outside|next to|near|behind|opposite|inside) (?:the )?\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ\d'’-]+|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vid|utanför|bredvid|framför|intill|at|outside|next to|behind|opposite|inside) (?:det|den|de|the|our|kommunens|the council's) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?!(?:moment|time|times|hours|same|end|start|beginning|latest|earliest|weekend|minute|following|tid|tider|stund|tillfälle|följande)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))\p{Ll}{3,}|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vid|utanför|bredvid|framför|intill) (?!(?:morgonen|förmiddagen|eftermiddagen|kvällen|natten|dagen|helgen|platsen|plats)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))\p{Ll}{3,}(?:en|et|na)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NAMED_AT_ALL = new RegExp(NAMED_AT.source, "gu");
/** A street, a building or a kind of place, an address number, or a line of a list. */
const PLACE_WORD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+(?:gatan|vägen|torget|torg|skolan|skola|hallen|huset|gården|kyrkan|stationen|centret|biblioteket|parkeringen|platsen)|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*(?:äldreboende|vårdboende|förskol|vårdcentral|idrottshall|sporthall)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:library|libraries|school|church|hall|(?:community|civic|recreation|senior|leisure) (?:cent(?:er|re))|station|park|square|arena|stadium|fairgrounds?|parking lot|car park|street|road|avenue|lane|drive|boulevard|highway)|\d+ \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ (?:st|rd|ave|dr|street|road|avenue|lane|drive)|(?:st|rd|ave|dr|blvd)\.)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/iu;
/** The places listed elsewhere: a page, a map or a number given for them. */
const LISTED_ELSEWHERE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:list[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|locations?|adress[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|address[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|platserna|karta[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|map|near(?:est)?|närmaste|find (?:a|your|the)|hitta (?:din|närmaste)|se (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:på|under)|see)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])[^.\n]{0,80}?(?:https?:\/\/|www\.|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\.(?:se|gov|org|com|nu|ie|uk|au|nz|ca|us)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\d{2,4}[- ]?\d{2,3}[- ]?\d{2,4})/u;
/** A list of times, not of places: "at the following times:", "vid följande tider:". */
const TIMES_LISTED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:tider|tiderna|times|hours|dagar|days|dates|datum)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A list follows: "… at these places:" with the places on the lines below. */
const LIST_FOLLOWS = /:\s*$/u;

/** The place said the sentence before: "där", "dit", "there". */
const POINTS_BACK = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:där|dit|there)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function placeNear(a: Analysis, field: Analysis["body"], index: number): boolean {
  const sentences = field.sentences;
  const own = sentences[index];
  if (own === undefined) return true;
  // The sentence before may have placed the same help ("Trygghetspunkten på Ragunda bibliotek öppnade …. På
  // trygghetspunkten …"); the town in the sentence before ("Vattenavbrott i Hagby. Nödvatten finns.") does not.
  // So does a sentence that points back to it: "En tankbil står vid Hagby skola. Där finns nödvatten", "A warming
  // center is open there" (a code review). Any sentence after it may say where.
  const before = sentences[index - 1];
  const pointsBack = POINTS_BACK.test(field.lower.slice(own.start, own.end));
  const first =
    before !== undefined && (pointsBack || RESOURCE.test(field.lower.slice(before.start, before.end))) ? before : own;
  const last = sentences[sentences.length - 1] ?? own;
  const text = field.text.slice(first.start, last.end);
  const ownText = field.text.slice(own.start, own.end).trimEnd();
  if (LIST_FOLLOWS.test(ownText) && !TIMES_LISTED.test(ownText.toLowerCase()) && index + 1 < sentences.length)
    return true;
  return placeIn(a, text);
}

const FUNCTION_WORD =
  /^(?:från|kl|klockan|under|i|och|på|till|tills|med|för|som|är|finns|mellan|efter|from|at|on|for|to|until|during|and|the|this|with|is|are|between|after|today|tonight|i dag|idag|ikväll)$/u;
/** Channels, not places: "Följ oss på Facebook", "on X". */
const CHANNEL_NAME = /^(?:facebook|instagram|x|twitter|tiktok|youtube|linkedin|nextdoor)$/iu;
/**
 * A name after "i"/"in" is a place to go only when the text does not also name it as the area ("kranvattnet är avstängt
 * i hela Hagby … Nödvatten finns i Hagby"; "for Cook County … open in Cook County"): the town is no place to go.
 */
function namedPlace(a: Analysis, text: string): boolean {
  const all = `${a.title.text}\n${a.body.text}`;
  for (const m of text.matchAll(NAMED_AT_ALL)) {
    const name = /\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ\d'’-]+(?: \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ\d'’-]+)?$/u.exec(m[0])?.[0] ?? "";
    if (CHANNEL_NAME.test(name.split(" ")[0] ?? "")) continue;
    // "i Arbrå bibliotek", "i Lillsjö folkets hus": a building follows the town, and that is a place.
    const next = /^ (\p{Ll}+)/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] ?? "";
    const building = next !== "" && !FUNCTION_WORD.test(next);
    if (/^(?:i|in) /iu.test(m[0]) && name !== "" && !building && all.split(name).length > 2) continue;
    return true;
  }
  return false;
}

function placeIn(a: Analysis, text: string): boolean {
  return namedPlace(a, text) || PLACE_WORD.test(text) || a.fields.some((f) => LISTED_ELSEWHERE.test(f.lower));
}

function announcedWithoutPlace(a: Analysis): { field: Analysis["body"]; start: number; end: number } | null {
  for (const field of a.fields) {
    if (!RESOURCE_GATE.test(field.lower) || !RESOURCE.test(field.lower)) continue;
    for (const s of field.sentences) {
      if (s.question) continue;
      const text = field.lower.slice(s.start, s.end);
      const m = RESOURCE.exec(text);
      if (m === null || !AVAILABLE.test(text.replace(STANDS_FOR, " "))) continue;
      // The reader's need as the condition ("If you have no heat, a warming center is open") offers the help; a
      // condition on the event ("If your power is still off at 6 pm, …will open") does not (twenty-second round).
      if (NOT_OFFERED.test(text.replace(READER_NEED, " "))) continue;
      // A place in the headline answers for the body ("Nödvatten vid Hagby skola").
      // Only a place after a preposition: a street in the headline is often the area ("Evacuation advice for Low Road").
      if (field.name === "body" && namedPlace(a, a.title.text)) continue;
      // A headline announces; the body below it may say where, anywhere.
      if (field.name === "title" ? placeIn(a, a.body.text) : placeNear(a, field, s.index)) continue;
      return { field, start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
  }
  return null;
}

export const AC21: Rule = {
  id: "AC21",
  principle: "active",
  name: "help on offer with no place",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social", "faq"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (a.isClosure) return [];
    const found = announcedWithoutPlace(a);
    if (found === null) return [];
    return [
      {
        span: span(found.field.name, found.start, found.end),
        message: t(
          "Texten säger att hjälp finns men inte var: ingen adress, byggnad eller plats att gå till.",
          "The text says help is on offer but not where: no address, building or place to go to.",
        ),
        suggestion: t(
          "Säg var och när: ”Nödvatten finns vid Bergeby skola, Skolvägen 2, i dag kl. 14–20.”",
          "Say where and when: “Cooling centres: Central Library, 10 Main Street, 10 am–8 pm.”",
        ),
      },
    ];
  },
};
