import { afterEach, describe, expect, it, vi } from "vitest";
import { BULLETIN_LIMITS, BulletinSave } from "@shared/schemas/bulletin";
import { listBulletins } from "../../../client/src/api/bulletins";
import { emptyDomainState } from "../../../client/src/store";
import { applyEvents } from "../../../client/src/store/events";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser } from "../helpers/fixtures";
import { bulletinEvent, makeBulletin } from "./fixtures";

// A draft stored before today's headline limit (or by an older version) is shown as stored: the console's parse of
// a list or a pushed event does not hold it to the limit a save must keep.

const incident = makeIncident();
const LONG_HEADLINE = "Gammal rubrik ".padEnd(BULLETIN_LIMITS.headlineMax + 50, "x");

describe("bulletins stored beyond today's write limits, in the console", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists an incident's bulletins when one headline is longer than a save allows", async () => {
    const old = makeBulletin(incident.id, { headline: LONG_HEADLINE });
    const today = makeBulletin(incident.id);
    stubFetch(() => jsonResponse(200, { bulletins: [old, today] }));
    const listed = await listBulletins(incident.id);
    expect(listed.map((b) => b.headline)).toEqual([LONG_HEADLINE, today.headline]);
  });

  it("applies a pushed event that carries such a bulletin", () => {
    const old = makeBulletin(incident.id, { headline: LONG_HEADLINE });
    const state = emptyDomainState({ lastSeq: 10, user: makeUser({ role: "communicator" }) });
    const { state: next, applied } = applyEvents(state, [bulletinEvent(11, "bulletin.saved", old)]);
    expect(applied).toHaveLength(1);
    expect(next.bulletinData?.bulletins[old.id]?.headline).toBe(LONG_HEADLINE);
  });

  it("still refuses to save that headline", () => {
    expect(BulletinSave.safeParse({ headline: LONG_HEADLINE, expectedVersion: 1 }).success).toBe(false);
  });
});
