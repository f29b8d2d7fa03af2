/**
 * Active (aktiv), corrections: "factual errors are countered". A correction names the claim, gives a clear verdict
 * and does not repeat the rumour in its headline (research.md §6.5).
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { contentStems, overlapShare, OVERLAP_SHARE } from "../text/overlap.js";
import { span, t } from "../text/spans.js";
import { findAll } from "../text/match.js";
import { mentions } from "./helpers.js";

function matchesOpenClaim(a: Analysis, lower: string): boolean {
  const lex = a.lex;
  if (lex === null) return false;
  return (a.context.openClaims ?? []).some(
    (c) => overlapShare(contentStems(c.text, lex.stopwords), lower) >= OVERLAP_SHARE,
  );
}

export const AC4: Rule = {
  id: "AC4",
  principle: "active",
  name: "correction does not name the claim",
  severity: "warn",
  points: 20,
  repeat: 0,
  cap: 20,
  kinds: ["correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    const named =
      mentions(a, lex.claimMarkers) ||
      mentions(a, lex.claimNouns) ||
      a.fields.some((f) => f.excluded.length > 0) ||
      matchesOpenClaim(a, `${a.title.lower}\n${a.body.lower}`);
    if (named) return [];
    return [
      {
        message: t(
          "Rättelsen säger inte vilket påstående den rättar.",
          "The correction does not say which claim it corrects.",
        ),
        suggestion: t(
          "Namnge påståendet kort, utan att upprepa detaljerna: ”Det sprids uppgifter om att kranvattnet är giftigt.”",
          "Name the claim briefly, without repeating its details: “Posts claim that tap water is poisonous.”",
        ),
      },
    ];
  },
};

export const AC5: Rule = {
  id: "AC5",
  principle: "active",
  name: "correction without a clear verdict",
  severity: "warn",
  points: 15,
  repeat: 0,
  cap: 15,
  kinds: ["correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    if (mentions(a, a.lex?.verdicts ?? null, { skipQuoted: true })) return [];
    return [
      {
        message: t(
          "Rättelsen säger inte tydligt att påståendet är fel.",
          "The correction does not say plainly that the claim is wrong.",
        ),
        suggestion: t(
          "Ge ett tydligt besked: ”Det stämmer inte.” Följ med fakta och källa.",
          "Give a clear verdict: “This is not true.” Follow with facts and a source.",
        ),
      },
    ];
  },
};

export const AC7: Rule = {
  id: "AC7",
  principle: "active",
  name: "correction headline repeats the rumour",
  severity: "warn",
  points: 8,
  repeat: 0,
  cap: 8,
  kinds: ["correction"],
  languages: ["sv", "en"],
  check(a) {
    const title = a.title;
    if (title.text.trim() === "") return [];
    const quoted = title.excluded[0];
    if (quoted === undefined && !matchesOpenClaim(a, title.lower)) return [];
    return [
      {
        span: quoted ? span("title", quoted.start, quoted.end) : span("title", 0, title.text.length),
        message: t(
          "Rubriken upprepar ryktet, vilket sprider det vidare.",
          "The headline repeats the rumour, which spreads it further.",
        ),
        suggestion: t(
          "Låt rubriken säga det som är sant: ”Kranvattnet är säkert att dricka”.",
          "Let the headline state the fact: “Tap water is safe to drink”.",
        ),
      },
    ];
  },
};

/**
 * Myth first (Lewandowsky et al., *The Debunking Handbook* 2020; CDC CERC): a headline or opening that states the
 * rumour before the fact makes readers remember the rumour. The fact must come first: in the title or the first
 * sentence. Runs for every kind that corrects (a correction, or a bulletin that answers a rumour), not FAQ entries,
 * whose titles are questions by design.
 */
/** Text before the first real sentence that holds a time stamp: the opening moved past it. */
const STAMPED = /\d/u;

