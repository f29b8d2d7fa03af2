import { render } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import type { Bulletin } from "@shared/schemas/bulletin";
import type { Fact } from "@shared/schemas/fact";
import type { Incident } from "@shared/schemas/incident";
import type { Role } from "@shared/schemas/user";
import { BulletinEditorPage } from "../../../client/src/features/bulletins/BulletinEditorPage";
import { useStore } from "../../../client/src/store";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

/** A store holding the incident, its facts and bulletins as loaded, a signed-in user, and the editor at its route. */
export function renderEditor(options: {
  incident: Incident;
  bulletins: Bulletin[];
  facts?: Fact[];
  role?: Role;
  userId?: string;
  path: string;
  /** An answer, a promise of one (a slow server), or null for the defaults. */
  route?: (call: RecordedCall) => Response | Promise<Response> | null;
}) {
  resetStore();
  const s = useStore.getState();
  s.setSignedIn(makeUser({ role: options.role ?? "communicator", ...(options.userId ? { id: options.userId } : {}) }));
  s.upsertIncidents([options.incident]);
  s.upsertFacts(options.facts ?? []);
  s.setFactListStatus(options.incident.id, "loaded");
  s.upsertBulletins(options.bulletins);
  s.setBulletinListStatus(options.incident.id, "loaded");
  const fetch = stubFetch((call) => {
    const answer = options.route?.(call);
    if (answer) return answer;
    if (call.method === "GET" && /\/versions$/.test(call.url)) return jsonResponse(200, { versions: [] });
    return jsonResponse(404, { error: { code: "not_found", message: `no route for ${call.method} ${call.url}` } });
  });
  const view = render(
    <MemoryRouter initialEntries={[options.path]}>
      <Routes>
        <Route path="/incidents/:id/bulletins/new" element={<BulletinEditorPage />} />
        <Route path="/incidents/:id/bulletins/:bulletinId" element={<BulletinEditorPage />} />
        <Route path="/incidents/:id" element={<p>overview</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return { ...view, ...fetch };
}
