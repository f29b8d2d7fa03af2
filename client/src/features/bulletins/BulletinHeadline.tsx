import { textLang } from "@shared/constants";
import type { MessageLanguage } from "@shared/schemas/checklist";
import { useT } from "../../i18n/useT";

/**
 * A bulletin's headline in the bulletin's own language (WCAG 3.1.2): a Finnish headline in the Swedish or English
 * console is read as Finnish. "(utan rubrik)" for one without a headline is the UI's words and is not tagged.
 */
export function BulletinHeadline({ bulletin }: { bulletin: { headline: string; language: MessageLanguage } }) {
  const t = useT();
  return bulletin.headline ? (
    <span lang={textLang(bulletin.language)}>{bulletin.headline}</span>
  ) : (
    <>{t("bulletins.untitled")}</>
  );
}
