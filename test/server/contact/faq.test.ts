import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, FaqEntry, FaqVersion, User } from "../../../shared/index.js";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { flagCitingFaq, flagFaqCitingFact } from "../../../server/domain/contact/index.js";
import { createFacts } from "../../../server/domain/facts.js";
import { createPublisher } from "../../../server/realtime/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { collect, nextEvent, type ClientSocket } from "../../helpers/socket.js";
import { createFaq, createPublishedFaq, demoIncidentId } from "./helpers.js";

const ANSWER =
  "Koka vattnet i minst en minut innan du dricker det eller lagar mat med det. Kommunen meddelar här när rekommendationen upphör.";

describe.each(ENGINES)("FAQ workflow, roles and live push on %s", (engine) => {
  let server: TestServer;
  let communicator: ApiClient;
  let lead: ApiClient;
  let agent: ApiClient;
  let viewer: ApiClient;
  let agentSocket: ClientSocket;
  let communicatorSocket: ClientSocket;
  let incidentId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [communicator, lead, agent, viewer] = await Promise.all([
      server.as("communicator"),
      server.as("lead"),
      server.as("agent"),
      server.as("viewer"),
    ]);
    [agentSocket, communicatorSocket] = await Promise.all([server.socket(agent), server.socket(communicator)]);
    incidentId = await demoIncidentId(lead);
  });
  afterAll(() => server.close());

  const faqEventFor = (id: string, type: DomainEvent["type"]) => (e: DomainEvent) =>
    e.entity.id === id && e.type === type;

  it("creates a draft with version 1 and its checklist score; agents neither list it nor receive its event", async () => {
    const agentEvents = collect(agentSocket, "event");
    const heard = nextEvent(communicatorSocket, "event", (e) => e.type === "faq.created");
    const draft = await createFaq(communicator, {
      incidentId,
      question: "Måste jag koka vattnet?",
      answer: ANSWER,
      tags: ["koka"],
    });
    expect(draft).toMatchObject({
      status: "draft",
      version: 1,
      incidentId,
      stale: false,
      publishedAt: null,
      audiences: ["residents"],
      language: "sv",
    });
    expect(draft.score.overall).toBeGreaterThan(0);
    const [event] = await heard;
    expect(event).toMatchObject({
      incidentId,
      visibleTo: ["admin", "lead", "communicator"],
      data: { faq: { id: draft.id } },
    });

    expect((await agent.get<{ entries: FaqEntry[] }>("/api/faq")).body.entries.map((e) => e.id)).not.toContain(
      draft.id,
    );
    expect((await agent.get(`/api/faq/${draft.id}`)).status).toBe(404);
    expect((await agent.get<{ entries: FaqEntry[] }>("/api/faq?status=draft")).body.entries).toEqual([]);
    expect(
      (await communicator.get<{ entries: FaqEntry[] }>("/api/faq?status=draft")).body.entries.map((e) => e.id),
    ).toContain(draft.id);

    // Publishing (one step: the demo incident is an exercise) reaches the agent; had the draft's event leaked, it
    // would have arrived first.
    const published = nextEvent(agentSocket, "event", faqEventFor(draft.id, "faq.published"));
    await lead.post(`/api/faq/${draft.id}/status`, { status: "published" });
    const [pushed] = await published;
    expect(pushed.data).toMatchObject({ faq: { status: "published", version: 2, publishedVersion: 2 } });
    expect(pushed.data).not.toHaveProperty("previous");
    expect(agentEvents.filter((e) => e.entity.id === draft.id).map((e) => e.type)).toEqual(["faq.published"]);
  });

  it("holds an edit of a published answer as a working version, then pushes it to every agent with the previous text when published", async () => {
    // The demo incident is an exercise: the communicator may publish in one step, but an edit still waits for it.
    const entry = await createFaq(communicator, {
      incidentId,
      question: "Var hämtar jag vatten?",
      answer: "Vid Norrby skola.",
      publish: true,
    });
    expect(entry).toMatchObject({ status: "published", version: 1 });
    expect(entry.publishedAt).not.toBeNull();
    const agentEvents = collect(agentSocket, "event");
    const edited = nextEvent(communicatorSocket, "event", faqEventFor(entry.id, "faq.updated"));
    const res = await communicator.patch<FaqEntry>(`/api/faq/${entry.id}`, {
      answer: "Vid Norrby skola och biblioteket i Söderäng, kl. 7–21.",
      expectedVersion: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ answer: "Vid Norrby skola.", working: { status: "draft", version: 2 } });
    const [update] = await edited;
    expect(update.visibleTo).toEqual(["admin", "lead", "communicator"]);
    expect((await agent.get<FaqEntry>(`/api/faq/${entry.id}`)).body).toMatchObject({
      answer: "Vid Norrby skola.",
      working: null,
    });

    const seen = nextEvent(agentSocket, "event", faqEventFor(entry.id, "faq.published"));
    await communicator.post(`/api/faq/${entry.id}/status`, { status: "published", expectedVersion: 2 });
    const [event] = await seen;
    expect(event.visibleTo).toBeNull();
    expect(event.data).toMatchObject({
      changed: ["answer"],
      previous: { question: "Var hämtar jag vatten?", answer: "Vid Norrby skola." },
      faq: { answer: "Vid Norrby skola och biblioteket i Söderäng, kl. 7–21.", version: 3, working: null },
    });
    expect(agentEvents.filter((e) => e.entity.id === entry.id).map((e) => e.type)).toEqual(["faq.published"]);
    const { body } = await communicator.get<{ versions: FaqVersion[] }>(`/api/faq/${entry.id}/versions`);
    expect(body.versions.map((v) => [v.version, v.status, v.answer.slice(0, 17)])).toEqual([
      [3, "published", "Vid Norrby skola "],
      [2, "draft", "Vid Norrby skola "],
      [1, "published", "Vid Norrby skola."],
    ]);
    for (const v of body.versions) {
      expect(v.checklist.overall).toBeGreaterThanOrEqual(0);
      expect(v.checklist.scoring.version).toBeTruthy();
      expect(v.createdByName).toBe("Sara Nyström (kommunikatör)");
    }
    expect((await agent.get<FaqEntry>(`/api/faq/${entry.id}`)).body.score.overall).toBe(
      body.versions[0]?.checklist.overall,
    );
  });

  it("refuses a stale expectedVersion with the current entry, and an unchanged patch makes no version", async () => {
    const entry = await createFaq(communicator, { question: "Hur länge gäller rekommendationen?", answer: ANSWER });
    await communicator.patch(`/api/faq/${entry.id}`, { tags: ["tid"] });
    const stale = await lead.patch<{ error: { code: string; current: FaqEntry } }>(`/api/faq/${entry.id}`, {
      answer: "Annat",
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", current: { version: 2, tags: ["tid"] } });
    const same = await lead.patch<FaqEntry>(`/api/faq/${entry.id}`, { tags: ["tid"] });
    expect(same.body.version).toBe(2);
  });

  it("needs an answer to publish, and archiving drops an entry from what agents see", async () => {
    const empty = await createFaq(communicator, { incidentId, question: "Kan jag vattna gräsmattan?" });
    const refused = await lead.post(`/api/faq/${empty.id}/status`, { status: "published" });
    expect(refused.status).toBe(400);
    // With a reason the console says in its own language (the message is the server's English).
    expect(refused.body).toMatchObject({
      error: { code: "validation", field: "answer", reason: "required_for_publish" },
    });
    expect((await communicator.post("/api/faq", { question: "Direkt publicerad?", publish: true })).body).toMatchObject(
      { error: { field: "answer", reason: "required_for_publish" } },
    );

    const live = await createFaq(communicator, {
      incidentId,
      question: "Kan jag vattna i trädgården?",
      answer: "Ja, med okokt vatten går det bra.",
      publish: true,
    });
    const archived = nextEvent(agentSocket, "event", faqEventFor(live.id, "faq.status_changed"));
    expect((await communicator.post<FaqEntry>(`/api/faq/${live.id}/status`, { status: "archived" })).body.status).toBe(
      "archived",
    );
    expect((await archived)[0].data).toMatchObject({ from: "published", to: "archived" });
    expect((await viewer.get<{ entries: FaqEntry[] }>("/api/faq")).body.entries.map((e) => e.id)).not.toContain(
      live.id,
    );
  });

  it("lets only communicators, leads and admins write; agents and viewers read the published FAQ", async () => {
    const body = { question: "Får jag skriva?", answer: "Nej." };
    expect((await agent.post("/api/faq", body)).status).toBe(403);
    expect((await viewer.post("/api/faq", body)).status).toBe(403);
    const entry = await createFaq(lead, { ...body, incidentId, publish: true });
    expect((await agent.patch(`/api/faq/${entry.id}`, { answer: "Ja" })).status).toBe(403);
    expect((await agent.post(`/api/faq/${entry.id}/status`, { status: "archived" })).status).toBe(403);
    expect((await viewer.get(`/api/faq/${entry.id}/versions`)).status).toBe(403);
    expect((await viewer.get<FaqEntry>(`/api/faq/${entry.id}`)).body.answer).toBe("Nej.");
    expect((await server.anonymous().get("/api/faq")).status).toBe(401);
  });

  it("validates input, naming the field, and lists incident entries before general ones", async () => {
    const noQuestion = await communicator.post("/api/faq", { answer: "x" });
    expect(noQuestion.body).toMatchObject({ error: { code: "validation", field: "question" } });
    const badIncident = await communicator.post("/api/faq", {
      question: "Q?",
      incidentId: "00000000-0000-4000-8000-000000000000",
    });
    expect(badIncident.body).toMatchObject({ error: { code: "validation", field: "incidentId" } });
    const badAudience = await communicator.post("/api/faq", { question: "Q?", audiences: ["aliens"] });
    expect(badAudience.body).toMatchObject({ error: { field: "audiences.0" } });
    expect((await communicator.get("/api/faq/not-a-uuid")).body).toMatchObject({ error: { field: "id" } });

    await createPublishedFaq(communicator, { question: "Allmän fråga om kommunen?", answer: "Svar." }, lead);
    const { entries } = (await agent.get<{ entries: FaqEntry[] }>("/api/faq")).body;
    const firstGeneral = entries.findIndex((e) => e.incidentId === null);
    expect(firstGeneral).toBeGreaterThan(0);
    expect(entries.slice(firstGeneral).every((e) => e.incidentId === null)).toBe(true);
    expect(
      (await agent.get<{ entries: FaqEntry[] }>("/api/faq?incidentId=general")).body.entries.every(
        (e) => e.incidentId === null,
      ),
    ).toBe(true);
  });

  it("flags entries citing a changed fact as stale on every screen; saving rescores against the register and clears the flag", async () => {
    const transaction = createTransactionRunner(server.database.db, createPublisher(server.app.io));
    const deps = { db: server.database.db, transaction, sessionHours: 1, sessions: { sessionsEnded: () => {} } };
    const facts = createFacts(deps, [flagCitingFaq]);
    const { body: me } = await lead.get<{ user: User }>("/api/me");
    const fact = await facts.create(
      incidentId,
      { statement: "Vattnet ska kokas i minst en minut.", source: "Smittskyddsläkaren", status: "confirmed" },
      me.user,
    );

    const citing = await createFaq(communicator, {
      incidentId,
      question: "Är vattnet farligt?",
      answer: ANSWER,
      factIds: [fact.id],
      publish: true,
    });
    const other = await createFaq(communicator, {
      incidentId,
      question: "Vem ansvarar?",
      answer: "VA-enheten.",
      publish: true,
    });
    const pushed = nextEvent(agentSocket, "event", (e) => e.type === "faq.stale");
    const retracted = await facts.update(fact.id, { status: "retracted", expectedVersion: fact.version }, me.user);
    const [event] = await pushed;
    expect(event.data).toMatchObject({
      factId: fact.id,
      faq: { id: citing.id, stale: true, staleFactIds: [fact.id], version: 1 },
    });
    expect((await agent.get<FaqEntry>(`/api/faq/${other.id}`)).body.stale).toBe(false);
    const again = { fact: retracted, kind: "fact_retracted" as const, actor: me.user, previous: fact };
    expect(await transaction((ctx) => flagFaqCitingFact(ctx, again))).toEqual([]); // already flagged: no new event

    // The edit is a working version: the published answer stays flagged until the reviewed edit is published.
    const saved = await communicator.patch<FaqEntry>(`/api/faq/${citing.id}`, { answer: `${ANSWER} Uppdaterad.` });
    expect(saved.body).toMatchObject({ stale: true, working: { status: "draft", score: { status: "fail" } } });
    const published = await communicator.post<FaqEntry>(`/api/faq/${citing.id}/status`, { status: "published" });
    expect(published.body).toMatchObject({ stale: false, staleFactIds: [], working: null, score: { status: "fail" } });
    const { body } = await communicator.get<{ versions: FaqVersion[] }>(`/api/faq/${citing.id}/versions`);
    expect(body.versions[0]?.checklist.factual.findings.map((f) => f.ruleId)).toContain("FA3");
  });

  it("flags the citing FAQ entry when a fact is retracted through the facts register's API", async () => {
    const { body: fact } = await communicator.post<{ id: string; version: number }>(
      `/api/incidents/${incidentId}/facts`,
      { statement: "Tankbilen står vid skolan.", source: "VA-jouren" },
    );
    const entry = await createFaq(communicator, {
      incidentId,
      question: "Var står tankbilen?",
      answer: "Vid skolan.",
      factIds: [fact.id],
      publish: true,
    });
    const pushed = nextEvent(agentSocket, "event", (e) => e.type === "faq.stale" && e.entity.id === entry.id);
    expect(
      (await communicator.patch(`/api/facts/${fact.id}`, { status: "retracted", expectedVersion: fact.version }))
        .status,
    ).toBe(200);
    expect((await pushed)[0].data).toMatchObject({ factId: fact.id, faq: { stale: true } });
    expect((await agent.get<FaqEntry>(`/api/faq/${entry.id}`)).body).toMatchObject({
      stale: true,
      staleFactIds: [fact.id],
    });
  });

  it("refuses to cite what is not a fact of the entry's incident", async () => {
    const res = await communicator.post("/api/faq", {
      incidentId,
      question: "Citerar?",
      answer: "Ja.",
      factIds: ["00000000-0000-4000-8000-00000000fac7"],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field: "factIds.0" } });
  });
});
