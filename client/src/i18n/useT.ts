import { useCallback } from "react";
import { useStore } from "../store";
import { translate, type MessageKey, type Translate, type TranslateParams } from "./index";

/** The translate function for the current UI language; re-renders when the language changes. */
export function useT(): Translate {
  const lang = useStore((s) => s.language);
  return useCallback((key: MessageKey, params?: TranslateParams) => translate(lang, key, params), [lang]);
}

export function useLanguage() {
  return useStore((s) => s.language);
}
