import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "../../server/domain/rateLimit.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../helpers/db.js";

const MINUTE = 60_000;

describe.each(ENGINES)("rate limits on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.dispose());

  it("refuses the request past the budget until the window ends", async () => {
    const limiter = createRateLimiter(t.db, "budget", { limit: 2, windowMs: MINUTE });
    const now = Date.UTC(2026, 0, 1, 10, 0, 10);
    await limiter.take("10.0.0.1", now);
    await limiter.take("10.0.0.1", now);
    await expect(limiter.take("10.0.0.1", now)).rejects.toMatchObject({ status: 429, code: "rate_limited" });
    await limiter.take("10.0.0.2", now);
    await limiter.take("10.0.0.1", now + MINUTE);
  });

  it("a short window's clean-up never resets a longer window's budget", async () => {
    const hourly = createRateLimiter(t.db, "hourly", { limit: 3, windowMs: 60 * MINUTE });
    const perMinute = createRateLimiter(t.db, "minutely", { limit: 100, windowMs: MINUTE });
    const start = Date.UTC(2026, 0, 1, 11, 0, 0);
    for (let i = 0; i < 3; i += 1) await hourly.take("10.0.0.9", start);
    // Twenty minutes later a new minute window opens for the short limiter, which prunes its own old windows.
    await perMinute.take("10.0.0.9", start + 20 * MINUTE);
    await perMinute.take("10.0.0.8", start + 21 * MINUTE);
    await expect(hourly.take("10.0.0.9", start + 30 * MINUTE)).rejects.toMatchObject({ status: 429 });
  });
});
