/**
 * Factual (saklig): text left to fill in. A draft from a template or the correction generator carries slots ("[Skriv
 * det som stämmer …]", "{nästa_uppdatering}", "<Ort>", "kl. XX.XX"); published as is, the public reads an instruction
 * to the writer instead of the fact. A browser review published exactly that: the gate passed it at 92.
 */
import type { Analysis } from "../analysis.js";
import { q, span, t } from "../text/spans.js";
import type { Rule } from "../types.js";

/** Brackets around an instruction to the writer or a slot's name; "[sic]" or "[the council]" are the writer's own. */
const SLOT =
  /\[(?:skriv|fyll i|ange|infoga|lägg till|ersätt|ort|plats|tid|datum|klockslag|namn|telefon|länk|rubrik|text|insert|add|enter|fill in|write|replace|name|place|location|time|date|phone|link|url|headline|tbc|tbd|xx)[^\]]{0,200}\]|\{[A-Za-zªµºÀ-ÖØ-öø-ɏ_]{2,40}\}|<(?:ort|plats|tid|datum|namn|telefon|länk|place|location|time|date|name|phone|link)>|(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])(?:xx[.:]xx|xx:xx|tbc|tbd)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\d])|lorem ipsum/iu;
/**
 * A slot named the template way: a capitalised name in brackets ("[Område]", "[Webbplats]", "[Var man hämtar vatten]"),
 * not an editor's label ("[Uppdaterad]", "[PDF]", "[Bild]").
 */
const NAMED_SLOT = /\[(\p{Lu}[A-Za-zªµºÀ-ÖØ-öø-ɏ\- ]{1,60})\]/u;
const NOT_A_SLOT =
  /^(?:uppdater[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|updated?|rättelse|correction|sic|pdf|bild|foto|photo|image|video|film|ljud|audio|karta|map|länk|link|engelska|english|svenska|swedish|lättläst|easy read)$/iu;

/**
 * An acronym in brackets after the name it shortens ("Myndigheten för samhällsskydd och beredskap [MSB]"): its letters
 * are the initials of the words before it, in order (twenty-first round, blind44 studied: a real agency FAQ).
 */
function expandsName(text: string, at: number, inner: string): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(inner)) return false;
  const initials = text
    .slice(Math.max(0, at - 120), at)
    .split(/[\s(),]+/u)
    .filter((w) => w !== "")
    .slice(-10)
    .map((w) => w[0]?.toLowerCase() ?? "")
    .join("");
  let i = 0;
  for (const c of initials) if (c === inner[i]?.toLowerCase()) i++;
  return i === inner.length;
}

function slotIn(text: string): RegExpExecArray | null {
  const m = SLOT.exec(text);
  if (m !== null) return m;
  const named = NAMED_SLOT.exec(text);
  if (named === null) return null;
  const inner = (named[1] ?? "").trim();
  return NOT_A_SLOT.test(inner) || expandsName(text, named.index, inner) ? null : named;
}

export const FA21: Rule = {
  id: "FA21",
  principle: "factual",
  name: "text left to fill in",
  severity: "error",
  points: 40,
  repeat: 0,
  cap: 40,
  check(a: Analysis) {
    for (const f of a.fields) {
      const m = slotIn(f.text);
      if (m === null) continue;
      return [
        {
          span: span(f.name, m.index, m.index + m[0].length),
          message: t(
            `${q(m[0])} är text att fylla i, inte ett besked till allmänheten.`,
            `${q(m[0])} is text to fill in, not a message to the public.`,
          ),
          suggestion: t("Skriv in det som stämmer, eller ta bort raden.", "Write in what is true, or remove the line."),
        },
      ];
    }
    return [];
  },
};
