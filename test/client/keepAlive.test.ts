import { afterEach, describe, expect, it, vi } from "vitest";
import { KEEP_ALIVE_MS, startKeepAlive } from "../../client/src/store/session/keepAlive";

describe("session keep-alive for a console that only listens", () => {
  afterEach(() => vi.useRealTimers());

  it("touches the session every interval until stopped", async () => {
    vi.useFakeTimers();
    const touch = vi.fn(() => Promise.resolve());
    const stop = startKeepAlive(touch);
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS - 1);
    expect(touch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(touch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * KEEP_ALIVE_MS);
    expect(touch).toHaveBeenCalledTimes(3);
    stop();
    await vi.advanceTimersByTimeAsync(5 * KEEP_ALIVE_MS);
    expect(touch).toHaveBeenCalledTimes(3);
  });

  it("keeps going after a failed touch (a server briefly away is no answer about the session)", async () => {
    vi.useFakeTimers();
    const touch = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(undefined);
    const stop = startKeepAlive(touch, 1_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(touch).toHaveBeenCalledTimes(3);
    stop();
  });

  it("touches often enough that a one-hour session never lapses between touches", () => {
    expect(KEEP_ALIVE_MS).toBeLessThanOrEqual((60 * 60_000) / 4);
  });
});
