/**
 * Audience-adapted (målgruppsanpassad): the internal words of crisis organisations, utilities and public
 * administration ("TiB", "stabsläge", "VA-huvudman", "incident command"). Readers outside the room do not know
 * them, and a message full of them is written for the staff, not the public (Språklagen §11, klarspråk).
 */
import type { Analysis } from "../analysis.js";
import { details } from "../metrics.js";
import { capsSpans } from "../text/caps.js";
import { q, t } from "../text/spans.js";
import type { Rule } from "../types.js";
import { fieldMatches, findingsForMatches, isOrg, lexHits, type LexHit } from "./helpers.js";
import { findAll } from "../text/match.js";

/** A named apposition says who is meant: "our service provider, Ringway", "driftentreprenören, Norrvatten". */
const NAMED_APPOSITION = /^,? (?:\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+|\p{Lu}{2,})/u;

/** The term is explained in its sentence (AU7's words), followed by "(", or named by an apposition. */
function explained(a: Analysis, h: LexHit): boolean {
  const after = h.field.text.slice(h.hit.end, h.hit.end + 40);
  return (
    a.flags(h.field, "explanations")[h.sentence.index] === 1 ||
    after.slice(0, 3).includes("(") ||
    NAMED_APPOSITION.test(after)
  );
}

export const AU18: Rule = {
  id: "AU18",
  principle: "audienceAdapted",
  name: "internal word of the crisis organisation",
  severity: "warn",
  points: 15,
  repeat: 12,
  cap: 51,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    // Written for the staff or the press, the words are the readers' own.
    if (a.audiences.length > 0 && a.audiences.every((x) => x === "staff" || x === "media")) return [];
    const seen = new Set<string>();
    return findingsForMatches(lexHits(a, lex.crisisJargon, { skipQuoted: true }), (h) => {
      const term = h.hit.text.toLowerCase();
      if (seen.has(term)) return null;
      seen.add(term);
      if (explained(a, h)) return null;
      return {
        message: t(
          `${q(h.hit.text)} är ett internt ord som allmänheten inte känner till.`,
          `${q(h.hit.text)} is an internal word the public does not know.`,
        ),
        suggestion: t(
          "Skriv vad det betyder för mottagaren: ”kommunens krisledning”, ”vattenledningarna”.",
          "Say what it means for the reader: “the council's crisis team”, “the water pipes”.",
        ),
      };
    });
  },
};

/**
 * The register of statutes and legal notices addressed to the public ("Räddningschefen har med stöd av 2 kap. 7 §
 * … meddelat förbud", "Pursuant to Section 7(b) … hereby promulgated, effective forthwith"): correct, and unreadable
 * for most people (Språklagen 11 §: vårdat, enkelt och begripligt). One reference is a citation; two or more make the
 * text a legal notice, which needs a plain version for the public.
 */
const EMPTY_VERB_GATE =
  /(?:\bske\b|\bsker\b|uppmärksammas|is to be|are to be|has been made|will be effected|shall be effected)/u;

/**
 * A nominalised action with an empty verb: Swedish "-ning/-ande av … (ska/kommer att/beräknas) ske/sker" in one clause
 * and "Uppmärksammas bör"; English "a determination has been made", "<noun> of … is to be implemented/effected".
 */
const EMPTY_VERB: Partial<Record<string, RegExp>> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}(?:ning|ande|ende)(?:en)? av (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ\d–-]+,? ){0,8}?(?:ska |skall |kommer att |beräknas |bör |torde |förväntas )?(?:ske|sker)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])uppmärksammas (?:bör|ska|skall)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:an? (?:determination|decision) has been made (?:that|to)|[A-Za-zªµºÀ-ÖØ-öø-ɏ]{3,}(?:ure|ment|tion|sion|al) of (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+,? ){0,6}?(?:is|are|will be|shall be) (?:to be )?(?:implemented|effected|undertaken|actioned|progressed)|(?:is|are) to be (?:implemented|effected|actioned))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};

