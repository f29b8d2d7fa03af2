import type { UI_LANGUAGES } from "@shared/constants";
import { sv, type MessageKey, type Messages } from "./sv";

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type { MessageKey, Messages };
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export const DEFAULT_LANGUAGE: UiLanguage = "sv";

/**
 * Swedish is in the first chunk; English is its own chunk, fetched when first chosen (or stored from an earlier
 * visit), so the login page does not download a language it does not show. Until it has arrived the store keeps
 * the language it had (store/session/slice.ts), and translate() falls back to Swedish.
 */
const MESSAGES: Partial<Record<UiLanguage, Messages>> = { sv };
const LOADERS: Record<UiLanguage, () => Promise<Messages>> = {
  sv: () => Promise.resolve(sv),
  en: () => import("./en").then((m) => m.en),
};

export function messagesLoaded(lang: UiLanguage): boolean {
  return MESSAGES[lang] !== undefined;
}

export async function loadMessages(lang: UiLanguage): Promise<void> {
  MESSAGES[lang] ??= await LOADERS[lang]();
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === "sv" || value === "en";
}

/** Looks up a key and fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function translate(lang: UiLanguage, key: MessageKey, params?: TranslateParams): string {
  const template = (MESSAGES[lang] ?? sv)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: string[], lang: UiLanguage): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${translate(lang, "list.and")} ${items[items.length - 1]}`;
}
