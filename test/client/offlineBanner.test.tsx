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
