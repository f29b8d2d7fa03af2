/**
 * IM16: a business promoted. A public authority must treat businesses alike (kommunallagen 1:9, objectivity; MSB's
 * impartial principle): a crisis message that recommends one named firm ("vi rekommenderar Norrby Rör & VVS AB") or
 * passes on its offer ("15 % rabatt till drabbade hushåll", "a 10% discount this week") favours it over the rest.
 * A discount on the authority's own bill or fee is relief, and "Customer Services" is a department (a code review).
 * Naming a utility for what it does ("Ellevio arbetar med att laga ledningarna") is information, not promotion.
 */
import type { Analysis } from "../analysis.js";
import type { Rule } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { gatedHits, type LexHit } from "./helpers.js";

/** A name that reads as a business: a company form, or a trade the firm is named for. */
// Twenty-second round (blind56 studied: "rekommenderar vi Handlarn Norra Tallnäs"): a shop chain names a business too.
// Only in Swedish: "Residents are encouraged to shop at Kroger on Main Street, which has generator power" was judged
// information by the twentieth round's review.
const CHAIN_SV = String.raw`(?:ICA|Coop|Handlarn|Willys|Hemköp|Lidl|Tempo|Konsum|City Gross|Netto|Byggmax|Bauhaus|Biltema|Clas Ohlson|Jula|Apoteket|Apotek Hjärtat|Kronans Apotek)(?: \p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’.-]*){0,3}`;
const FIRM_SV = String.raw`(?:\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’.-]*(?: (?:&|och|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’.&-]*)){0,4} (?:AB|HB|KB|Handelsbolag|Rör(?: (?:&|och) VVS)?|VVS|El(?:service)?|Bygg|Måleri|Entreprenad|Sanering|Skadeservice|Järn|Handel)|${CHAIN_SV})`;
const FIRM_EN = String.raw`(?:\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’.-]*(?: (?:&|and|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’.&-]*)){0,4} (?:Ltd|Inc|LLC|Co|Company|& Sons?|Bros|Heating|Plumbing|Electrical|Electric|Roofing|Builders|Construction|Restoration|Supplies|Hardware))`;

