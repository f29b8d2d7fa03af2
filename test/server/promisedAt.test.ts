import { describe, expect, it } from "vitest";
import { promisedAt } from "../../server/domain/promisedAt.js";

describe("a promised time in a notice", () => {
  it("is the bare time in Swedish time when it falls on today's Swedish date", () => {
    const now = new Date("2026-12-06T10:00:00.000Z");
    expect(promisedAt(new Date("2026-12-06T09:00:00.000Z"), now)).toEqual({ sv: "kl. 10:00", en: "10:00" });
    // 00:30 in Stockholm is the same day there, though the instant is the day before in UTC.
    expect(promisedAt(new Date("2026-12-05T23:30:00.000Z"), now)).toEqual({ sv: "kl. 00:30", en: "00:30" });
  });

  it("carries its date when it is another day, so a years-old promise is not read as this morning's", () => {
    const now = new Date("2026-12-06T10:00:00.000Z");
    expect(promisedAt(new Date("2020-01-01T09:00:00.000Z"), now)).toEqual({
      sv: "1 januari 2020 kl. 10:00",
      en: "10:00 on 1 January 2020",
    });
    expect(promisedAt(new Date("2026-12-05T22:59:00.000Z"), now).sv).toBe("5 december 2026 kl. 23:59");
    // Summer time: 16:00 in Stockholm is 14:00 UTC.
    expect(promisedAt(new Date("2026-06-12T14:00:00.000Z"), now).sv).toBe("12 juni 2026 kl. 16:00");
  });
});
