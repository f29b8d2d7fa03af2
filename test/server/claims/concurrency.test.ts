import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, DomainEvent } from "../../../shared/index.js";
import { takeClaim } from "../../../server/db/repos/claims.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createIncident, extraUsers, userId } from "./fixtures.js";

const TAKERS = 20;

describe.each(ENGINES)("taking a claim is atomic (%s)", (engine) => {
  let server: TestServer;
  let takers: ApiClient[];
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    takers = await extraUsers(server, "communicator", TAKERS, "taker");
    incidentId = (await createIncident(await server.as("lead"))).id;
  }, 60_000);
  afterAll(() => server.close());

  it(`gives the claim to exactly one of ${TAKERS} people pressing "take" at once; the rest get 409 with the winner`, async () => {
    const claim = await createClaim(await server.as("communicator"), incidentId);
    const results = await Promise.all(
      takers.map((t) => t.post<Claim | { error: { code: string; current: Claim } }>(`/api/claims/${claim.id}/take`)),
    );
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(TAKERS - 1);
    const winnerIndex = results.findIndex((r) => r.status === 200);
    const winnerId = await userId(takers[winnerIndex] as ApiClient);
    expect((winners[0]?.body as Claim).assigneeId).toBe(winnerId);
    for (const r of results.filter((x) => x.status === 409)) {
      expect((r.body as { error: { code: string; current: Claim } }).error).toMatchObject({
        code: "conflict",
        current: { assigneeId: winnerId },
      });
    }
    const stored = (await takers[0]?.get<Claim>(`/api/claims/${claim.id}`))?.body;
    expect(stored).toMatchObject({ status: "assigned", assigneeId: winnerId, version: 2 });
    const events = await server.database.db
      .selectFrom("events")
      .select(["type", "data"])
      .where("entity_id", "=", claim.id)
      // Commit order: PostgreSQL returns rows without ORDER BY in any order it likes (a clean-clone run got them reversed).
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.type as DomainEvent["type"])).toEqual(["claim.created", "claim.taken"]);
  });

  it("lets the conditional UPDATE alone decide between parallel connections, without the command lock", async () => {
    const claim = await createClaim(await server.as("communicator"), incidentId);
    const ids = await Promise.all(takers.slice(0, 10).map(userId));
    const at = new Date().toISOString();
    const outcomes = await Promise.all(
      ids.map((id) => takeClaim(server.database.db, claim.id, id, ["new", "triaged"], at)),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const row = await server.database.db
      .selectFrom("claims")
      .select(["assignee_id", "version"])
      .where("id", "=", claim.id)
      .executeTakeFirstOrThrow();
    expect(row.assignee_id).toBe(ids[outcomes.indexOf(true)]);
    expect(Number(row.version)).toBe(2);
  });
});
