import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BULLETIN_LIMITS,
  CLAIM_LIMITS,
  FAQ_LIMITS,
  type Bulletin,
  type BulletinVersion,
  type Claim,
  type FaqEntry,
} from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim } from "../claims/fixtures.js";
import { createBulletin, createIncident, put } from "./fixtures.js";

// Rows stored before today's write limits (or by an older version) are read as they are: the limits refuse writes,
// they do not make one old row break every list it is in.

const LONG_HEADLINE = `Gammal rubrik ${"lång ".repeat(60)}`.trim().slice(0, BULLETIN_LIMITS.headlineMax + 50);

describe.each(ENGINES)("text stored beyond today's write limits is still read, on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  let oldId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incidentId = (await createIncident(lead)).id;
    const today = await createBulletin(communicator, incidentId, { headline: "Dagens utkast" });
    // An older draft, inserted as an older version of Krisrum stored it: the same row with a longer headline.
    const db = server.database.db;
    const row = await db.selectFrom("bulletins").selectAll().where("id", "=", today.id).executeTakeFirstOrThrow();
    const version = await db
      .selectFrom("bulletin_versions")
      .selectAll()
      .where("bulletin_id", "=", today.id)
      .executeTakeFirstOrThrow();
    oldId = randomUUID();
    const content = JSON.stringify({ ...(JSON.parse(row.content) as object), headline: LONG_HEADLINE });
    await db
      .insertInto("bulletins")
      .values({ ...row, id: oldId, group_id: oldId, content })
      .execute();
    await db
      .insertInto("bulletin_versions")
      .values({ ...version, bulletin_id: oldId, content })
      .execute();
  });
  afterAll(() => server.close());

  it("lists the incident's bulletins with the over-long draft as stored", async () => {
    expect(LONG_HEADLINE.length).toBe(BULLETIN_LIMITS.headlineMax + 50);
    const res = await communicator.get<{ bulletins: Bulletin[] }>(`/api/incidents/${incidentId}/bulletins`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.bulletins.map((b) => b.headline)).toEqual(expect.arrayContaining([LONG_HEADLINE, "Dagens utkast"]));
  });

  it("reads the draft and its stored version one by one", async () => {
    const one = await communicator.get<Bulletin>(`/api/bulletins/${oldId}`);
    expect(one.status, one.text).toBe(200);
    expect(one.body.headline).toBe(LONG_HEADLINE);
    const version = await communicator.get<BulletinVersion>(`/api/bulletins/${oldId}/versions/1`);
    expect(version.status, version.text).toBe(200);
    expect(version.body.headline).toBe(LONG_HEADLINE);
  });

  it("still refuses to save a headline over the limit, and saves the shortened one", async () => {
    const refused = await put(communicator, `/api/bulletins/${oldId}`, { headline: LONG_HEADLINE, expectedVersion: 1 });
    expect(refused.status, refused.text).toBe(400);
    const shortened = LONG_HEADLINE.slice(0, BULLETIN_LIMITS.headlineMax).trim();
    const saved = await put(communicator, `/api/bulletins/${oldId}`, { headline: shortened, expectedVersion: 1 });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.headline).toBe(shortened);
  });

  it("reads FAQ entries and claims whose stored text is over today's limits", async () => {
    const faq = await communicator.post<FaqEntry>("/api/faq", { incidentId, question: "Kan jag dricka vattnet?" });
    expect(faq.status, faq.text).toBe(201);
    const claim: Claim = await createClaim(communicator, incidentId);
    const question = "Fråga ".repeat(FAQ_LIMITS.questionMax);
    const text = "Rykte ".repeat(CLAIM_LIMITS.textMax);
    await server.database.db.updateTable("faq_entries").set({ question }).where("id", "=", faq.body.id).execute();
    await server.database.db.updateTable("claims").set({ text }).where("id", "=", claim.id).execute();

    const entries = await communicator.get<{ entries: FaqEntry[] }>(`/api/faq?incidentId=${incidentId}`);
    expect(entries.status, entries.text).toBe(200);
    expect(entries.body.entries.find((e) => e.id === faq.body.id)?.question).toBe(question);
    const claims = await communicator.get<{ claims: Claim[] }>(`/api/incidents/${incidentId}/claims`);
    expect(claims.status, claims.text).toBe(200);
    expect(claims.body.claims.find((c) => c.id === claim.id)?.text).toBe(text);
  });
});
