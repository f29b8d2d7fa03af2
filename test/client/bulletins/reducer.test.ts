import { describe, expect, it } from "vitest";
import { applyEvents } from "../../../client/src/store/events";
import { emptyDomainState } from "../../../client/src/store";
import type { DomainState } from "../../../client/src/store/types";
import { makeIncident, makeUser } from "../helpers/fixtures";
import { bulletinEvent, factEvent, makeBulletin, makeFact, notificationEvent } from "./fixtures";

const incident = makeIncident();
const me = makeUser({ role: "communicator" });

function state(overrides: Partial<DomainState> = {}): DomainState {
  return emptyDomainState({ lastSeq: 10, user: me, ...overrides });
}

describe("bulletin and fact events in the reducer", () => {
  it("puts created and saved bulletins and facts in the store", () => {
    const bulletin = makeBulletin(incident.id);
    const fact = makeFact(incident.id);
    const { state: next } = applyEvents(state(), [
      bulletinEvent(11, "bulletin.created", bulletin),
      factEvent(12, "fact.created", fact),
    ]);
    expect(next.bulletinData?.bulletins[bulletin.id]).toEqual(bulletin);
    expect(next.bulletinData?.facts[fact.id]).toEqual(fact);
    expect(next.lastSeq).toBe(12);
  });

  it("is idempotent by seq: the same events again (live and in a sync) change nothing", () => {
    const bulletin = makeBulletin(incident.id);
    const submitted = { ...bulletin, status: "in_review" as const, statusChangedAt: "2026-11-25T08:05:00.000Z" };
    const events = [
      bulletinEvent(11, "bulletin.created", bulletin),
      bulletinEvent(12, "bulletin.status_changed", submitted, { from: "draft", to: "in_review", version: 1 }),
    ];
    const once = applyEvents(state(), events).state;
    const twice = applyEvents(once, events);
    expect(twice.state).toBe(once);
    expect(twice.applied).toEqual([]);
    expect(once.bulletinData?.bulletins[bulletin.id]?.status).toBe("in_review");
  });

  it("advances the incident clock from a publish's status event, which carries the incident", () => {
    const bulletin = makeBulletin(incident.id, { status: "approved" });
    const published = {
      ...bulletin,
      status: "published" as const,
      publishedVersion: 1,
      publishedAt: "2026-11-25T08:10:00.000Z",
    };
    const clocked = {
      ...incident,
      version: incident.version + 1,
      lastPublishedAt: published.publishedAt,
      nextUpdateDue: "2026-11-25T09:10:00.000Z",
    };
    const { state: next } = applyEvents(state({ incidents: { [incident.id]: incident } }), [
      bulletinEvent(11, "bulletin.status_changed", published, {
        from: "approved",
        to: "published",
        incident: clocked,
        changed: ["lastPublishedAt", "nextUpdateDue"],
      }),
    ]);
    expect(next.incidents[incident.id]).toEqual(clocked);
    expect(next.bulletinData?.bulletins[bulletin.id]?.status).toBe("published");
  });

  it("leaves the incident alone on a status event without one", () => {
    const bulletin = makeBulletin(incident.id);
    const before = state({ incidents: { [incident.id]: incident } });
    const { state: next } = applyEvents(before, [
      bulletinEvent(
        11,
        "bulletin.status_changed",
        { ...bulletin, status: "in_review" as const },
        { from: "draft", to: "in_review" },
      ),
    ]);
    expect(next.incidents).toBe(before.incidents);
  });

  it("skips an event at or below lastSeq even when its bulletin differs", () => {
    const bulletin = makeBulletin(incident.id);
    const { state: next, applied } = applyEvents(state({ lastSeq: 20 }), [
      bulletinEvent(20, "bulletin.created", bulletin),
    ]);
    expect(applied).toEqual([]);
    expect(next.bulletinData?.bulletins[bulletin.id]).toBeUndefined();
  });

  it("keeps the copy that is further along when an older one arrives later", () => {
    const v2 = makeBulletin(incident.id, { version: 2, body: "Version två." });
    const v1 = { ...v2, version: 1, body: "Version ett." };
    const { state: next } = applyEvents(state(), [
      bulletinEvent(11, "bulletin.saved", v2),
      bulletinEvent(12, "bulletin.saved", v1),
    ]);
    expect(next.bulletinData?.bulletins[v2.id]?.body).toBe("Version två.");
  });

  it("applies a stale flag (same version, new reason) and a fact change", () => {
    const fact = makeFact(incident.id);
    const bulletin = makeBulletin(incident.id, { factIds: [fact.id] });
    const stale = {
      ...bulletin,
      stale: [{ reason: "fact_retracted" as const, at: "2026-11-25T09:00:00.000Z", factId: fact.id, factVersion: 2 }],
    };
    const retracted = { ...fact, status: "retracted" as const, version: 2 };
    const { state: next } = applyEvents(state(), [
      bulletinEvent(11, "bulletin.created", bulletin),
      factEvent(12, "fact.updated", retracted),
      bulletinEvent(13, "bulletin.stale", stale, { reasons: stale.stale }),
    ]);
    expect(next.bulletinData?.facts[fact.id]?.status).toBe("retracted");
    expect(next.bulletinData?.bulletins[bulletin.id]?.stale).toHaveLength(1);
  });

  it("keeps notifications addressed to this user or to everyone in the role, newest first", () => {
    const bulletinId = makeBulletin(incident.id).id;
    const message = {
      sv: "Ett meddelande du skrivit bygger på en tillbakadragen uppgift.",
      en: "A bulletin you wrote cites a retracted fact.",
    };
    const { state: next } = applyEvents(state(), [
      notificationEvent(11, incident.id, { kind: "fact_retracted", recipients: [me.id], message, bulletinId }),
      notificationEvent(12, incident.id, {
        kind: "fact_retracted",
        recipients: ["99999999-9999-4999-8999-999999999999"],
        message,
        bulletinId,
      }),
      notificationEvent(13, incident.id, {
        kind: "next_update_overdue",
        recipients: [],
        message,
        due: "2026-11-25T09:00:00.000Z",
      }),
    ]);
    expect(next.bulletinData?.notifications.map((n) => n.seq)).toEqual([13, 11]);
  });

  it("works on a state that has no bulletin data yet", () => {
    const bulletin = makeBulletin(incident.id);
    const bare: DomainState = emptyDomainState({ lastSeq: 1 });
    expect(
      applyEvents(bare, [bulletinEvent(2, "bulletin.created", bulletin)]).state.bulletinData?.bulletins[bulletin.id],
    ).toEqual(bulletin);
  });
});
