/**
 * Whether an entry filed as Swedish is in fact written in English. A municipality that copies an English page into
 * its FAQ, or an import that marks every entry "sv", would otherwise have English text read by the Swedish stemmer
 * and word groups ("pets" never meets "dog"). Counted on function words, which every sentence has and the two
 * languages do not share.
 */
import { tokenize } from "./normalize.js";

const EN = new Set(
  `the and is are was were you your to of if can will do does what when where how should my for with be not it this
that there have has our we they from or about`.split(/\s+/),
);
const SV = new Set(
  `och är att du det som på för med kan jag vi inte om när har ska var hur vad till av den ett en de dig din ni er
får måste eller från efter`.split(/\s+/),
);

/** True when the text has at least two English function words and more of them than Swedish ones. */
export function looksEnglish(text: string): boolean {
  let en = 0;
  let sv = 0;
  for (const { word } of tokenize(text)) {
    if (EN.has(word)) en++;
    else if (SV.has(word)) sv++;
  }
  return en >= 2 && en > sv;
}
