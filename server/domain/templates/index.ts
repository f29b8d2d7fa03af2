import type { Bulletin, FaqEntry } from "../../../shared/index.js";
import { BulletinCreate } from "../../../shared/schemas/bulletin.js";
import type {
  FromTemplate,
  TemplateDraftList,
  FromTemplateResult,
  TemplateList,
  TemplateSave,
  TemplateVersion,
} from "../../../shared/schemas/template.js";
import {
  fillTemplate,
  MissingSlotError,
  TEMPLATE_LANGUAGES,
  TEMPLATES,
  type FilledTemplate,
  type ScenarioTemplate,
  type SlotValues,
  type TemplateLanguage,
} from "../../../shared/templates/index.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError, conflict, notFound } from "../../errors.js";
import type { Bulletins } from "../bulletins/index.js";
import type { Faq } from "../contact/faq.js";
import { actorRef, type Actor, type DomainDeps } from "../context.js";
import { assertTemplatePasses } from "./check.js";
import { draftOnlyTemplates, effectiveTemplates, latestVersion, listVersions, toVersion } from "./store.js";

export interface TemplateOptions {
  /** KRISRUM_SENDER_NAME: the `{avsändare}` slot when the editor leaves it empty. */
  senderName: string | null;
}

/** How long the value given for a slot is in a language (0 when none is given). */
function slotLength(input: FromTemplate, name: string, language: TemplateLanguage): number {
  const v = input.slots[name];
  const text = typeof v === "string" ? v : (v?.[language] ?? v?.sv ?? "");
  return text.length;
}

const content = (f: FilledTemplate) => ({
  kind: "bulletin" as const,
  headline: f.headline,
  body: f.body,
  instruction: f.instruction,
  audiences: f.audiences,
  channels: f.channels,
  factIds: [],
  area: f.area ? { description: f.area.slice(0, 500), point: null, polygon: null } : null,
  urgency: f.urgency,
  severity: f.severity,
  certainty: f.certainty,
  categories: f.categories,
  expiresAt: f.expiresAt,
  nextUpdateAt: f.nextUpdateAt,
  claimId: null,
});

/**
 * "Nytt meddelande från mall": a scenario template, its slots filled, becomes a draft bulletin with its
 * translations and FAQ drafts in one transaction, through the bulletin and FAQ domains' own create commands (so
 * scoring, events and the log are theirs). Channel texts come back as drafts: a channel version needs an approved
 * master.
 */
