import type { Kysely, Selectable } from "kysely";
import type { TemplateDraftList, TemplateVersion } from "../../../shared/schemas/template.js";
import { TEMPLATES, type ScenarioTemplate } from "../../../shared/templates/index.js";
import type { ScenarioTemplateVersionsTable } from "../../db/nationalTables.js";
import type { DB } from "../../db/schema.js";

type Row = Selectable<ScenarioTemplateVersionsTable>;

export function toVersion(row: Row): TemplateVersion {
  return {
    templateId: row.template_id,
    version: row.version,
    status: row.status as TemplateVersion["status"],
    template: JSON.parse(row.body) as ScenarioTemplate,
    savedBy: row.saved_by,
    savedAt: row.saved_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}

export async function listVersions(db: Kysely<DB>, templateId: string): Promise<TemplateVersion[]> {
  const rows = await db
    .selectFrom("scenario_template_versions")
    .selectAll()
    .where("template_id", "=", templateId)
    .orderBy("version", "desc")
    .execute();
  return rows.map(toVersion);
}

export async function latestVersion(db: Kysely<DB>, templateId: string): Promise<Row | undefined> {
  return db
    .selectFrom("scenario_template_versions")
    .selectAll()
    .where("template_id", "=", templateId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * The bank as it stands: the built-in templates, each replaced by its latest approved version where an admin or lead
 * changed it, and the approved templates they added. Drafts are not in it.
 */
export async function effectiveTemplates(db: Kysely<DB>): Promise<ScenarioTemplate[]> {
  const rows = await db
    .selectFrom("scenario_template_versions")
    .selectAll()
    .where("status", "=", "approved")
    .orderBy("version", "asc")
    .execute();
  const approved = new Map<string, ScenarioTemplate>();
  for (const row of rows)
    approved.set(row.template_id, {
      ...(JSON.parse(row.body) as ScenarioTemplate),
      id: row.template_id,
      version: row.version,
    });
  const builtIn = TEMPLATES.map((t) => approved.get(t.id) ?? t);
  const added = [...approved.values()].filter((t) => !TEMPLATES.some((b) => b.id === t.id));
  return [...builtIn, ...added];
}

/** The templates with no approved version and not built in: only drafts so far, each its latest draft's name. */
export async function draftOnlyTemplates(db: Kysely<DB>): Promise<TemplateDraftList["templates"]> {
  const rows = await db.selectFrom("scenario_template_versions").selectAll().orderBy("version", "asc").execute();
  const latest = new Map<string, Row>();
  const approved = new Set<string>();
  for (const row of rows) {
    latest.set(row.template_id, row);
    if (row.status === "approved") approved.add(row.template_id);
  }
  return [...latest.values()]
    .filter((row) => !approved.has(row.template_id) && !TEMPLATES.some((t) => t.id === row.template_id))
    .map((row) => ({
      id: row.template_id,
      title: (JSON.parse(row.body) as ScenarioTemplate).title,
      version: row.version,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
