import { quote } from "../i18n/format";
import { useLanguage } from "../i18n/useT";

/**
 * Quoted text (a rumour, a headline) with the quotation marks of the interface language; with `lang`, the text is in
 * that language (a bulletin's headline) and is tagged with it, the marks staying the interface's.
 */
export function Quoted({ text, lang }: { text: string; lang?: string | undefined }) {
  const ui = useLanguage();
  if (!lang) return <>{quote(text, ui)}</>;
  const [open = "", close = ""] = quote("\u0000", ui).split("\u0000");
  return (
    <>
      {open}
      <span lang={lang}>{text}</span>
      {close}
    </>
  );
}