export function createTemplates(
  deps: DomainDeps,
  bulletins: Pick<Bulletins, "createInTransaction">,
  faq: Pick<Faq, "createInTx">,
  options: TemplateOptions,
) {
  function defaults(): Record<string, string> {
    return options.senderName ? { avsändare: options.senderName } : {};
  }

  async function list(): Promise<TemplateList> {
    return { templates: await effectiveTemplates(deps.db), defaults: defaults() };
  }

  /** For the editor: the new templates nobody has approved yet, so that another person can open and approve them. */
  async function drafts(): Promise<TemplateDraftList> {
    return { templates: await draftOnlyTemplates(deps.db) };
  }

  function fillAll(
    template: ScenarioTemplate | undefined,
    input: FromTemplate,
    languages: readonly TemplateLanguage[],
  ): Map<TemplateLanguage, FilledTemplate> {
    if (!template) throw new AppError("validation", "templateId: no such template", 400, "templateId");
    const values: SlotValues = {
      ...defaults(),
      ...Object.fromEntries(
        Object.entries(input.slots).filter(([, v]) => (typeof v === "string" ? v.trim() !== "" : true)),
      ),
    };
    const now = new Date();
    try {
      return new Map(languages.map((l) => [l, fillTemplate(template, l, values, now)]));
    } catch (err) {
      if (err instanceof MissingSlotError)
        throw new AppError("validation", `slots.${err.slot}: required`, 400, `slots.${err.slot}`, {
          reason: "required",
        });
      throw err;
    }
  }

  /**
   * Each filled language version must be a bulletin the bulletin schema accepts before anything is written: a long
   * area name once made headlines of 249 characters (the limit is 200), drafts every reader of the incident's list
   * then failed on. Refused at the slot whose value made the field too long (the longest value in it).
   */
  function assertFillsValid(
    template: ScenarioTemplate,
    input: FromTemplate,
    filled: Map<TemplateLanguage, FilledTemplate>,
  ): void {
    for (const [language, f] of filled) {
      const parsed = BulletinCreate.safeParse({ ...content(f), language, translationOf: null });
      if (parsed.success) continue;
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "");
      const raw = field in template.texts[language] ? String(template.texts[language][field as "headline"]) : "";
      const used = template.slots.filter((slot) => raw.includes(`{${slot.name}}`)).map((slot) => slot.name);
      const slot = used.sort((x, y) => slotLength(input, y, language) - slotLength(input, x, language))[0] ?? field;
      throw new AppError(
        "validation",
        `slots.${slot}: makes the ${language} ${field} invalid (${issue?.message ?? "invalid"})`,
        400,
        `slots.${slot}`,
        { reason: issue?.code === "too_big" ? "too_long" : "invalid", language, part: field },
      );
    }
  }

  async function fromTemplate(incidentId: string, input: FromTemplate, actor: Actor): Promise<FromTemplateResult> {
    const others = input.translations ? TEMPLATE_LANGUAGES.filter((l) => l !== input.language) : [];
    const template = (await effectiveTemplates(deps.db)).find((t) => t.id === input.templateId);
    const filled = fillAll(template, input, [input.language, ...others]);
    if (template) assertFillsValid(template, input, filled);
    return deps.transaction(async (ctx: TxContext) => {
      const master = filled.get(input.language)!;
      const bulletin = await bulletins.createInTransaction(
        ctx,
        incidentId,
        { ...content(master), language: input.language, translationOf: null },
        actor,
      );
      const translations: Bulletin[] = [];
      for (const language of others) {
        const f = filled.get(language)!;
        translations.push(
          await bulletins.createInTransaction(
            ctx,
            incidentId,
            { ...content(f), language, translationOf: bulletin.id },
            actor,
          ),
        );
      }
      const entries: FaqEntry[] = [];
      if (input.faq) {
        for (const f of filled.values()) {
          for (const q of f.faq) {
            entries.push(
              await faq.createInTx(
                ctx,
                {
                  incidentId,
                  question: q.question,
                  answer: q.answer,
                  tags: [f.templateId],
                  audiences: f.audiences,
                  language: f.language,
                  factIds: [],
                  publish: false,
                },
                actor,
              ),
            );
          }
        }
      }
      const channelDrafts = Object.fromEntries(
        [...filled].map(([l, f]) => [l, { sms: f.sms, social: f.social, "contact-centre": f.script }]),
      );
      return { bulletin, translations, faq: entries, channelDrafts };
    });
  }

  /**
   * An admin's or lead's version of a template (a built-in one changed, or a new one): checked like the bank's own
   * (every language passes the gate with its examples), stored as a draft; it replaces nothing until approved.
   */
  async function save(templateId: string, input: TemplateSave, actor: Actor): Promise<TemplateVersion> {
    const builtIn = TEMPLATES.find((t) => t.id === templateId);
    const template: ScenarioTemplate = { ...input.template, id: templateId, version: 1 };
    assertTemplatePasses(template);
    return deps.transaction(async (ctx: TxContext) => {
      const latest = await latestVersion(ctx.tx, templateId);
      const current = latest?.version ?? (builtIn ? builtIn.version : 0);
      // Saving as a new template (expected version 0) under an id that exists: the id is taken, not a newer version.
      if (input.expectedVersion === 0 && current > 0)
        throw new AppError("conflict", "id: a template with this id exists already", 409, "id", {
          reason: "id_taken",
        });
      if (input.expectedVersion !== undefined && input.expectedVersion !== current)
        throw conflict("Someone saved a newer version of this template");
      const version = current + 1;
      const row = {
        template_id: templateId,
        version,
        status: "draft",
        body: JSON.stringify({ ...template, version }),
        saved_by: actor.id,
        saved_at: new Date().toISOString(),
        approved_by: null,
        approved_at: null,
      };
      await ctx.tx.insertInto("scenario_template_versions").values(row).execute();
      // The message bank's record: who saved which version (an event, in the same transaction as the row).
      await ctx.emit({
        actor: actorRef(actor),
        type: "template.saved",
        incidentId: null,
        entity: { type: "scenario_template", id: templateId },
        data: { templateId, version, title: template.title },
        at: row.saved_at,
      });
      return toVersion(row);
    });
  }

  /** Reviewed like a bulletin: another person than its author approves the latest draft, which then is the template. */
  async function approve(templateId: string, version: number, actor: Actor): Promise<TemplateVersion> {
    return deps.transaction(async (ctx: TxContext) => {
      const latest = await latestVersion(ctx.tx, templateId);
      if (!latest) throw notFound("Template version");
      if (latest.version !== version) throw conflict("This is not the template's latest version");
      if (latest.status !== "draft") throw new AppError("invalid_transition", "This version is already approved", 409);
      if (latest.saved_by === actor.id)
        throw new AppError("invalid_transition", "Someone other than its author approves a template", 409);
      const at = new Date().toISOString();
      await ctx.tx
        .updateTable("scenario_template_versions")
        .set({ status: "approved", approved_by: actor.id, approved_at: at })
        .where("template_id", "=", templateId)
        .where("version", "=", version)
        .execute();
      const approved = toVersion({ ...latest, status: "approved", approved_by: actor.id, approved_at: at });
      await ctx.emit({
        actor: actorRef(actor),
        type: "template.approved",
        incidentId: null,
        entity: { type: "scenario_template", id: templateId },
        data: { templateId, version, title: approved.template.title, savedBy: latest.saved_by },
        at,
      });
      return approved;
    });
  }

  const versions = (templateId: string) => listVersions(deps.db, templateId);

  return { list, drafts, fromTemplate, save, approve, versions };
}

export type Templates = ReturnType<typeof createTemplates>;
