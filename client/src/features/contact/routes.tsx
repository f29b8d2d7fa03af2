import { Route } from "react-router";
import { FaqManagePage } from "../faq/FaqManagePage";
import { RequireAuth, RequireRole } from "../layout/guards";
import { ContactPage } from "./ContactPage";
import { TrendsPage } from "./TrendsPage";

/** The contact centre's routes, mounted inside the layout route of App.tsx. */
export function contactRoutes() {
  return [
    <Route
      key="contact"
      path="/contact"
      element={
        <RequireAuth>
          <ContactPage />
        </RequireAuth>
      }
    />,
    <Route
      key="contact-trends"
      path="/contact/trends"
      element={
        <RequireAuth>
          <TrendsPage />
        </RequireAuth>
      }
    />,
    <Route
      key="faq"
      path="/faq"
      element={
        <RequireAuth>
          <RequireRole roles={["admin", "lead", "communicator"]}>
            <FaqManagePage />
          </RequireRole>
        </RequireAuth>
      }
    />,
  ];
}
