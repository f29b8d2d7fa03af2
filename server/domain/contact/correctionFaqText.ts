import { FAQ_LIMITS, type MessageLanguage } from "../../../shared/index.js";

/** Cuts a text to `max` characters, marking the cut, so a long claim or correction still fits the FAQ's limits. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

// How a caller asks whether a rumour is true, per message language; the claim is quoted as seen.
const ASK: Record<MessageLanguage, (quoted: string) => string> = {
  sv: (q) => `Stämmer det att ${q}?`,
  "sv-lattlast": (q) => `Stämmer det att ${q}?`,
  en: (q) => `Is it true that ${q}?`,
  fi: (q) => `Pitääkö paikkansa, että ${q}?`,
};

/** The FAQ question from the claim's text: what callers ask, so the agent's search finds it by the rumour's words. */
export function questionFromClaim(claimText: string, language: MessageLanguage): string {
  const ask = ASK[language];
  const frame = ask("””").length;
  const text = claimText
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.!?…]+$/u, "");
  return ask(`”${clip(text, FAQ_LIMITS.questionMax - frame)}”`);
}

export interface CorrectionText {
  headline: string;
  body: string;
  instruction: string;
  /** The text derived for the contact centre from the published version, when there is one. */
  contactCentre: string | null;
}

/**
 * The FAQ answer: the correction's headline first, as the one-line script an agent can say at once, then the text
 * written for the contact centre if the desk derived one, else what people should do and what is known.
 */
export function answerFromCorrection(c: CorrectionText): string {
  const rest = c.contactCentre !== null ? [c.contactCentre] : [c.instruction, c.body];
  const parts = [c.headline, ...rest].map((s) => s.trim()).filter((s) => s !== "");
  return clip(parts.join("\n\n"), FAQ_LIMITS.answerMax);
}
