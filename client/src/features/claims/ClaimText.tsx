import { quote } from "../../i18n/format";
import { useLanguage } from "../../i18n/useT";

/** Letters of the longest everyday word a board column makes room for ("reningstabletter"). */
export const ORDINARY_WORD_LETTERS = 16;
const LONG_WORD = new RegExp(`(\\p{L}{${ORDINARY_WORD_LETTERS + 1},})`, "u");

/**
 * A claim's words in quotation marks, for the board's cards. A column widens to hold its longest everyday word, also
 * with the reader's own letter and word spacing (WCAG 1.4.12), so such a word is never split; a longer compound
 * ("Kokningsrekommendationen") is marked so it may break where a column cannot hold it, instead of widening the
 * board for everyone (claims.css).
 */
export function ClaimText({ text }: { text: string }) {
  const ui = useLanguage();
  return (
    <>
      {quote(text, ui)
        .split(LONG_WORD)
        .map((part, i) =>
          i % 2 === 1 ? (
            <span key={i} className="claim-long-word">
              {part}
            </span>
          ) : (
            part
          ),
        )}
    </>
  );
}
