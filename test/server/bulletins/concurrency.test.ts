import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, Bulletin, BulletinVersionSummary } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, put } from "./fixtures.js";

describe.each(ENGINES)("parallel saves on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  let factId: string;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incidentId = (await createIncident(lead)).id;
    factId = (await createFact(communicator, incidentId, "Huvudledningen har gått sönder.")).id;
  });
  afterAll(() => server.close());

  it("two saves of the same version: exactly one wins, the other gets 409 with the winner's bulletin", async () => {
    const b = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const [a, c] = await Promise.all([
      put(communicator, `/api/bulletins/${b.id}`, {
        ...goodBulletin([factId], { headline: "Från kommunikatören" }),
        expectedVersion: 1,
      }),
      put(lead, `/api/bulletins/${b.id}`, {
        ...goodBulletin([factId], { headline: "Från krisledaren" }),
        expectedVersion: 1,
      }),
    ]);
    expect([a.status, c.status].sort()).toEqual([200, 409]);
    const winner = (a.status === 200 ? a : c).body;
    const loser = (a.status === 200 ? c : a).body as unknown as ApiError;
    expect(loser.error.code).toBe("conflict");
    expect(loser.error.current).toMatchObject({ id: b.id, version: 2, headline: winner.headline });
    const stored = (await lead.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    expect(stored).toMatchObject({ version: 2, headline: winner.headline });
  });

  it("no lost update: under repeated races every round has one winner and the history holds each winning text", async () => {
    const b = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const clients = [communicator, lead, await server.as("admin"), communicator];
    const winners: string[] = [];
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all(
        clients.map((client, i) =>
          put(client, `/api/bulletins/${b.id}`, {
            ...goodBulletin([factId], { headline: `Runda ${round}, skribent ${i}` }),
            expectedVersion: round,
          }),
        ),
      );
      const ok = results.filter((r) => r.status === 200);
      expect(ok).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(clients.length - 1);
      winners.push((ok[0] as { body: Bulletin }).body.headline);
    }
    const versions = (await lead.get<{ versions: BulletinVersionSummary[] }>(`/api/bulletins/${b.id}/versions`)).body
      .versions;
    expect(versions.map((v) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    const headlines = await Promise.all(
      [2, 3, 4, 5, 6].map(
        async (n) => (await lead.get<Bulletin>(`/api/bulletins/${b.id}/versions/${n}`)).body.headline,
      ),
    );
    expect(headlines).toEqual(winners);
  });

  it("a save racing a submit: one of them sees the other's result", async () => {
    const b = await createBulletin(communicator, incidentId, goodBulletin([factId]));
    const [save, submit] = await Promise.all([
      put(lead, `/api/bulletins/${b.id}`, { ...goodBulletin([factId]), expectedVersion: 1 }),
      communicator.post<Bulletin>(`/api/bulletins/${b.id}/submit`, { expectedVersion: 1 }),
    ]);
    const after = (await lead.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    // Both may succeed in either order (save after submit puts it back to draft), never a torn state.
    if (save.status === 200 && submit.status === 200) expect(after).toMatchObject({ version: 2, status: "draft" });
    else if (save.status === 200) expect(submit.status).toBe(409);
    else expect(save.status).toBe(409);
    expect(after.version).toBe(save.status === 200 ? 2 : 1);
  });
});
