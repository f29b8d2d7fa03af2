import { describe, expect, it } from "vitest";
import { applyEvents } from "../../../client/src/store/events";
import { emptyDomainState } from "../../../client/src/store";
import type { DomainState } from "../../../client/src/store/types";
import { makeIncident } from "../helpers/fixtures";
import { claimEvent, makeClaim, PER } from "./fixtures";

const incident = makeIncident();

function state(): DomainState {
  return emptyDomainState();
}

describe("claims reducer", () => {
  it("adds a created claim and moves it on a status change", () => {
    const claim = makeClaim(incident.id);
    const taken = {
      ...claim,
      status: "assigned" as const,
      assigneeId: PER.id,
      assigneeName: PER.displayName,
      version: 2,
    };
    const { state: next } = applyEvents(state(), [
      claimEvent(1, "claim.created", claim),
      claimEvent(2, "claim.taken", taken, { from: "new", to: "assigned" }),
    ]);
    expect(next.claimsData?.claims[claim.id]?.status).toBe("assigned");
    expect(next.claimsData?.claims[claim.id]?.assigneeName).toBe(PER.displayName);
  });

  it("is idempotent by seq: a replayed batch changes nothing and applies nothing", () => {
    const claim = makeClaim(incident.id);
    const moved = { ...claim, status: "triaged" as const, version: 2 };
    const events = [
      claimEvent(1, "claim.created", claim),
      claimEvent(2, "claim.status_changed", moved, { from: "new", to: "triaged" }),
    ];
    const once = applyEvents(state(), events).state;
    const again = applyEvents(once, events);
    expect(again.applied).toEqual([]);
    expect(again.state).toBe(once);
    // An old event replayed with a new seq cannot move the claim back: the higher version wins.
    const stale = applyEvents(once, [claimEvent(3, "claim.created", claim)]).state;
    expect(stale.claimsData?.claims[claim.id]?.status).toBe("triaged");
  });

  it("ignores a claim event whose payload is not a claim", () => {
    const claim = makeClaim(incident.id);
    const broken = { ...claimEvent(1, "claim.created", claim), data: { claim: { id: claim.id } } };
    const { state: next } = applyEvents(state(), [broken]);
    expect(next.claimsData?.claims).toEqual({});
  });
});
