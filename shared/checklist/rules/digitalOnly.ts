/**
 * AU27: help for older people that only an app, a QR code or an e-service gives. "Older people are at the greatest
 * risk … To find your nearest cooling centre, download the app or scan the QR code": the readers the message names
 * are the ones least likely to have a smartphone or a login, and no telephone number is given (MSB: reach everyone,
 * including those without digital access; WCAG and the Swedish accessibility law ask for an alternative route).
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const OLDER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:older (?:residents|people|adults|persons|neighbou?rs)|senior (?:residents|citizens)|the elderly|elderly (?:residents|people)|pensioners|äldre (?:personer|människor|invånare|boende|kommuninvånare)|de äldre|pensionärer|seniorer)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const DIGITAL_ONLY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:download (?:the |our )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?app|scan (?:the |this )?qr|qr[- ]?(?:code|kod)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|log (?:in|on) (?:with|to)|only (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:through|via|in|using) the app|ladda ner (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?appen|skanna (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?qr|logga in (?:med|på)|med bankid|endast (?:via|i|genom) (?:appen|e-tjänsten|webben))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A telephone number or a person to visit: a route without a screen. */
const OFFLINE_ROUTE =
  /(?:(?<![\d-])(?!\d{4}-\d{2}-\d{2}(?!\d))\+?\d[\d ()-]{5,}\d|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:call|ring|phone|telephone|telefon[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|drop in|come to|kom till|visit(?:ing)? (?:any |the |a |your )?(?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:library|libraries|office|town hall|centre|center)|bibliotek[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besök (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:bibliotek|kontor|medborgarkontor)[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ]))/u;

export const AU27: Rule = {
  id: "AU27",
  principle: "audienceAdapted",
  name: "help for older people only by app or QR code",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (!a.fields.some((f) => OLDER.test(f.lower))) return [];
    if (a.fields.some((f) => OFFLINE_ROUTE.test(f.lower))) return [];
    for (const f of a.fields) {
      const m = DIGITAL_ONLY.exec(f.lower);
      if (m === null) continue;
      return [
        {
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            `${f.text.slice(m.index, m.index + m[0].length)}: texten vänder sig till äldre men hjälpen nås bara digitalt.`,
            `${f.text.slice(m.index, m.index + m[0].length)}: the text addresses older people, but the help is reachable only online.`,
          ),
          suggestion: t(
            "Ge också ett telefonnummer eller en plats att gå till: ”Ring 0650-55 10 00 så bokar vi resan åt dig.”",
            "Give a telephone number or a place to go too: “Call 0650 555 100 and we will book the transport for you.”",
          ),
        },
      ];
    }
    return [];
  },
};
