/**
 * What tells two statements of one text apart, shared by the contradiction readings (FA15, twenty-fourth round): a
 * page that keeps its dated updates one under another, a day named in a sentence, a place named in it.
 */
import type { FieldText } from "../analysis.js";

/** A line that opens an update ("Uppdatering kl. 16.00", "UPDATE 3.30pm", "Last updated …"). */
const UPDATE_LINE =
  /^[ \t]*(?:senast\s+)?(?:uppdatering|uppdaterad|update|updated|last updated)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/gimu;

/** A page that keeps its updates, each saying what held then: two or more update lines in one field. */
export function keepsDatedUpdates(fields: readonly FieldText[]): boolean {
  return fields.some((f) => (f.text.match(UPDATE_LINE) ?? []).length >= 2);
}

const DAY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:i dag|idag|today|tonight|i kväll|i morgon|imorgon|tomorrow|(?:mån|tis|ons|tors|fre|lör|sön)dag[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** The day a lower-cased sentence speaks of, one spelling per day ("idag" is "i dag", "måndagen" is "måndag"), or "". */
export function dayNamed(text: string): string {
  return (DAY.exec(text)?.[0] ?? "")
    .replace(/^idag$/u, "i dag")
    .replace(/^imorgon$/u, "i morgon")
    .replace(/^((?:mån|tis|ons|tors|fre|lör|sön)dag)[A-Za-zªµºÀ-ÖØ-öø-ɏ]+$/u, "$1");
}

/** A capitalised name after a preposition ("i Norrby", "on the Kingsway estate", "At Bewdley"). */
const PLACE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:[Ii]|[Ii]n|[Oo]n|[Aa]t|[Pp]å|[Vv]id|[Ff]ör|[Ff]or) (?:the )?(\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)/gu;

/**
 * Twenty-seventh round (a review): a place named through its people or as an owner ("Residents of Westham",
 * "Southside residents", "Northside's water", "boende i Norrby" is PLACE's).
 */
const PEOPLE_OF_PLACE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:[Rr]esidents|[Pp]eople|[Hh]omes|[Hh]ouseholds|[Cc]ustomers|[Pp]roperties) of (?:the )?(\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)|(\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+) (?:residents|households|customers|homes|properties)|(\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ-]+)['’]s (?:water|supply|homes|residents|households|customers|roads?|schools?))/gu;

/** Days and months are capitalised in English and follow "on" or "in": no places. */
const NOT_A_PLACE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** The places a sentence names, lower-cased, from its original text (capitals tell a name). */
export function placesNamed(original: string): string[] {
  return [...original.matchAll(PLACE), ...original.matchAll(PEOPLE_OF_PLACE)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? "").toLowerCase())
    .filter((w) => w !== "" && !NOT_A_PLACE.test(w));
}
