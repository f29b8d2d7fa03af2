import { z } from "zod";
import { Fact, FactField, FactStatus } from "../schemas/fact.js";
import { CRISIS_TEAM } from "./bulletins.js";
import { defineEvent, type Wording } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

const params = (fact: Fact, w: Wording) => ({
  statement: fact.statement,
  status: w.label(`facts.status.${fact.status}`).toLocaleLowerCase(w.lang),
  version: fact.version,
});

export const factEvents = {
  "fact.created": defineEvent({
    entity: ["fact"],
    visibleTo: CRISIS_TEAM, // a new fact is cited by no published text yet
    data: lazySchema(() => z.object({ fact: Fact }).loose()),
    log: {
      created: {
        sv: "{actor} registrerade uppgiften ”{statement}” ({status}).",
        en: "{actor} registered the fact “{statement}” ({status}).",
      },
    },
    describe: ({ fact }, w) => ["created", params(fact, w)],
  }),
  "fact.updated": defineEvent({
    entity: ["fact"],
    visibleTo: CRISIS_TEAM,
    visibility: "varies", // null while published text cites the fact (and it is not unconfirmed), else the team's
    data: lazySchema(() =>
      z
        .object({
          fact: Fact,
          changed: z.array(FactField).optional(),
          previous: z.object({ statement: z.string(), status: FactStatus }).loose().optional(),
        })
        .loose(),
    ),
    log: {
      updated: {
        sv: "{actor} ändrade uppgiften ”{statement}” ({status}, version {version}).",
        en: "{actor} changed the fact “{statement}” ({status}, version {version}).",
      },
    },
    describe: ({ fact }, w) => ["updated", params(fact, w)],
  }),
};
