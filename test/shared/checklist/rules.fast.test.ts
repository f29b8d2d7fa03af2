import { describe, expect, it } from "vitest";
import { findingsOf, GOOD_SV, ruleIds } from "./helpers.js";

const NOW = "2025-11-25T14:00:00+01:00";
const at = (hhmm: string) => `2025-11-25T${hhmm}:00+01:00`;

describe("fast rules", () => {
  it("[FS1] warns after an hour without any publication, and is an error after three", () => {
    const ninety = findingsOf(
      { body: GOOD_SV },
      { now: NOW, incident: { startedAt: at("12:30"), lastPublishedAt: null } },
      "FS1",
    );
    expect(ninety.map((f) => [f.severity, f.deduction])).toEqual([["warn", 15]]);
    expect(ninety[0]?.message.sv).toContain("1 h 30 min");
    const four = findingsOf({ body: GOOD_SV }, { now: NOW, incident: { startedAt: at("10:00") } }, "FS1");
    expect(four.map((f) => [f.severity, f.deduction])).toEqual([["error", 30]]);
  });

  it("[FS1] is silent once something is published, without a clock, and within the first hour", () => {
    expect(
      ruleIds(
        { body: GOOD_SV },
        { now: NOW, incident: { startedAt: at("08:00"), firstPublishedAt: at("08:30"), lastPublishedAt: at("12:00") } },
      ),
    ).not.toContain("FS1");
    expect(ruleIds({ body: GOOD_SV }, { incident: { startedAt: at("08:00") } })).not.toContain("FS1");
    expect(ruleIds({ body: GOOD_SV }, { now: NOW, incident: { startedAt: at("13:10") } })).not.toContain("FS1");
  });

  it("[FS9] a next update in the text that differs from the bulletin's own time is an error; from the incident's, a warning", () => {
    const body = GOOD_SV.replace("kl. 18.00", "kl. 16.00");
    const own = findingsOf({ body, nextUpdateAt: at("15:00") }, { now: NOW }, "FS9");
    expect(own.map((f) => f.severity)).toEqual(["error"]);
    expect(own[0]?.message.sv).toContain("kl. 16.00");
    expect(findingsOf({ body, nextUpdateAt: at("16:00") }, { now: NOW }, "FS9")).toEqual([]);
    const incident = findingsOf({ body }, { now: NOW, incident: { nextUpdateDue: at("15:00") } }, "FS9");
    expect(incident.map((f) => f.severity)).toEqual(["warn"]);
  });

  it("[FS2] an error when the promised update is overdue", () => {
    const [f] = findingsOf(
      { body: GOOD_SV },
      { now: NOW, incident: { startedAt: at("08:00"), lastPublishedAt: at("12:00"), nextUpdateDue: at("13:15") } },
      "FS2",
    );
    expect(f?.severity).toBe("error");
    expect(f?.message.en).toContain("45 min overdue");
  });

  it("[FS2] notes an update due within 15 minutes without deducting, and warns after 3 h of silence with no promise", () => {
    const soon = findingsOf(
      { body: GOOD_SV },
      { now: NOW, incident: { lastPublishedAt: at("12:00"), nextUpdateDue: at("14:10") } },
      "FS2",
    );
    expect(soon.map((f) => [f.severity, f.deduction])).toEqual([["info", 0]]);
    const silent = findingsOf(
      { body: GOOD_SV },
      { now: NOW, incident: { lastPublishedAt: at("10:00"), nextUpdateDue: null } },
      "FS2",
    );
    expect(silent.map((f) => [f.severity, f.deduction])).toEqual([["warn", 10]]);
  });

  it("[FS2] is not overdue when a bulletin was published after the due time", () => {
    expect(
      ruleIds({ body: GOOD_SV }, { now: NOW, incident: { lastPublishedAt: at("13:20"), nextUpdateDue: at("13:15") } }),
    ).not.toContain("FS2");
  });

  it("[FS3] an error when the message's own next-update time has passed", () => {
    expect(ruleIds({ body: GOOD_SV, nextUpdateAt: at("13:00") }, { now: NOW })).toContain("FS3");
    expect(ruleIds({ body: GOOD_SV, nextUpdateAt: at("18:00") }, { now: NOW })).not.toContain("FS3");
  });

  it("[FS4] warns when a web bulletin has no time stamp, and not when it goes only by SMS", () => {
    const body = "Exempelby kommun: koka vattnet i Norrby. Läs mer på exempelby.se.";
    expect(ruleIds({ body })).toContain("FS4");
    expect(ruleIds({ body, channels: ["web", "social"] })).toContain("FS4");
    expect(ruleIds({ body, channels: ["sms"] })).not.toContain("FS4");
    expect(ruleIds({ body: `Uppdaterad 25 november. ${body}` })).not.toContain("FS4");
    expect(ruleIds({ body: `Klockan 14.20: ${body}` })).not.toContain("FS4");
  });

  it("[FS5] warns when an all-clear carries no time", () => {
    expect(ruleIds({ body: "Faran är över. Exempelby kommun." })).toContain("FS5");
    expect(ruleIds({ body: "Faran är över sedan kl. 16.30. Exempelby kommun." })).not.toContain("FS5");
  });

  it("[FS1][FS2] use only context.now: the same message without a clock has a perfect fast score", async () => {
    const { score } = await import("./helpers.js");
    const clockless = score({ body: GOOD_SV }, { incident: { startedAt: at("01:00"), nextUpdateDue: at("02:00") } });
    expect(clockless.fast.findings.filter((f) => ["FS1", "FS2", "FS3"].includes(f.ruleId))).toEqual([]);
  });
});
