import { lazy, type ComponentType } from "react";
import { Route, Routes } from "react-router";
import { LoginPage } from "./features/auth/LoginPage";
import { RequireAuth, RequireRole } from "./features/layout/guards";
import { Layout } from "./features/layout/Layout";
import { NotFoundPage } from "./features/layout/NotFoundPage";
import { loadIncidentListPage, loadIncidentOverview, loadStartPage } from "./landing";

/**
 * Every page but the login page is fetched when its route is first shown (the landing pages also at boot, landing.ts),
 * so a cold load of the login page downloads only the shell. The guards stay in this chunk: a signed-out visitor is
 * sent to the login page before any page chunk is fetched. Layout's Suspense shows "Laddar …" while a chunk arrives.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const IncidentListPage = page(loadIncidentListPage, "IncidentListPage");
const StartPage = page(loadStartPage, "StartPage");
const IncidentOverview = page(loadIncidentOverview, "IncidentOverview");
const BulletinEditorPage = page(() => import("./features/bulletins/BulletinEditorPage"), "BulletinEditorPage");
const ClaimsBoardPage = page(() => import("./features/claims/ClaimsBoardPage"), "ClaimsBoardPage");
const ClaimsMetricsPage = page(() => import("./features/claims/ClaimsMetricsPage"), "ClaimsMetricsPage");
const InboxPage = page(() => import("./features/inbox/InboxPage"), "InboxPage");
const UsersPage = page(() => import("./features/admin/UsersPage"), "UsersPage");
const IncidentReportPage = page(() => import("./features/reports/IncidentReportPage"), "IncidentReportPage");
const PeriodReportPage = page(() => import("./features/reports/PeriodReportPage"), "PeriodReportPage");
const ContactArea = page(() => import("./ContactArea"), "ContactArea");
const TemplatePage = page(() => import("./features/templates/TemplatePage"), "TemplatePage");
const TemplateEditorPage = page(() => import("./features/templates/TemplateEditorPage"), "TemplateEditorPage");

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          index
          element={
            <RequireAuth>
              <StartPage />
            </RequireAuth>
          }
        />
        <Route
          path="/incidents"
          element={
            <RequireAuth>
              <IncidentListPage />
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id"
          element={
            <RequireAuth>
              <IncidentOverview />
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/bulletins/new"
          element={
            <RequireAuth>
              <BulletinEditorPage />
            </RequireAuth>
          }
        />
        <Route
          path="/templates"
          element={
            <RequireAuth>
              <RequireRole roles={["lead", "admin"]}>
                <TemplateEditorPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/from-template"
          element={
            <RequireAuth>
              <RequireRole roles={["lead", "admin"]}>
                <TemplatePage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/bulletins/from-template"
          element={
            <RequireAuth>
              <RequireRole roles={["communicator", "lead", "admin"]}>
                <TemplatePage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/bulletins/:bulletinId"
          element={
            <RequireAuth>
              <BulletinEditorPage />
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/claims"
          element={
            <RequireAuth>
              <RequireRole roles={["communicator", "lead", "admin"]}>
                <ClaimsBoardPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/claims/metrics"
          element={
            <RequireAuth>
              <RequireRole roles={["communicator", "lead", "admin"]}>
                <ClaimsMetricsPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/inbox"
          element={
            <RequireAuth>
              <RequireRole roles={["lead", "admin"]}>
                <InboxPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/incidents/:id/report"
          element={
            <RequireAuth>
              <RequireRole roles={["lead", "admin", "viewer"]}>
                <IncidentReportPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/reports"
          element={
            <RequireAuth>
              <RequireRole roles={["lead", "admin", "viewer"]}>
                <PeriodReportPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        <Route
          path="/admin/users"
          element={
            <RequireAuth>
              <RequireRole roles={["admin"]}>
                <UsersPage />
              </RequireRole>
            </RequireAuth>
          }
        />
        {/* The contact centre's own routes (features/contact/routes.tsx) resolve inside its chunk. */}
        <Route path="/contact/*" element={<ContactArea />} />
        <Route path="/faq" element={<ContactArea />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
