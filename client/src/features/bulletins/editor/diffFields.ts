import type { BulletinContent } from "@shared/schemas/bulletin";
import type { DiffField } from "../../../components/DiffView";
import type { Translate } from "../../../i18n";

type Comparable = Pick<BulletinContent, "headline" | "body" | "instruction"> & Partial<BulletinContent>;

const OTHER_FIELDS = [
  ["kind", "editor.kind"],
  ["audiences", "editor.audiences"],
  ["channels", "editor.channels"],
  ["factIds", "editor.facts"],
  ["area", "editor.area"],
  ["urgency", "editor.urgency"],
  ["severity", "editor.severity"],
  ["certainty", "editor.certainty"],
  ["categories", "editor.categories"],
  ["expiresAt", "editor.expires"],
  ["nextUpdateAt", "editor.nextUpdate"],
] as const;

/** The three texts as diff fields, and the names of other fields that differ. */
export function diffOf(
  before: Comparable,
  after: Comparable,
  t: Translate,
): { fields: DiffField[]; otherChanged: string[] } {
  const fields: DiffField[] = [
    { label: t("diff.headline"), before: before.headline, after: after.headline },
    { label: t("diff.body"), before: before.body, after: after.body },
    { label: t("diff.instruction"), before: before.instruction, after: after.instruction },
  ];
  const otherChanged = OTHER_FIELDS.filter(
    ([k]) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  ).map(([, key]) => t(key));
  return { fields, otherChanged };
}