/** The sender's own recommendation ("vi rekommenderar", "anlita gärna", "we recommend", "we suggest using"). */
const RECOMMEND: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vi (?:kan )?(?:varmt |gärna )?(?:rekommenderar|rekommendera|tipsar om|föreslår)|handla (?:gärna )?(?:hos|på)|rekommenderar vi|anlita gärna|vänd dig gärna till|ta gärna hjälp av)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:we (?:can |would |strongly |highly |warmly )*(?:recommend|suggest|endorse)(?: using| contacting| calling)?|(?:are )?encouraged to (?:shop|buy) (?:at|from)|(?:use|hire|call|contact|try) (?:the )?(?:excellent|trusted|reliable|recommended|best)|is the best (?:choice|company|option) for)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gu,
};
/** The firm right after the recommendation, read in the original text where its capitals are. */
const FIRM_AFTER: Record<string, RegExp> = {
  sv: new RegExp(String.raw`^ (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?${FIRM_SV}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`, "u"),
  en: new RegExp(String.raw`^ (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?${FIRM_EN}(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])`, "u"),
};
/** An offer passed on: a discount, a promotion code, a campaign price. */
const OFFER: Record<string, RegExp> = {
  sv: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\d+ ?(?:%|procent) rabatt|rabattkod[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|rabatt (?:på|till|för) (?!gräs|rabatter)|kampanjpris[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|specialpris[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|extrapris[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|erbjuder (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?rabatt|(?:bästa|lägsta) pris(?:et|erna|er)? (?:i|på) (?:stan|kommunen|området|orten|trakten|länet))/gu,
  en: /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:\d+ ?(?:%|percent|per cent) (?:off|discount)|(?:a |special )?discount (?:for|to|on|code)|special offer|promo(?:tional)? code|coupon code|limited[- ]time offer|(?:best|lowest) prices? (?:in|around) (?:town|the area))/gu,
};
/** A discount on the authority's own charges (a bill, a fee, council tax) is relief, not a business's offer. */
const OWN_CHARGES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]*faktura[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*avgift[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|[A-Za-zªµºÀ-ÖØ-öø-ɏ]*taxa[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hyra[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bills?|council tax|fees?|rates|rent|charges?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const OFFER_GATE = /rabatt|pris|discount|offer|promo|coupon|% off|price/u;
// Nineteenth round (blind35 studied): "bästa priserna i kommunen just nu!" passes on a shop's offer as "best prices in
// town" does.
const RECOMMEND_GATE =
  /rekommender|tipsar|föreslår|anlita|vänd dig|ta gärna|handla|recommend|suggest|endorse|encouraged|use |hire|call|contact|try|best/u;
const OPTIONS = { skipQuoted: true, skipQuestions: true } as const;

/** An offer quoted in a warning ("hantverkare som knackar dörr och lovar bästa priset", "rogue traders offering the
 * best prices in town") is what to beware of, not a recommendation (a code review). */
const SCAM_WARNING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:oseriös[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bluff[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bedrägeri[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bedragare|scam[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fraud[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|rogue|cowboy|beware|be wary|bogus|doorstep)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function warnsOfScam(a: Analysis): boolean {
  return a.fields.some((f) => SCAM_WARNING.test(f.lower));
}

/**
 * A name recommended with praise of the shop itself: "Vi rekommenderar också ICA Kvantum Sörby, som har … det bästa
 * utbudet", "encouraged to shop at FreshWay Market, the best-stocked and friendliest grocery" (twentieth round, two
 * authors; a shop with no company form).
 */
const SHOP_PRAISE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:bästa|billigaste|generösa|trevligaste|bäst|best(?:-stocked)?|friendliest|cheapest|finest|generous|great value)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Praise of a route or a source, or advice ("as the best detour", "som bästa omväg", "it is best to"): not the shop's. */
const NOT_SHOP_PRAISE =
  /(?:(?:as|som) (?:the )?(?:best|bästa) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:detour|route|alternative|source|way|option|omväg|väg|källa|alternativ|sätt)|it is best to|it['’]s best to|det är bäst att|bäst (?:att|är att))/gu;
function praisedName(rest: string): boolean {
  return (
    /^ (?:\p{Ll}+ ){0,2}?\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u.test(rest) &&
    SHOP_PRAISE.test(rest.toLowerCase().replace(NOT_SHOP_PRAISE, " "))
  );
}

/**
 * Twenty-first round (blind42, blind44 studied: three authors): a business thanked as the best of its kind ("överlägset
 * den bästa entreprenören i länet", "the best hardware store in the valley") or shopping there urged ("Passa gärna på
 * att göra helgens inköp där", "Harlan's is the place to go").
 */
const BEST_BUSINESS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:överlägset |absolut )?(?:den |det )?(?:bästa|finaste|pålitligaste|duktigaste|billigaste) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:entreprenör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|företag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|butik[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|affär[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leverantör[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hantverkar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|firma[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|mataffär[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|järnhandel[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:by far )?the (?:very )?(?:best(?:-[A-Za-zªµºÀ-ÖØ-öø-ɏ]+)?|finest|most reliable|cheapest|friendliest) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:store|shop|company|contractor|firm|supplier|retailer|business|grocer[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|plumber|electrician|builder|garage|pharmacy)s?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * Twenty-fifth round (tuning misses): a named firm or product praised as the best of its kind with no business noun
 * ("Summit Arborists, who are without doubt the best tree specialists in the region", "FreshSpring really is the best
 * bottled water around", "branschens bästa på säkerhet", "har det bästa utbudet i kommunen"). Read only where the
 * sentence names something with a capital past its first word.
 */
const BEST_OF_KIND =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:the (?:very )?best (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){1,3}?(?:in the (?:region|county|area|state|valley|district|business|industry|country)|around|in town)|branschens (?:bästa|främsta)|(?:har|erbjuder|med) (?:det |de |den )?(?:bästa|största|billigaste|bredaste) (?:utbudet|sortimentet|priserna|priset|servicen)|(?:bäst|bästa) i (?:branschen|länet|regionen|kommunen|stan)|look for (?:it|them) (?:in|at) (?:your|any) (?:local )?(?:store|shop|supermarket)s?(?=\s*(?:[.!,;]|$)))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A capitalised word past the sentence's first, or a brand's inner capital ("FreshSpring") anywhere. */
/** A public place or service praised is no business favoured ("the best burns unit in the region", "badvattnet … bäst i
 * kommunen", "the best viewing spots in town", "Biblioteket … har det bredaste utbudet"): a review of the round. */
const PUBLIC_PLACE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:hospital|sjukhus[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|unit|school|skola[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|park|library|bibliotek[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|badvatt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|badplats[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|viewing|spots?|utsikt[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|myndighet[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|agency|centre|center)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NAME_PAST_FIRST_WORD = /^\s*\S+.*?[\s(]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/su;
/** Shopping urged ("Passa gärna på att göra helgens inköp där", "X is the place to go"): only with a business named. */
const URGE_TO_SHOP =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:passa (?:gärna |också )?på att (?:handla|göra (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inköp)|handla (?:gärna |också )?där|(?:is|are) the place to go|stop by and (?:shop|buy)|(?:shop|buy) (?:there|local at))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:som vanligt|as usual))/u;
const BUSINESS_NAMED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ICA|Coop|Konsum|Willys|Hemköp|Lidl|City Gross|Netto|Walmart|Target|Tesco|Asda|Sainsbury['’]s|Home Depot|Lowe['’]s)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ'’]+(?:['’]s)? (?:Hardware|Market|Store|Shop|Supermarket|Grocery|Foods|Supplies|Maskin|Järn|Bygg)|\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ (?:AB|Ltd|Inc|LLC)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const BEST_BUSINESS_GATE =
  /bäst|finast|pålitlig|duktig|billig|best|finest|reliable|cheapest|friendliest|passa|handla|place to go|stop by|shop|buy|branschens|utbud|sortiment|look for/u;

function praisedBusiness(a: Analysis): LexHit | undefined {
  if (warnsOfScam(a)) return undefined;
  for (const field of a.fields) {
    // Literals first, then one scan of the whole text: most texts praise no business.
    if (!BEST_BUSINESS_GATE.test(field.lower)) continue;
    const named = a.fields.some((f) => BUSINESS_NAMED.test(f.text));
    for (const sentence of field.sentences) {
      if (sentence.question) continue;
      const text = field.lower.slice(sentence.start, sentence.end);
      const original = field.text.slice(sentence.start, sentence.end);
      const m =
        BEST_BUSINESS.exec(text) ??
        (NAME_PAST_FIRST_WORD.test(original) && !PUBLIC_PLACE.test(text) ? BEST_OF_KIND.exec(text) : null) ??
        (named ? URGE_TO_SHOP.exec(text) : null);
      if (m === null) continue;
      const start = sentence.start + m.index;
      return {
        field,
        sentence,
        hit: { start, end: start + m[0].length, text: field.text.slice(start, start + m[0].length) },
      };
    }
  }
  return undefined;
}

function promotion(a: Analysis): LexHit | undefined {
  const lang = a.language === "sv-lattlast" ? "sv" : a.language;
  const firm = FIRM_AFTER[lang];
  const recommended = gatedHits(a, RECOMMEND, { sv: RECOMMEND_GATE, en: RECOMMEND_GATE }, OPTIONS).find(
    (h) =>
      (firm !== undefined && firm.test(h.field.text.slice(h.hit.end))) ||
      praisedName(h.field.text.slice(h.hit.end, h.sentence.end)),
  );
  return (
    recommended ??
    gatedHits(a, OFFER, { sv: OFFER_GATE, en: OFFER_GATE }, OPTIONS).find(
      (h) => !OWN_CHARGES.test(h.field.lower.slice(h.sentence.start, h.sentence.end)) && !warnsOfScam(a),
    ) ??
    praisedBusiness(a)
  );
}

export const IM16: Rule = {
  id: "IM16",
  principle: "impartial",
  name: "a business promoted",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  languages: ["sv", "en"],
  check(a) {
    const hit = promotion(a);
    if (hit === undefined) return [];
    return [
      {
        span: span(hit.field.name, hit.hit.start, hit.hit.end),
        message: t(
          `${q(hit.hit.text)}: meddelandet gynnar ett företag. En myndighet behandlar alla företag lika.`,
          `${q(hit.hit.text)}: the message favours one business. A public authority treats all businesses alike.`,
        ),
        suggestion: t(
          "Hänvisa till en neutral lista eller till vad den drabbade själv kan göra: ”Kontakta ditt försäkringsbolag.”",
          "Point to a neutral list or to what people can do themselves: “Contact your insurance company.”",
        ),
      },
    ];
  },
};
