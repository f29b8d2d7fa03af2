import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIM_COMMANDS, CLAIM_RULES, canRun, type ClaimCommand } from "../../../server/domain/claims/workflow.js";
import { may } from "../../../server/domain/policy.js";
import { CLAIM_STATUSES, type Bulletin, type Claim, type ClaimStatus, type Role } from "../../../shared/index.js";
import type { ApiClient, ApiResponse } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createFact, createIncident, ok, publish, userId } from "./fixtures.js";

const ROLES: Role[] = ["admin", "lead", "communicator", "agent", "viewer"];

/** Walks docs/api.md "Misinformation desk" workflow: every command from every status, and every role. */
describe("claim workflow table", () => {
  let server: TestServer;
  let as: Record<Role, ApiClient>;
  let communicatorId: string;
  let incidentId: string;
  let factId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const clients = await Promise.all(ROLES.map((r) => server.as(r)));
    as = Object.fromEntries(ROLES.map((r, i) => [r, clients[i]])) as Record<Role, ApiClient>;
    communicatorId = await userId(as.communicator);
    incidentId = (await createIncident(as.lead)).id;
    factId = (await createFact(as.communicator, incidentId, "Proverna visar rent dricksvatten.")).id;
  });
  afterAll(() => server.close());

  /** A fresh claim brought to `status` through the API. */
  async function claimIn(status: ClaimStatus): Promise<Claim> {
    const c = await createClaim(as.communicator, incidentId, { refutingFactIds: [factId] });
    const path = `/api/claims/${c.id}`;
    if (status === "new") return c;
    if (status === "dismissed") return ok(as.communicator.post(`${path}/dismiss`, { reason: "Ej relevant" }));
    if (status === "triaged") return ok(as.communicator.post(`${path}/triage`, { severity: "high" }));
    await ok(as.communicator.post(`${path}/take`));
    if (status === "assigned") return ok(as.communicator.get(path));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(as.communicator.post(`${path}/correct`, {}), 201);
    if (status === "in_review") await ok(as.communicator.post(`/api/bulletins/${bulletin.id}/submit`, {}));
    if (status === "corrected") await publish(as.communicator, as.lead, bulletin, "Test av arbetsflödet");
    const reached = await ok(as.communicator.get(path));
    expect(reached.status).toBe(status);
    return reached;
  }

  async function run(command: ClaimCommand, claim: Claim, client: ApiClient): Promise<ApiResponse> {
    const path = `/api/claims/${claim.id}`;
    switch (command) {
      case "edit":
        return client.patch(path, { text: "Omformulerat påstående" });
      case "triage":
        return client.post(`${path}/triage`, { reach: "medium" });
      case "take":
        return client.post(`${path}/take`);
      case "assign":
        return client.post(`${path}/assign`, { assigneeId: communicatorId });
      case "correct":
        return client.post(`${path}/correct`, {});
      case "dismiss":
        return client.post(`${path}/dismiss`, { reason: "Dubblett" });
      case "merge":
        return client.post(`${path}/merge`, {
          into: (await createClaim(as.communicator, incidentId, { text: "Överlevare" })).id,
        });
      case "note":
        return client.post(`${path}/notes`, { text: "Anteckning" });
    }
  }

  const success = (command: ClaimCommand) => (command === "correct" || command === "note" ? 201 : 200);

  for (const status of CLAIM_STATUSES) {
    it(`from ${status}: allows exactly the commands the table lists and refuses the rest with 409`, async () => {
      for (const command of CLAIM_COMMANDS) {
        const claim = await claimIn(status);
        // A lead may run every command (take included: the lead is not the one who took it).
        const res = await run(command, claim, as.lead);
        if (canRun(command, status))
          expect(res.status, `${command} from ${status}: ${res.text}`).toBe(success(command));
        else {
          // Taking a claim someone holds is a lost race, not a wrong move: 409 conflict naming the holder.
          const code =
            command === "take" && claim.assigneeId !== null && status !== "corrected"
              ? "conflict"
              : "invalid_transition";
          expect(
            [res.status, (res.body as { error: { code: string } }).error.code],
            `${command} from ${status}`,
          ).toEqual([409, code]);
        }
      }
    }, 30_000);
  }

  for (const command of CLAIM_COMMANDS) {
    it(`${command}: refused with 403 to every role without ${CLAIM_RULES[command].permission}`, async () => {
      const from = CLAIM_RULES[command].from[0] as ClaimStatus;
      for (const role of ROLES.filter((r) => !may(r, CLAIM_RULES[command].permission))) {
        const claim = await claimIn(from);
        expect((await run(command, claim, as[role])).status, `${role} ${command}`).toBe(403);
        expect((await ok(as.lead.get(`/api/claims/${claim.id}`))).version).toBe(claim.version);
      }
    });
  }
});
