import { Link } from "react-router";
import { useT } from "../../i18n/useT";
import { useDocumentTitle } from "./useDocumentTitle";

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t("app.notFound.title"));
  return (
    <section className="page narrow">
      <h1>{t("app.notFound.title")}</h1>
      <p>{t("app.notFound.body")}</p>
      <p>
        <Link to="/">{t("app.notFound.back")}</Link>
      </p>
    </section>
  );
}
