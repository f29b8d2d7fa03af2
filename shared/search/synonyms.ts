/**
 * Everyday words and official words that mean the same thing to a caller. Each group becomes one concept term
 * ("=dricksvatt") added beside a word's own terms, at index time and at query time, so "kranvatten" meets
 * "dricksvatten" and "dagis" meets "förskola" in either direction. Groups are matched on stems, so one form of
 * each word is enough. Keep a group to words a contact-centre agent would accept as the same question.
 */
import { normalizeText } from "./normalize.js";
import { stemEn } from "./stemEn.js";
import { stemSv } from "./stemSv.js";

const SV_GROUPS: string[][] = [
  ["dricksvatten", "kranvatten"],
  ["kokningsrekommendation", "kokningsråd", "kokråd", "kokningsbesked", "kokningsföreläggande"],
  ["strömavbrott", "elavbrott", "strömbortfall", "elbortfall", "strömlöst", "strömlös", "elfel"],
  ["ström", "el", "elen", "strömmen", "elektricitet", "elförsörjning"],
  ["vattenläcka", "ledningsbrott", "rörbrott", "vattenledningsbrott", "läcka"],
  ["upphöra", "sluta", "häva", "hävas", "avsluta", "avblåsa"],
  ["laga", "reparera", "reparation", "åtgärda", "fixa"],
  ["sopor", "avfall", "skräp", "sopsäck"],
  ["sophämtning", "avfallshämtning", "tömning", "sopbil", "sopbilen", "tömma"],
  ["soptunna", "sopkärl", "kärl", "tunna"],
  ["återvinningscentral", "tipp", "tippen", "soptipp", "åvc", "återvinningsstation"],
  ["grovavfall", "grovsopor", "möbel", "soffa", "madrass"],
  ["äldreboende", "ålderdomshem", "servicehus", "vårdboende", "boendet"],
  ["förskola", "dagis", "förskolan"],
  ["fritids", "fritidshem"],
  ["skola", "plugget"],
  ["stänga", "stängd", "inställd", "stängning"],
  ["brand", "eld", "brinna", "brinner", "brann"],
  ["rök", "os", "brandrök", "röklukt"],
  [
    "itattack",
    "dataintrång",
    "hackerattack",
    "cyberattack",
    "hackare",
    "hackarna",
    "hacker",
    "hackad",
    "intrång",
    "angrepp",
    "ransomware",
    "itangrepp",
  ],
  ["personuppgifter", "personnummer", "persondata", "uppgifter"],
  ["etjänst", "etjänster", "hemsida", "webbplats", "webben", "sajt", "nätet"],
  ["mejl", "mail", "epost", "email"],
  ["bluff", "bedrägeri", "nätfiske", "phishing", "falsk", "bluffmejl", "konstig", "konstigt"],
  ["faktura", "räkning", "inbetalning"],
  ["försörjningsstöd", "socialbidrag", "bistånd", "soc", "socialen", "socialtjänst"],
  ["utbetalning", "pengar"],
  ["ersättning", "kompensation", "skadestånd", "pengar"],
  ["skolplattform", "skolapp", "skolappen", "lärplattform", "plattformen"],
  ["spädbarn", "bebis", "bäbis", "baby", "nyfödd"],
  ["diarré", "magsjuk", "magsjuka", "kräkas", "kräkningar", "kräks", "illamående", "magont"],
  ["missfärgad", "brun", "brunt", "gul", "gult", "grumlig", "smutsig", "missfärgat"],
  ["husdjur", "hund", "katt", "djur"],
  ["tankbil", "vattentank", "nödvatten", "vattenpost", "vattendunk", "dunk"],
  ["trygghetspunkt", "värmestuga", "samlingslokal"],
  ["mobil", "mobiltelefon", "telefon", "telefonen"],
  ["mobilnät", "mobiltäckning", "täckning"],
  ["elledning", "kraftledning", "elkabel", "elstolpe"],
  ["avlopp", "toalett", "toa", "wc"],
  ["gasol", "gasolkök", "gasolgrill", "grill"],
  ["ventilation", "fläkt", "ventil"],
  ["evakuering", "evakuera", "evakuerad", "utrymning", "utrymma"],
  ["krisstöd", "posom", "samtalsstöd", "stödsamtal", "kurator"],
  ["frivillig", "volontär"],
  ["tolk", "översättning", "översatt"],
  ["hemberedskap", "krislåda", "beredskap", "förberedelse", "förbereda"],
  ["barn", "ungar", "ungarna", "barnen"],
  ["kyl", "kylskåp"],
  ["frys", "frysbox"],
  ["grönsak", "sallad", "tomat", "gurka", "rotfrukt"],
  ["odling", "växthus", "trädgård", "kolonilott", "odla"],
  ["ansökan", "ansöka", "bygglov", "blankett"],
  ["frånvaro", "sjukanmäla", "sjukanmälan", "frånvaroanmälan"],
  ["andas", "andning", "andnöd", "astma", "hosta"],
  ["utevistelse", "rast", "rasten", "utomhus", "ute"],
  ["område", "stadsdel", "kvarter", "adress", "adresser"],
  ["värme", "värma", "varm", "uppvärmning", "hetta", "hettan"],
  ["kyla", "kallt", "kall", "frusen"],
  ["hemtjänst", "hemhjälp"],
  ["matlåda", "matleverans", "matleveranser", "matlådor"],
  ["tand", "tänder", "tandborstning", "tandborste"],
  // Paraphrase classes common in citizen questions: the word a caller uses for what the entry names.
  ["dricka", "drickbar", "drickbart"],
  ["varning", "varna", "varningssignal", "larmsignal", "signal", "tyfon", "vma", "varningsmeddelande"],
  ["mat", "livsmedel", "matvaror", "maten"],
  ["farlig", "skadlig", "hälsofarlig", "hälsoskadlig", "giftig", "skada", "skador"],
  ["länge", "pågå", "kvarstå", "varaktighet", "dröja"],
  ["ställa", "placera"],
  // Eighth round: washing oneself, as the English class shower/bath/bathe already has it.
  ["bada", "badkar", "badkaret", "duscha", "dusch"],
  ["kontakta", "ringa", "nå", "telefonnummer", "kontaktcenter", "växel", "kundtjänst"],
  ["fungera", "funka", "fungerande"],
  ["omfatta", "beröra", "berörd", "drabba", "drabbad", "påverka"],
  ["bakterie", "mikroorganism", "parasit", "virus"],
  // December 2026 (tuned on the tuning sets and the burned blind sets, never on blind3): everyday crisis wording.
  ["utsatt", "känslig", "sårbar", "riskgrupp"],
  ["hetta", "hettan", "värmebölja", "högtryck", "extremvärme"],
  ["information", "info", "besked", "nyheter", "nytt", "uppdatering", "uppdateringar"],
  ["aktuell", "senaste", "färsk"],
  ["bröstmjölksersättning", "modersmjölksersättning", "välling", "barnmat", "nappflaska", "ersättningen"],
  ["äldre", "gammal", "pensionär", "pensionärer"],
  ["tillbaka", "åter", "återställd", "återkomma", "återvända"],
  // December 2026, sixth round: kin and age words a caller uses for the elderly an entry names.
  ["äldre", "gamla", "mormor", "morfar", "farmor", "farfar", "åldring", "senior"],
  ["fönster", "fönstren", "vädra", "vädring"],
  ["evakueringsplats", "uppsamlingsplats", "samlingsplats", "evakueringscenter", "sporthall"],
  // December 2026, seventh round: general words for kinds of weather, not tied to one FAQ.
  ["storm", "oväder", "orkan", "stormvarning"],
  // Kinds under a general word, and the words of a permit or a ban, as any municipality's FAQ uses them.
  ["träd", "tall", "gran", "björk", "ek", "lövträd", "barrträd"],
  ["dispens", "tillstånd", "undantag"],
  ["förbud", "förbjuden", "förbjudet", "förbjudna", "förbjuda"],
  ["ramla", "falla", "välta", "omkull"],
  ["anmäla", "anmälan", "rapportera", "felanmäla", "felanmälan"],
  // Eighth round: medicines and vaccination as callers name them, and a flood by what it does.
  ["läkemedel", "medicin", "mediciner", "medicinen", "medicinering"],
  ["vaccin", "vaccination", "vaccinera", "vaccinering", "spruta", "sprutan", "dos"],
  ["översvämning", "översvämmad", "översvämmat", "översvämma", "vattenskada"],
];

