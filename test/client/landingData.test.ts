import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../client/src/store";
import { loadLandingData } from "../../client/src/store/session/landingData";
import { stubFetch } from "./helpers/fetchStub";
import { jsonResponse, makeEntry, makeIncident, resetStore } from "./helpers/fixtures";

const incident = makeIncident();
const entry = makeEntry(incident.id, 5, { kind: "decision", text: "Koka vattnet i Centrum" });

function serve() {
  return stubFetch((call) => {
    if (call.url === `/api/incidents/${incident.id}`) return jsonResponse(200, incident);
    if (call.url.startsWith(`/api/incidents/${incident.id}/log`)) {
      return jsonResponse(200, { items: [{ source: "entry", ...entry }] });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("the landing page's data at sign-in", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("puts an incident overview's incident and log into the store", async () => {
    const { calls } = serve();
    await loadLandingData(`/incidents/${incident.id}`);
    const s = useStore.getState();
    expect(s.incidents[incident.id]?.title).toBe(incident.title);
    expect(s.logs[incident.id]?.status).toBe("loaded");
    expect(s.logs[incident.id]?.items.map((i) => i.seq)).toEqual([entry.seq]);
    expect(calls.map((c) => c.url).sort()).toEqual([
      `/api/incidents/${incident.id}`,
      `/api/incidents/${incident.id}/log?limit=200`,
    ]);
  });

  it("loads nothing for another page, nor for a page under /incidents that is no incident", async () => {
    const { calls } = serve();
    await loadLandingData("/inbox");
    await loadLandingData("/incidents/from-template");
    expect(calls).toEqual([]);
    expect(useStore.getState().logs).toEqual({});
  });

  it("leaves a failure to the page: the log is marked failed, nothing is thrown", async () => {
    stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "boom" } }));
    await expect(loadLandingData(`/incidents/${incident.id}`)).resolves.toBeUndefined();
    expect(useStore.getState().incidents[incident.id]).toBeUndefined();
    expect(useStore.getState().logs[incident.id]?.status).toBe("error");
  });
});
