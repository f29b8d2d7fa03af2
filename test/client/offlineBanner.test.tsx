import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectionIndicator } from "../../client/src/components/ConnectionIndicator";
import { useFormState } from "../../client/src/components/useFormState";
import { ApiError } from "../../client/src/api/http";
import { useStore } from "../../client/src/store";
import { resetStore } from "./helpers/fixtures";

const BANNER = /Ingen anslutning till servern\. Det du skriver finns kvar här men sparas inte/;

describe("a console without its server", () => {
  beforeEach(() => {
    resetStore();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("shows the banner only once the outage has lasted three seconds, and takes it away when connected again", () => {
    act(() => useStore.getState().setConnection("online"));
    render(<ConnectionIndicator />);
    act(() => useStore.getState().setConnection("offline"));
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByText(BANNER)).toBeNull(); // a blip is the header's pill only
    act(() => useStore.getState().setConnection("connecting"));
    act(() => useStore.getState().setConnection("offline"));
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByText(BANNER)).toBeNull(); // the three seconds start again with each outage
    act(() => vi.advanceTimersByTime(1_500));
    expect(screen.getByText(BANNER)).toBeInTheDocument();
    act(() => useStore.getState().setConnection("online"));
    expect(screen.queryByText(BANNER)).toBeNull();
  });

  it("keeps room below the page as tall as the banner is, measured as it wraps, and none once it is gone", () => {
    // jsdom lays nothing out: a stand-in ResizeObserver reports the banner's height as a browser would.
    let height = 141;
    const observers: Array<() => void> = [];
    class FakeResizeObserver {
      constructor(private readonly callback: () => void) {}
      observe(target: HTMLElement) {
        target.getBoundingClientRect = () => ({ height }) as DOMRect;
        observers.push(this.callback);
        this.callback();
      }
      disconnect() {
        observers.splice(observers.indexOf(this.callback), 1);
      }
    }
    vi.stubGlobal("ResizeObserver", FakeResizeObserver);
    try {
      const room = () => document.documentElement.style.getPropertyValue("--offline-banner-height");
      act(() => useStore.getState().setConnection("online"));
      render(<ConnectionIndicator />);
      expect(room()).toBe("");
      act(() => useStore.getState().setConnection("offline"));
      act(() => vi.advanceTimersByTime(3_500));
      expect(screen.getByText(BANNER)).toBeInTheDocument();
      expect(room()).toBe("141px");
      // Text spacing or a narrower window: the banner takes more lines.
      height = 197;
      act(() => observers.forEach((notify) => notify()));
      expect(room()).toBe("197px");
      act(() => useStore.getState().setConnection("online"));
      expect(room()).toBe("");
      expect(observers).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

function NetworkForm() {
  const { formError, run } = useFormState();
  return (
    <>
      <button
        type="button"
        onClick={() => void run(() => Promise.reject(new ApiError(0, "network", "fetch failed", undefined, {})))}
      >
        Spara
      </button>
      <p data-testid="error">{formError ?? ""}</p>
    </>
  );
}

describe("a form's 'Servern svarar inte'", () => {
  beforeEach(() => resetStore());

  it("goes away when the console is connected again", async () => {
    act(() => useStore.getState().setConnection("offline"));
    render(<NetworkForm />);
    await act(async () => screen.getByRole("button", { name: "Spara" }).click());
    expect(screen.getByTestId("error")).toHaveTextContent("Servern svarar inte.");
    act(() => useStore.getState().setConnection("online"));
    expect(screen.getByTestId("error")).toHaveTextContent("");
  });
});
