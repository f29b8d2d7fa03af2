/**
 * Part of FA12 (speculation about a cause or a culprit): an outbreak's source named as a vendor while the tests are
 * still out. "The outbreak is most likely linked to food sold at the Christmas market. … results are expected on
 * Monday", "The illness came from the oysters sold at the seafood stall. Samples … have been sent for testing": the
 * business is judged before the evidence, and a wrong guess harms it and leaves the real source open (CERC: be right;
 * MSB: saklig). Four independent authors wrote it (blind44, blind51, blind57, blind59) and no real message of the
 * tuning material does; a source confirmed by the tests is a fact.
 */
import type { Analysis } from "../analysis.js";
import type { Draft } from "../types.js";
import { q, span, t } from "../text/spans.js";

const VENDOR_SOURCE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:linked to|caused by|came from|comes from|traced (?:back )?to|source (?:is|was)|kopplat? till|orsakad(?:es)? av|kom från|kommer från|källan (?:är|var))(?: [A-Za-zªµºÀ-ÖØ-öø-ɏ]+){0,6}? (?:(?:sold|served) (?:at|by)|restaurant|stall|market(?! (?:street|road|square|place))|café|cafe|bakery|caterer|food truck|takeaway|restaurang|kiosk|marknad|torghandel|bageri|servering|salad bar|buffet|buffé)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** An outbreak: the smoke from a restaurant fire has no source to guess at (a code review). */
const ILLNESS =
  /ill|sick|outbreak|vomit|diarr|gastro|food poisoning|norovirus|salmonella|magsjuk|smitt|utbrott|insjukn|kräk|listeria/u;
/** Asked, not told: "We are investigating whether the illness came from a stall". */
const OPEN_QUESTION =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:whether|if the|utreder om|undersöker om|om smittan|om sjukdomen)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** The vendor nouns as literals, tested first: most texts name none. */
const VENDOR_GATE =
  /sold|served|restaurant|stall|market|café|cafe|bakery|caterer|food truck|takeaway|restaurang|kiosk|marknad|torghandel|bageri|servering|salad bar|buffet|buffé/u;
const TESTS_PENDING =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:samples?|tests?|prover?|provsvar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|analys[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|results?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:pending|awaited|being (?:tested|analy[sz]ed)|sent|väntas|inväntas|analyseras|skickats|expected|due|to confirm)|expect (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?results)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CONFIRMED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:confirmed|have shown|has shown|bekräftat|bekräftade|visade|visar)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export function vendorNamedBeforeTests(a: Analysis): Draft | null {
  if (!a.fields.some((f) => VENDOR_GATE.test(f.lower)) || !a.fields.some((f) => ILLNESS.test(f.lower))) return null;
  if (!a.fields.some((f) => TESTS_PENDING.test(f.lower))) return null;
  for (const f of a.fields) {
    if (!VENDOR_GATE.test(f.lower)) continue;
    for (const s of f.sentences) {
      const text = f.lower.slice(s.start, s.end);
      const m = VENDOR_SOURCE.exec(text);
      if (m === null || CONFIRMED.test(text) || OPEN_QUESTION.test(text)) continue;
      const start = s.start + m.index;
      return {
        span: span(f.name, start, start + m[0].length),
        message: t(
          `${q(f.text.slice(start, start + m[0].length))}: en verksamhet pekas ut som källa innan provsvaren finns.`,
          `${q(f.text.slice(start, start + m[0].length))}: a business is named as the source before the test results.`,
        ),
        suggestion: t(
          "Säg vad som undersöks och när svaren kommer, utan att peka ut någon innan de finns.",
          "Say what is being investigated and when results are due, without naming anyone before them.",
        ),
      };
    }
  }
  return null;
}

/**
 * The cause told as settled while the text itself says the tests or the investigators are still out (twenty-fifth
 * round, impart4 studied: "The outbreak was caused by contaminated water in the water-play area. Samples … results are
 * expected by Friday", "Branden … startade av en cigarett … räddningstjänstens brandutredare är på plats i dag", "the
 * fire was started by a lithium battery … Fire service investigators will be on site this week"). Deliberate fires
 * are left out: the police classify a crime and investigate who did it. A hedge is FA12's own reading.
 */
