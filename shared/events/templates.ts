import { z } from "zod";
import { defineEvent, quote } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

/** Those who write bulletins from the message bank (and the admins and leads who keep it). */
const TEMPLATE_READERS = ["admin", "lead", "communicator"] as const;

/** What a template event says about the version: not the whole template (its texts are the version's row). */
const TemplateVersionRef = lazySchema(() =>
  z
    .object({
      templateId: z.string(),
      version: z.number().int().positive(),
      title: z.object({ sv: z.string(), en: z.string() }),
    })
    .loose(),
);

/**
 * The message bank's own record (server/domain/templates): who saved which version of a scenario template and who
 * approved it. No incident's (a template belongs to none), so no line of an incident log; the events table is the
 * record, and the template's version history names the same people.
 */
export const templateEvents = {
  "template.saved": defineEvent({
    entity: ["scenario_template"],
    visibleTo: TEMPLATE_READERS,
    inLog: false,
    data: TemplateVersionRef,
    log: {
      saved: {
        sv: "{actor} sparade version {version} av mallen {title} som utkast.",
        en: "{actor} saved version {version} of the template {title} as a draft.",
      },
    },
    describe: ({ version, title }, w) => ["saved", { version, title: quote(w.lang === "en" ? title.en : title.sv) }],
    csv: ({ templateId, version }) => `Mall ${templateId} version ${version} sparad som utkast`,
  }),
  "template.approved": defineEvent({
    entity: ["scenario_template"],
    visibleTo: TEMPLATE_READERS,
    inLog: false,
    data: lazySchema(() => TemplateVersionRef.extend({ savedBy: z.string() })),
    log: {
      approved: {
        sv: "{actor} godkände version {version} av mallen {title}.",
        en: "{actor} approved version {version} of the template {title}.",
      },
    },
    describe: ({ version, title }, w) => ["approved", { version, title: quote(w.lang === "en" ? title.en : title.sv) }],
    csv: ({ templateId, version }) => `Mall ${templateId} version ${version} godkänd`,
  }),
};