const LEGAL_INSTRUMENT =
  /^(?:kungörelse|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+s föreskrift(?:er)? om|föreskrift(?:er)? om|public notice of (?:an? |the )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:order|ordinance|regulation|ban)|legal notice)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const AU22: Rule = {
  id: "AU22",
  principle: "audienceAdapted",
  name: "legal register",
  severity: "warn",
  points: 12,
  repeat: 12,
  cap: 40,
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    if (lex === null) return [];
    if (a.audiences.length > 0 && a.audiences.every((x) => x === "staff" || x === "media")) return [];
    const hits = lexHits(a, lex.legalese, { skipQuoted: true });
    // A text that names itself the legal instrument ("Kungörelse av Länsstyrelsens föreskrift om eldningsförbud",
    // "Public notice of a burn ban order") is a legal notice by genre: its register is required, and stays a warning
    // (blind14 studied: the länsstyrelse's kungörelse of a fire ban).
    const instrument = LEGAL_INSTRUMENT.test(a.title.lower) || LEGAL_INSTRUMENT.test(a.body.lower);
    // Chancery style (kanslisvenska): the action told as a noun with an empty verb ("Kokning av vattnet ska ske",
    // "Tillhandahållande av dricksvatten sker vid skolan"; "closure of the bridge is to be implemented"). Cheap literal
    // gate first: the empty verbs are rare in plain text.
    const frames = a.fields.some((f) => EMPTY_VERB_GATE.test(f.lower))
      ? fieldMatches(a, (f) => findAll(f.lower, EMPTY_VERB[lex.family] ?? null))
      : [];
    const distinct = new Set(hits.map((h) => h.hit.text.toLowerCase())).size + frames.length;
    const seen = new Set<string>();
    const framed = findingsForMatches(frames, (h) => ({
      ...(distinct >= 2 && !instrument ? { severity: "error" as const } : {}),
      message: t(
        `${q(h.hit.text)} är kanslispråk: handlingen står som substantiv med ett tomt verb.`,
        `${q(h.hit.text)} is officialese: the action is a noun with an empty verb.`,
      ),
      suggestion: t(
        "Säg vem som gör vad: ”Koka vattnet”, ”Vi delar ut vatten vid skolan från kl. 12”.",
        "Say who does what: “We have closed the bridge until it has been inspected.”",
      ),
    }));
    return framed.concat(
      findingsForMatches(hits, (h) => {
        const term = h.hit.text.toLowerCase();
        if (seen.has(term)) return null;
        seen.add(term);
        return {
          ...(distinct >= 2 && !instrument ? { severity: "error" as const } : {}),
          message: t(
            `${q(h.hit.text)} är lagspråk: texten läses som en kungörelse, inte som ett besked till invånarna.`,
            `${q(h.hit.text)} is legal language: the text reads as a legal notice, not as a message to residents.`,
          ),
          suggestion: t(
            "Säg vad som gäller och vad mottagaren ska göra med vanliga ord; länka till beslutet.",
            "Say what applies and what people should do in everyday words; link to the decision.",
          ),
        };
      }),
    );
  },
};

const PUBLIC_ACRONYMS = new Set(
  (
    "us usa uk eu un who cdc fema fbi nhs gp tv sms llc inc ltd plc ab est nasa smhi msb sos svt sr bbc nws noaa epa " +
    "fda usda hse ok am pm covid hiv mrsa vma ica gps pdf id it dna sek usd eur km kg diy atm faq pin bbq hgv suv icu " +
    "uv uva uvb spf"
  ).split(" "),
);
// UK postcode districts ("ML9", "LL31") name places too (ninth round, realExtra8 studied).
const CODE = /^(?:[A-Z]-?\d+|[A-Z]{1,3}-\d+[A-Z\d-]*|[A-Z]{1,2}\d{1,2}[A-Z]?)$/u;

const SHORTHAND_TERMS = 3; // distinct internal words and unexplained acronyms: one may slip, three is a text for the staff

const POSTCODE_AFTER = /^ \d{4,5}(?:-\d{4})?(?!\d|[:/.,-]\d)/u;
const PLACE_BEFORE = /(?:, |\p{Lu}\p{Ll}+ )$/u;
const IN_NAME_BEFORE = /(?:\p{Lu}{2,}|(?:&|och|and) \p{Lu}\p{Ll}+|[^.!?\n]\s\p{Lu}\p{Ll}+) $/u;
const IN_NAME_AFTER = /^ (?:\p{Lu}{2,}|&)/u;

