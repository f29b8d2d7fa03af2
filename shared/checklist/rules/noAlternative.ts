/**
 * AC16: told not to drink the tap water and given nothing to drink. A do-not-drink notice ("Do not drink the tap water
 * and do not use it for cooking. Boiling the water will not remove the chemical.") leaves every household asking where
 * to get water: a tank, a water station, bottled water, or that boiling makes it safe (CDC CERC: give people something
 * to do; Livsmedelsverket's nödvatten guidance: say where emergency water is handed out).
 */
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const DO_NOT_DRINK =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:drick inte (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:kran|dricks)?vattnet|(?:kran|dricks)?vattnet (?:får|ska|bör) inte (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?drickas|do not drink (?:the |your )?(?:tap |mains |drinking )?water|don['’]t drink (?:the |your )?(?:tap |mains )?water|(?:tap|mains|drinking) water (?:must|should) not be (?:drunk|used))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** Untreated water from a lake or a private well is another matter: the tap still works. */
const NOT_THE_TAP =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:untreated|surface water|recreational|egen brunn|enskild brunn|enskilda brunnar|private wells?|(?:from|in) (?:the|any|a) lake|(?:i|från|ur) sjön|badvatten)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const ALTERNATIVE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:bottled|flaskvatten|buteljerat|vattentank[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vattenvagn[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tank(?:en|ar|arna)?|nödvatten[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|tappställe[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|vattenpost[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|water (?:station|point|tank|distribution|bowser)s?|standpipes?|bowsers?|(?:dricks)?vatten (?:finns|kan hämtas|går att hämta|delas ut)|hämta (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?vatten|(?:drinking )?water (?:is )?(?:available|handed out|given out)|free (?:drinking )?water|collect (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?water|water (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:distribut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|handed out)|distribution of (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?water|vatten (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?dela(?:s|r)? ut|dela(?:s|r)? ut (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?vatten|koka[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|kokning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|boil (?:it|the water|water|all)|bring (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,3}?to (?:a )?(?:rolling )?boil)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

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
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:boiling (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:will|does|would) not (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:remove|make|help)|kokning (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,2}?(?:hjälper|tar) inte(?: bort)?|det hjälper inte att koka)[^.!?]*/gu;
const SAFE_USES =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:can (?:still )?be used for|is (?:still )?(?:safe|fine|ok) (?:to use )?for|(?:kan|går (?:bra )?att) (?:fortfarande )?(?:användas|använda) (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ )?(?:till|för)|går bra att (?:duscha|tvätta|spola))(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
