/**
 * SMS encoding (3GPP TS 23.038). GSM-7: 160 characters in one SMS, 153 per part when concatenated;
 * extension characters (€ [ ] { } \ ^ ~ | and form feed) take two. One character outside GSM-7 switches the
 * whole message to UCS-2: 70 characters, 67 per part. Å Ä Ö å ä ö é ü are GSM-7, so plain Swedish fits.
 */

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

/** Septets per UTF-16 code unit below 0x20ad (€): 1 basic, 2 extension, 0 not in GSM-7. */
const SEPTETS = new Uint8Array(0x20ad);
for (const ch of GSM_BASIC) SEPTETS[ch.charCodeAt(0)] = 1;
for (const ch of GSM_EXTENSION) SEPTETS[ch.charCodeAt(0)] = 2;

export const SMS_LIMITS = {
  gsmSingle: 160, // characters (septets)
  gsmPart: 153,
  ucsSingle: 70, // UTF-16 code units
  ucsPart: 67,
} as const;

/** ASCII stand-ins for the typography that most often drops a Swedish SMS into UCS-2. */
export const SMS_REPLACEMENTS: Readonly<Record<string, string>> = {
  "–": "-",
  "—": "-",
  "‒": "-",
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "´": "'",
  "`": "'",
  "…": "...",
  "•": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\t": " ",
};

export interface SmsOffender {
  index: number;
  char: string;
}

export interface SmsInfo {
  encoding: "GSM-7" | "UCS-2";
  units: number;
  segments: number;
  /** Characters outside GSM-7, in order (code points; index is the UTF-16 offset). */
  offenders: SmsOffender[];
}

export function smsInfo(text: string): SmsInfo {
  let septets = 0;
  const offenders: SmsOffender[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cost = code < SEPTETS.length ? (SEPTETS[code] ?? 0) : 0;
    if (cost > 0) {
      septets += cost;
      continue;
    }
    // A surrogate pair (emoji) is one character of two code units.
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    offenders.push({ index: i, char: text.slice(i, pair ? i + 2 : i + 1) });
    if (pair) i++;
  }
  if (offenders.length === 0) {
    const segments = septets === 0 ? 0 : septets <= SMS_LIMITS.gsmSingle ? 1 : Math.ceil(septets / SMS_LIMITS.gsmPart);
    return { encoding: "GSM-7", units: septets, segments, offenders };
  }
  const units = text.length;
  const segments = units <= SMS_LIMITS.ucsSingle ? 1 : Math.ceil(units / SMS_LIMITS.ucsPart);
  return { encoding: "UCS-2", units, segments, offenders };
}
