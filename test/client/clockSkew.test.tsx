import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ClockSkewNotice } from "../../client/src/components/ClockSkewNotice";
import { useStore } from "../../client/src/store";
import { offsetFrom, pcClockSkewMs, serverNow } from "../../client/src/store/session/serverClock";
import { resetStore } from "./helpers/fixtures";

const MIN = 60_000;

describe("a PC whose clock is off", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.restoreAllMocks());

  it("estimates the server's clock from one round trip, halfway between asking and hearing back", () => {
    // Asked at 1,000, answered at 1,200: the server read its clock (61,100) at about 1,100 of ours.
    expect(offsetFrom(1_000, 61_100, 1_200)).toBe(60_000);
    expect(offsetFrom(1_000, -5_000, 1_100)).toBe(-6_050);
    // A round trip too slow (or negative) tells nothing.
    expect(offsetFrom(1_000, 61_100, 4_000)).toBeUndefined();
    expect(offsetFrom(1_000, 61_100, 900)).toBeUndefined();
    expect(offsetFrom(1_000, Number.NaN, 1_100)).toBeUndefined();
  });

  it("reckons by the server's clock once the offset is known", () => {
    act(() => useStore.getState().setClockOffset(-3 * MIN));
    expect(Math.abs(serverNow() - (Date.now() - 3 * MIN))).toBeLessThan(100);
    expect(Math.abs(useStore.getState().now - (Date.now() - 3 * MIN))).toBeLessThan(100);
  });

  it("keeps the server's time when the user sets the PC's clock right, and no longer calls it skewed", () => {
    act(() => useStore.getState().setClockOffset(20 * MIN)); // the PC is 20 minutes behind
    const before = serverNow();
    expect(Math.abs(pcClockSkewMs() - 20 * MIN)).toBeLessThan(100);
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + 20 * MIN); // the user sets it right
    expect(Math.abs(serverNow() - before)).toBeLessThan(100);
    expect(Math.abs(pcClockSkewMs())).toBeLessThan(100);
  });

  it("says nothing about ordinary drift, and tells which way and how far a skewed clock is off, announced once", () => {
    render(<ClockSkewNotice />);
    act(() => useStore.getState().setClockOffset(20_000));
    expect(screen.queryByRole("complementary", { name: "Datorns klocka" })).toBeNull();
    act(() => useStore.getState().setClockOffset(12 * MIN));
    expect(screen.getByRole("complementary", { name: "Datorns klocka" })).toHaveTextContent(
      "Datorns klocka går 12 min efter serverns.",
    );
    expect(useStore.getState().announcement?.key).toBe("clock.skewBehind");
    const first = useStore.getState().announcement?.id;
    act(() => useStore.getState().setClockOffset(13 * MIN));
    expect(useStore.getState().announcement?.id).toBe(first); // a changed minute is not news
    act(() => useStore.getState().setClockOffset(-2 * 60 * MIN));
    expect(screen.getByRole("complementary", { name: "Datorns klocka" })).toHaveTextContent(
      "Datorns klocka går 120 min före serverns.",
    );
    expect(useStore.getState().announcement?.key).toBe("clock.skewAhead");
  });
});
