/**
 * The date and time a suggestion offers to copy: the moment of scoring in Swedish time ("fredag 6 december
 * kl. 10.05"), not a fixed day that is wrong on every other day. Without a clock (a text scored on its own) a fixed
 * example stands in. Rules that use it are clock rules: their findings are not reused when the clock moves.
 */
import { MUNICIPALITY_TIME_ZONE } from "../../timeZone.js";

/** The same moment in each message language; Finnish without the weekday (its case would depend on the sentence). */
export interface Example {
  sv: string;
  en: string;
  fi: string;
}

/**
 * The example in a message's language, for text the writer copies into the message: English for English, Finnish for
 * Finnish, else Swedish (easy Swedish too). The words around it follow the UI language, the words to copy do not.
 */
export function inMessageLanguage(example: Example, language: string): string {
  if (language === "en") return example.en;
  if (language === "fi") return example.fi;
  return example.sv;
}

const FIXED = {
  day: { sv: "tisdag 25 november", en: "Tuesday 25 November", fi: "25. marraskuuta" },
  stamp: { sv: "tisdag 25 november kl. 14.00", en: "Tuesday 25 November, 14:00", fi: "25. marraskuuta klo 14.00" },
};

let formats: { sv: Intl.DateTimeFormat; en: Intl.DateTimeFormat; fi: Intl.DateTimeFormat } | null = null;
let last: { minute: number; examples: typeof FIXED } = { minute: Number.NaN, examples: FIXED };

function examplesAt(ms: number): typeof FIXED {
  // The same minute is scored on every keystroke and ICU formatting is the costly part; the answer depends only on
  // the minute, so keeping the last one leaves scoring pure.
  const minute = Math.floor(ms / 60_000) * 60_000;
  if (minute === last.minute) return last.examples;
  const options: Intl.DateTimeFormatOptions = {
    timeZone: MUNICIPALITY_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  };
  formats ??= {
    sv: new Intl.DateTimeFormat("sv-SE", options),
    en: new Intl.DateTimeFormat("en-GB", options),
    fi: new Intl.DateTimeFormat("fi-FI", options),
  };
  const parts = (f: Intl.DateTimeFormat) => {
    const all = f.formatToParts(minute);
    const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? "";
    return { weekday: get("weekday"), day: get("day"), month: get("month"), hour: get("hour"), minute: get("minute") };
  };
  const sv = parts(formats.sv);
  const en = parts(formats.en);
  const fi = parts(formats.fi);
  const day = {
    sv: `${sv.weekday} ${sv.day} ${sv.month}`,
    en: `${en.weekday} ${en.day} ${en.month}`,
    fi: `${fi.day}. ${fi.month}`,
  };
  const examples = {
    day,
    stamp: {
      sv: `${day.sv} kl. ${sv.hour}.${sv.minute}`,
      en: `${day.en}, ${en.hour}:${en.minute}`,
      fi: `${day.fi} klo ${fi.hour}.${fi.minute}`,
    },
  };
  last = { minute, examples };
  return examples;
}

/**
 * "fredag 6 december kl. 10.05" / "Friday 6 December, 10:05" / "6. joulukuuta klo 10.05" for `now` (ms), or a fixed
 * example without a clock.
 */
export function exampleStamp(now: number | null): Example {
  return (now === null ? FIXED : examplesAt(now)).stamp;
}

/** "fredag 6 december" / "Friday 6 December" / "6. joulukuuta" for `now` (ms), or a fixed example without a clock. */
export function exampleDay(now: number | null): Example {
  return (now === null ? FIXED : examplesAt(now)).day;
}
