import { matchPath, useLocation } from "react-router";
import { contactRoutes } from "./features/contact/routes";
import { NotFoundPage } from "./features/layout/NotFoundPage";

/**
 * The contact centre (and the FAQ it maintains) as one lazily loaded chunk: App.tsx mounts this for /contact/* and
 * /faq, and it renders whichever of the contact centre's own routes (with their guards) matches the location. A new
 * contact route outside /contact needs its prefix added in App.tsx.
 */
export function ContactArea() {
  const { pathname } = useLocation();
  const route = contactRoutes().find(
    (r) => typeof r.props.path === "string" && matchPath(r.props.path, pathname) !== null,
  );
  return route ? route.props.element : <NotFoundPage />;
}
