import { z } from "zod";
import { User } from "../schemas/user.js";
import { defineEvent } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

/** User events carry account details, so only admins receive them. */
const ADMINS_ONLY = ["admin"] as const;

export const userEvents = {
  "user.created": defineEvent({
    entity: ["user"],
    visibleTo: ADMINS_ONLY,
    data: lazySchema(() => z.object({ user: User }).loose()),
    log: { created: { sv: "{actor} skapade ett konto.", en: "{actor} created an account." } },
    describe: () => ["created"],
  }),
  "user.updated": defineEvent({
    entity: ["user"],
    visibleTo: ADMINS_ONLY,
    /** `changed`: the field names (`password` when reset). */
    data: lazySchema(() => z.object({ user: User, changed: z.array(z.string()) }).loose()),
    log: { updated: { sv: "{actor} ändrade ett konto.", en: "{actor} changed an account." } },
    describe: () => ["updated"],
  }),
};
