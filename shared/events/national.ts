import { z } from "zod";
import { NationalItem } from "../schemas/national.js";
import { defineEvent, quote } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

export const nationalEvents = {
  /**
   * A Krisinformation news item or VMA the national picture's worker stored for the first time, changed, or saw
   * withdrawn (server/domain/national/). Everyone signed in sees it; no incident's, so no line of an incident log.
   */
  "national.item": defineEvent({
    entity: ["national_item"],
    visibleTo: null,
    inLog: false, // the national picture, not something the crisis team did
    data: lazySchema(() => z.object({ change: z.enum(["new", "changed", "withdrawn"]), item: NationalItem }).loose()),
    log: {
      new: { sv: "Nytt från Krisinformation: {headline}", en: "New from Krisinformation: {headline}" },
      newVma: { sv: "Nytt VMA: {headline}", en: "New VMA: {headline}" },
      changed: { sv: "Uppdaterat hos Krisinformation: {headline}", en: "Updated at Krisinformation: {headline}" },
      withdrawn: { sv: "VMA upphävt: {headline}", en: "VMA withdrawn: {headline}" },
    },
    describe: ({ change, item }) => [
      change === "new" && item.kind === "vma" ? "newVma" : change,
      { headline: quote(item.headline) },
    ],
  }),
};
