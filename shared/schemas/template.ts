import { z } from "zod";
import { TEMPLATE_LANGUAGES } from "../templates/types.js";
import { Bulletin, CapCategory, CapCertainty, CapSeverity, CapUrgency } from "./bulletin.js";
import { MessageAudience, MessageChannel } from "./checklist.js";
import { FaqEntry } from "./faq.js";
import { MULTI_LINE, NO_CONTROL_EXCEPT_LINES } from "./common.js";
import { lazySchema } from "./lazy.js";

export const TemplateLanguage = lazySchema(() => z.enum(TEMPLATE_LANGUAGES));

const Pair = lazySchema(() => z.object({ sv: z.string(), en: z.string() }));
const Texts = lazySchema(() =>
  z.object({
    headline: z.string(),
    body: z.string(),
    instruction: z.string(),
    sms: z.string(),
    social: z.string(),
    script: z.string(),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })),
  }),
);

/** A scenario template as GET /api/templates sends it (shared/templates/types.ts). */
export const ScenarioTemplateSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    version: z.number().int().positive(),
    title: Pair,
    description: Pair,
    sources: z.array(z.string()),
    slots: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(["text", "datetime"]),
        label: Pair,
        example: z.union([z.string(), z.partialRecord(TemplateLanguage, z.string())]),
        translatable: z.boolean().optional(),
        optional: z.boolean().optional(),
      }),
    ),
    cap: z.object({
      categories: z.array(CapCategory),
      severity: CapSeverity,
      urgency: CapUrgency,
      certainty: CapCertainty,
      expiresAfterHours: z.number(),
    }),
    audiences: z.array(MessageAudience),
    channels: z.array(MessageChannel),
    texts: z.record(TemplateLanguage, Texts),
  }),
);

export const TemplateList = lazySchema(() =>
  z.object({
    templates: z.array(ScenarioTemplateSchema),
    /** Slot values the server fills when the editor leaves them empty (the municipality's sender name). */
    defaults: z.record(z.string(), z.string()),
  }),
);
export type TemplateList = z.infer<typeof TemplateList>;

/**
 * GET /api/templates/drafts: the templates that so far exist only as drafts (a new id none has approved yet), for the
 * editor to open and approve; each with its latest draft's name and version.
 */
export const TemplateDraftList = lazySchema(() =>
  z.object({
    templates: z.array(z.object({ id: z.string(), title: Pair, version: z.number().int().positive() })),
  }),
);
export type TemplateDraftList = z.infer<typeof TemplateDraftList>;

const SlotText = lazySchema(() => z.string().max(500).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES));

/** POST /api/incidents/:id/bulletins/from-template. */
export const FromTemplate = lazySchema(() =>
  z.object({
    templateId: z.string().min(1).max(100),
    /** Slot name → value; a translatable slot may be given per language. */
    slots: z
      .record(z.string().min(1).max(50), z.union([SlotText, z.partialRecord(TemplateLanguage, SlotText)]))
      .default({}),
    /** The master's language; the other template languages become its translations. */
    language: TemplateLanguage.default("sv"),
    translations: z.boolean().default(true),
    faq: z.boolean().default(true),
  }),
);
export type FromTemplate = z.infer<typeof FromTemplate>;

const ChannelDrafts = lazySchema(() => z.object({ sms: z.string(), social: z.string(), "contact-centre": z.string() }));

export const FromTemplateResult = lazySchema(() =>
  z.object({
    bulletin: Bulletin,
    translations: z.array(Bulletin),
    faq: z.array(FaqEntry),
    /** Channel texts per language, to derive once the master is approved (channel versions need an approved master). */
    channelDrafts: z.partialRecord(TemplateLanguage, ChannelDrafts),
  }),
);
export type FromTemplateResult = z.infer<typeof FromTemplateResult>;

const Line = lazySchema(() => z.string().trim().min(1).max(300).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES));
const Long = lazySchema(() => z.string().trim().min(1).max(5_000).regex(MULTI_LINE, NO_CONTROL_EXCEPT_LINES));
const LinePair = lazySchema(() => z.object({ sv: Line, en: Line }));
const EditableTexts = lazySchema(() =>
  z.object({
    headline: Line,
    body: Long,
    instruction: Long,
    sms: Long,
    social: Long,
    script: Long,
    faq: z
      .array(z.object({ question: Line, answer: Long }))
      .min(1)
      .max(10),
  }),
);

/** PUT /api/templates/:id: a whole template, as an admin or lead writes it; saved as a draft version. */
export const TemplateSave = lazySchema(() =>
  z.object({
    template: z.object({
      title: LinePair,
      description: LinePair,
      sources: z.array(z.string().trim().url().max(500)).max(10).default([]),
      slots: z
        .array(
          z.object({
            name: z.string().regex(/^[\p{Ll}_]{1,40}$/u, "lower-case letters and _"),
            kind: z.enum(["text", "datetime"]),
            label: LinePair,
            example: z.union([Line, z.partialRecord(TemplateLanguage, Line)]),
            translatable: z.boolean().optional(),
          }),
        )
        .max(20),
      cap: z.object({
        categories: z.array(CapCategory).min(1),
        severity: CapSeverity,
        urgency: CapUrgency,
        certainty: CapCertainty,
        expiresAfterHours: z
          .number()
          .positive()
          .max(24 * 30),
      }),
      audiences: z.array(MessageAudience).min(1),
      channels: z.array(MessageChannel).min(1).default(["web"]),
      texts: z.record(TemplateLanguage, EditableTexts),
    }),
    /** The version the editor started from (409 if someone saved since). */
    expectedVersion: z.number().int().nonnegative().optional(),
  }),
);
export type TemplateSave = z.infer<typeof TemplateSave>;

/** The id in the path of PUT /api/templates/:id (and its approve and versions): a new template's as its editor names it. */
export const TemplateId = lazySchema(() =>
  z.string().regex(/^[a-z0-9-]{2,60}$/, "a template id: lower-case letters, digits and -"),
);

/** What the console checks before PUT /api/templates/:id: the body, with the id it goes to as `id`. */
export const TemplateSaveTo = lazySchema(() => TemplateSave.extend({ id: TemplateId }));

export const TemplateApprove = lazySchema(() => z.object({ version: z.number().int().positive() }));

export const TemplateVersion = lazySchema(() =>
  z.object({
    templateId: z.string(),
    version: z.number().int().positive(),
    status: z.enum(["draft", "approved"]),
    template: ScenarioTemplateSchema,
    savedBy: z.string(),
    savedAt: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
  }),
);
export type TemplateVersion = z.infer<typeof TemplateVersion>;
export const TemplateVersionList = lazySchema(() => z.object({ versions: z.array(TemplateVersion) }));
