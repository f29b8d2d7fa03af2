/**
 * Fast (snabb), the promise of the next update: a time people can plan by. "Så småningom" promises nothing, so it
 * costs at least as much as no promise (AC2 + FS8), and a time in the text that differs from the time set on the
 * bulletin or promised on the incident tells people two different things.
 */
import type { Analysis } from "../analysis.js";
import { q, span, t } from "../text/spans.js";
import type { Rule } from "../types.js";
import { findAll } from "../text/match.js";
import { inOlderEntry, lexHits, type LexHit } from "./helpers.js";
import { tooShort } from "./substance.js";

const QUOTED = { skipQuoted: true, skipQuestions: true } as const;
/** Sentences that promise more information, even without the words of a formal next-update promise. */
const INFO_PROMISE =
  /(?:more (?:when|once|as soon as)|mer (?:när|så fort|så snart)|information|info|besked|uppdater[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|återkomm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|meddela[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|update[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|more details|let (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?know|more to share|inform|hör(?:a)? av oss|höra mer|nyheter|be (?:back )?in touch|get back to|keep (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?posted|news|nytt|tiedot[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tiedota[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|päivit[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|lisätie[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)/u;
/**
 * A promise of more information that waits on an event instead of a time ("… när vi vet mer", "så fort vi har något
 * nytt", "once there is news", "when we hear back") is vague whatever the words: the reader has nothing to plan by.
 */
const CONDITION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:när|så (?:fort|snart)|once|when(?:ever)?|as soon as|if|om)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ']+){0,5}? (?:mer|nytt|något|klarnat|besked|more|news|further|anything|something|new|information|details)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const PROMISE_VERB =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vi (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:återkommer|meddelar|informerar|uppdaterar|hör|berättar|publicerar|lägger ut|lägger upp|skriver|delar|skickar ut)|we(?:['’]ll| will)? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:update|post|share|let|be|get|publish|inform|provide|keep|tell|send|put out)|(?:more|further) (?:details|information|updates?|news) (?:will|to) follow|mer information (?:kommer|följer))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * The passive promise (seventh round): "Ny information publiceras …", "Further updates will be posted …". Tried only in
 * sentences that hold "informat" or "updat" (a literal test: the alternation on every sentence cost FS7 a third).
 */
const PASSIVE_PROMISE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:ny|mer) information (?:publiceras|läggs ut|lämnas|ges)|(?:more|further|new) (?:information|details|updates?) will be (?:posted|published|provided|given|shared)|updates will be (?:posted|published|provided|given|shared))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function promiseIn(text: string): RegExpExecArray | null {
  const m = PROMISE_VERB.exec(text);
  if (m !== null || !(text.includes("informat") || text.includes("updat"))) return m;
  return PASSIVE_PROMISE.exec(text);
}

/**
 * The promise waits on an event told as a clause right after the verb (seventh round): "Vi meddelar när vattnet kommer
 * tillbaka", "We will let you know once power is restored". The event is the time: nothing to plan by.
 */
// Blind14 studied: those told may be named ("We'll let families know when the school reopens", "Vi meddelar
// vårdnadshavarna när skolan öppnar igen"), and the event told by the verb of reopening itself.
const EVENT_CONDITION =
  /^(?: (?:dig|er|you|everyone|alla|residents|customers|families|parents|pupils|students|patients|guests|vårdnadshavar(?:e|na)|föräldrar(?:na)?|elever(?:na)?|kunder(?:na)?|boende|here|här|igen|again|on (?:this page|our website|social media)|på (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:webben|hemsidan|webbplatsen)))*(?: know)? (?:när|så fort|så snart|once|when|as soon as) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){1,4}?(?:är|blir|kommer|har|kan|ska|öppnar|öppnas|återöppnas|is|are|has|have|comes?|gets?|can|will|be|(?:re)?opens?|resumes?|returns?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** The promise's object is "more" and a condition follows, whatever it waits on: "we'll post more when we have it",
 * "vi berättar mer så fort vi kan", "we will share further details once we are able to". */
const MORE_ON_CONDITION =
  /^(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? (?:more|mer|further|fler|an update|updates|nytt)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,3}? (?:when|once|as soon as|if|när|så fort|så snart|om)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** Blind14 studied: an operation in progress at the scene ("We are currently responding to an incident …, while
 * emergency services attend", "Polisen arbetar på platsen", "polisinsatsen pågår") is why no time can be given yet:
 * the police notice's "when we can say more, we will" then promises what it can, even with no time in the text. */
const SCENE_WORKED =
  /(?:(?:currently|are|is|still) responding to an? (?:incident|emergency|call)|while (?:the )?(?:emergency services|officers|firefighters) (?:attend|are (?:at|on) (?:the )?scene)|(?:emergency services|officers|firefighters) (?:are|remain) (?:currently |still )?(?:at|on) (?:the )?scene|(?:polisen|räddningstjänsten|blåljuspersonal) (?:arbetar|är) (?:fortfarande |just nu |nu )?på (?:plats|platsen)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|(?:räddningsinsatsen|polisinsatsen) pågår|pågående (?:räddningsinsats|polisinsats))/u;
/**
 * Why no time can be given yet: no prognosis, the fault or the cause not found, the time unknown. The promise's own
 * sentence does not count ("vi återkommer när vi vet mer" explains nothing about itself).
 */
const TIME_UNKNOWN =
  /(?:saknas (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:prognos|tidsplan|tidsuppskattning)|(?:prognos|tidsplan)(?:en)? saknas|(?:ingen|inte någon) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:prognos|tidsplan|tidsuppskattning)|(?:kan|går) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inte (?:att )?(?:ange|säga|lämna|ge|bedöma|uppskatta) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:tid|prognos|när|hur länge)|(?:vet|känner) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inte (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:när|hur länge|orsaken|var felet)|(?:har|hittat) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?inte (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:hittat|lokaliserat|hittats) (?:felet|läckan|orsaken)|(?:orsaken|felet) är (?:ännu |fortfarande |i nuläget )?(?:inte känd|okänd|oklar|inte hittad|inte lokaliserad)|för tidigt att säga|unknown at this time|(?:do not|don't|does not|doesn't) (?:yet )?have an? (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:time|estimate|timeline|timeframe|forecast)|(?:time|estimate)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*: unknown|no (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:estimated? |restoration )?(?:time|estimate|forecast|timescale|timeframe)(?: yet| at this time| available)|(?:cannot|can't|unable to|not able to|not possible to) (?:yet )?(?:say|give|estimate|predict|confirm) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:when|how long|a time|an estimate)|(?:do not|don't|does not) (?:yet )?know (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:when|how long|the cause|what caused)|cause is (?:not yet known|unknown|unclear|still unknown)|too early to (?:say|tell)|(?:investigation|inquiry|utredning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:remains|is|är) (?:still )?(?:at an|in an|i ett) (?:early|tidigt) (?:stage|skede)|limited (?:further )?information (?:is )?available|not yet (?:found|located|identified) (?:the )?(?:fault|leak|cause))/u;

function saysWhyNoTime(a: Analysis, promise: LexHit): boolean {
  // "Vi vet fortfarande inte vilka som ligger bakom" says why nobody can promise a time, as a missing forecast does.
  for (const f of a.fields)
    for (const s of f.sentences)
      if (!(f === promise.field && s.index === promise.sentence.index) && a.flags(f, "honestUnknowns")[s.index] === 1)
        return true;
  for (const f of a.fields) {
    if (!TIME_UNKNOWN.test(f.lower)) continue;
    for (const s of f.sentences) {
      if (f === promise.field && s.index === promise.sentence.index) continue;
      if (TIME_UNKNOWN.test(f.lower.slice(s.start, s.end))) return true;
    }
  }
  return false;
}

/**
 * The time the reader plans by, given in another sentence: the expected end or the next decision ("Vi räknar med att
 * skolan är öppen som vanligt imorgon", "We will reassess the situation early in the morning"). The vague promise
 * beside it is then for changes, not in place of a time (real prose, second pass). The promise's own sentence does
 * not count.
 */
const PLAN_BY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:räknar (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?med|beräknas|väntas|bedömer|planerar|expect[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|anticipat[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:will|plan to|intend to) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:reassess|review|decide|reopen|re-open|reconvene))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const MORNING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:early |first thing )?in the morning|i morgon bitti)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
function givesTimeToPlanBy(a: Analysis, promise: LexHit): boolean {
  // A timed promise elsewhere ("Vi återkommer ca kl 13:00 imorgon") is the time to plan by: a running log of updates
  // keeps its older "så snart situationen klarnat" below the newest entry (ninth round, blind16 studied).
  for (const f of a.fields) {
    const next = a.flags(f, "nextUpdate", true);
    const times = a.flags(f, "times");
    for (const s of f.sentences) {
      if (f === promise.field && s.index === promise.sentence.index) continue;
      if (next[s.index] === 1 && times[s.index] === 1) return true;
    }
  }
  for (const f of a.fields) {
    if (!PLAN_BY.test(f.lower)) continue;
    for (const s of f.sentences) {
      if (f === promise.field && s.index === promise.sentence.index) continue;
      const text = f.lower.slice(s.start, s.end);
      if (!PLAN_BY.test(text)) continue;
      const when =
        a.flags(f, "times")[s.index] === 1 ||
        a.flags(f, "dates")[s.index] === 1 ||
        a.flags(f, "relativeTime")[s.index] === 1 ||
        MORNING.test(text);
      if (when) return true;
    }
  }
  return false;
}