/** Internal words (AU18) and unexplained acronyms (AU6), each counted once. */
function shorthand(a: Analysis): string[] {
  const terms = new Set<string>();
  const names = new Set<string>();
  for (const h of lexHits(a, a.lex?.crisisJargon ?? null, { skipQuoted: true }))
    if (!explained(a, h)) terms.add(h.hit.text.toLowerCase());
  const all = `${a.title.text}\n${a.body.text}`;
  for (const f of a.fields) {
    for (const c of a.memo(`caps:${f.name}`, () => capsSpans(f))) {
      if (c.kind !== "acronym" || all.includes(`(${c.text})`) || all.includes(`${c.text} (`)) continue;
      const lower = c.text.toLowerCase();
      // Names the public knows (CDC, U.S., NHS, SMHI) and codes (roads "E4", "A614", product codes "P-7345") are no
      // staff shorthand.
      if (PUBLIC_ACRONYMS.has(lower.replace(/\./gu, "")) || CODE.test(c.text)) continue;
      // A state in a postal address ("Sturgis, MI 49091", "Parramatta NSW 2150"): the address, not staff talk.
      if (
        POSTCODE_AFTER.test(f.text.slice(c.end, c.end + 12)) &&
        PLACE_BEFORE.test(f.text.slice(Math.max(0, c.start - 30), c.start))
      )
        continue;
      // Part of a proper name anywhere in the text ("NSW SES", "Fire & Rescue NSW", "VA SYD"): the organisation's
      // name, not staff talk, wherever else it stands alone (ninth round, blind19 studied).
      if (
        IN_NAME_BEFORE.test(f.text.slice(Math.max(0, c.start - 24), c.start)) ||
        IN_NAME_AFTER.test(f.text.slice(c.end, c.end + 24))
      )
        names.add(lower);
      terms.add(lower);
    }
  }
  // An acronym that heads a counted internal word ("VA" in "VA-enheten") is that word, counted once.
  const parts = new Set([...terms].flatMap((x) => (x.includes("-") ? x.split("-").slice(0, -1) : [])));
  return [...terms].filter((x) => !names.has(x) && !parts.has(x));
}

export const AU19: Rule = {
  id: "AU19",
  principle: "audienceAdapted",
  name: "written in the crisis organisation's shorthand",
  severity: "error",
  points: 20,
  repeat: 0,
  cap: 20,
  languages: ["sv", "en"],
  check(a) {
    if (a.audiences.length > 0 && a.audiences.every((x) => x === "staff" || x === "media")) return [];
    const terms = shorthand(a);
    if (terms.length < SHORTHAND_TERMS) return [];
    return [
      {
        message: t(
          `Texten är skriven för de inblandade, inte för allmänheten: ${terms
            .slice(0, 5)
            .map((x) => q(x))
            .join(", ")}.`,
          `The text is written for those involved, not the public: ${terms
            .slice(0, 5)
            .map((x) => q(x))
            .join(", ")}.`,
        ),
        suggestion: t(
          "Skriv vad som händer och vad det betyder för mottagaren, med vanliga ord.",
          "Say what is happening and what it means for the reader, in everyday words.",
        ),
      },
    ];
  },
};

const FIRST_PERSON = new Set(["vi", "oss", "vår", "vårt", "våra", "we", "us", "our", "ours"]);

/**
 * Officialese with nobody acting (Språkrådet, Myndigheternas skrivregler; CERC: say who does what): two or more
 * "åtgärder har vidtagits"-phrases, or one in a text where most sentences are passive.
 */
const IMPERSONAL_INSTRUCTION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:ska|skall|bör|behöver|måste) man (?!inte )[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,}|man (?:ska|skall|bör|behöver|måste) (?!inte )[A-Za-zªµºÀ-ÖØ-öø-ɏ]{2,})/u;

/**
 * A named body as the acting subject after an organisation word: "Council is working to install …", "Council
 * apologises …", "Smittskyddsenheten i Linköping, som är rådgivande organ …, har bedömt att …" (blind32 studied: two
 * real notices, passive elsewhere, where the council or the unit plainly acts). Up to three words of name may follow
 * the organisation word, then an optional clause between commas; a perfect or progressive must be active.
 */
