import { textLang, type MessageLanguage } from "../../shared/index.js";

/** The public page's own words, per page language (easy Swedish has its own, simpler ones: see `lattlast`). */
export interface PublicStrings {
  htmlLang: string;
  skip: string;
  activeIncidents: string;
  noIncidents: string;
  lastUpdated: string;
  nextUpdate: string;
  published: string;
  updated: string;
  whatToDo: string;
  area: string;
  otherLanguages: string;
  withdrawn: string;
  withdrawnText: string;
  correction: string;
  feeds: string;
  capAlert: string;
  /** The incident's CAP index (Atom) in the footer. */
  capIndex: string;
  allIncidents: string;
  languageName: string;
  pageLanguages: string;
  closed: string;
  /** The footer link to the accessibility statement. */
  accessibility: string;
  /** "Not in <page language> yet" over a version shown in another language; {shown} is that language's name. */
  missing: string;
  /** Language names as they read inside `missing` ("engelska", "Swedish", "ruotsiksi"). */
  inLanguage: Record<MessageLanguage, string>;
  /** On the list of incidents, when every message of an incident has been withdrawn. */
  latestWithdrawn: string;
  /** As `missing`, when the version in the page's language existed and was withdrawn. */
  missingWithdrawn: string;
  /** In an article's meta after the publish time: "…, tillbakadraget <time>". */
  withdrawnOn: string;
  /** The 404 page. */
  notFoundTitle: string;
  notFoundText: string;
  /** A next-update promise whose time has passed; {time} is the promised time. */
  nextUpdateLate: string;
  /** Over a translation whose original was republished since; {original} as in `inLanguage`. */
  originalUpdated: string;
  /** The link to that original. */
  readOriginal: string;
}

const sv: PublicStrings = {
  htmlLang: "sv",
  skip: "Gå till innehållet",
  activeIncidents: "Aktuella händelser",
  noIncidents: "Just nu finns det inga händelser med information från kommunen.",
  lastUpdated: "Senast uppdaterad",
  nextUpdate: "Nästa uppdatering senast",
  published: "Publicerat",
  updated: "uppdaterat",
  whatToDo: "Det här ska du göra",
  area: "Område",
  otherLanguages: "Andra språk",
  withdrawn: "Tillbakadraget",
  withdrawnText: "Det här meddelandet har dragits tillbaka och gäller inte längre.",
  correction: "Rättelse",
  feeds: "Prenumerera",
  capAlert: "CAP-varning (XML)",
  capIndex: "CAP-varningar (Atom)",
  allIncidents: "Alla aktuella händelser",
  languageName: "Svenska",
  pageLanguages: "Språk",
  closed: "Händelsen är avslutad.",
  accessibility: "Tillgänglighetsredogörelse",
  missing: "Det här meddelandet finns inte på {page} än. Det visas på {shown}.",
  inLanguage: { sv: "svenska", en: "engelska", fi: "finska", "sv-lattlast": "lättläst svenska" },
  latestWithdrawn: "Det senaste meddelandet har dragits tillbaka.",
  missingWithdrawn: "Meddelandet på {page} har dragits tillbaka. Det visas på {shown}.",
  withdrawnOn: "tillbakadraget",
  notFoundTitle: "Sidan finns inte",
  notFoundText: "Det finns ingen publicerad information här.",
  nextUpdateLate: "Nästa uppdatering utlovades senast {time} och är försenad.",
  originalUpdated: "Meddelandet på {original} har uppdaterats sedan den här översättningen gjordes.",
  readOriginal: "Läs det uppdaterade meddelandet",
};

