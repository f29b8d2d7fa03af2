import { beforeEach, describe, expect, it } from "vitest";
import { applyEvents } from "../../client/src/store/events";
import { emptyDomainState, useStore } from "../../client/src/store";
import type { DomainState } from "../../client/src/store/types";
import { entryAdded, incidentCreated, incidentUpdated, makeEntry, makeIncident, resetStore } from "./helpers/fixtures";

function emptyState(overrides: Partial<DomainState> = {}): DomainState {
  return emptyDomainState(overrides);
}

describe("applyEvents (the event reducer)", () => {
  it("adds a created incident and advances lastSeq to the event's seq", () => {
    const incident = makeIncident();
    const { state, applied } = applyEvents(emptyState({ lastSeq: 4 }), [incidentCreated(5, incident)]);
    expect(state.incidents[incident.id]).toEqual(incident);
    expect(state.lastSeq).toBe(5);
    expect(applied.map((e) => e.seq)).toEqual([5]);
  });

  it("ignores an event it has already seen, so a duplicate changes nothing", () => {
    const incident = makeIncident();
    const event = incidentCreated(7, incident);
    const once = applyEvents(emptyState({ lastSeq: 6 }), [event]).state;
    const twice = applyEvents(once, [event]);
    expect(twice.state).toBe(once);
    expect(twice.applied).toEqual([]);
  });

  it("skips events at or below lastSeq (already contained in a snapshot)", () => {
    const incident = makeIncident();
    const { state } = applyEvents(emptyState({ lastSeq: 10 }), [
      incidentCreated(10, incident),
      incidentCreated(3, makeIncident()),
    ]);
    expect(state.incidents).toEqual({});
    expect(state.lastSeq).toBe(10);
  });

  it("applies a batch in seq order whatever order it arrives in", () => {
    const v1 = makeIncident({ title: "Första", version: 1 });
    const v2 = { ...v1, title: "Andra", status: "monitoring" as const, version: 2 };
    const { state, applied } = applyEvents(emptyState({ lastSeq: 0 }), [
      incidentUpdated(2, v2, ["title", "status"]),
      incidentCreated(1, v1),
    ]);
    expect(applied.map((e) => e.seq)).toEqual([1, 2]);
    expect(state.incidents[v1.id]?.title).toBe("Andra");
    expect(state.lastSeq).toBe(2);
  });

  it("keeps a newer incident from a snapshot when an older event arrives later", () => {
    const newer = makeIncident({ version: 3, title: "Från ögonblicksbilden" });
    const older = { ...newer, version: 2, title: "Gammal" };
    const { state } = applyEvents(emptyState({ lastSeq: 1, incidents: { [newer.id]: newer } }), [
      incidentUpdated(2, older, ["title"]),
    ]);
    expect(state.incidents[newer.id]?.title).toBe("Från ögonblicksbilden");
  });

  it("adds entries and system events to an open log, newest first, one item per seq", () => {
    const incident = makeIncident();
    const entry = makeEntry(incident.id, 3);
    const start = emptyState({ lastSeq: 1, logs: { [incident.id]: { items: [], status: "loaded", hasMore: false } } });
    const { state } = applyEvents(start, [
      incidentUpdated(2, { ...incident, version: 2 }, ["status"]),
      entryAdded(3, entry),
      entryAdded(3, entry),
    ]);
    const items = state.logs[incident.id]?.items ?? [];
    expect(items.map((i) => [i.seq, i.source])).toEqual([
      [3, "entry"],
      [2, "event"],
    ]);
  });

  it("keeps notifications out of the open log: they only echo a change that is logged as its own event", () => {
    const incident = makeIncident();
    const start = emptyState({ lastSeq: 1, logs: { [incident.id]: { items: [], status: "loaded", hasMore: false } } });
    const notification = {
      ...incidentUpdated(3, { ...incident, version: 3 }, ["status"]),
      type: "notification" as const,
      data: { kind: "fact_retracted", recipients: [], message: { sv: "x", en: "x" } },
    };
    const { state } = applyEvents(start, [incidentUpdated(2, { ...incident, version: 2 }, ["status"]), notification]);
    expect(state.logs[incident.id]?.items.map((i) => i.seq)).toEqual([2]);
    expect(state.lastSeq).toBe(3);
  });

  it("leaves logs nobody has open alone", () => {
    const incident = makeIncident();
    const { state } = applyEvents(emptyState({ lastSeq: 0 }), [entryAdded(1, makeEntry(incident.id, 1))]);
    expect(state.logs).toEqual({});
  });

  it("asks for the incident over REST when an event does not carry it", () => {
    const id = makeIncident().id;
    const event = { ...incidentCreated(1, makeIncident({ id })), data: {} };
    const { state, followUps } = applyEvents(emptyState({ lastSeq: 0 }), [event]);
    expect(followUps).toEqual([{ kind: "incident", id }]);
    expect(state.lastSeq).toBe(1);
  });

  it("learns the names of the people who act, for log bylines", () => {
    const { state } = applyEvents(emptyState({ lastSeq: 0 }), [incidentCreated(1, makeIncident())]);
    expect(Object.values(state.people)).toContain("Lena Krisledare");
  });
});

describe("store.applyEvents", () => {
  beforeEach(resetStore);

  it("announces a new incident politely and a new entry on the incident being viewed", () => {
    const incident = makeIncident({ title: "Storm över kusten" });
    useStore.getState().setLastSeq(0);
    useStore.getState().applyEvents([incidentCreated(1, incident)]);
    expect(useStore.getState().announcement).toMatchObject({
      key: "incidents.created",
      params: { title: "Storm över kusten" },
    });

    useStore.getState().setViewing(incident.id);
    useStore.getState().mergeLogItems(incident.id, []);
    useStore.getState().applyEvents([entryAdded(2, makeEntry(incident.id, 2, { text: "Beslut om nödvatten" }))]);
    expect(useStore.getState().announcement).toMatchObject({
      key: "log.newEntry",
      params: { text: "Beslut om nödvatten" },
    });
  });

  it("announces a status change on the incident being viewed", () => {
    const incident = makeIncident();
    useStore.getState().setLastSeq(1);
    useStore.getState().upsertIncidents([incident]);
    useStore.getState().setViewing(incident.id);
    useStore.getState().applyEvents([incidentUpdated(2, { ...incident, status: "closed", version: 2 }, ["status"])]);
    expect(useStore.getState().announcement).toMatchObject({
      key: "incident.statusAnnouncement",
      keyParams: { status: "status.closed" },
    });
  });
});
