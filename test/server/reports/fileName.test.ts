import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../server/presenters/logExport.js";
import { reportFileName } from "../../../server/presenters/reportCsv.js";

describe("report file names name Swedish days", () => {
  it("names a period by its first and last Swedish day (the `to` bound is exclusive)", () => {
    // 7 November 00:00 to 7 December 00:00 Swedish time (CET, UTC+1): the days 7 November to 6 December.
    expect(reportFileName("period", { from: "2026-11-06T23:00:00.000Z", to: "2026-12-06T23:00:00.000Z" })).toBe(
      "periodrapport-2026-11-07-2026-12-06.csv",
    );
  });

  it("names an incident by the Swedish day it started, also in the hour after midnight", () => {
    // 00:30 on 10 March in Sweden is 23:30 on 9 March in UTC.
    expect(
      reportFileName("incident", {
        incident: { startedAt: "2026-03-09T23:30:00.000Z", id: "95c61d73-0000-4000-8000-000000000000" },
      }),
    ).toBe("efterhandsrapport-2026-03-10-95c61d73.csv");
  });
});

describe("the log export's file name", () => {
  it("names the Swedish day the incident started", () => {
    const incident = { startedAt: "2026-03-09T23:30:00.000Z", id: "95c61d73-0000-4000-8000-000000000000" };
    expect(exportFileName(incident as Parameters<typeof exportFileName>[0], "csv")).toBe(
      "loggbok-2026-03-10-95c61d73.csv",
    );
  });

  it("says in the name that the log is an exercise's", () => {
    const drill = { startedAt: "2026-03-09T23:30:00.000Z", id: "95c61d73-0000-4000-8000-000000000000", exercise: true };
    expect(exportFileName(drill as Parameters<typeof exportFileName>[0], "csv")).toBe(
      "ovning-loggbok-2026-03-10-95c61d73.csv",
    );
    expect(exportFileName(drill as Parameters<typeof exportFileName>[0], "json")).toBe(
      "ovning-loggbok-2026-03-10-95c61d73.json",
    );
  });
});
