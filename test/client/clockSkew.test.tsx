import { act, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { ClockSkewNotice } from "../../client/src/components/ClockSkewNotice";
import { useStore } from "../../client/src/store";
import { offsetFrom, serverNow } from "../../client/src/store/session/serverClock";
import { resetStore } from "./helpers/fixtures";

describe("a PC whose clock is off", () => {
  beforeEach(() => resetStore());

  it("estimates the server's clock from one round trip, halfway between asking and hearing back", () => {
    // Asked at 1,000, answered at 1,200: the server read its clock (61,100) at about 1,100 of ours.
    expect(offsetFrom(1_000, 61_100, 1_200)).toBe(60_000);
    expect(offsetFrom(1_000, -5_000, 1_100)).toBe(-6_050);
    // A round trip too slow (or negative: the PC's clock jumped) tells nothing.
    expect(offsetFrom(1_000, 61_100, 4_000)).toBeUndefined();
    expect(offsetFrom(1_000, 61_100, 900)).toBeUndefined();
    expect(offsetFrom(1_000, Number.NaN, 1_100)).toBeUndefined();
  });

  it("reckons by the server's clock once the offset is known", () => {
    act(() => useStore.getState().setClockOffset(-3 * 60_000));
    expect(Math.abs(serverNow() - (Date.now() - 3 * 60_000))).toBeLessThan(100);
    expect(Math.abs(useStore.getState().now - (Date.now() - 3 * 60_000))).toBeLessThan(100);
  });

  it("says nothing about ordinary drift, and tells the user which way and how far a skewed clock is off", () => {
    render(<ClockSkewNotice />);
    act(() => useStore.getState().setClockOffset(20_000));
    expect(screen.queryByRole("status")).toBeNull();
    act(() => useStore.getState().setClockOffset(12 * 60_000));
    expect(screen.getByRole("status")).toHaveTextContent("Datorns klocka går 12 min efter serverns.");
    act(() => useStore.getState().setClockOffset(-2 * 3_600_000));
    expect(screen.getByRole("status")).toHaveTextContent("Datorns klocka går 120 min före serverns.");
  });
});
