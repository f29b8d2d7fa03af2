import { describe, expect, it } from "vitest";
import { connectRedis, RedisUnavailableError } from "../../server/realtime/redis.js";
import { startChildServer } from "../helpers/child.js";
import { REDIS_URL, testLog } from "../helpers/cluster.js";
import { createPgSchema, PG_URL } from "../helpers/pg.js";

describe("start-up with KRISRUM_REDIS_URL", () => {
  it("rejects an unreachable Redis with a clear error", async () => {
    const err = await connectRedis("redis://127.0.0.1:1", { log: testLog, connectTimeoutMs: 2_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect((err as Error).message).toMatch(
      /^Redis at redis:\/\/127\.0\.0\.1:1 \(KRISRUM_REDIS_URL\) is unreachable: .*ECONNREFUSED/,
    );
  });

  it("stops the server before it touches the database, and says why", async () => {
    // A schema of its own in the URL as well, so even a regression that migrated first would not touch `public`.
    const schema = await createPgSchema();
    try {
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      const failed = await startChildServer({ DATABASE_URL: url, KRISRUM_REDIS_URL: "redis://127.0.0.1:1" }).catch(
        (e: unknown) => e,
      );
      expect((failed as Error).message).toMatch(/server exited \(1\) before listening/);
      expect((failed as Error).message).toMatch(
        /Redis at redis:\/\/127\.0\.0\.1:1 \(KRISRUM_REDIS_URL\) is unreachable/,
      );
      expect((failed as Error).message).not.toMatch(/migrations applied/);
    } finally {
      await schema.drop();
    }
  });

  it("starts in multi-node mode, says so, and shuts down cleanly", async () => {
    const schema = await createPgSchema();
    try {
      const url = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
      const child = await startChildServer({ DATABASE_URL: url, KRISRUM_REDIS_URL: REDIS_URL });
      expect(child.output()).toMatch(/multi-node mode: live pushes shared through Redis/);
      child.process.kill("SIGTERM");
      const exit = await child.exited;
      expect(exit, child.output()).toEqual({ code: 0, signal: null });
    } finally {
      await schema.drop();
    }
  });
});
