import { UI_LANGUAGES } from "@shared/constants";
import { useLanguage, useT } from "../i18n/useT";
import { changeLanguage } from "../store/session/lifecycle";

/** Svenska / English, each named in its own language. */
export function LanguageSwitch() {
  const t = useT();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t("app.language")}>
      {UI_LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-option"
          aria-pressed={lang === current}
          onClick={() => void changeLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
