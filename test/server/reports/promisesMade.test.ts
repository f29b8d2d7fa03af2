/**
 * Which publishes make a next-update promise in the after-action report: the time the published bulletin states
 * counts whether or not it moved the incident clock (the editor fills it from the clock, which then stays as it was),
 * and a publish repeating the promise already made is not a new one.
 */
import { describe, expect, it } from "vitest";
import { eventFacts } from "../../../server/domain/reports/eventFacts.js";
import { judgePromises } from "../../../server/domain/reports/promises.js";
import type { ReportEvent } from "../../../server/db/repos/reports.js";

const at = (hhmm: string) => `2026-12-06T${hhmm}:00.000Z`;
let seq = 0;

function published(
  time: string,
  bulletin: { id: string; language?: "sv" | "en"; nextUpdateAt: string | null },
  clock?: string,
): ReportEvent {
  seq += 1;
  return {
    seq,
    at: at(time),
    type: "bulletin.status_changed",
    data: {
      to: "published",
      version: 1,
      changed: clock === undefined ? [] : ["nextUpdateDue"],
      bulletin: {
        id: bulletin.id,
        headline: "Koka dricksvattnet i Norrby",
        language: bulletin.language ?? "sv",
        kind: "bulletin",
        publishedVersion: 1,
        nextUpdateAt: bulletin.nextUpdateAt,
      },
      ...(clock === undefined ? {} : { incident: { nextUpdateDue: clock } }),
    },
  };
}

const SV = "11111111-1111-4111-8111-111111111111";
const EN = "22222222-2222-4222-8222-222222222222";
const NEXT = "33333333-3333-4333-8333-333333333333";

describe("next-update promises in the report", () => {
  it("counts the time a published bulletin states when the incident clock already said it", () => {
    const facts = eventFacts([published("09:00", { id: SV, nextUpdateAt: at("10:00") })]);
    expect(facts.publications.map((p) => p.promisedDue)).toEqual([at("10:00")]);
    expect(judgePromises(facts.publications, at("12:00"))).toMatchObject([{ dueAt: at("10:00"), state: "missed" }]);
  });

  it("does not count a translation or a second bulletin repeating the same promise as a new one", () => {
    const facts = eventFacts([
      published("09:00", { id: SV, nextUpdateAt: at("10:00") }),
      published("09:05", { id: EN, language: "en", nextUpdateAt: at("10:00") }),
      published("09:50", { id: NEXT, nextUpdateAt: at("11:00") }, at("11:00")),
    ]);
    expect(facts.publications.map((p) => p.promisedDue)).toEqual([at("10:00"), null, at("11:00")]);
    const judged = judgePromises(facts.publications, at("12:00"));
    expect(judged.map((p) => [p.dueAt, p.state])).toEqual([
      [at("10:00"), "kept"],
      [at("11:00"), "missed"],
    ]);
  });

  it("makes no promise for a publish that states no time", () => {
    expect(eventFacts([published("09:00", { id: SV, nextUpdateAt: null })]).publications[0]?.promisedDue).toBeNull();
  });
});
