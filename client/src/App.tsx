import { lazy, type ComponentType } from "react";
import { matchPath, Route, Routes } from "react-router";
import { LoginPage } from "./features/auth/LoginPage";
import { RequireAuth, RequireRole } from "./features/layout/guards";
import { Layout } from "./features/layout/Layout";
import { NotFoundPage } from "./features/layout/NotFoundPage";

/**
 * Every page but the login page is its own chunk, fetched when its route is first shown, so a cold
 * load of the login page downloads only the shell. The guards stay in this chunk: a signed-out visitor is sent to the
 * login page before any page chunk is fetched. Layout's Suspense shows "Laddar …" while a chunk arrives.
 */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  Object.assign(
    lazy(async () => ({ default: (await load())[name] })),
    { preload: () => void load().catch(() => {}) },
  );

const IncidentListPage = page(() => import("./features/incidents/IncidentListPage"), "IncidentListPage");
const StartPage = page(() => import("./features/dashboard/StartPage"), "StartPage");
const IncidentOverview = page(() => import("./features/incidents/IncidentOverview"), "IncidentOverview");
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

/** The pages a signed-in user most often lands on cold (a reload, a shared link). */
const LANDINGS = [
  { path: "/", page: StartPage },
  { path: "/incidents", page: IncidentListPage },
  { path: "/incidents/:id", page: IncidentOverview },
];

/**
 * Starts fetching the chunk of the page at `pathname` at once, while the session is still being checked, instead of
 * after: RequireAuth renders the page (and so requests its chunk) only once the session is known.
 */
export function preloadLanding(pathname: string): void {
  LANDINGS.find((l) => matchPath(l.path, pathname) !== null)?.page.preload();
}

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
