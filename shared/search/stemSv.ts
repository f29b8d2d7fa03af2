/**
 * Swedish stemmer: the Snowball Swedish algorithm (snowballstem.org/algorithms/swedish) plus light
 * extensions for the words callers use.
 *
 * Why written here rather than installed: the npm candidates are a port of all Snowball languages without
 * types (snowball-stemmers, one release in years) or part of the nlp.js framework (@nlpjs/lang-sv pulls
 * @nlpjs/core). The Swedish algorithm is some 40 lines, runs in the browser and the server alike, and we need
 * to extend it anyway:
 *  1. The definite endings "-et"/"-ets" (neuter) and "-an"/"-ans" (common gender after -a) are removed:
 *     "vattnet" → "vattn", "huset" → "hus", "skolan" → "skol" (= "skola").
 *  2. A stem ending in a stop + n/l/r loses that last letter, so the forms where Swedish drops the e of
 *     -en/-el/-er meet the others: "vattn" → "vatt" (= "vatten"), "vädr" → "väd" (= "väder"),
 *     "öppn" → "öpp" (= "öppen"), "nyckl" → "nyck"; likewise a stem ending in stop + "el" ("nyckel").
 *  3. derivedStems() gives extra, weaker terms: the verb under a verbal noun ("kokning" → "kok", so it meets
 *     "koka"/"kokar") and the adjective under a neuter "-t" ("kallt" → "kall", "gult" → "gul"). They are
 *     separate index terms rather than the stem itself, so exact forms still score higher than derived ones
 *     and a wrong guess ("kort" → "kor") costs little.
 *  4. Strong verbs ("druckit", "drack" → "drick") come from a table: no suffix rule reaches them.
 *  5. Snowball drops a final "s" after most consonants only when no other ending came off ("plats" → "plat" but
 *     "platsen" → "plats"); here it is dropped after an ending too, so every form of a noun in -s has one stem.
 */

const VOWELS = "aeiouyäåö";
const S_ENDING = "bcdfghjklmnoprtvy";

// Step 1 suffixes, longest first so the first hit is the longest match (Snowball semantics). "et", "ets", "an" and
// "ans" are ours.
const STEP1 = [
  "heterna",
  "hetens",
  "anden",
  "andes",
  "andet",
  "arens",
  "arnas",
  "ernas",
  "heten",
  "heter",
  "ornas",
  "ande",
  "aren",
  "arna",
  "arne",
  "aste",
  "erna",
  "erns",
  "hets",
  "orna",
  "ades",
  "ade",
  "ans",
  "are",
  "ast",
  "ens",
  "ern",
  "het",
  "ets",
  "ad",
  "an",
  "ar",
  "as",
  "at",
  "en",
  "er",
  "es",
  "et",
  "or",
  "a",
  "e",
].sort((a, b) => b.length - a.length);
const STEP2 = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];
const STOPS = "bdgkptv";

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Start of R1: after the first non-vowel that follows a vowel, but at least 3 letters in. */
function r1Start(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return Math.max(i + 1, 3);
  }
  return word.length;
}

// Past forms of strong and irregular verbs callers use, mapped to the present-stem form the algorithm gives.
const STRONG: Record<string, string> = {
  drack: "drick",
  druckit: "drick",
  druckits: "drick",
  åt: "ät",
  ätit: "ät",
  ätits: "ät",
  tog: "ta",
  tagit: "ta",
  gick: "gå",
  gått: "gå",
  fick: "få",
  fått: "få",
  såg: "se",
  sett: "se",
  låg: "ligg",
  legat: "ligg",
  bröt: "bryt",
  brutit: "bryt",
  brann: "brinn",
  brunnit: "brinn",
  frös: "frys",
  frusit: "frys",
  föll: "fall",
  fallit: "fall",
  blev: "bli",
  blivit: "bli",
  slog: "slå",
  slagit: "slå",
  gav: "ge",
  gett: "ge",
  givit: "ge",
  lade: "lägg",
  la: "lägg",
  lagt: "lägg",
  sa: "säg",
  sade: "säg",
  sagt: "säg",
  gjorde: "gör",
  gjort: "gör",
  visste: "vet",
  kom: "komm",
  kommit: "komm",
  stod: "stå",
  stått: "stå",
  satt: "sitt",
  suttit: "sitt",
  skrev: "skriv",
  skrivit: "skriv",
  drev: "driv",
  drivit: "driv",
  rann: "rinn",
  runnit: "rinn",
  sprack: "sprick",
  spruckit: "sprick",
  bar: "bär",
  burit: "bär",
  dog: "dö",
  dött: "dö",
  flög: "flyg",
  flugit: "flyg",
  sov: "sov",
  sovit: "sov",
};

