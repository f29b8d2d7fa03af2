/**
 * AU26: the answer locked where some readers cannot reach it. Areas "markerade med rött" on a map tell nothing to a
 * reader who cannot see red (WCAG 2.1 1.4.1, use of colour) or the map at all (1.1.1); a list "in the attached scanned
 * notice (PDF, 6 MB, page 4)" cannot be read by a screen reader or on a phone without data; "klicka här" says nothing
 * of where it leads (2.4.4, link purpose). The law for public bodies (DOS-lagen, the EU Web Accessibility Directive)
 * requires the text itself to carry the answer.
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";
import { smsOnly } from "./substance.js";

const COLOUR_CODED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:markerad(?:e|t)? (?:med|i) (?:rött|grönt|gult|blått|orange|rosa|lila)|(?:röda|gröna|gula|blå) (?:områden|markeringar|fält)|marked (?:in|with) (?:red|green|yellow|blue|orange|pink|purple)|shaded (?:in )?(?:red|green|yellow|blue|orange)|(?:red|green|yellow|blue|orange) (?:areas|zones|shading))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ATTACHMENT_ONLY =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:bifogade?|inskannade?|scannade?) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:pdf|fil|filen|dokument[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kungörelse[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|(?:attached|scanned) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:pdf|file|document|notice|image)|\(pdf,? \d)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const CLICK_HERE = /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:klicka här|click here)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/**
 * A map or a picture the text points to ("i området som markeras på kartan nedan", "see the map in the image below"):
 * an SMS carries neither, so its reader gets no answer (twenty-first round, blind42 studied). On a page or in a post
 * the map is there; real evacuation orders say "as shown on the attached map".
 */
const PICTURE_POINTED =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:markera[st]?|markerade|visas|syns|se) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?på kartan (?:nedan|ovan|här nedan|i bilden)|kartan (?:nedan|ovan|här nedan|i bilden)|bilden (?:nedan|ovan)|(?:map|image|graphic|picture)s? (?:below|above)|(?:visas|markeras|markerat|shown|marked) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:på|on) (?:the )?(?:kartan|map)|(?:on|in) the (?:attached )?(?:map|image|graphic|picture) (?:below|above))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/** A literal test before the patterns: most texts name no colour, file or "click". */
const LOCKED_WORD =
  /rött|grönt|gult|blått|röd|grön|gul|blå|red|green|yellow|blue|orange|shaded|pdf|bifog|inskann|scann|attached|klicka|click|kartan|bilden|map|image|graphic|picture/;

const WARNING_LEVEL =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:red|orange|yellow|amber)(?: level)?(?: weather)? (?:warning|alert|status)|status (?:red|orange|yellow)|(?:röd|orange|gul) varning)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

const WARNING_LEVEL_ALL = new RegExp(WARNING_LEVEL.source, "gu");
const COLOUR_NAMES: readonly (readonly [RegExp, string])[] = [
  [/röd|rött|röda|red/u, "red"],
  [/orange|amber/u, "orange"],
  [/gul|gult|gula|yellow/u, "yellow"],
  [/grön|grönt|gröna|green/u, "green"],
  [/blå|blått|blue/u, "blue"],
];
const colourOf = (text: string): string => COLOUR_NAMES.find(([re]) => re.test(text))?.[1] ?? text;

export const AU26: Rule = {
  id: "AU26",
  principle: "audienceAdapted",
  name: "the answer locked in colours, an image or an attachment",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (!a.fields.some((f) => LOCKED_WORD.test(f.lower))) return [];
    // "People in areas where a Red level weather warning has been issued … no cycling in RED zones": the colour is the
    // named warning level, said in words (twentieth round, blind38's Met Éireann alert).
    // Only the level's own colour is spared: "gul varning för vind … markerade med rött" still hides the answer.
    const levels = new Set(
      a.fields.flatMap((f) => [...f.lower.matchAll(WARNING_LEVEL_ALL)].map((m) => colourOf(m[0]))),
    );
    const sms = smsOnly(a);
    for (const f of a.fields) {
      const coded = COLOUR_CODED.exec(f.lower);
      const m =
        (coded !== null && !levels.has(colourOf(coded[0])) ? coded : null) ??
        ATTACHMENT_ONLY.exec(f.lower) ??
        (sms ? PICTURE_POINTED.exec(f.lower) : null);
      if (m !== null)
        return [
          {
            span: span(f.name, m.index, m.index + m[0].length),
            message: t(
              "Svaret finns bara i färger, en bild eller en bilaga: den som inte ser färgen, bilden eller kan öppna filen får inget svar.",
              "The answer is only in colours, an image or an attachment: whoever cannot see the colour or the image, or open the file, gets no answer.",
            ),
            suggestion: t(
              "Skriv svaret i texten: ”Rekommendationen gäller Granlunda och Älvsätra, inte Storsjön.” Lägg kartan som komplement.",
              "Write the answer in the text: “The notice covers Granlunda and Älvsätra, not Storsjön.” Add the map as a complement.",
            ),
          },
        ];
    }
    for (const f of a.fields) {
      const m = CLICK_HERE.exec(f.lower);
      if (m !== null)
        return [
          {
            severity: "warn",
            points: 5,
            span: span(f.name, m.index, m.index + m[0].length),
            message: t(
              "”Klicka här” säger inte vart länken leder: skärmläsare läser länkar utan sammanhang.",
              "“Click here” does not say where the link leads: screen readers read links out of context.",
            ),
            suggestion: t(
              "Låt länktexten säga målet: ”Sök din adress på kartan över kokningsområdet”.",
              "Let the link text say where it leads: “Look up your address on the boil-notice map”.",
            ),
          },
        ];
    }
    return [];
  },
};
