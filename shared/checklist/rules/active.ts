/**
 * Active (aktiv): "stay a step ahead": tell people what to do, when they will hear more and where to turn
 * (research.md §6.2–6.4, §7), and answer serious rumours.
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { contentStems, overlapShare, OVERLAP_SHARE } from "../text/overlap.js";
import { q, span, t } from "../text/spans.js";
import { anyFlag, lexHits, mentions } from "./helpers.js";
import { wallClock } from "./fastPromises.js";
import { thinRule } from "./substance.js";

const NATIONAL_PHONE = /(?<![\d+])(?:\+46 ?|0)\d{1,3}[- ]?\d{2,3}(?:[ -]?\d{2}){1,3}(?!\d)/u;
const SERVICE_PHONE = /(?<!\d)(?:112|113 ?13|114 ?14|1177|116 ?117)(?!\d)/u;

export function hasContactRoute(a: Analysis): boolean {
  for (const f of a.fields) {
    if (f.tokens.some((tok) => tok.type === "url" || tok.type === "email")) return true;
    if (NATIONAL_PHONE.test(f.text) || SERVICE_PHONE.test(f.text)) return true;
  }
  return mentions(a, a.lex?.moreInfo ?? null);
}

/** An instruction, an obligation or ban, or a decision addressed to the people affected ("skolan är stängd"). */
export function addressesReader(a: Analysis): boolean {
  return a.fields.some((f) => anyFlag(a.flags(f, "instruction")) || anyFlag(a.flags(f, "decisions", true)));
}

const EASY_TITLE = /^(?:lättläst|lätt svenska|easy read)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const AC1: Rule = {
  id: "AC1",
  principle: "active",
  name: "no call to action",
  severity: "warn",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    if (a.isClosure) return [];
    if (addressesReader(a)) return [];
    // Blind14 studied: an easy-language text (lättläst) that tells of a danger and not what to do leaves the readers
    // who most need the action said outright without it ("Det brinner i skogen … Det kommer mycket rök."): an error.
    const easy = a.language === "sv-lattlast" || EASY_TITLE.test(a.title.lower);
    const danger = a.fields.some((f) => a.flags(f, "hazards").includes(1));
    return [
      {
        ...(easy && danger ? { severity: "error" as const } : {}),
        message: t(
          "Meddelandet säger inte vad mottagaren ska göra nu.",
          "The message does not tell people what to do now.",
        ),
        suggestion: t(
          "Börja med en uppmaning: ”Koka vattnet innan du dricker det.” Är inget att göra, säg det: ”Du behöver inte göra något.”",
          "Lead with an instruction: “Boil tap water before drinking it.” If nothing is needed, say so: “You do not need to do anything.”",
        ),
      },
    ];
  },
};

/** "Next update at 15.49." in the message's language; the time as the Swedish wall clock shows it. */
function nextUpdateSentence(language: string, time: string): string {
  if (language === "en") return `Next update at ${time.replace(".", ":")}.`;
  if (language === "fi") return `Seuraava tiedote klo ${time}.`;
  return `Nästa uppdatering kommer kl. ${time}.`;
}

export const AC2: Rule = {
  id: "AC2",
  principle: "active",
  name: "no promised time of the next update",
  severity: "warn",
  // With AC1 and AC3 just under the fail mark: a real news item that lacks all three is sent back for more, not
  // refused; a thin one is refused by AC10.
  points: 12,
  repeat: 0,
  cap: 12,
  kinds: ["bulletin"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null || a.isClosure) return [];
    // A VMA hands updates over to the radio ("lyssna på Sveriges Radio P4"): that is its promise (research.md §7).
    if (a.isVma && lex.vmaRadio !== null && lex.vmaRadio.test(`${a.title.text}\n${a.body.text}`)) return [];
    const promises = lexHits(a, lex.nextUpdate, { skipQuoted: true });
    if (promises.length > 0) {
      const timed = promises.some(({ field, sentence }) => {
        const i = sentence.index;
        return (
          a.flags(field, "times")[i] === 1 ||
          a.flags(field, "dates")[i] === 1 ||
          a.flags(field, "relativeTime")[i] === 1
        );
      });
      if (timed) return [];
      const first = promises[0];
      return [
        {
          severity: "info",
          points: 5,
          span: first ? span(first.field.name, first.hit.start, first.hit.end) : undefined,
          message: t("Nästa uppdatering utlovas, men utan tid.", "The next update is promised, but without a time."),
          suggestion: t(
            "Ange en tid: ”Nästa uppdatering kommer senast kl. 15.00.”",
            "Give a time: “Next update by 3 pm.”",
          ),
        },
      ];
    }
    if (a.nextUpdateAt !== null) {
      // The sentence to add, at the time set and in the message's own language (a Finnish text gets Finnish).
      const example = nextUpdateSentence(a.language, wallClock(a.nextUpdateAt));
      return [
        {
          severity: "info",
          points: 4,
          message: t(
            "Tiden för nästa uppdatering finns bara i metadata, inte i texten.",
            "The next update time is only in the metadata, not in the text.",
          ),
          suggestion: t(`Skriv tiden i texten: ”${example}”`, `Put it in the text: “${example}”`),
        },
      ];
    }
    return [
      {
        message: t(
          "Meddelandet säger inte när nästa uppdatering kommer.",
          "The message does not say when the next update comes.",
        ),
        suggestion: t(
          "Lova en tid: ”Vi uppdaterar här senast kl. 15.00.”",
          "Promise a time: “We will update this page by 3 pm.”",
        ),
      },
    ];
  },
};