const en: PublicStrings = {
  htmlLang: "en",
  skip: "Skip to content",
  activeIncidents: "Current incidents",
  noIncidents: "There are no incidents with information from the municipality right now.",
  lastUpdated: "Last updated",
  nextUpdate: "Next update by",
  published: "Published",
  updated: "updated",
  whatToDo: "What you should do",
  area: "Area",
  otherLanguages: "Other languages",
  withdrawn: "Withdrawn",
  withdrawnText: "This message has been withdrawn and no longer applies.",
  correction: "Correction",
  feeds: "Subscribe",
  capAlert: "CAP alert (XML)",
  capIndex: "CAP alerts (Atom)",
  allIncidents: "All current incidents",
  languageName: "English",
  pageLanguages: "Language",
  closed: "This incident is closed.",
  accessibility: "Accessibility statement",
  missing: "This message is not available in {page} yet. It is shown in {shown}.",
  inLanguage: { sv: "Swedish", en: "English", fi: "Finnish", "sv-lattlast": "Easy Swedish" },
  latestWithdrawn: "The latest message has been withdrawn.",
  missingWithdrawn: "The {page} version of this message has been withdrawn. It is shown in {shown}.",
  withdrawnOn: "withdrawn",
  notFoundTitle: "Page not found",
  notFoundText: "There is no published information here.",
  nextUpdateLate: "The next update was promised by {time} and is late.",
  originalUpdated: "The {original} version has been updated since this translation was made.",
  readOriginal: "Read the updated message",
};

const fi: PublicStrings = {
  htmlLang: "fi",
  skip: "Siirry sisältöön",
  activeIncidents: "Ajankohtaiset tapahtumat",
  noIncidents: "Tällä hetkellä kunnalla ei ole tiedotteita tapahtumista.",
  lastUpdated: "Päivitetty viimeksi",
  nextUpdate: "Seuraava päivitys viimeistään",
  published: "Julkaistu",
  updated: "päivitetty",
  whatToDo: "Toimi näin",
  area: "Alue",
  otherLanguages: "Muut kielet",
  withdrawn: "Peruttu",
  withdrawnText: "Tämä tiedote on peruttu, eikä se ole enää voimassa.",
  correction: "Oikaisu",
  feeds: "Tilaa",
  capAlert: "CAP-varoitus (XML)",
  capIndex: "CAP-varoitukset (Atom)",
  allIncidents: "Kaikki ajankohtaiset tapahtumat",
  languageName: "Suomi",
  pageLanguages: "Kieli",
  closed: "Tapahtuma on päättynyt.",
  accessibility: "Saavutettavuusseloste",
  missing: "Tätä tiedotetta ei ole vielä {page}. Se näytetään {shown}.",
  inLanguage: { sv: "ruotsiksi", en: "englanniksi", fi: "suomeksi", "sv-lattlast": "selkoruotsiksi" },
  latestWithdrawn: "Viimeisin tiedote on peruttu.",
  missingWithdrawn: "Tämän tiedotteen versio {page} on peruttu. Se näytetään {shown}.",
  withdrawnOn: "peruttu",
  notFoundTitle: "Sivua ei löydy",
  notFoundText: "Täällä ei ole julkaistua tietoa.",
  nextUpdateLate: "Seuraava päivitys luvattiin viimeistään {time}, ja se on myöhässä.",
  originalUpdated: "Tiedote {original} on päivitetty tämän käännöksen jälkeen.",
  readOriginal: "Lue päivitetty tiedote",
};

/**
 * Easy Swedish (lättläst), after Myndigheten för tillgängliga mediers advice: short common words, "vi" and "du"
 * rather than the passive, no abbreviations or long compounds. Spread over the Swedish words so that a key added
 * later still reads in Swedish here until someone writes its easy version. The feed and CAP links keep their
 * format names (a reader's program knows them by those) and say that they are for programs, not for reading.
 */
