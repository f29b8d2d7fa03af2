/**
 * SMS encoding (3GPP TS 23.038). GSM-7: 160 characters in one SMS, 153 per part when concatenated;
 * extension characters (€ [ ] { } \ ^ ~ | and form feed) take two. One character outside GSM-7 switches the
 * whole message to UCS-2: 70 characters, 67 per part. Å Ä Ö å ä ö é ü are GSM-7, so plain Swedish fits.
 */

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

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
  let index = 0;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXTENSION.has(ch)) septets += 2;
    else offenders.push({ index, char: ch });
    index += ch.length;
  }
  if (offenders.length === 0) {
    const segments = septets === 0 ? 0 : septets <= SMS_LIMITS.gsmSingle ? 1 : Math.ceil(septets / SMS_LIMITS.gsmPart);
    return { encoding: "GSM-7", units: septets, segments, offenders };
  }
  const units = text.length;
  const segments = units <= SMS_LIMITS.ucsSingle ? 1 : Math.ceil(units / SMS_LIMITS.ucsPart);
  return { encoding: "UCS-2", units, segments, offenders };
}
