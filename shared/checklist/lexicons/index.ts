import { compileLexicon, type Lexicon } from "./compile.js";
import { en } from "./en.js";
import { fi } from "./fi.js";
import { sv } from "./sv.js";

export type { LangFamily, Lexicon } from "./compile.js";

// Compiled once at module load: scoring on every keystroke must not rebuild regexes.
const SV = compileLexicon("sv", sv);
const EN = compileLexicon("en", en);
const FI = compileLexicon("fi", fi);

/** `sv-lattlast` is Swedish; an unknown language has no lexicon and gets only language-independent rules. */
export function lexiconFor(language: string): Lexicon | null {
  if (language === "sv" || language === "sv-lattlast") return SV;
  if (language === "en") return EN;
  if (language === "fi") return FI;
  return null;
}
