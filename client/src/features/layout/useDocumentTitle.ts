import { useEffect } from "react";
import { useT } from "../../i18n/useT";

/** "Sida – Krisrum", so tabs and screen readers name the page. */
export function useDocumentTitle(title: string | null): void {
  const t = useT();
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}