export const AC3: Rule = {
  id: "AC3",
  principle: "active",
  name: "no route to more information",
  severity: "warn",
  points: 12,
  repeat: 0,
  cap: 12,
  kinds: ["bulletin", "correction", "sms", "social"],
  check(a) {
    if (hasContactRoute(a)) return [];
    return [
      {
        // An all-clear ends the story: a route is still good practice, but its absence matters less.
        ...(a.isClosure ? { severity: "info" as const, points: 5 } : {}),
        message: t(
          "Meddelandet säger inte var mottagaren får mer information (webbadress, telefon, kontaktcenter).",
          "The message gives no route to more information (web address, phone number, contact centre).",
        ),
        suggestion: t(
          "Lägg till var mottagaren kan läsa mer eller ringa: ”Mer information: kommunen.se/vatten, tel. 0480-45 00 00.”",
          "Add where to read more or call: “More information: council.example/water, tel. 0480-45 00 00.”",
        ),
      },
    ];
  },
};

export const AC6: Rule = {
  id: "AC6",
  principle: "active",
  name: "serious rumour left unanswered",
  severity: "warn",
  points: 10,
  repeat: 10,
  cap: 30,
  kinds: ["bulletin", "correction"],
  languages: ["sv", "en"],
  check(a) {
    const lex = a.lex;
    const claims = a.context.openClaims ?? [];
    if (lex === null || claims.length === 0) return [];
    const text = `${a.title.lower}\n${a.body.lower}`;
    return claims
      .filter((c) => (c.severity === "high" || c.severity === "critical") && c.addressed !== true)
      .filter((c) => overlapShare(contentStems(c.text, lex.stopwords), text) < OVERLAP_SHARE)
      .map((c): Draft => ({
        message: t(
          `Ett allvarligt rykte är obesvarat: ${q(c.text)}.`,
          `A serious rumour has not been answered: ${q(c.text)}.`,
        ),
        suggestion: t("Bemöt ryktet här eller i en rättelse.", "Answer it here or in a correction."),
      }));
  },
};

export const AC8: Rule = {
  id: "AC8",
  principle: "active",
  name: "VMA template slot missing",
  severity: "info",
  points: 5,
  repeat: 5,
  cap: 15,
  languages: ["sv"],
  check(a) {
    const lex = a.lex;
    if (lex === null || !a.isVma || a.isClosure) return [];
    const text = `${a.title.text}\n${a.body.text}`;
    const out: Draft[] = [];
    if (lex.vmaPlace !== null && !lex.vmaPlace.test(text)) {
      out.push({
        message: t(
          "VMA:t anger inte var (”… i Norrby i Exempelby kommun”).",
          "The VMA does not say where (“… in Norrby, Exempelby municipality”).",
        ),
      });
    }
    if (!a.fields.some((f) => anyFlag(a.flags(f, "hazards")))) {
      out.push({
        message: t(
          "VMA:t säger inte vad som har hänt eller vad faran är.",
          "The VMA does not say what happened or what the danger is.",
        ),
      });
    }
    if (lex.vmaRadio !== null && !lex.vmaRadio.test(text)) {
      out.push({
        message: t(
          "VMA:t hänvisar inte till Sveriges Radio P4.",
          "The VMA does not refer listeners to Sveriges Radio P4.",
        ),
        suggestion: t(
          "Avsluta med: ”För mer information, lyssna på Sveriges Radio P4.”",
          "End with: “For more information, listen to Sveriges Radio P4.”",
        ),
      });
    }
    return out;
  },
};

