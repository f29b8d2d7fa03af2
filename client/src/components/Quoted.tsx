import { quote } from "../i18n/format";
import { useLanguage } from "../i18n/useT";

/** Quoted text (a rumour, a headline) with the quotation marks of the interface language. */
export function Quoted({ text }: { text: string }) {
  return <>{quote(text, useLanguage())}</>;
}
