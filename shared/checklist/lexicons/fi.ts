/**
 * A small Finnish lexicon: hedges, unconfirmed-information markers, honest unknowns, routes to more information,
 * senders and time words. Rules that need a fuller lexicon (instructions, reasons, plain-language lists) do not run
 * for Finnish; the language-independent rules do (SPEC.md, "Languages").
 */
import type { LexiconSource } from "./types.js";

export const fi: LexiconSource = {
  hedges: [
    "luultavasti",
    "todennäköisesti",
    "ehkä",
    "mahdollisesti",
    "kenties",
    "ilmeisesti",
    "arvatenkin",
    "oletettavasti",
    "näyttää siltä",
    "vaikuttaa siltä",
    "uskomme",
    "epäilemme",
    "arvelemme",
    "saattaa olla",
    "voi olla että",
  ],
  unconfirmed: [
    "vahvistamattomien tietojen mukaan",
    "vahvistamat(?:on|onta|tomia)",
    "huhutaan",
    "väitetään",
    "tiettävästi",
    "kerrotaan että",
    "huhujen mukaan",
  ],
  /** FA12: an unsourced guess at a cause (with CAUSE) or a culprit ("tahallaan", "tuhopoltto"). */
  culprits: [
    String.raw`tahallaan`,
    String.raw`tarkoituksella`,
    String.raw`sabot[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`tuhopol[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`ilkival[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`joku on`,
  ],
  /** FA13: deaths and injuries, and hearsay from social media or bystanders. */
  casualties: [
    String.raw`kuol(?:i|leet|leita|lut|leeksi)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`menehty[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`loukkaantu[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`uhre[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
  ],
  hearsay: [
    "somessa",
    String.raw`sosiaalisessa mediassa`,
    String.raw`facebookissa`,
    String.raw`(?:naapurit|silminnäkijät|ihmiset) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:kertovat|sanovat|väittävät|kirjoittavat)`,
    String.raw`kuulemamme mukaan`,
    String.raw`olemme kuulleet`,
  ],
  /** FA14: reassurance with nothing behind it. */
  reassurance: [
    String.raw`ei (?:ole )?(?:mitään )?syytä (?:huoleen|huolestua|paniikkiin)`,
    String.raw`ei (?:mitään )?hätää`,
    String.raw`(?:kaikki|tilanne) on (?:täysin )?hallinnassa`,
    String.raw`kaikki on (?:täysin )?kunnossa`,
    String.raw`ei tarvitse (?:huolestua|olla huolissaan|pelätä)`,
  ],
  /** OP6: refusing to comment. */
  noComment: [
    String.raw`emme (?:voi |halua )?kommentoi`,
    String.raw`ei kommentoida`,
    String.raw`ei kommentteja`,
    String.raw`emme (?:voi |halua )?ota kantaa`,
    String.raw`emme anna (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:lausuntoja|tietoja)`,
  ],
  /** FS7: promises with no time. */
  vagueTimes: [
    "myöhemmin",
    "pian",
    "aikanaan",
    "lähiaikoina",
    "tuonnempana",
    String.raw`kun tiedämme (?:enemmän|lisää)`,
  ],
  /** IM9: mockery. */
  mockery: ["haha", "hehe", "lol", "😂", "🤣", "🙄", "🙃", "🤦", "😉", String.raw`ner(?:o|ot|oille)`],
  // A Swedish municipality or authority signs its Finnish messages with its Swedish name too ("Norrby kommun: …").
  orgWords: [
    "poliisi",
    "poliisin",
    "thl",
    "pelastuslaitos",
    "pelastuslaitoksen",
    "kommun",
    "kommunen",
    "länsstyrelsen",
    "räddningstjänsten",
  ],
  orgSuffixes: ["kunta", "kunnan", "kaupunki", "kaupungin", "laitos", "laitoksen", "virasto", "viraston"],
  attributionVerbs: ["arvioi", "ilmoittaa", "kertoo", "vahvistaa", "varoittaa", "ennustaa"],
  attributionPrepositions: ["mukaan"],
  honestUnknowns: [
    "emme (?:vielä )?tiedä",
    "ei (?:ole )?vielä tiedossa",
    "(?:on )?vielä epäselvä",
    "syy(?:tä)? selvitetään",
    "selvitetään",
    "on liian aikaista sanoa",
    "tutkitaan",
  ],
  closure: ["vaara on ohi", "tiedote ei ole enää voimassa", "ei ole enää voimassa"],
  nextUpdate: [
    "seuraava (?:päivitys|tiedote|tilannekatsaus)",
    // A new bulletin promised, not this one named ("Tämä on uusi tiedote, joka korvaa …").
    "uusi tiedote (?:annetaan|julkaistaan|tulee)",
    "tiedotamme (?:lisää|seuraavan kerran|uudelleen)",
    "päivitämme",
    "lisätietoa (?:annetaan|tulee)",
  ],
  moreInfo: ["lisätietoja", "lisätietoa", "soita", "ota yhteyttä", "verkkosivu(?:illa|lta)?", "kuuntele", "puhelin"],
  claimMarkers: ["väite(?:ttä)? (?:että|siitä)", "huhu(?:t|ja)? (?:että|siitä)", "väitetään että"],
  verdicts: ["ei pidä paikkaansa", "on väärä", "on virheellinen", "ei ole totta"],
  blame: [
    "skandaali",
    "syyllinen",
    "syyllisiä",
    "vastuuton",
    "vastuuttomasti",
    "valehtelee",
    "valhe",
    String.raw`huolimattom[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`laiminlyön[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`laiminlyö[A-Za-zªµºÀ-ÖØ-öø-ɏ]*`,
    String.raw`mok(?:a|asi|asivat)`,
  ],
  emotive: ["katastrofaalinen", "kauhea", "kauhistuttava", "järkyttävä", "kaaos"],
  relativeTime: ["tänään", "huomenna", "illalla", "tänä iltana", "eilen", "tänä yönä"],
  dates: [
    String.raw`\d{1,2}\. (?:tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta)`,
  ],
  // "kello 13" is the written-out form of "klo 13".
  times: [String.raw`(?:klo|kello) ?\d{1,2}(?:[.:]\d{2})?`],
  updatedLabels: ["päivitetty", "julkaistu"],
  stopwords: [
    "että",
    "ovat",
    "olla",
    "kuin",
    "mutta",
    "koska",
    "sekä",
    "voiko",
    "onko",
    "miten",
    "milloin",
    "missä",
    "mitä",
  ],
};