/** AC10 lives with the other evidence rules; it needs this file's notion of a route to more information. */
export const AC10 = thinRule(hasContactRoute);

/** The danger itself moves towards people: gas, smoke or water carried over homes by the wind or the current. */
const DRIFTING =
  /(?:(?:vind[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|wind[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:mot|in över|towards?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:driver|blåser|sprider sig|sprids|rör sig|går|drar) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:mot|in över|över|in i)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:drift|blow)[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:over|across|into|towards?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|head(?:s|ed|ing)? (?:for|towards?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:send|sends|sending|carr(?:y|ies|ying)|skickar|för) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:smoke|fumes|ash|gas|rök|röken|gas|gasen) (?:over|across|into|towards?|över|mot|in över)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:spread|mov)[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:into|towards?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))/u;
/**
 * The same drift with the direction or a time word between the verb and the place (sixth round, second pass): "röken driver åt
 * nordost mot Ängen", "driver just nu mot", "blåser, mot"; "smoke is drifting east over", "blowing slowly towards".
 */
const DRIFTING_VIA =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:driver|blåser|sprider sig|drar)(?:,? (?:nu|just nu|fortfarande|sakta|långsamt|snabbt|vidare|åt (?:nord|syd|öst|väst|ost)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|i (?:nord|syd|öst|väst|ost)[A-Za-zªµºÀ-ÖØ-öø-ɏ]* riktning)){1,2},? (?:mot|in över|över|in i)|(?:drift|blow|spread|mov)[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:(?:north|south|east|west)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|slowly|quickly|now|still|inland)(?:[ -](?:north|south|east|west)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)?,? (?:over|across|into|towards?))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * The smoke or gas itself named as drifting, with words of wind, direction or origin before the place (eighteenth
 * round, blind32 studied): "röken driver med vinden åt sydost, in över Ekbacken", "Gas is drifting north-east from the
 * site towards the Quayside". The subject is named, so "kommunen driver verksamhet över hela kommunen" is no drift;
 * nor is weather cloud, or smoke blown away from homes or out over the sea (a code review).
 */
