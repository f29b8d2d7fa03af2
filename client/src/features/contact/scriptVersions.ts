import type { UI_LANGUAGES } from "@shared/constants";
import type { Bulletin } from "@shared/schemas/bulletin";

/**
 * One version per message group (an original and its translations share a group: `translationOf` names the
 * original): the one in the UI's language when it is published, else the original, else (the original not
 * published) the newest of the group. Groups newest first by the version shown; `published` is newest first.
 */
export function scriptVersions(published: readonly Bulletin[], uiLanguage: (typeof UI_LANGUAGES)[number]): Bulletin[] {
  const groups = new Map<string, Bulletin[]>();
  for (const b of published) {
    const key = b.translationOf ?? b.id;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const shown = [...groups].map(
    ([masterId, versions]) =>
      versions.find((b) => b.language === uiLanguage) ?? versions.find((b) => b.id === masterId) ?? versions[0]!,
  );
  return shown.sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? ""));
}