export function stemSv(word: string): string {
  const strong = STRONG[word];
  if (strong !== undefined) return strong;
  if (word.length < 3) return word;
  const r1 = r1Start(word);
  let w = word;

  // Step 1: the longest inflectional suffix in R1.
  for (const suffix of STEP1) {
    if (w.endsWith(suffix) && w.length - suffix.length >= r1) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // Snowball's final "s" (a genitive). Also after an ending came off (extension 5): a noun ending in "s" loses it
  // when bare ("plats" → "plat"), so its inflected forms must too ("platsen", "platser" → "plat"), or
  // "samlingsplatsen" never meets "samlingsplats".
  if (w.endsWith("s") && w.length - 1 >= r1 && S_ENDING.includes(w[w.length - 2] ?? "")) {
    w = w.slice(0, -1);
  }

  // Extension 2 before step 2, so "dricksvattn" → "dricksvatt" is undoubled exactly like "dricksvatt(en)".
  w = dropReducedVowelForm(w);

  // Step 2: undouble certain consonant pairs in R1.
  if (STEP2.some((d) => w.endsWith(d) && w.length - 2 >= r1)) w = w.slice(0, -1);

  // Step 3: a few derivational suffixes in R1.
  if (w.length - 5 >= r1 && w.endsWith("fullt")) w = w.slice(0, -1);
  else if (w.length - 4 >= r1 && w.endsWith("löst")) w = w.slice(0, -1);
  else {
    for (const suffix of ["lig", "els", "ig"]) {
      if (w.endsWith(suffix) && w.length - suffix.length >= r1) {
        w = w.slice(0, -suffix.length);
        break;
      }
    }
  }
  return w;
}

/** Extension 2: "vattn" → "vatt", "nyckel" → "nyck" (see the file comment). */
function dropReducedVowelForm(w: string): string {
  const last = w[w.length - 1] ?? "";
  const beforeLast = w[w.length - 2] ?? "";
  if (w.length >= 4 && "nlr".includes(last) && STOPS.includes(beforeLast)) return w.slice(0, -1);
  if (w.length >= 5 && w.endsWith("el") && STOPS.includes(w[w.length - 3] ?? "")) return w.slice(0, -2);
  return w;
}

/**
 * Words in -rt/-lt/-nt … that are no participle or neuter form of another word, so taking the "t" off meets an
 * unrelated one: "borta"/"bort" (away) met "bor" (lives: "om du bor i Norrby"), and "strömmen är borta" offered the
 * boil-water entry; "fort" (quickly) → "for", "snart" (soon) → "snar", "svart" (black) → "svar" (answer).
 */
const NOT_T_FORMS: ReadonlySet<string> = new Set(["bort", "fort", "snart", "svart", "kort"]);

/** Extension 3: weaker extra stems of a stem (see the file comment); empty when there are none. */
export function derivedStems(stem: string): string[] {
  if (NOT_T_FORMS.has(stem)) return [];
  for (const suffix of ["ning", "ing"]) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      const base = stem.slice(0, -suffix.length);
      if (!isVowel(base[base.length - 1])) return [base];
    }
  }
  const beforeT = stem[stem.length - 2] ?? "";
  // Past participles: "stängt" → "stäng", "kokt(a)" → "kok", "köpt" → "köp".
  if (stem.length >= 4 && stem.endsWith("t") && "lrnmkps".includes(beforeT)) return [stem.slice(0, -1)];
  return [];
}