const ACTS_AFTER_ORG =
  /^(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ-]+){0,3}?(?:,[^,.!?]{1,90},)? (?:(?:har|hade)(?: (?:nu|också|redan|även))? (?![A-Za-zªµºÀ-ÖØ-öø-ɏ]*s(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))[A-Za-zªµºÀ-ÖØ-öø-ɏ]+t|(?:arbetar|bedömer|beslutar|beslutade|ansvarar|undersöker|informerar|ber)|(?:is|are) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ly )?[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ing|(?:has|have)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ly)? (?!been)[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ed|apologi[sz]es|thanks|continues|works|asks|urges|advises|recommends|will (?!be )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A passive with its doer, or crews at work: "will be monitored by City crews … crews will use foggers" (twentieth
 * round, blind36's West Nile FAQ). */
const AGENT_NAMED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:by|av) (?:the |our )?(?:city|council|county|town|crews?|staff|engineers|officers|firefighters|kommunen|staden|regionen|personal(?:en)?|räddningstjänsten|polisen)|(?:crews?|engineers|staff|officers|firefighters|personalen|räddningstjänsten|polisen) (?:will|are|kommer att|har) [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function namedBodyActs(a: Analysis): boolean {
  const lex = a.lex;
  if (lex === null) return false;
  for (const f of a.fields)
    for (const tok of f.tokens)
      if (tok.type === "word" && isOrg(lex, tok.lower) && ACTS_AFTER_ORG.test(f.lower.slice(tok.end, tok.end + 160)))
        return true;
  return false;
}

export const AU21: Rule = {
  id: "AU21",
  principle: "audienceAdapted",
  name: "officialese: nobody acts, nobody is told",
  severity: "error",
  points: 20,
  repeat: 0,
  cap: 20,
  languages: ["sv", "en"],
  check(a) {
    const empty = new Set(
      lexHits(a, a.lex?.emptyActors ?? null, { skipQuoted: true, skipQuestions: true }).map((h) =>
        h.hit.text.toLowerCase(),
      ),
    );
    const d = details(a);
    const mostlyPassive = d.sentences > 0 && d.passives.length >= 3 && d.passiveSentences / d.sentences >= 0.5;
    // Without a stock phrase, the structure tells: nearly every sentence passive, nobody speaking ("vi", "we") and
    // nothing asked of the reader. "Provtagning har beställts. Utredning har påbörjats. Beslut kommer att fattas."
    const nobodyActs =
      empty.size === 0 &&
      d.sentences >= 2 &&
      d.passiveSentences >= 2 &&
      d.passiveSentences / d.sentences >= 0.75 &&
      !a.fields.some(
        (f) =>
          a.flags(f, "instruction").includes(1) ||
          IMPERSONAL_INSTRUCTION.test(f.lower) ||
          f.tokens.some((tok) => FIRST_PERSON.has(tok.lower)) ||
          AGENT_NAMED.test(f.lower),
      );
    // One stock phrase in a passive text is officialese only when nobody is told anything either: a passive notice
    // that tells its readers what to do ("Customers are advised to boil …") informs (real utility notices do this).
    // An all-clear tells its readers the one thing they need: the order or the warning no longer applies ("The state
    // of emergency … has been lifted"). Nothing is asked of them, and that is the message (seventh round).
    // The Swedish impersonal instruction is an instruction too: "Har man inte blivit kontaktad ska man komma på sitt
    // besök som vanligt" tells the reader what to do (blind14 studied; the instruction flag reads imperatives).
    const told =
      a.isClosure ||
      a.fields.some((f) => a.flags(f, "instruction").includes(1) || IMPERSONAL_INSTRUCTION.test(f.lower));
    if (!nobodyActs && (empty.size === 0 || (empty.size < 2 && (!mostlyPassive || told)))) return [];
    if (empty.size < 2 && namedBodyActs(a)) return [];
    const quoted =
      empty.size > 0
        ? [...empty]
            .slice(0, 3)
            .map((x) => q(x))
            .join(", ")
        : q(
            d.passives
              .slice(0, 3)
              .map((p) => p.text)
              .join(", "),
          );
    return [
      {
        message: t(
          `Kanslispråk: ${quoted} säger inte vem som gör vad, eller vad mottagaren ska göra.`,
          `Officialese: ${quoted} do not say who does what, or what the reader should do.`,
        ),
        suggestion: t(
          "Skriv i aktiv form med den som handlar: ”Räddningstjänsten har lagt ut länsar. Undvik att bada i ån.”",
          "Write actively, naming who acts: “The fire service has laid booms. Do not swim in the river.”",
        ),
      },
    ];
  },
};