const DRIFTING_WIDE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:rök[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|brandrök[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|gas(?:en|erna|moln[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)?|rökmoln[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|giftmoln[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ång(?:or|orna|an)|smoke|fumes|plume|(?:smoke|gas|toxic|chemical) cloud|cloud of (?:smoke|gas))(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:driver|blåser|sprider sig|drar|rör sig|is drifting|are drifting|drifting|drifts|drifted|is blowing|blowing|blows|is moving|moving|is spreading|spreading)(?:[ ,]+[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+){0,6}?,? (?:mot|in över|över|in i|towards?|over|into|across)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:sjön|havet|vattnet|fjärden|the sea|the lake|the water|the bay|open (?:water|countryside)))/u;
/** Away from people: "drifting away from homes, out over the sea", "blåser bort från byggnaderna". */
const DRIFTING_AWAY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:away from|bort från|bort mot|ut mot havet|out to sea)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * A release in progress (seventh round): gas or fumes still escaping into the air reach whoever is near, as a drift
 * does. "Gasen läcker fortfarande ut", "det pyser ut ammoniak", "Gas is escaping from the main", "fumes are being
 * released"; a leak of a toxic gas named as such ("en läcka av ammoniak", "ammonia leak": nineteenth round). A cordon protects nobody in the homes around it: they need an instruction of their own.
 */
const RELEASING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:gas(?:en)?|ammoniak(?:en)?|klor(?:gas)?(?:en)?|ång(?:or|orna)|kemikalie[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|röken) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:läcker|strömmar|pyser|sipprar|väller|släpps)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? ut|(?:läcker|strömmar|pyser|sipprar|väller) (?:det )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?ut (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:gas|ammoniak|klor|kemikalie[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:gas|fumes|ammonia|chlorine|chemicals?|vapou?rs?) (?:is |are )?(?:still )?(?:escaping|leaking|venting|being released|pouring out)|(?:läcka|läckage|utsläpp) av (?:ammoniak|klor[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|giftig [A-Za-zªµºÀ-ÖØ-öø-ɏ]+|kemikalie[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:ammoniak|klorgas|kemikalie)(?:läcka|läckage)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:leak|release) of (?:ammonia|chlorine|toxic [A-Za-zªµºÀ-ÖØ-öø-ɏ]+|chemicals?)|(?:ammonia|chlorine|chemical) (?:leak|release))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * A danger named by what it does to the body (sixth round, second pass): "kan irritera ögon och luftvägar", "ger
 * andningsbesvär", "hälsovådlig"; "can irritate eyes", "may cause breathing problems", air in the "unhealthy" range;
 * or by the people it has already reached where they live: "fall av legionella hos personer som bor i", "cases among
 * residents of" (a local cluster: the neighbours are the people at risk), or "många har ramlat och skadat sig", "several
 * people have slipped" (the harm has reached people; the rest are next).
 */
const HARMS_PEOPLE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:irriter[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:i )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:ögon[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|luftväg[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hals[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hud[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|näs[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|slemhinn[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:ge|ger|orsaka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|leda till) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:andningsbesvär|hosta|huvudvärk|illamående|yrsel|irritation)|hälsovådlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|ohälsosam[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|irritat[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:eyes|throat|skin|lungs|airways|nose)|(?:cause|causes|causing|trigger|triggers|lead to) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:breathing|respiratory|coughing|asthma|headaches|nausea|dizziness)|unhealthy|hazardous (?:to breathe|air|levels|range)|(?:fall|smittade|insjuknade|sjuka) (?:av [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:hos|bland) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:som bor|boende|invånare|hushåll)|(?:cases?|infections?|people (?:have )?(?:fallen|become) ill) (?:of [A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:among|in) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:residents|people living|households|living)|(?:som bor|boende|invånare)(?: i [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? (?:har )?(?:insjuknat|blivit sjuka|smittats)|(?:residents|people living)(?: in [A-Za-zªµºÀ-ÖØ-öø-ɏ]+)? (?:have )?(?:fallen ill|become ill|been infected|tested positive)|(?:många|flera|\d+ personer|ett tiotal|allt fler) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:har|hade) (?:redan )?(?:ramlat|halkat|fallit|skadat sig|insjuknat|blivit sjuka)|(?:many|several|dozens of|a number of) (?:people|residents) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:have|had) (?:already )?(?:fallen|slipped|been injured|been hurt|fallen ill))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const APPROACHING =
  /(?:(?:vind[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|wind[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:mot|över|in över|towards?|over|across)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?! (?:\d|upp till|up to))|driver (?:mot|in över|över|in i)|blåser (?:mot|in över|över)|sprider sig (?:över|in i)|på väg mot|närmar sig|(?:drift|blow|spread|mov)[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:over|across|into|towards|toward)|väntas (?:nå|stiga|öka|slå|svämma)|(?:is|are) expected (?:tonight|overnight|later today|this (?:evening|afternoon)|tomorrow)|väntas (?:i (?:kväll|natt|morgon)|under (?:natten|kvällen))|svämma[A-Za-zªµºÀ-ÖØ-öø-ɏ]* över|(?:will|is set to|is going to|is expected to) (?:bring|hit|reach|flood|overflow|burst)|(?:når|drar in över|slår till mot) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:i kväll|i natt|i morgon|ikväll|inatt|imorgon)|sprider sig (?:mot|till)|i (?:kran|dricks)vattnet|(?:e\. ?coli|koliforma|bakterier|bacteria|parasit[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|förorening[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|contamina[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|legionella|cryptosporidium) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:i|in) (?:the )?(?:vatten)?(?:ledningsnätet|water supply|mains water|water network)|towards|toward|approaching|expected to (?:reach|rise|hit)|moving (?:towards|south|north|east|west)|in (?:the )?(?:tap|drinking) water|(?:utfärdat|utfärdar|utfärdas) (?:en )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?varning|varnar för|(?:warning|warnings) (?:for|of|is in force|in force|has been issued)|(?:issued|issues) (?:an? )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?warning|warns of)/u;

/** A danger named for the people at risk ("värmen kan vara farlig för äldre", "smoke is harmful to children"). */
const PEOPLE_AT_RISK =
  /(?:farlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hälsofarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|livsfarlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skadlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|en (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?risk|en fara) för (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:äldre|gamla|barn|bebisar|spädbarn|gravida|alla|dig|er|människor|personer|invånare|boende|sjuka|hälsan|husdjur)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:dangerous|hazardous|harmful|life-threatening|deadly|a (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:risk|danger|threat)) (?:to|for) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:people|children|kids|the elderly|older|residents|anyone|everyone|you|your health|health|pets|babies|infants|pregnant)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A sentence that only sends the reader on: "Läs mer på …", "Besök …", "For more information, visit …". */
export const ROUTE_ONLY =
  /^(?:läs mer|läs om|besök|se mer|mer information|mer info|för mer information|följ (?:oss|utvecklingen)|read more|visit|see more|more information|more info|for more information|follow (?:us|updates))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const NEGATED = /(?:inte|ej|icke|not|never|no longer|isn['’]t|aren['’]t) $/u;

/** A line that says where to ask: "Frågor om röken: ring 113 13", "Questions? Call 0300 …", "Vid frågor, kontakta …". */
const QUESTIONS_LINE =
  /^\s*(?:har du |for |any |vid |with |if you have (?:any )?)?(?:frågor|questions)(?: (?:om|kring|about|on|regarding) [^.:?!]{1,40})?[:,?]? (?:ring|kontakta|mejla|call|contact|email|phone)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** The pattern occurs and is not denied ("är inte farliga för hälsan", "is not harmful to health"). */
function affirmed(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return m !== null && !NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index));
}

const OUTLOOK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:nå (?:upp )?(?:i|till)|når (?:upp )?(?:i|till)|under|reach(?:es)?|below|under the) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:varningsnivå[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|warning (?:level|threshold)s?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export const AC11: Rule = {
  id: "AC11",
  principle: "active",
  name: "danger without an instruction",
  // A pointer, not a second deduction: AC1 already costs the missing instruction, and authorities rightly publish
  // status reports on a fire or a flood with nothing new to do (measured on the evaluation corpus).
  severity: "info",
  points: 0,
  repeat: 0,
  cap: 0,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a) {
    if (a.isClosure) return [];
    // "Läs mer på rvn.se" is a route, not a protective action: a sentence that only sends the reader on does not count
    // ("Ring gärna äldre grannar", "Ring 112 om …" do).
    // "Frågor om röken: ring 113 13" is where to ask, not what protects (nineteenth round, blind33 studied).
    const instructed = a.fields.some((f) => {
      const ins = a.flags(f, "instruction");
      return f.sentences.some((s) => {
        const text = f.lower.slice(s.start, s.end);
        return ins[s.index] === 1 && !ROUTE_ONLY.test(text) && !QUESTIONS_LINE.test(text);
      });
    });
    if (instructed) return [];
    const danger = lexHits(a, a.lex?.dangers ?? null, { skipQuoted: true, skipQuestions: true })[0];
    if (danger === undefined) return [];
    // A danger coming towards people (smoke drifting over homes, water rising, bacteria in the tap water) with
    // nothing to do is what CERC calls the first message's failure; a status report on a fire under control is not.
    const approaching = a.fields.some((f) => APPROACHING.test(f.lower));
    // Saying who is at risk and not what they should do leaves exactly those people alone with it.
    const atRisk = a.fields.some((f) => affirmed(PEOPLE_AT_RISK, f.lower) || affirmed(HARMS_PEOPLE, f.lower));
    // A decision ("området är avspärrat", "skolorna är stängda") addresses the reader of a status report or a storm
    // warning; it protects nobody downwind of a toxic gas or a smoke plume: they need an instruction of their own.
    const drifting = a.fields.some(
      (f) =>
        DRIFTING.test(f.lower) ||
        DRIFTING_VIA.test(f.lower) ||
        (DRIFTING_WIDE.test(f.lower) && !DRIFTING_AWAY.test(f.lower)) ||
        RELEASING.test(f.lower),
    );
    if (!drifting && !atRisk && addressesReader(a)) return [];
    // A forecast measured against a warning level ("väntas inte nå upp i varningsnivå", "kan nå upp i varningsnivå i
    // slutet av veckan", "below the warning threshold") is an outlook: the warning, with what to do, comes when the
    // level is reached (seventh round, real prose: SMHI's hydrological outlook). A pointer, as for a status report.
    const outlook = a.fields.some((f) => OUTLOOK.test(f.lower));
    return [
      {
        ...((approaching && !outlook) || drifting || atRisk ? { severity: "error" as const } : {}),
        span: span(danger.field.name, danger.hit.start, danger.hit.end),
        message: t(
          `Texten beskriver en fara (${q(danger.hit.text)}) men säger inte hur mottagaren skyddar sig.`,
          `The text describes a danger (${q(danger.hit.text)}) but not how people protect themselves.`,
        ),
        suggestion: t(
          "Säg vad de som berörs ska göra: ”Gå inomhus och stäng fönster”, ”Koka vattnet”, eller ”Du behöver inte göra något”.",
          "Say what those affected should do: “Go indoors and close windows”, “Boil tap water”, or “You do not need to do anything”.",
        ),
      },
    ];
  },
};
