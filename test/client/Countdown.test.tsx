import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Countdown, ElapsedClock } from "../../client/src/components/Clock";
import { resetStore } from "./helpers/fixtures";
import { swedish } from "./helpers/swedishTime";

const NOW = swedish(2026, 10, 25, 8, 33, 10);

describe("Countdown and ElapsedClock", () => {
  beforeEach(() => {
    resetStore();
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it("says the update is overdue in words, not only in colour", () => {
    const due = swedish(2026, 10, 25, 8, 30).toISOString();
    const { container } = render(<Countdown due={due} />);
    expect(screen.getByText(/försenad 3 min/)).toBeInTheDocument();
    expect(container.querySelector("[data-overdue='true']")).not.toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText(/försenad 4 min/)).toBeInTheDocument();
  });

  it("counts down to a promise still ahead and names the promised time", () => {
    const due = swedish(2026, 10, 25, 8, 45).toISOString();
    render(<Countdown due={due} />);
    expect(screen.getByText("om 12 min")).toBeInTheDocument();
    expect(screen.getByText("utlovad 25 nov. 2026 08:45")).toBeInTheDocument();
  });

  it("says when no update is promised", () => {
    render(<Countdown due={null} />);
    expect(screen.getByText("Ingen tid utlovad")).toBeInTheDocument();
  });

  it("ticks every clock on screen from one shared interval", () => {
    const start = swedish(2026, 10, 25, 8, 0, 0).toISOString();
    render(
      <>
        <ElapsedClock since={start} />
        <ElapsedClock since={start} />
        <Countdown due={start} />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    expect(screen.getAllByRole("timer")[0]).toHaveTextContent("00:33:10");
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getAllByRole("timer")[1]).toHaveTextContent("00:33:12");
  });
});
