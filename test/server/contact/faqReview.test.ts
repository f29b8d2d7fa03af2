import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent, FaqEntry, FaqSearchHit, FaqVersion, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { collect, nextEvent, type ClientSocket } from "../../helpers/socket.js";
import { createFaq, createPublishedFaq } from "./helpers.js";

const ANSWER = "Tankbilen står vid Norrby skola. Ta med egna rena dunkar.";
const EDITED = "Tankbilen står vid Norrby skola och vid Ekbackens fritidsgård. Ta med egna rena dunkar.";

interface ErrorBody {
  error: { code: string; field?: string; current?: FaqEntry };
}

/** FAQ review: FAQ answers are reviewed like bulletins; the published text stays live while an edit is reviewed. */
describe.each(ENGINES)("FAQ review on %s", (engine) => {
  let server: TestServer;
  let communicator: ApiClient;
  let lead: ApiClient;
  let agent: ApiClient;
  let agentSocket: ClientSocket;
  let communicatorSocket: ClientSocket;
  let incident: Incident;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [communicator, lead, agent] = await Promise.all([server.as("communicator"), server.as("lead"), server.as("agent")]);
    [agentSocket, communicatorSocket] = await Promise.all([server.socket(agent), server.socket(communicator)]);
    // A real incident: the demo incident is an exercise, where one-step publish is allowed.
    incident = (await lead.post<Incident>("/api/incidents", { title: "Vattenläcka i Norrby" })).body;
  });
  afterAll(() => server.close());

  const forEntry = (id: string, type: DomainEvent["type"]) => (e: DomainEvent) => e.entity.id === id && e.type === type;
  const post = <T = FaqEntry>(client: ApiClient, path: string, body: Record<string, unknown> = {}) =>
    client.post<T>(path, body);

  it("refuses a one-call publish on a real incident (it was 201 published) and on a general entry", async () => {
    for (const incidentId of [incident.id, null]) {
      const res = await post<ErrorBody>(communicator, "/api/faq", {
        incidentId,
        question: "Direkt ut till agenterna?",
        answer: ANSWER,
        publish: true,
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: "invalid_transition", field: "publish" });
    }
    const drafts = (await communicator.get<{ entries: FaqEntry[] }>("/api/faq")).body.entries;
    expect(drafts.filter((e) => e.question === "Direkt ut till agenterna?")).toEqual([]);
  });

  it("goes draft → in review → approved → published, each step a version guarded by expectedVersion (409)", async () => {
    const draft = await createFaq(communicator, {
      incidentId: incident.id,
      question: "Var står tankbilen?",
      answer: ANSWER,
    });
    expect(draft).toMatchObject({ status: "draft", version: 1, publishedVersion: null, working: null });

    // Only an approved text can be published; only a text in review can be approved.
    expect((await post<ErrorBody>(lead, `/api/faq/${draft.id}/publish`)).body.error.code).toBe("invalid_transition");
    expect((await post<ErrorBody>(lead, `/api/faq/${draft.id}/approve`, { expectedVersion: 1 })).status).toBe(409);
    expect((await post(communicator, `/api/faq/${draft.id}/status`, { status: "published" })).status).toBe(409);

    const staleSubmit = await post<ErrorBody>(communicator, `/api/faq/${draft.id}/submit`, { expectedVersion: 7 });
    expect(staleSubmit.status).toBe(409);
    expect(staleSubmit.body.error).toMatchObject({ code: "conflict", current: { version: 1, status: "draft" } });

    const agentEvents = collect(agentSocket, "event");
    const submitted = await post(communicator, `/api/faq/${draft.id}/submit`, { expectedVersion: 1 });
    expect(submitted.body).toMatchObject({ status: "in_review", version: 2 });
    // Deciding is a lead's (or an admin's) job, not the writer's.
    expect((await post(communicator, `/api/faq/${draft.id}/approve`, { expectedVersion: 2 })).status).toBe(403);
    expect((await post(communicator, `/api/faq/${draft.id}/publish`)).status).toBe(403);
    // The lead read version 2; had the writer changed it since, the approval would be refused.
    await communicator.patch(`/api/faq/${draft.id}`, { tags: ["tankbil"] });
    const late = await post<ErrorBody>(lead, `/api/faq/${draft.id}/approve`, { expectedVersion: 2 });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: "conflict", current: { version: 3, status: "draft" } });
    const resubmitted = await post(communicator, `/api/faq/${draft.id}/submit`, { expectedVersion: 3 });

    const heard = nextEvent(communicatorSocket, "event", forEntry(draft.id, "faq.review_changed"));
    const approved = await post(lead, `/api/faq/${draft.id}/approve`, { expectedVersion: resubmitted.body.version });
    expect(approved.body).toMatchObject({ status: "approved", version: 5 });
    expect((await heard)[0]).toMatchObject({
      visibleTo: ["admin", "lead", "communicator"],
      data: { from: "in_review", to: "approved" },
    });
    expect((await agent.get(`/api/faq/${draft.id}`)).status).toBe(404);

    const live = nextEvent(agentSocket, "event", forEntry(draft.id, "faq.published"));
    const published = await post(lead, `/api/faq/${draft.id}/publish`, { expectedVersion: 5 });
    expect(published.body).toMatchObject({ status: "published", version: 6, publishedVersion: 6, working: null });
    expect((await live)[0].data).toMatchObject({ faq: { id: draft.id, answer: ANSWER } });
    // The agent heard of it once, when it went live; nothing of the draft or the review reached her.
    expect(agentEvents.filter((e) => e.entity.id === draft.id).map((e) => e.type)).toEqual(["faq.published"]);
    const { body } = await communicator.get<{ versions: FaqVersion[] }>(`/api/faq/${draft.id}/versions`);
    expect(body.versions.map((v) => v.status)).toEqual([
      "published",
      "approved",
      "in_review",
      "draft",
      "in_review",
      "draft",
    ]);
  });

  it("keeps the published answer live for agents and the FAQ search while an edit is reviewed, then publishes it with its diff", async () => {
    const entry = await createPublishedFaq(
      communicator,
      { incidentId: incident.id, question: "Var kan jag hämta vatten?", answer: ANSWER, tags: ["tankbil"] },
      lead,
    );
    const agentEvents = collect(agentSocket, "event");
    const edit = await communicator.patch<FaqEntry>(`/api/faq/${entry.id}`, {
      answer: EDITED,
      expectedVersion: entry.version,
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      status: "published",
      answer: ANSWER,
      publishedVersion: entry.version,
      working: { status: "draft", answer: EDITED, version: entry.version + 1 },
    });
    // A second save of the working version is guarded like any other.
    const stale = await communicator.patch<ErrorBody>(`/api/faq/${entry.id}`, {
      answer: `${EDITED} Öppet dygnet runt.`,
      expectedVersion: entry.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ working: { answer: EDITED } });

    const submitted = await post(communicator, `/api/faq/${entry.id}/submit`, { expectedVersion: entry.version + 1 });
    expect(submitted.body).toMatchObject({ status: "published", working: { status: "in_review" } });
    const queue = (await lead.get<{ entries: FaqEntry[] }>("/api/faq/review")).body.entries;
    expect(queue.find((e) => e.id === entry.id)).toMatchObject({ answer: ANSWER, working: { answer: EDITED } });
    expect((await agent.get("/api/faq/review")).status).toBe(403);

    // What agents read: the published text, in the entry, the list and the search; never the working version.
    expect((await agent.get<FaqEntry>(`/api/faq/${entry.id}`)).body).toMatchObject({ answer: ANSWER, working: null });
    const listed = (await agent.get<{ entries: FaqEntry[] }>("/api/faq")).body.entries.find((e) => e.id === entry.id);
    expect(listed).toMatchObject({ answer: ANSWER, working: null });
    const q = encodeURIComponent("tankbil vatten Ekbackens fritidsgård");
    const hits = (await agent.get<{ hits: FaqSearchHit[] }>(`/api/faq/search?q=${q}`)).body.hits;
    expect(hits.find((h) => h.id === entry.id)?.entry).toMatchObject({ answer: ANSWER, working: null });
    expect(JSON.stringify(hits)).not.toContain("Ekbackens");

    const approved = await post(lead, `/api/faq/${entry.id}/approve`, { expectedVersion: submitted.body.version });
    expect(approved.body).toMatchObject({ answer: ANSWER, working: { status: "approved" } });
    expect(agentEvents.filter((e) => e.entity.id === entry.id)).toEqual([]);

    const live = nextEvent(agentSocket, "event", forEntry(entry.id, "faq.published"));
    const published = await post(lead, `/api/faq/${entry.id}/publish`, { expectedVersion: approved.body.version });
    expect(published.body).toMatchObject({ answer: EDITED, working: null, publishedVersion: published.body.version });
    const [event] = await live;
    expect(event.visibleTo).toBeNull();
    expect(event.data).toMatchObject({
      faq: { answer: EDITED, working: null },
      previous: { question: "Var kan jag hämta vatten?", answer: ANSWER },
      changed: ["answer"],
    });
    expect((await agent.get<FaqEntry>(`/api/faq/${entry.id}`)).body.answer).toBe(EDITED);
    const after = (await lead.get<{ entries: FaqEntry[] }>("/api/faq/review")).body.entries;
    expect(after.map((e) => e.id)).not.toContain(entry.id);
  });

  it("returns a text to draft with a reason, and asks a lead who wrote it for a four-eyes reason", async () => {
    const draft = await createFaq(lead, { incidentId: incident.id, question: "Kan jag diska?", answer: "Ja." });
    const submitted = await post(lead, `/api/faq/${draft.id}/submit`, { expectedVersion: 1 });
    expect((await post(lead, `/api/faq/${draft.id}/return`, {})).body).toMatchObject({
      error: { code: "validation", field: "reason" },
    });
    const alone = await post<ErrorBody>(lead, `/api/faq/${draft.id}/approve`, {
      expectedVersion: submitted.body.version,
    });
    expect(alone.status).toBe(422);
    expect(alone.body.error).toMatchObject({ code: "reason_required", field: "reason" });

    const returned = await post(lead, `/api/faq/${draft.id}/return`, { reason: "Nämn diskmaskinens temperatur." });
    expect(returned.body).toMatchObject({ status: "draft" });
    await communicator.patch(`/api/faq/${draft.id}`, { answer: "Ja, diskmaskinen på minst 60 grader." });
    const second = await post(communicator, `/api/faq/${draft.id}/submit`);
    const sentBack = await post(lead, `/api/faq/${draft.id}/return`, {
      reason: "Skriv grader Celsius.",
      expectedVersion: second.body.version,
    });
    expect(sentBack.body).toMatchObject({ status: "draft" });
    // The communicator wrote the words last: she is told why they came back; the lead who returned them is not.
    const events = (await communicator.get<{ events: DomainEvent[] }>("/api/events?since=0&limit=5000")).body.events;
    const returnedNote = events.filter(
      (e) => e.type === "notification" && (e.data as { kind: string }).kind === "faq_returned",
    );
    const communicatorId = (await communicator.get<{ user: { id: string } }>("/api/me")).body.user.id;
    expect(returnedNote).toHaveLength(1);
    expect(returnedNote[0]?.data).toMatchObject({
      recipients: [communicatorId],
      faqId: draft.id,
      message: { sv: expect.stringContaining("Skriv grader Celsius.") as string },
    });
    await communicator.patch(`/api/faq/${draft.id}`, { answer: "Ja, diskmaskinen på minst 60 grader Celsius." });
    const again = await post(communicator, `/api/faq/${draft.id}/submit`);
    // The communicator wrote the text last, so the lead approves it without a reason.
    const approved = await post(lead, `/api/faq/${draft.id}/approve`, { expectedVersion: again.body.version });
    expect(approved.body.status).toBe("approved");

    const own = await createFaq(lead, { incidentId: incident.id, question: "Kan jag tvätta?", answer: "Ja." });
    const ownSubmitted = await post(lead, `/api/faq/${own.id}/submit`);
    const reasoned = await post(lead, `/api/faq/${own.id}/approve`, {
      expectedVersion: ownSubmitted.body.version,
      reason: "Ensam i tjänst i natt",
    });
    expect(reasoned.body.status).toBe("approved");
    const log = await lead.get(`/api/incidents/${incident.id}/log`);
    expect(log.text).toContain("utan fyra ögon");
    expect(log.text).toContain("Ensam i tjänst i natt");
  });

  it("allows a one-step publish on an exercise incident", async () => {
    const exercise = (await lead.post<Incident>("/api/incidents", { title: "Övning: vattenläcka", exercise: true }))
      .body;
    const res = await post(communicator, "/api/faq", {
      incidentId: exercise.id,
      question: "Är det här en övning?",
      answer: "Ja.",
      publish: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "published", publishedVersion: 1 });
  });
});
