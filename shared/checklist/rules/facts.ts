/**
 * Factual (saklig), facts-register rules: the message's cited facts against their status in the register.
 * They need `context.facts`; without a register they do not run.
 */
import type { ScoringFact } from "../../schemas/checklist.js";
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { q, t } from "../text/spans.js";

function cited(a: Analysis): { fact: ScoringFact | undefined; id: string }[] {
  const facts = a.context.facts;
  if (facts === undefined) return [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  return [...new Set(a.factIds)].map((id) => ({ id, fact: byId.get(id) }));
}

export const FA3: Rule = {
  id: "FA3",
  principle: "factual",
  name: "cites a retracted fact",
  severity: "error",
  points: 35,
  repeat: 35,
  cap: 70,
  check(a) {
    return cited(a)
      .filter((c) => c.fact?.status === "retracted")
      .map(({ fact }): Draft => ({
        message: t(
          `Meddelandet bygger på ett faktum som har dragits tillbaka: ${q(fact?.statement ?? "")}.`,
          `The message relies on a fact that has been retracted: ${q(fact?.statement ?? "")}.`,
        ),
        suggestion: t(
          "Ta bort eller rätta det som bygger på faktumet och koppla bort det.",
          "Remove or correct what relies on it, and unlink the fact.",
        ),
      }));
  },
};

export const FA4: Rule = {
  id: "FA4",
  principle: "factual",
  name: "cites an unconfirmed fact",
  severity: "warn",
  points: 12,
  repeat: 6,
  cap: 24,
  check(a) {
    return cited(a)
      .filter((c) => c.fact?.status === "unconfirmed")
      .map(({ fact }): Draft => ({
        message: t(
          `Meddelandet bygger på ett obekräftat faktum: ${q(fact?.statement ?? "")}.`,
          `The message relies on an unconfirmed fact: ${q(fact?.statement ?? "")}.`,
        ),
        suggestion: t(
          "Vänta på bekräftelse, eller skriv tydligt att uppgiften ännu inte är bekräftad.",
          "Wait for confirmation, or say plainly that it is not yet confirmed.",
        ),
      }));
  },
};

export const FA5: Rule = {
  id: "FA5",
  principle: "factual",
  name: "cites no fact",
  severity: "warn",
  points: 12,
  repeat: 0,
  cap: 12,
  kinds: ["bulletin", "correction"],
  check(a) {
    const facts = a.context.facts;
    // Only when the register holds something confirmed to cite: a first message may precede any facts.
    if (facts === undefined || !facts.some((f) => f.status === "confirmed")) return [];
    if (a.factIds.length > 0) return [];
    return [
      {
        message: t(
          "Meddelandet hänvisar inte till något faktum i lägesbilden.",
          "The message cites no fact from the facts register.",
        ),
        suggestion: t(
          "Koppla de bekräftade fakta som meddelandet bygger på.",
          "Link the confirmed facts the message is based on.",
        ),
      },
    ];
  },
};

export const FA6: Rule = {
  id: "FA6",
  principle: "factual",
  name: "cites an unknown fact",
  severity: "warn",
  points: 8,
  repeat: 4,
  cap: 16,
  check(a) {
    return cited(a)
      .filter((c) => c.fact === undefined)
      .map(({ id }): Draft => ({
        message: t(`Faktum ${q(id)} finns inte i lägesbilden.`, `Fact ${q(id)} is not in the facts register.`),
        suggestion: t(
          "Kontrollera kopplingen, faktumet kan ha tagits bort.",
          "Check the link; the fact may have been removed.",
        ),
      }));
  },
};
