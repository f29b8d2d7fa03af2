/**
 * AC17: a message that is only a link. "Läs mer om utsläppet i Kvarnåsen här 👉 https://bit.ly/…", "Important
 * information about the water outage: https://…": the post says that something happened and nothing of what, where
 * or what to do; whoever cannot open the link (no data, a screen reader reading a short link, a link preview blocked)
 * gets nothing (CDC CERC: the message itself carries the action; MSB: the message must stand on its own).
 */
import type { Draft, Rule } from "../types.js";
import { t } from "../text/spans.js";
import { ROUTE_ONLY } from "./active.js";

const LINK_SOURCE = String.raw`(?:https?:\/\/\S+|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d@])[A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+(?:\.[A-Za-zªµºÀ-ÖØ-öø-ɏ\d-]+)*\.(?:se|com|org|gov|uk|nz|au|ly|ca|net|fi|nu|info|io)(?:\/\S*)?)`;
/** Every link, to take them out; and one link, to test for (a global regex would carry its lastIndex between tests). */
const LINK = new RegExp(LINK_SOURCE, "gu");
const HAS_LINK = new RegExp(LINK_SOURCE, "u");
const POINTER =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:läs mer|mer (?:info|information)|info(?:rmation)? om|här|klicka|read more|more (?:info|information|details)|information (?:about|on)|details|click|here|see)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A sentence that only points onwards ("Läs mer om utsläppet här 👉", "Click here for details"). */
const POINTING =
  /^(?:läs mer|mer (?:info|information)|klicka|se mer|read more|more (?:info|information|details)|click|see more|find out more|details)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ANNOUNCEMENT =
  /^(?:viktig |ny |aktuell |uppdaterad )?(?:information|info|meddelande|uppdatering) (?:om|angående|kring|gällande) [^.!?]{1,60}[.!]?$|^(?:important |new |latest |updated )?(?:information|info|update|notice|news) (?:about|on|regarding|for) [^.!?]{1,60}[.!]?$/u;
/** Words left when the links, the sender's label before a colon and the marks are taken away. */
function wordsBesideLinks(text: string): string[] {
  return text
    .replace(LINK, " ")
    .replace(/^[^:\n]{1,40}:/u, " ")
    .trim()
    .replace(/\s[–-]\s*[A-Za-zªµºÀ-ÖØ-öø-ɏ ]{1,40}$/u, " ")
    .replace(/[^A-Za-zªµºÀ-ÖØ-öø-ɏ\d\s]/gu, " ")
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

export const AC17: Rule = {
  id: "AC17",
  principle: "active",
  name: "only a link",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    // A text of more than a few dozen words is more than a link, whatever it points to; the link test is the cost.
    if (a.title.tokens.length + a.body.tokens.length > 80) return [];
    const text = `${a.title.text}\n${a.body.text}`.trim();
    if (!HAS_LINK.test(text)) return [];
    if (!POINTER.test(text.toLowerCase())) return [];
    // Anything the reader is told to do is more than a link ("Koka kranvattnet … Mer info: exempelby.se").
    const told = a.fields.some((f) => {
      const ins = a.flags(f, "instruction");
      return f.sentences.some((x) => ins[x.index] === 1 && !ROUTE_ONLY.test(f.lower.slice(x.start, x.end).trim()));
    });
    if (told) return [];
    if (wordsBesideLinks(a.body.text).length + wordsBesideLinks(a.title.text).length > 12) return [];
    // A short post that states something before its link ("Vattenläcka på Storgatan. Vattnet är avstängt till kl 15.
    // Mer info: …") is complete: only a post with no statement beside its pointer is a link alone (a code review).
    const sentences = [a.title, a.body].flatMap((f) =>
      f.sentences.filter((x) => {
        const text = f.text.slice(x.start, x.end).replace(LINK, " ").trim();
        // The sender's label opening the post ("Tallvikens kommun:") is no statement, nor is an announcement that
        // there is information ("Viktig information om ditt dricksvatten.": twentieth round, blind36 studied).
        const said = text.replace(/^[^:.!?]{1,40}:\s*/u, "");
        const lower = said.toLowerCase();
        return /[A-Za-zªµºÀ-ÖØ-öø-ɏ]/u.test(said) && !ANNOUNCEMENT.test(lower) && !POINTING.test(lower);
      }),
    );
    if (sentences.length > 0) return [];
    return [
      {
        message: t(
          "Meddelandet är bara en länk: det säger inte vad som har hänt, var, eller vad mottagaren ska göra.",
          "The message is only a link: it does not say what happened, where, or what to do.",
        ),
        suggestion: t(
          "Skriv det viktigaste i själva meddelandet och lägg länken sist: ”Utsläpp vid Kvarnåsen: håll fönster stängda. Mer: tallviken.se/utslapp”.",
          "Put the essentials in the message itself and the link last: “Chemical release at Kvarnåsen: keep windows closed. More: example.gov/release”.",
        ),
      },
    ];
  },
};