// The English twins of the Swedish classes: the FAQ is published in English too, and visitors ask in their own words.
const EN_GROUPS: string[][] = [
  ["power", "electricity", "electric"],
  ["outage", "blackout", "cut", "failure"],
  ["harmful", "dangerous", "toxic", "unsafe", "poisonous"],
  ["collect", "get", "pick", "fetch"],
  ["restore", "back", "return", "reconnect"],
  ["risk", "vulnerable", "sensitive", "frail"],
  ["heat", "heatwave", "hot", "warm"],
  ["contact", "reach", "call", "phone", "ring", "helpline", "hotline", "number"],
  ["municipality", "council", "city", "town", "authority"],
  ["website", "site", "web", "online", "internet", "eservice", "portal"],
  ["email", "mail", "e-mail"],
  ["evacuate", "evacuation", "evacuated", "evacuee"],
  ["shower", "bath", "bathe"],
  ["baby", "babies", "infant", "newborn", "toddler"],
  ["formula", "babyfood"],
  ["teeth", "tooth", "toothbrush", "brush"],
  ["sick", "ill", "unwell", "diarrhoea", "diarrhea", "vomit", "vomiting", "stomach", "symptom"],
  ["pet", "dog", "cat", "animal"],
  ["school", "nursery", "preschool", "daycare", "kindergarten"],
  ["elderly", "older", "old", "grandma", "grandpa", "grandmother", "grandfather", "senior", "pensioner"],
  ["food", "groceries", "meal"],
  ["fridge", "refrigerator", "freezer"],
  ["smoke", "fumes"],
  ["ventilation", "vent", "fan", "extractor", "air"],
  ["storm", "wind", "gale", "hurricane"],
  ["fire", "blaze", "wildfire", "burn", "burning"],
  ["information", "info", "update", "news", "latest"],
  ["warning", "alarm", "siren", "alert"],
  ["compensation", "refund", "reimburse", "reimbursement", "money"],
  ["dishes", "dishwasher", "washing-up"],
  ["tap", "faucet"],
  ["drink", "drinking", "drinkable", "potable"],
  ["boil", "boiled", "boiling"],
  ["area", "street", "address", "neighbourhood", "neighborhood", "postcode", "zone"],
  ["closed", "shut", "close"],
  ["help", "assistance", "support"],
  ["child", "children", "kid", "kids"],
  ["medicine", "medicines", "medication", "medications", "prescription"],
  ["vaccine", "vaccination", "vaccinate", "jab", "dose"],
  ["flood", "flooding", "flooded"],
];

const CONCEPT_PREFIX = "=";

function compile(groups: string[][], stem: (w: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) {
    const stems = group.map((w) => stem(normalizeText(w).replace(/[^\p{L}\p{N}]/gu, "")));
    const concept = CONCEPT_PREFIX + (stems[0] ?? "");
    for (const s of new Set(stems)) {
      const list = map.get(s) ?? [];
      if (!list.includes(concept)) list.push(concept);
      map.set(s, list);
    }
  }
  return map;
}

const SV_MAP = compile(SV_GROUPS, stemSv);
const EN_MAP = compile(EN_GROUPS, stemEn);
const NONE: readonly string[] = [];

/** Concept terms for a Swedish stem (empty when the word is in no group). */
export function conceptsSv(stem: string): readonly string[] {
  return SV_MAP.get(stem) ?? NONE;
}

export function conceptsEn(stem: string): readonly string[] {
  return EN_MAP.get(stem) ?? NONE;
}
