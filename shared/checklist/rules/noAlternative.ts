/**
 * AC16: told not to drink the tap water and given nothing to drink. A do-not-drink notice ("Do not drink the tap water
 * and do not use it for cooking. Boiling the water will not remove the chemical.") leaves every household asking where
 * to get water: a tank, a water station, bottled water, or that boiling makes it safe (CDC CERC: give people something
 * to do; Livsmedelsverket's nödvatten guidance: say where emergency water is handed out).
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const DO_NOT_DRINK =
  /(?<!\p{L})(?:drick inte (?:\p{L}+ )?(?:kran|dricks)?vattnet|(?:kran|dricks)?vattnet (?:får|ska|bör) inte (?:\p{L}+ )?drickas|do not drink (?:the |your )?(?:tap |mains |drinking )?water|don['’]t drink (?:the |your )?(?:tap |mains )?water|(?:tap|mains|drinking) water (?:must|should) not be (?:drunk|used))(?!\p{L})/u;
/** Untreated water from a lake or a private well is another matter: the tap still works. */
const NOT_THE_TAP =
  /(?<!\p{L})(?:untreated|surface water|recreational|egen brunn|enskild brunn|enskilda brunnar|private wells?|(?:from|in) (?:the|any|a) lake|(?:i|från|ur) sjön|badvatten)(?!\p{L})/u;
const ALTERNATIVE =
  /(?<!\p{L})(?:bottled|flaskvatten|buteljerat|vattentank\p{L}*|vattenvagn\p{L}*|tank(?:en|ar|arna)?|nödvatten\p{L}*|tappställe\p{L}*|vattenpost\p{L}*|water (?:station|point|tank|distribution|bowser)s?|standpipes?|bowsers?|(?:dricks)?vatten (?:finns|kan hämtas|går att hämta|delas ut)|hämta (?:\p{L}+ )?vatten|(?:drinking )?water (?:is )?(?:available|handed out|given out)|free (?:drinking )?water|collect (?:\p{L}+ )?water|water (?:\p{L}+ ){0,2}?(?:distribut\p{L}*|handed out)|distribution of (?:\p{L}+ )?water|vatten (?:\p{L}+ ){0,3}?dela(?:s|r)? ut|dela(?:s|r)? ut (?:\p{L}+ ){0,2}?vatten|koka\p{L}*|kokning\p{L}*|boil (?:it|the water|water|all)|bring (?:\p{L}+ ){0,3}?to (?:a )?(?:rolling )?boil)(?!\p{L})/u;

export const AC16: Rule = {
  id: "AC16",
  principle: "active",
  name: "told not to drink, given nothing to drink",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a): Draft[] {
    if (a.isClosure || !a.fields.some((f) => /drick|drink|drunk/.test(f.lower))) return [];
    for (const f of a.fields) {
      const m = DO_NOT_DRINK.exec(f.lower);
      if (m === null) continue;
      if (a.fields.some((g) => NOT_THE_TAP.test(g.lower) || ALTERNATIVE.test(g.lower.replace(NO_BOIL, "")))) return [];
      // Saying what the water can still be used for ("Water can still be used for washing clothes, baths and showers")
      // helps each household plan: the missing source of drinking water is then for the reviewer (a real Scottish
      // Water first notice, blind19).
      const safeUses = a.fields.some((g) => SAFE_USES.test(g.lower));
      return [
        {
          ...(safeUses ? { severity: "warn" as const, points: 10 } : {}),
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            "Mottagaren får inte dricka kranvattnet men får inte veta var det finns vatten att dricka.",
            "People are told not to drink the tap water but not where to get water to drink.",
          ),
          suggestion: t(
            "Säg var nödvatten finns och när: ”Vattentank finns vid Torget, dygnet runt. Ta med egna dunkar.”",
            "Say where water is handed out and when: “A water tank is at Market Square, open all day. Bring containers.”",
          ),
        },
      ];
    }
    return [];
  },
};

/** "Boiling the water will not remove the chemical": boiling named as no help is no alternative. */
const NO_BOIL =
  /(?<!\p{L})(?:boiling (?:\p{L}+ ){0,2}?(?:will|does|would) not (?:\p{L}+ ){0,2}?(?:remove|make|help)|kokning (?:\p{L}+ ){0,2}?(?:hjälper|tar) inte(?: bort)?|det hjälper inte att koka)[^.!?]*/gu;
const SAFE_USES =
  /(?<!\p{L})(?:can (?:still )?be used for|is (?:still )?(?:safe|fine|ok) (?:to use )?for|(?:kan|går (?:bra )?att) (?:fortfarande )?(?:användas|använda) (?:\p{L}+ )?(?:till|för)|går bra att (?:duscha|tvätta|spola))(?!\p{L})/u;
