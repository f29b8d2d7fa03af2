import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectionIndicator } from "../../client/src/components/ConnectionIndicator";
import { useStore } from "../../client/src/store";
import { resetStore } from "./helpers/fixtures";

describe("the reload banner of an outdated console", () => {
  beforeEach(() => resetStore());

  it("is not there while the console is connected", () => {
    act(() => useStore.getState().setConnection("online"));
    render(<ConnectionIndicator />);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("button", { name: "Ladda om sidan" })).toBeNull();
  });

  it("asks in Swedish to reload the page, and the button reloads it", async () => {
    const reload = vi.fn();
    vi.stubGlobal("location", { ...window.location, reload });
    act(() => useStore.getState().setConnection("outdated"));
    render(<ConnectionIndicator />);
    expect(screen.getByRole("alert")).toHaveTextContent("Servern har uppdaterats");
    expect(screen.getByRole("status")).toHaveTextContent("Ny version – ladda om sidan");
    await userEvent.click(screen.getByRole("button", { name: "Ladda om sidan" }));
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it("says it in English when English is chosen", () => {
    act(() => {
      useStore.getState().setLanguage("en");
      useStore.getState().setConnection("outdated");
    });
    render(<ConnectionIndicator />);
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("The server has been updated");
  });
});
