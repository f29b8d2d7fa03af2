import { Route, Routes } from "react-router";
import { UsersPage } from "./features/admin/UsersPage";
import { BulletinEditorPage } from "./features/bulletins/BulletinEditorPage";
import { ClaimsBoardPage } from "./features/claims/ClaimsBoardPage";
import { ClaimsMetricsPage } from "./features/claims/ClaimsMetricsPage";
import { InboxPage } from "./features/inbox/InboxPage";
import { LoginPage } from "./features/auth/LoginPage";
import { contactRoutes } from "./features/contact/routes";
import { IncidentListPage } from "./features/incidents/IncidentListPage";
import { IncidentOverview } from "./features/incidents/IncidentOverview";
import { RequireAuth, RequireRole } from "./features/layout/guards";
import { Layout } from "./features/layout/Layout";
import { NotFoundPage } from "./features/layout/NotFoundPage";

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          index
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
        <Route path="/incidents/:id/bulletins/new" element={<RequireAuth><BulletinEditorPage /></RequireAuth>} />
        <Route path="/incidents/:id/bulletins/:bulletinId" element={<RequireAuth><BulletinEditorPage /></RequireAuth>} />
        <Route path="/incidents/:id/claims" element={<RequireAuth><RequireRole roles={["communicator", "lead", "admin"]}><ClaimsBoardPage /></RequireRole></RequireAuth>} />
        <Route path="/incidents/:id/claims/metrics" element={<RequireAuth><RequireRole roles={["communicator", "lead", "admin"]}><ClaimsMetricsPage /></RequireRole></RequireAuth>} />
        <Route path="/inbox" element={<RequireAuth><RequireRole roles={["lead", "admin"]}><InboxPage /></RequireRole></RequireAuth>} />
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
        {contactRoutes()}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
