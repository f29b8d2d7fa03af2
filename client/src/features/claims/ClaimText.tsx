import { quote } from "../../i18n/format";
import { useLanguage } from "../../i18n/useT";

/** Letters of the longest everyday word a board column makes room for ("reningstabletter"). */
export const ORDINARY_WORD_LETTERS = 16;
const LONG_RUN = new RegExp(`(\\S{${ORDINARY_WORD_LETTERS + 1},})`, "u");
const LONG_WORD = new RegExp(`\\p{L}{${ORDINARY_WORD_LETTERS + 1},}`, "u");
/** Links, hashtags, handles and codes: a run with a slash, #, @, _, digit or an inner dot or colon. */
const NOT_A_WORD = /[/#@_\d]|\p{L}[.:]\p{L}/u;

/** A run of text no column should widen for: a long compound, or a link or code of any length past a word's. */
function breakable(run: string): boolean {
  return LONG_WORD.test(run) || NOT_A_WORD.test(run);
}

/**
 * A claim's words in quotation marks, for the board's cards. A column widens to hold its longest everyday word, also
 * with the reader's own letter and word spacing (WCAG 1.4.12), so such a word is never split; a longer compound
 * ("Kokningsrekommendationen") or a quoted link ("https://www.facebook.com/groups/…") is marked so it may break where
 * a column cannot hold it, instead of widening the board for everyone (claims.css).
 */
export function ClaimText({ text }: { text: string }) {
  const ui = useLanguage();
  return (
    <>
      {quote(text, ui)
        .split(LONG_RUN)
        .map((part, i) =>
          i % 2 === 1 && breakable(part) ? (
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