const CAUSE_TOLD =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:was|were|is|has been) (?:caused|started|sparked|triggered|set off) by|(?:startade|orsakades|utlöstes|började) (?:av|genom|när|efter att)|(?:beror|berodde) på (?:att|ett|en)|(?:is|are|was|were) down to|was (?:started|caused) (?:when|after))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const STILL_OUT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:results? (?:are|is) (?:expected|due|awaited|pending)|awaiting (?:the )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?results|investigators? (?:will be|are|is) (?:on site|at the scene|examining|still)|will (?:examine|investigate) (?:the )?(?:damage|cause|scene|site)|investigation (?:is (?:still )?(?:ongoing|under way|continuing)|continues)|brandutredar[A-Za-zªµºÀ-ÖØ-öø-ɏ]* (?:är|kommer att vara|kommer) (?:på plats|till platsen|att undersöka)|(?:provsvar[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|svaren|resultaten) (?:väntas|kommer (?:på|i|under))|utredningen pågår|(?:samples?|prover|prov) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,6}?(?:went|were sent|have been sent|skickades|har skickats) (?:to|till) (?:the )?(?:lab|laboratory|laboratoriet|analys))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const HEDGED_OR_DELIBERATE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:believed|thought|likely|probably|possibly|appears?|suspected|may|might|could|troligen|sannolikt|förmodligen|misstänk[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kan ha|verkar|tros|deliberate[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|arson|anlag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|avsiktlig[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|not|inte|whether|om (?:branden|smittan))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const NOT_KNOWN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:vet (?:ännu |fortfarande )?inte|don['’]t (?:yet )?know|do not (?:yet )?know|not (?:yet )?known|(?:är|is) (?:ännu |still )?(?:okänd|oklar|unknown|unclear))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const RESULTS_IN =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:results? (?:show|showed|have shown|confirm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:svaren|provsvaren|resultaten|analysen) (?:visar|visade|har visat|bekräft[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|tests? (?:have |has )?(?:confirmed|found|shown)|confirmed by|bekräftats? av)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CAUSE_GATE =
  /caused|started|sparked|triggered|set off|startade|orsakades|utlöstes|började|beror|berodde|down to/u;

export function causeToldBeforeFindings(a: Analysis): Draft | null {
  if (!a.fields.some((f) => CAUSE_GATE.test(f.lower)) || !a.fields.some((f) => STILL_OUT.test(f.lower))) return null;
  // "The results show the illness was caused by norovirus": the tests are in (a review of the round).
  if (a.fields.some((f) => RESULTS_IN.test(f.lower))) return null;
  for (const f of a.fields) {
    for (const s of f.sentences) {
      if (s.question) continue;
      const text = f.lower.slice(s.start, s.end);
      const m = CAUSE_TOLD.exec(text);
      if (m === null || HEDGED_OR_DELIBERATE.test(text) || STILL_OUT.test(text)) continue;
      // "Vi vet ännu inte varför … Det beror på att provsvaren tar två dygn": the reason for not knowing.
      const before = f.sentences[s.index - 1];
      if (
        /^\s*(?:det|detta|this|that|it)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u.test(text) &&
        before !== undefined &&
        NOT_KNOWN.test(f.lower.slice(before.start, before.end))
      )
        continue;
      const start = s.start + m.index;
      return {
        span: span(f.name, start, start + m[0].length),
        message: t(
          `${q(f.text.slice(start, start + m[0].length))}: orsaken sägs som säker fast proverna eller utredningen inte är klara.`,
          `${q(f.text.slice(start, start + m[0].length))}: the cause is told as certain while the tests or the investigation are still out.`,
        ),
        suggestion: t(
          "Säg vad som misstänks, vem som utreder och när svaret kommer.",
          "Say what is suspected, who is investigating and when the answer is due.",
        ),
      };
    }
  }
  return null;
}
