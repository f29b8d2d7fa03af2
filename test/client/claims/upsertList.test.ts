import { describe, expect, it } from "vitest";
import { upsertClaimList } from "../../../client/src/store/claims/state";
import { makeIncident } from "../helpers/fixtures";
import { makeClaim } from "./fixtures";

const incident = makeIncident();

describe("upsertClaimList (the board's list answer into the store)", () => {
  it("adds every claim of a list, leaving the input map untouched", () => {
    const before = {};
    const list = Array.from({ length: 50 }, () => makeClaim(incident.id));
    const after = upsertClaimList(before, list);
    expect(Object.keys(after)).toHaveLength(50);
    expect(after[list[7]!.id]).toBe(list[7]);
    expect(before).toEqual({});
  });

  it("keeps a newer copy an event brought and takes an equal or newer one from the list", () => {
    const kept = makeClaim(incident.id, { version: 3, text: "från händelsen" });
    const replaced = makeClaim(incident.id, { version: 2, text: "gammal" });
    const map = { [kept.id]: kept, [replaced.id]: replaced };
    const after = upsertClaimList(map, [
      { ...kept, version: 2, text: "äldre svar" },
      { ...replaced, version: 2, text: "samma version" },
    ]);
    expect(after[kept.id]?.text).toBe("från händelsen");
    expect(after[replaced.id]?.text).toBe("samma version");
  });

  it("gives back the same map when nothing in the list is newer (no re-render)", () => {
    const claim = makeClaim(incident.id, { version: 4 });
    const map = { [claim.id]: claim };
    expect(upsertClaimList(map, [{ ...claim, version: 3 }])).toBe(map);
    expect(upsertClaimList(map, [])).toBe(map);
  });
});