/**
 * A service's return promised with a vague word ("It will reopen shortly", "Vattnet kommer tillbaka snart") is a
 * promise too: the reader plans their day by it. An effort ("we are working to restore power as soon as possible")
 * promises nothing and is left alone. A service that "comes again" returns too ("Bussarna kommer snart igen",
 * "buses will run again soon": seventh round).
 */
const RESTORE_PROMISE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:will|should|is expected to|are expected to|expect(?:s|ed)?(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,2}? to) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:reopen|re-open|return|be back|be restored|be reconnected|resume|be fixed|be repaired|come back|be working|again)|(?:kommer|ska|beräknas|väntas|går) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:tillbaka|åter|öppna|öppnar|återställ[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|fungera|lagad|lagat|(?<!sätta |dra )igång|(?<!sätta |dra )i gång|att vara klar|igen)|hoppas (?:kunna |att )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:släppa på|öppna|återställa|tillbaka|igång)|hope to (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?(?:restore|reopen|reconnect|turn (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?back on))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
// Work that starts ("så att arbetet ska kunna sätta igång") is no service returning (twenty-first round, blind42).
// "… as soon as we safely can" is the English of "så snart vi kan": an effort, as in Swedish (seventh round).
/** People at work as the subject: "Teams will be working over the next few days clearing debris" is an effort. */
const AT_WORK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:teams?|crews?|staff|engineers?|workers?|contractors?|technicians?|officers?|we)(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ'’]+){0,8}? (?:will|should) be working(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const EFFORT = /(?:possible|practicable|able|möjligt|går|kan|can)$/u;

const BARE_PROMISE =
  /^(?:(?:we['’]ll|we will) (?:keep (?:you|residents|everyone) (?:posted|updated|informed)|(?:post|share) (?:more|updates|an update)(?: here)?)|(?:more|further) (?:information|details|updates) to follow|vi (?:håller (?:er|dig) (?:uppdaterad|uppdaterade|informerad|informerade)|återkommer(?: med mer)?)|mer (?:information|info) kommer)[.!]*$/u;

const READER_REQUEST =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:please |)(?:call|email|e-mail|contact|phone|ring|kontakta|mejla|hör av dig|get in touch|uppmanar|uppmanas|ombeds|urges?|urged)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const HYPOTHETICAL =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:ifall|in case|om det är så att|if it turns out)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A sentence that opens with its purpose ("To reach as many people as possible - as quickly as possible - we work
 * closely with our local media", "För att nå ut så snabbt som möjligt samarbetar vi …") says how the sender works, and
 * promises nothing: blind32 studied, a school district's standing policy page. */
const PURPOSE_OPENING = /^(?:in order to|to|för att) [A-Za-zªµºÀ-ÖØ-öø-ɏ]+/u;
/** The sender doing something as its main clause ("we work closely", "samarbetar vi"): a fragment ("To keep residents
 * informed, more information as soon as possible") has none and stays a promise (a code review). */
const SENDER_IN_MAIN_CLAUSE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:we [A-Za-zªµºÀ-ÖØ-öø-ɏ]+|[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ vi)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Any word that makes the main clause a promise after such an opening ("… återkommer vi så snart som möjligt"). */
const PROMISING_WORD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:will|'ll|’ll|shall|going to|ska|kommer|återkommer|meddelar|informerar|uppdaterar|berättar|publicerar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

function timed(a: Analysis, h: LexHit): boolean {
  const i = h.sentence.index;
  return (
    a.flags(h.field, "times")[i] === 1 ||
    a.flags(h.field, "dates")[i] === 1 ||
    a.flags(h.field, "relativeTime")[i] === 1
  );
}

/** Promises found only through an event clause ("we'll let you know when the road is clear"): real posts say this. */
function eventOnly(a: Analysis): Set<LexHit> {
  return a.memo("eventOnlyPromises", () => new Set<LexHit>());
}

function vaguePromises(a: Analysis): LexHit[] {
  return a.memo("vaguePromises", () => {
    const listed = lexHits(a, a.lex?.vagueTimes ?? null, QUOTED).filter((h) => {
      if (timed(a, h)) return false;
      const sentence = h.field.lower.slice(h.sentence.start, h.sentence.end);
      // A request to the reader ("call 0300 … or email … as soon as possible") asks; it promises nothing (ninth round).
      if (READER_REQUEST.test(sentence) && promiseIn(sentence) === null) return false;
      // A hypothetical clause is about someone else's later ("ifall era barn berättar om det här för er senare").
      if (HYPOTHETICAL.test(sentence.slice(0, h.hit.start - h.sentence.start))) return false;
      if (
        PURPOSE_OPENING.test(sentence.trimStart()) &&
        !PROMISING_WORD.test(sentence) &&
        SENDER_IN_MAIN_CLAUSE.test(sentence) &&
        a.flags(h.field, "nextUpdate", true)[h.sentence.index] === 0
      )
        return false;
      return (
        a.flags(h.field, "nextUpdate", true)[h.sentence.index] === 1 ||
        INFO_PROMISE.test(sentence) ||
        (RESTORE_PROMISE.test(sentence) && !EFFORT.test(h.hit.text.toLowerCase()) && !AT_WORK.test(sentence))
      );
    });
    if (
      listed.length > 0 ||
      a.lex === null ||
      !(a.language === "sv" || a.language === "sv-lattlast" || a.language === "en")
    )
      return listed;
    // The frame: we + a verb of telling, about more information, on a condition, with no time in the sentence.
    const framed: LexHit[] = [];
    for (const field of a.fields) {
      for (const sentence of field.sentences) {
        if (sentence.question) continue;
        const text = field.lower.slice(sentence.start, sentence.end);
        // A promise that is the whole sentence ("We'll keep you posted.", "Vi återkommer.", "Mer information kommer.")
        // gives no time whatever its words (nineteenth round, blind33 studied).
        if (BARE_PROMISE.test(text.trim()) && !inOlderEntry(field, sentence.start)) {
          framed.push({
            field,
            sentence,
            hit: { start: sentence.start, end: sentence.end, text: field.text.slice(sentence.start, sentence.end) },
          });
          continue;
        }
        const promise = promiseIn(text);
        if (promise === null) continue;
        const rest = text.slice(promise.index);
        const onInfo = CONDITION.test(rest) || MORE_ON_CONDITION.test(rest.slice(promise[0].length));
        if (!onInfo && !EVENT_CONDITION.test(rest.slice(promise[0].length))) continue;
        const h: LexHit = {
          field,
          sentence,
          hit: { start: sentence.start, end: sentence.end, text: field.text.slice(sentence.start, sentence.end) },
        };
        if (timed(a, h)) continue;
        framed.push(h);
        if (!onInfo) eventOnly(a).add(h);
      }
    }
    return framed;
  });
}

export const FS7: Rule = {
  id: "FS7",
  principle: "fast",
  name: "vague promise of more information",
  severity: "warn",
  points: 20,
  repeat: 0,
  cap: 20,
  kinds: ["bulletin", "sms", "social", "correction"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const first = vaguePromises(a)[0];
    if (first === undefined) return [];
    // With no clock time anywhere in the text, the vague promise is all the reader gets: nothing to plan by. (An error
    // whenever no timed promise exists was tried: it refused real notices that say "updates as soon as possible".)
    const noTimeAtAll = a.nextUpdateAt === null && !a.fields.some((f) => a.flags(f, "times").includes(1));
    // Those real notices say why no time can be given ("I nuläget saknas prognos", "Estimated Restoration Time:
    // Unknown at this time", "har inte hittat felet än"). A vague promise with no such reason, in place of a time,
    // is evasion: "Mer information kommer när vi har mer att säga" under a time stamp still gives nothing to plan by.
    // A promise on an event clause alone is an error only when no time stands anywhere: the event is a time of a kind
    // ("when the road is clear"), and real posts with a stamp say it (seventh round).
    const sceneWorked = a.fields.some((f) => SCENE_WORKED.test(f.lower));
    const unexplained = a.nextUpdateAt === null && !sceneWorked && !saysWhyNoTime(a, first) && !eventOnly(a).has(first);
    const planned = givesTimeToPlanBy(a, first);
    return [
      {
        ...(((noTimeAtAll && !sceneWorked) || unexplained) && !planned
          ? { severity: "error" as const, points: 30 }
          : {}),
        span: span(first.field.name, first.hit.start, first.hit.end),
        message: t(
          `${q(first.hit.text)} lovar ingen tid som mottagaren kan planera efter.`,
          `${q(first.hit.text)} promises no time people can plan by.`,
        ),
        suggestion: t(
          "Ge en klocktid: ”Nästa uppdatering kommer senast kl. 15.00.”",
          "Give a clock time: “Next update by 3 pm.”",
        ),
      },
    ];
  },
};

export const FS8: Rule = {
  id: "FS8",
  principle: "fast",
  name: "no time for the next update",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin"],
  languages: ["sv", "en", "fi"],
  check(a) {
    const lex = a.lex;
    if (lex === null || a.isClosure || tooShort(a) || a.nextUpdateAt !== null) return [];
    if (a.isVma && lex.vmaRadio !== null && lex.vmaRadio.test(`${a.title.text}\n${a.body.text}`)) return [];
    if (vaguePromises(a).length > 0) return []; // FS7 already says it
    if (lexHits(a, lex.nextUpdate, { skipQuoted: true }).some((h) => timed(a, h))) return [];
    return [
      {
        message: t(
          "Ingen tid för nästa uppdatering: mottagaren vet inte när det kommer mer.",
          "No time for the next update: people cannot tell when more will come.",
        ),
        suggestion: t(
          "Lova en tid: ”Vi uppdaterar här senast kl. 15.00.”",
          "Promise a time: “We will update this page by 3 pm.”",
        ),
      },
    ];
  },
};

let stockholm: Intl.DateTimeFormat | null = null;
let lastClock = { ms: Number.NaN, text: "" };

/** "15.00" for a moment, as the clock on the wall in Sweden shows it (the municipality's readers' time). */
/** The Swedish wall-clock time of `ms` as "15.49". */
export function wallClock(ms: number): string {
  // Formatting a date is costly and the same due time is checked on every keystroke: keep the last answer (the
  // result depends only on the argument, so scoring stays pure).
  if (ms === lastClock.ms) return lastClock.text;
  stockholm ??= new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const text = stockholm.format(ms).replace(":", ".");
  lastClock = { ms, text };
  return text;
}

// A whole hour may end its sentence ("nästa besked kommer kl. 16."): only a digit after the stop makes it "16.30".
const CLOCK = /(?<!\d)([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)|(?:kl\.?|klockan|klo|kello) ?([01]?\d|2[0-3])(?!\d|[.:]\d)/gu;

const PRESS_CONFERENCE = /^(?:presskonferens|press conference|tiedotustilaisuus)/u;

export const FS9: Rule = {
  id: "FS9",
  principle: "fast",
  name: "promised time differs from the set time",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin", "sms", "social"],
  clock: true,
  check(a) {
    const lex = a.lex;
    const due =
      a.nextUpdateAt ?? (a.context.incident?.nextUpdateDue ? Date.parse(a.context.incident.nextUpdateDue) : null);
    if (lex === null || due === null || !Number.isFinite(due)) return [];
    const expected = wallClock(due);
    for (const h of lexHits(a, lex.nextUpdate, QUOTED)) {
      // A press conference is a time to tell, not the next update's ("Presskonferens kl. 14. Nästa uppdatering kl. 16.").
      if (PRESS_CONFERENCE.test(h.hit.text.toLowerCase())) continue;
      const sentence = h.field.text.slice(h.sentence.start, h.sentence.end);
      const times = findAll(sentence, CLOCK).map((m) => {
        const parts = /(\d{1,2})(?:[.:](\d{2}))?/u.exec(m.text.replace(/^(?:kl\.?|klockan|klo|kello) ?/u, ""));
        return parts ? `${(parts[1] ?? "").padStart(2, "0")}.${parts[2] ?? "00"}` : "";
      });
      if (times.length === 0 || times.includes(expected)) continue;
      return [
        {
          // The bulletin's own field against its own text: both go to the public (the page and the feeds show the
          // field, the text another time), so it is sent back like any self-contradiction. Against the incident's
          // promise only, the writer may be moving the promise on: a warning.
          ...(a.nextUpdateAt !== null ? { severity: "error" as const } : {}),
          span: span(h.field.name, h.sentence.start, h.sentence.end),
          message: t(
            `Texten lovar nästa uppdatering kl. ${times[0]}, men den utlovade tiden är kl. ${expected}.`,
            `The text promises the next update at ${times[0]}, but the time set is ${expected}.`,
          ),
          suggestion: t(
            "Använd samma tid i texten och i fältet för nästa uppdatering.",
            "Use the same time in the text and in the next-update field.",
          ),
        },
      ];
    }
    return [];
  },
};
