import { afterEach, describe, expect, it, vi } from "vitest";
import { SCRYPT_WORKER_IDLE_MS, scryptInWorker, scryptWorkerRunning } from "../../server/domain/scryptWorker.js";

const CHEAP = { N: 1024, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

describe("the scrypt worker thread (memory before any console)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ends once idle and starts again for the next hash, with the same answers", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const salt = Buffer.from("0123456789abcdef");
    const first = await scryptInWorker("lösenord", salt, 32, CHEAP);
    expect(scryptWorkerRunning()).toBe(true);

    vi.advanceTimersByTime(SCRYPT_WORKER_IDLE_MS - 1);
    expect(scryptWorkerRunning()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(scryptWorkerRunning()).toBe(false);

    const again = await scryptInWorker("lösenord", salt, 32, CHEAP);
    expect(again.equals(first)).toBe(true);
    expect(scryptWorkerRunning()).toBe(true);
  });

  it("is not stopped while a hash is waiting, and a hash in between resets the clock", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const salt = Buffer.from("fedcba9876543210");
    await scryptInWorker("a", salt, 32, CHEAP);
    vi.advanceTimersByTime(SCRYPT_WORKER_IDLE_MS - 10);
    const waiting = scryptInWorker("b", salt, 32, CHEAP);
    vi.advanceTimersByTime(20); // the first hash's idle stop would have fallen here
    expect(scryptWorkerRunning()).toBe(true);
    expect((await waiting).length).toBe(32);
    expect(scryptWorkerRunning()).toBe(true);
  });
});
