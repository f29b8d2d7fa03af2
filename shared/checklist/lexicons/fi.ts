/**
 * A small Finnish lexicon: hedges, unconfirmed-information markers, honest unknowns, routes to more information,
 * senders and time words. Rules that need a fuller lexicon (instructions, reasons, plain-language lists) do not run
 * for Finnish; the language-independent rules do (SPEC.md, "Languages").
 */
import type { LexiconSource } from "./types.js";

export const fi: LexiconSource = {
  hedges: [
    "luultavasti", "todennäköisesti", "ehkä", "mahdollisesti", "kenties", "ilmeisesti", "arvatenkin", "oletettavasti",
    "näyttää siltä", "vaikuttaa siltä", "uskomme", "epäilemme", "arvelemme", "saattaa olla", "voi olla että",
  ],
  unconfirmed: [
    "vahvistamattomien tietojen mukaan", "vahvistamat(?:on|onta|tomia)", "huhutaan", "väitetään", "tiettävästi", "kerrotaan että",
    "huhujen mukaan",
  ],
  orgWords: ["poliisi", "poliisin", "thl", "pelastuslaitos", "pelastuslaitoksen"],
  orgSuffixes: ["kunta", "kunnan", "kaupunki", "kaupungin", "laitos", "laitoksen", "virasto", "viraston"],
  attributionVerbs: ["arvioi", "ilmoittaa", "kertoo", "vahvistaa", "varoittaa", "ennustaa"],
  attributionPrepositions: ["mukaan"],
  honestUnknowns: [
    "emme (?:vielä )?tiedä", "ei (?:ole )?vielä tiedossa", "(?:on )?vielä epäselvä", "syy(?:tä)? selvitetään", "selvitetään",
    "on liian aikaista sanoa", "tutkitaan",
  ],
  closure: ["vaara on ohi", "tiedote ei ole enää voimassa", "ei ole enää voimassa"],
  nextUpdate: ["seuraava päivitys", "tiedotamme lisää", "päivitämme", "lisätietoa (?:annetaan|tulee)"],
  moreInfo: ["lisätietoja", "lisätietoa", "soita", "ota yhteyttä", "verkkosivu(?:illa|lta)?", "kuuntele", "puhelin"],
  claimMarkers: ["väite(?:ttä)? (?:että|siitä)", "huhu(?:t|ja)? (?:että|siitä)", "väitetään että"],
  verdicts: ["ei pidä paikkaansa", "on väärä", "on virheellinen", "ei ole totta"],
  blame: ["skandaali", "syyllinen", "syyllisiä", "vastuuton", "vastuuttomasti", "valehtelee", "valhe"],
  emotive: ["katastrofaalinen", "kauhea", "kauhistuttava", "järkyttävä", "kaaos"],
  relativeTime: ["tänään", "huomenna", "illalla", "tänä iltana", "eilen", "tänä yönä"],
  dates: [
    String.raw`\d{1,2}\. (?:tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta)`,
  ],
  times: [String.raw`klo ?\d{1,2}(?:[.:]\d{2})?`],
  updatedLabels: ["päivitetty", "julkaistu"],
  stopwords: ["että", "ovat", "olla", "kuin", "mutta", "koska", "sekä", "voiko", "onko", "miten", "milloin", "missä", "mitä"],
};
