/**
 * Part of FA7 (prediction stated as certain): safety promised as a certain forecast of a natural hazard. "The flood
 * defences on Quay Street will hold", "The river will crest at 6.2 metres and will not reach the homes on Ferry Lane",
 * "Vattnet kommer inte att nå bostadshusen": a forecast has a margin, and the reassurance it buys stops people from
 * protecting themselves (CERC: do not over-reassure, say what is uncertain; MSB: saklig). Six independent authors
 * wrote it (blind21, blind47, blind50, blind52, blind53, blind56); the real messages of the tuning material forecast
 * with a source or a hedge ("SMHI bedömer", "expected to"), or say what will happen, not what will be spared.
 */
import type { Analysis } from "../analysis.js";
import type { Draft } from "../types.js";
import { q, span, t } from "../text/spans.js";
import { attributed, estimateSentence } from "./helpers.js";

const SPARED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:will not|won['’]t|will never) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:reach|flood|overtop|breach|get into|enter) (?:the |any )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:homes?|houses?|properties|town|levee|defen[cs]es?|village|streets?|buildings?)|will not be (?:overtopped|breached|flooded)|(?:defen[cs]es?|levee|barriers?|flood ?walls?|dam|embankments?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?will (?:hold(?! (?:a|an|the|public|drop|meetings?|sessions?|talks?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))|not fail|not be (?:overtopped|breached))|will (?:stay|remain) dry|kommer (?:inte|aldrig) att (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?översvämmas|kommer (?:inte|aldrig) att (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:nå|översvämma|komma in i|tränga in i) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:bostäder[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|bostadshus[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hus(?:en)?|hem(?:men)?|byn|samhället|tätorten|vallen|fastigheter[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:vallen|vallarna|barriär[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|skyddsvall[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|dammen|skydden) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?kommer att hålla)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const SPARED_GATE = /will|won|kommer/u;
/**
 * Twenty-third round (blind60 and blind64 studied): the weather's turn told as the end of the danger ("Värmen släpper
 * på lördag och då är faran över", "Från söndag kommer regnet tillbaka och då är problemet löst"): a forecast made the
 * all-clear. Read only in a sentence that forecasts the weather.
 */
const WEATHER_ENDS_IT =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:då (?:är|blir) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:problemet|problemen|faran|krisen|bristen|vattenbristen|risken) (?:(?!inte |ej |not )[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:löst|lösta|över|borta|förbi)|(?:then|that will mean) (?:the )?(?:problem|danger|crisis|shortage|risk) (?:will be|is) (?:over|solved|gone))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const WEATHER = /regn|värme|hetta|hettan|rain|heat|weather|väder|temperatur|kyla|snö|storm|blåst|vind/u;
/** A forecast of water: a road diversion that "will not affect the homes" forecasts nothing (a code review). */
const RISING_WATER =
  /flood|översvämm|river|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])ån(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])|älven|vattennivå|water level|levee|vallen|högvatten|crest|peak|flöde|storm surge|tide/u;
const EXPECTED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:expected|forecast|predicted|likely|should|beräknas|väntas|bedöms|bedömer|prognos[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|troligen|sannolikt)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

export function safetyForecast(a: Analysis): Draft | null {
  return (
    firstPromise(
      a,
      WEATHER_ENDS_IT,
      (f) => WEATHER_ENDS_IT.test(f.lower),
      (text) => WEATHER.test(text),
    ) ??
    firstPromise(
      a,
      SPARED,
      // One scan of the field first: "kommer" stands in most Swedish texts, a spared home in few.
      (f) => SPARED_GATE.test(f.lower) && SPARED.test(f.lower) && a.fields.some((g) => RISING_WATER.test(g.lower)),
      (_text, f, i) => !attributed(a, f)(i) && !estimateSentence(a, f, i),
    )
  );
}

type Field = Analysis["fields"][number];

/** The first unhedged, unconditional, unsourced sentence of a field that passes `fieldGate` holding `promise`. */
function firstPromise(
  a: Analysis,
  promise: RegExp,
  fieldGate: (f: Field) => boolean,
  sentenceTest: (text: string, f: Field, index: number) => boolean,
): Draft | null {
  for (const f of a.fields) {
    if (!fieldGate(f)) continue;
    for (const s of f.sentences) {
      if (s.question) continue;
      const text = f.lower.slice(s.start, s.end);
      const m = promise.exec(text);
      if (m === null || EXPECTED.test(text) || !sentenceTest(text, f, s.index)) continue;
      if (a.flags(f, "hedges")[s.index] === 1 || a.flags(f, "conditions")[s.index] === 1) continue;
      return forecastFinding(f, s.start + m.index, s.start + m.index + m[0].length);
    }
  }
  return null;
}

function forecastFinding(f: Field, start: number, end: number): Draft {
  const said = f.text.slice(start, end);
  return {
    severity: "error",
    points: 25,
    span: span(f.name, start, end),
    message: t(
      `${q(said)} lovar säkerhet som om prognosen vore säker.`,
      `${q(said)} promises safety as if the forecast were certain.`,
    ),
    suggestion: t(
      "Säg vem som bedömer, hur säker bedömningen är och vad de boende ska göra om den slår fel.",
      "Say who forecasts it, how certain it is, and what residents should do if it proves wrong.",
    ),
  };
}