const lattlast: PublicStrings = {
  ...sv,
  skip: "Gå direkt till texten",
  activeIncidents: "Det här händer nu",
  noIncidents: "Just nu har kommunen inget att berätta om något som händer.",
  lastUpdated: "Vi ändrade senast",
  nextUpdate: "Vi skriver mer senast",
  published: "Skrivet",
  updated: "ändrat",
  area: "Plats",
  withdrawn: "Gäller inte längre",
  withdrawnText: "Det här meddelandet gäller inte längre.",
  feeds: "Få nytt automatiskt",
  capAlert: "CAP-varning (XML), för datorer",
  capIndex: "CAP-varningar (Atom), för datorer",
  allIncidents: "Allt som händer nu",
  languageName: "Lättläst svenska",
  closed: "Det här är över nu.",
  accessibility: "Kan alla använda webbplatsen?",
  missing: "Vi har inte skrivit det här på {page} än. Här står det på {shown}.",
  latestWithdrawn: "Det senaste meddelandet gäller inte längre.",
  missingWithdrawn: "Meddelandet på {page} gäller inte längre. Här står det på {shown}.",
  withdrawnOn: "gäller inte från",
  notFoundTitle: "Sidan finns inte",
  notFoundText: "Här finns ingen information.",
  nextUpdateLate: "Vi lovade att skriva mer senast {time}. Det är sent nu.",
  originalUpdated: "Meddelandet på {original} är ändrat efter att vi skrev det här.",
  readOriginal: "Läs det ändrade meddelandet",
};

/**
 * The notice, written in `words`, over a version shown in `shown` because the page language `page` has none:
 * missingNotice("sv", "en", "sv") = "Det här meddelandet finns inte på engelska än. Det visas på svenska."
 * With `withdrawn`, the page language's version existed and was withdrawn: it is not "not yet translated".
 */
export function missingNotice(
  words: MessageLanguage,
  page: MessageLanguage,
  shown: MessageLanguage,
  withdrawn = false,
): string {
  const t = PUBLIC_STRINGS[words];
  return (withdrawn ? t.missingWithdrawn : t.missing)
    .replace("{page}", t.inLanguage[page])
    .replace("{shown}", t.inLanguage[shown]);
}

export const PUBLIC_STRINGS: Record<MessageLanguage, PublicStrings> = { sv, en, fi, "sv-lattlast": lattlast };

/** ÖVNING / EXERCISE in every language at once: an exercise must never be mistaken for the real thing. */
const EXERCISE_WORDS = [
  ["sv", "ÖVNING"],
  ["en", "EXERCISE"],
  ["fi", "HARJOITUS"],
] as const;
export const EXERCISE_MARK = EXERCISE_WORDS.map(([, word]) => word).join(" / ");
/** The same in HTML, each word tagged with its language (WCAG 3.1.2). */
export const EXERCISE_MARK_HTML = EXERCISE_WORDS.map(([lang, word]) => `<span lang="${lang}">${word}</span>`).join(
  " / ",
);

/** The `lang` attribute (BCP 47) for a bulletin language; easy Swedish is Swedish to a screen reader. */
export const htmlLang = (language: MessageLanguage): string => textLang(language);

const LOCALE: Record<MessageLanguage, string> = { sv: "sv-SE", "sv-lattlast": "sv-SE", en: "en-GB", fi: "fi-FI" };
const formats = new Map<string, Intl.DateTimeFormat>();

/** Local (Swedish) time in the page language, e.g. "25 nov. 2026 09:00". */
export function formatTime(iso: string, language: MessageLanguage): string {
  const locale = LOCALE[language];
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: "Europe/Stockholm", dateStyle: "medium", timeStyle: "short" });
    formats.set(locale, f);
  }
  return f.format(new Date(iso));
}

/**
 * The "Rättelse" mark a correction gets in the public outputs, or "" when its headline already opens with that word
 * (what a communicator naturally writes): "Rättelse: Rättelse: Vattnet i Åby …" said it twice in every feed.
 */
export function correctionMark(t: PublicStrings, headline: string): string {
  return headline.trim().toLocaleLowerCase("sv").startsWith(t.correction.toLocaleLowerCase("sv")) ? "" : t.correction;
}
