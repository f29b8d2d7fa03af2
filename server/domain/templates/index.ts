import type { Bulletin, FaqEntry } from "../../../shared/index.js";
import type { FromTemplate, FromTemplateResult, TemplateList } from "../../../shared/schemas/template.js";
import {
  fillTemplate,
  findTemplate,
  MissingSlotError,
  TEMPLATE_LANGUAGES,
  TEMPLATES,
  type FilledTemplate,
  type SlotValues,
  type TemplateLanguage,
} from "../../../shared/templates/index.js";
import type { TxContext } from "../../db/transaction.js";
import { AppError } from "../../errors.js";
import type { Bulletins } from "../bulletins/index.js";
import type { Faq } from "../contact/faq.js";
import type { Actor, DomainDeps } from "../context.js";

export interface TemplateOptions {
  /** KRISRUM_SENDER_NAME: the `{avsändare}` slot when the editor leaves it empty. */
  senderName: string | null;
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
export function createTemplates(deps: DomainDeps, bulletins: Pick<Bulletins, "createInTransaction">, faq: Pick<Faq, "createInTx">, options: TemplateOptions) {
  function defaults(): Record<string, string> {
    return options.senderName ? { avsändare: options.senderName } : {};
  }

  function list(): TemplateList {
    return { templates: TEMPLATES.map((t) => ({ ...t })), defaults: defaults() };
  }

  function fillAll(input: FromTemplate, languages: readonly TemplateLanguage[]): Map<TemplateLanguage, FilledTemplate> {
    const template = findTemplate(input.templateId);
    if (!template) throw new AppError("validation", "templateId: no such template", 400, "templateId");
    const values: SlotValues = { ...defaults(), ...Object.fromEntries(Object.entries(input.slots).filter(([, v]) => (typeof v === "string" ? v.trim() !== "" : true))) };
    const now = new Date();
    try {
      return new Map(languages.map((l) => [l, fillTemplate(template, l, values, now)]));
    } catch (err) {
      if (err instanceof MissingSlotError) throw new AppError("validation", `slots.${err.slot}: required`, 400, `slots.${err.slot}`);
      throw err;
    }
  }

  async function fromTemplate(incidentId: string, input: FromTemplate, actor: Actor): Promise<FromTemplateResult> {
    const others = input.translations ? TEMPLATE_LANGUAGES.filter((l) => l !== input.language) : [];
    const filled = fillAll(input, [input.language, ...others]);
    return deps.transaction(async (ctx: TxContext) => {
      const master = filled.get(input.language)!;
      const bulletin = await bulletins.createInTransaction(ctx, incidentId, { ...content(master), language: input.language, translationOf: null }, actor);
      const translations: Bulletin[] = [];
      for (const language of others) {
        const f = filled.get(language)!;
        translations.push(await bulletins.createInTransaction(ctx, incidentId, { ...content(f), language, translationOf: bulletin.id }, actor));
      }
      const entries: FaqEntry[] = [];
      if (input.faq) {
        for (const f of filled.values()) {
          for (const q of f.faq) {
            entries.push(
              await faq.createInTx(ctx, { incidentId, question: q.question, answer: q.answer, tags: [f.templateId], audiences: f.audiences, language: f.language, factIds: [], publish: false }, actor),
            );
          }
        }
      }
      const channelDrafts = Object.fromEntries([...filled].map(([l, f]) => [l, { sms: f.sms, social: f.social, "contact-centre": f.script }]));
      return { bulletin, translations, faq: entries, channelDrafts };
    });
  }

  return { list, fromTemplate };
}

export type Templates = ReturnType<typeof createTemplates>;
