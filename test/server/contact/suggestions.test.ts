import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FaqEntry, FaqSuggestion } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { nextEvent } from "../../helpers/socket.js";
import { demoIncidentId } from "./helpers.js";

describe("'not in the FAQ' suggestions", () => {
  let server: TestServer;
  let agent: ApiClient;
  let lead: ApiClient;
  let viewer: ApiClient;
  let incidentId: string;
  beforeAll(async () => {
    server = await startTestServer();
    [agent, lead, viewer] = await Promise.all([server.as("agent"), server.as("lead"), server.as("viewer")]);
    incidentId = await demoIncidentId(agent);
  });
  afterAll(() => server.close());

  it("counts the same question asked in other words or order as one open suggestion", async () => {
    const first = await agent.post<FaqSuggestion>("/api/faq/suggestions", {
      question: "Får man grilla i parken?",
      incidentId,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "open", count: 1, incidentId, faqEntryId: null });
    const again = await agent.post<FaqSuggestion>("/api/faq/suggestions", {
      question: "i parken, får man grilla",
      incidentId,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, count: 2, question: "Får man grilla i parken?" });
    const general = await agent.post<FaqSuggestion>("/api/faq/suggestions", { question: "Får man grilla i parken?" });
    expect(general.status).toBe(201); // another incident (here: none) is another question
    const { suggestions } = (await viewer.get<{ suggestions: FaqSuggestion[] }>("/api/faq/suggestions?status=open"))
      .body;
    expect(suggestions[0]).toMatchObject({ id: first.body.id, count: 2 });
  });

  it("turns a suggestion into an FAQ draft in one step, pushed to the crisis team", async () => {
    const leadSocket = await server.socket(lead);
    const { body: s } = await agent.post<FaqSuggestion>("/api/faq/suggestions", {
      question: "Kan jag tvätta bilen på gatan?",
      incidentId,
    });
    const draftEvent = nextEvent(leadSocket, "event", (e) => e.type === "faq.created");
    const resolvedEvent = nextEvent(leadSocket, "event", (e) => e.type === "suggestion.resolved");
    const res = await lead.post<{ suggestion: FaqSuggestion; entry: FaqEntry }>(`/api/faq/suggestions/${s.id}/draft`, {
      answer: "Vänta tills kokningsrekommendationen har hävts.",
    });
    expect(res.status).toBe(201);
    expect(res.body.entry).toMatchObject({
      status: "draft",
      question: "Kan jag tvätta bilen på gatan?",
      incidentId,
      version: 1,
    });
    expect(res.body.suggestion).toMatchObject({ status: "drafted", faqEntryId: res.body.entry.id });
    expect((await draftEvent)[0].entity.id).toBe(res.body.entry.id);
    expect((await resolvedEvent)[0].data).toMatchObject({ suggestion: { id: s.id, status: "drafted" } });

    const twice = await lead.post(`/api/faq/suggestions/${s.id}/draft`, {});
    expect(twice.status).toBe(409);
    // A new ask of the same question after it was drafted opens a new suggestion.
    expect(
      (await agent.post("/api/faq/suggestions", { question: "Kan jag tvätta bilen på gatan?", incidentId })).status,
    ).toBe(201);
  });

  it("lets the crisis team dismiss, and only them; agents suggest, viewers do not", async () => {
    const { body: s } = await agent.post<FaqSuggestion>("/api/faq/suggestions", {
      question: "Vad tycker kommunalrådet?",
    });
    expect((await agent.post(`/api/faq/suggestions/${s.id}/dismiss`)).status).toBe(403);
    expect((await agent.post(`/api/faq/suggestions/${s.id}/draft`)).status).toBe(403);
    expect((await viewer.post("/api/faq/suggestions", { question: "Får jag?" })).status).toBe(403);
    const dismissed = await lead.post<FaqSuggestion>(`/api/faq/suggestions/${s.id}/dismiss`);
    expect(dismissed.body).toMatchObject({ status: "dismissed" });
    expect(dismissed.body.resolvedAt).not.toBeNull();
    expect((await agent.post("/api/faq/suggestions", { question: "" })).body).toMatchObject({
      error: { field: "question" },
    });
  });
});