const STAMP_ONLY_FORM =
  /^\s*(?:(?:uppdaterad|publicerad|updated|posted|issued)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*[:,]?\s*)?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+dag(?:en)?\s+)?(?:\d{1,2}\.?\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ]+|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+\s+\d{1,2}(?:st|nd|rd|th)?)?[,\s]*(?:\d{4})?[,\s]*(?:kl\.?\s*|at\s+)?(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*[.]?\s*$/u;
/**
 * Every word a time stamp: the label, a weekday, a month, a number, a clock word ("Friday 21 February, 3:00 PM.",
 * "Onsdag 26 november kl. 11.00."). Seventh round: an English weekday before the date is a stamp too.
 */
const STAMP_WORD =
  /^(?:\d+(?:[.:]\d+)*(?:st|nd|rd|th|e|a|am|pm)?|uppdaterad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|publicerad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|updated|posted|issued|published|kl|klockan|at|am|pm|a\.?m|p\.?m|den|the|of|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|feb[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mar(?:s|ch)?|apr[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|maj|may|jun[ie]?|jul[iy]?|aug[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|sep[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|okt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|oct[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|nov[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dec[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)$/u;
const STAMP_ONLY = {
  test(text: string): boolean {
    if (STAMP_ONLY_FORM.test(text)) return true;
    const words = text.split(/[\s,.:;()–-]+/u).filter((w) => w.length > 0);
    return words.length > 0 && /\d/u.test(text) && words.every((w) => STAMP_WORD.test(w));
  },
};

const BELIEF_OPENING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:some|many|people|residents|många|vissa|en del|flera)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? (?:believe|think|are convinced|fear|tror|tycks tro|är övertygade om|befarar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CAUSAL_QUESTION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:caus[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|linked to|behind|to blame|responsible for|orsak[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|beror|ligger bakom|kopplad[A-Za-zªµºÀ-ÖØ-öø-ɏ]* till|skyld[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const QUOTE_START = /^\s*["”“«'’]/u;
/**
 * A headline that names a rumour as its topic without saying it ("Update to the Reported HS Rumor", "Information om
 * ryktena kring skolan"): nothing false is read first (nineteenth round, blind35 studied: a school district's update).
 */
const LABEL_TITLE =
  /^(?:an? )?(?:update|statement|information|message|response|note|uppdatering|information|besked|svar|kommentar|meddelande)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? (?:to|on|about|regarding|re|om|angående|kring|gällande) (?:the |det |de |a |an )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+ ){0,3}?(?:rumou?rs?|rykte[nt]?|ryktena|claims?|påståenden?a?)(?: (?:kring|vid|på|i|at|in) [A-Za-zªµºÀ-ÖØ-öø-ɏ-]+(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)?)?[.!]?$/u;
/** The first sentence after the opening quotations names them as claims (posts, rumours, what is being said). */
function attributedToClaims(a: Analysis, from: number): boolean {
  const lex = a.lex;
  if (lex === null) return false;
  const next = a.body.sentences.find((s) => s.index > from && !QUOTE_START.test(a.body.lower.slice(s.start, s.end)));
  if (next === undefined || next.index > from + 4) return false;
  const text = a.body.lower.slice(next.start, next.end);
  return findAll(text, lex.claimMarkers).length > 0 || findAll(text, lex.claimNouns).length > 0;
}

const AWARE =
  /^(?:(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,8}?)(?:(?:we|i) (?:are|am|have been|were|have|'ve been) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:aware|made aware|informed|receiving reports|received reports|seen reports)|(?:have|has) been receiving reports|vi (?:har )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:fått kännedom|fått information|fått signaler|sett uppgifter|känner till|är medvetna))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NO_EVIDENCE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:found|find|is|was|there is|there was) no (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:evidence|indication|basis|truth|credible|threat)|(?:to be|are|were|is|was) (?:untrue|unfounded|false|not true|not credible)|inga (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:belägg|bevis|indikationer|tecken)|(?:saknar|utan) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?grund)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The verdict in the sentence after the opening one (or the one after that). */
function deniedNext(a: Analysis, from: number): boolean {
  const lex = a.lex;
  if (lex === null) return false;
  return a.body.sentences
    .filter((s) => s.index > from && s.index <= from + 2)
    .some((s) => {
      const text = a.body.lower.slice(s.start, s.end);
      return findAll(text, lex.verdicts).length > 0 || NO_EVIDENCE.test(text);
    });
}

const L = "[A-Za-zªµºÀ-ÖØ-öø-ɏ]";
/**
 * A page about rumours as a kind, not about one rumour: the headline names the genre ("Rumor Control", "Common
 * Disaster-Related Rumors", "Hurricane Helene: Fact vs. Rumor", "Rykten och fakta") and the opening speaks of rumours
 * in general ("Rumors and misleading information can spread quickly after any disaster", "There often are many
 * rumors and scams after a disaster"). Neither states a claim a reader could carry away; the rumours come later, each
 * with its answer.
 */
const GENRE_TITLE = new RegExp(
  // Before a colon, a short name of the event ("Hurricane Helene:", "Drought:"); a claim there has a verb or more words.
  String.raw`^(?:(?:${L}+[ -]){0,2}${L}+:\s*)?(?:(?:common|top|latest|current|health[- ]related|disaster[- ]related|storm[- ]related|flood[- ]related|coronavirus|covid-19|(?:hurricane|tropical storm|typhoon|cyclone|storm|wildfire)(?: ${L}+)?|flood|fire|election|recovery|vanliga|aktuella)\s+){0,3}(?:rumou?r (?:control|response|page)(?::\s*(?:${L}+[ -]){0,2}${L}+)?|(?:rumou?rs|hoaxes|myths|misinformation|rykten|myter|ryktena)(?: (?:and|&|och) (?:rumou?rs|hoaxes|facts|scams|fakta|rykten|bedrägerier|myter))?|facts? (?:vs\.?|versus|or|and|och|eller) (?:rumou?rs?|myths?|fiction|rykten|myter)|(?:rumou?rs?|myths?|myter|rykten) (?:vs\.?|versus|and|or|och|eller) facts?)$`,
  "u",
);
const RUMOUR_KINDS = String.raw`(?:rumou?rs|misinformation|disinformation|misleading information|false (?:information|reports)|hoaxes|scams|rykten|felaktig information|desinformation|bedrägerier)`;
const RUMOURS = String.raw`${RUMOUR_KINDS}(?: (?:and|or|och|eller) ${RUMOUR_KINDS})?`;
/** How rumours spread: the only words allowed between the rumour word and its setting. */
const SPREADING = String.raw`(?:sometimes|often|can|may|easily|quickly|fast|ofta|kan|ibland|snabbt|lätt|be|are|being|spread|spreads|circulate|circulates|circulating|shared|sprids|spridas|förekommer|cirkulerar|florerar)`;
const EVENTS = String.raw`disasters?|crisis|crises|emergenc(?:y|ies)|floods?|storms?|hurricanes?|wildfires?|kriser|olyckor|översvämningar|stormar|bränder`;
const SETTINGS = String.raw`${EVENTS}|incidents?|fires?|outbreaks?|communities|krisen|händelser|utbrott|social (?:media|networks)|sociala medier`;
/**
 * Rumours as a kind, spreading in a setting: after the rumour word only how they spread ("can spread quickly",
 * "being shared", "sprids ofta"), then where or when ("after any disaster", "on social media", "i samband med kriser"),
 * or the setting first ("During emergencies, rumors can spread …"). "Rumours of a gas leak …", "misinformation about
 * the water …" name a rumour and do not match.
 */
const GENERIC_OPENING = new RegExp(
  String.raw`^(?:(?:during|after|in|i samband med|under|efter|vid) (?:a |an |any |all |en |ett )?(?:${L}+ ){0,2}?(?:${EVENTS}),? (?:many |some |vissa |många )?${RUMOURS}(?: ${SPREADING}){1,4}(?!${L})|(?:there (?:often |sometimes )?(?:are|is) (?:often |many |a lot of |some )?|det (?:sprids|förekommer) (?:ofta |ibland |många )?)?(?:many |some |all |vissa |många )?${RUMOURS}(?: ${SPREADING}){0,4} (?:after|during|in|within|on|across|via|through|i samband med|under|efter|vid|på|i) (?:a |an |any |every |all |the |en |ett |alla |varje )?(?:${L}+ ){0,2}?(?:${SETTINGS})(?!${L}))`,
  "u",
);
/** A labelled myth among the first sentences that the next label or sentence does not answer ("Myth: … Myth: …"). */
const MYTH_LABEL = /(?:^|[.!?\n]\s*)(?:myths?|myt(?:er)?|rumou?rs?|rykten?|claims?|påståenden?)(?:\s*#?\s*\d+)?\s*:/gu;
const ANSWER =
  /(?:^|[.!?\n]\s*)(?:facts?|the truth|truth|fakta|faktum|sanning(?:en)?|rätt svar|verklighet(?:en)?)\s*:/u;
function mythListFirst(a: Analysis): boolean {
  const lex = a.lex;
  const end = a.body.sentences[Math.min(3, a.body.sentences.length) - 1]?.end ?? 0;
  const opening = a.body.lower.slice(0, end);
  const labels = [...opening.matchAll(MYTH_LABEL)];
  const first = labels[0];
  if (first === undefined) return false;
  // What follows the first myth up to the next myth label (or the end of the text) must answer it.
  const after = a.body.lower.slice(first.index + first[0].length, labels[1]?.index ?? a.body.lower.length);
  return !ANSWER.test(after) && !(lex !== null && findAll(after, lex.verdicts).length > 0);
}
const CONTENT_CLAUSE = new RegExp(
  String.raw`(?<!${L})(?:that|att|claim|claims|claimed|claiming|say|says|said|saying|stating|suggest|suggests|allege|alleges|alleging|hävdar|säger|menar|påstå${L}*)(?!${L})|[:”"“]`,
  "u",
);

/** The opening that states the rumour before the fact (AU20, FA17), or null when the text does not. */
function rumourFirst(a: Analysis): ReturnType<typeof span> | undefined | null {
  const lex = a.lex;
  if (lex === null) return null;
  const title = a.title;
  // A time stamp line ("4 december kl. 13.30", "Updated 9:50") is not the opening: the first real sentence is.
  const first = a.body.sentences.find((s) => !STAMP_ONLY.test(a.body.lower.slice(s.start, s.end)));
  const firstLower = first ? a.body.lower.slice(first.start, first.end) : "";
  // A correction headed by a question ("Är skolorna stängda?", "Are schools closing?") states the rumour first,
  // whatever it is about; a bulletin's question title does so when it asks about a hazard.
  // Seventh round: a question about a cause asks the rumour too ("Does the new mast cause the power cuts?").
  const titleAsks =
    title.sentences.some((s) => s.question) &&
    (a.kind === "correction" || findAll(title.lower, lex.hazards).length > 0 || CAUSAL_QUESTION.test(title.lower));
  // A quotation in a correction's title is the rumour's words; in a bulletin's it may be anything (a name, a term).
  const genreTitle = GENRE_TITLE.test(title.lower.trim()) && !mythListFirst(a);
  const claimTitle =
    !LABEL_TITLE.test(title.lower.trim()) &&
    !genreTitle &&
    (findAll(title.lower, lex.claimMarkers).length > 0 ||
      findAll(title.lower, lex.claimNouns).length > 0 ||
      (a.kind === "correction" && title.excluded.length > 0));
  // A belief of some of the public opening the text is the claim only when the text then denies something ("Some
  // residents believe the new mast is causing the cuts. It isn't."); "Some residents think their supply has been
  // affected; call us" reports, it corrects nothing (seventh round).
  const genericOpening = GENERIC_OPENING.test(firstLower) && !CONTENT_CLAUSE.test(firstLower);
  const claimOpening =
    first !== undefined &&
    !genericOpening &&
    (findAll(firstLower, lex.claimMarkers).length > 0 ||
      findAll(firstLower, lex.claimNouns).length > 0 ||
      (BELIEF_OPENING.test(firstLower) && findAll(a.body.lower, lex.verdicts).length > 0));
  // Blind14 studied: the rumour quoted as the opening, then attributed ("”Kranvattnet är förgiftat …” ”Kommunen
  // mörkar …” Så har det stått i flera inlägg"; "“The water is poisoned.” That is what posts have said"): the quoted
  // words are the first thing read, whatever the attribution says.
  const quotedOpening =
    !claimOpening && first !== undefined && QUOTE_START.test(firstLower) && attributedToClaims(a, first.index);
  const isCorrecting = a.kind === "correction" || claimOpening || claimTitle || quotedOpening;
  // Under a headline that states something ("Skolorna i Exempelby är öppna") the reader meets the fact first; the
  // first sentence opens the text only when the headline is missing, a bare label ("Rättelse") or a question.
  const titleStates = title.tokens.length > 2 && !title.sentences.some((s) => s.question) && !genreTitle;
  const openingCounts =
    (claimOpening || quotedOpening) && (!titleStates || !STAMPED.test(a.body.lower.slice(0, first?.start ?? 0)));
  if (!isCorrecting || !(titleAsks || claimTitle || openingCounts)) return null;
  // A bulletin headed by what to do ("Please do not drive on closed roads") leads with the fact, even when its first
  // sentence then reports what people are saying or doing.
  if (a.kind !== "correction" && !claimTitle && !titleAsks && a.flags(title, "instruction").includes(1)) return null;
  const verdictFirst = findAll(title.lower, lex.verdicts).length > 0 || findAll(firstLower, lex.verdicts).length > 0;
  if (verdictFirst) return null;
  // The sender saying it has heard the claim, then the verdict in the next sentence ("We have been made aware of
  // rumors of a threat … they have found no evidence to substantiate the allegation"; "FBI Portland … have been
  // receiving reports that … and found them to be untrue"): the claim is reported as a claim and denied at once, the
  // form police and schools use (nineteenth round, blind33 studied: two real corrections).
  if (!titleAsks && !claimTitle && first !== undefined && AWARE.test(firstLower) && deniedNext(a, first.index))
    return null;
  if (titleAsks || claimTitle) return span("title", 0, title.text.length);
  return first ? span("body", first.start, first.end) : undefined;
}

export const AU20: Rule = {
  id: "AU20",
  principle: "audienceAdapted",
  name: "the rumour before the fact",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["correction", "bulletin", "social"],
  languages: ["sv", "en"],
  check(a) {
    const opening = rumourFirst(a);
    if (opening === null) return [];
    return [
      {
        span: opening,
        message: t(
          "Ryktet kommer före faktan: den som bara läser rubriken eller första meningen minns ryktet.",
          "The rumour comes before the fact: whoever reads only the headline or the first sentence remembers the rumour.",
        ),
        suggestion: t(
          "Börja med det som är sant: ”Kranvattnet i Solby är säkert att dricka.” Nämn ryktet därefter, en gång.",
          "Lead with the fact: “Tap water in Solby is safe to drink.” Mention the rumour after it, once.",
        ),
      },
    ];
  },
};

/**
 * The same opening seen from the factual side: a headline or first sentence that states the false claim is what
 * most people read and later remember as true (the Debunking Handbook 2020: lead with the fact). A warning here;
 * AU20 carries the error.
 */
export const FA17: Rule = {
  id: "FA17",
  principle: "factual",
  name: "the claim stated as the opening",
  severity: "warn",
  points: 15,
  repeat: 0,
  cap: 15,
  kinds: ["correction", "bulletin", "social"],
  languages: ["sv", "en"],
  check(a) {
    const opening = rumourFirst(a);
    if (opening === null) return [];
    return [
      {
        span: opening,
        message: t(
          "Rubriken eller första meningen säger det felaktiga påståendet: det är det många minns som fakta.",
          "The headline or first sentence states the false claim: that is what many remember as fact.",
        ),
        suggestion: t(
          "Inled med det som stämmer och säg sedan, en gång, vilket påstående det rättar.",
          "Open with what is true, then say once which claim it corrects.",
        ),
      },
    ];
  },
};
