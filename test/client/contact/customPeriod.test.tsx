import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { beforeEach, describe, expect, it } from "vitest";
import { CustomPeriodFields, type Period } from "../../../client/src/features/contact/CustomPeriodFields";
import { useStore } from "../../../client/src/store";
import { resetStore } from "../helpers/fixtures";

/** The fields with the period the statistics would be asked for, shown as text. */
function Harness() {
  const [period, setPeriod] = useState<Period>({ from: "2026-11-01", to: "2026-11-30" });
  return (
    <>
      <CustomPeriodFields value={period} onChange={setPeriod} />
      <output data-testid="asked">{`${period.from}/${period.to}`}</output>
    </>
  );
}

describe("the contact centre's own period", () => {
  beforeEach(() => resetStore());

  it("takes the days as ÅÅÅÅ-MM-DD whatever the browser's locale, each spelled out under its field", () => {
    render(<Harness />);
    const from = screen.getByLabelText("Från och med");
    expect(from).toHaveAttribute("type", "text");
    expect(from).toHaveAccessibleDescription("söndag 1 november 2026 (ÅÅÅÅ-MM-DD)");
    fireEvent.change(from, { target: { value: "2026-11-3" } });
    expect(screen.getByTestId("asked")).toHaveTextContent("2026-11-03/2026-11-30");
  });

  it("asks for nothing while a day is no date or the period is reversed, and says why at the field", () => {
    render(<Harness />);
    const from = screen.getByLabelText("Från och med");
    const to = screen.getByLabelText("Till och med");
    fireEvent.change(from, { target: { value: "11/01/2026" } });
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("asked")).toHaveTextContent("2026-11-01/2026-11-30");
    fireEvent.change(from, { target: { value: "2026-11-01" } });
    fireEvent.change(to, { target: { value: "2026-10-01" } });
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveAccessibleDescription(/^Till och med kan inte vara före från och med\./);
    expect(screen.getByTestId("asked")).toHaveTextContent("2026-11-01/2026-11-30");
  });

  it("says the format in English when English is chosen", () => {
    render(<Harness />);
    act(() => useStore.getState().setLanguage("en"));
    expect(screen.getByLabelText("From")).toHaveAttribute("placeholder", "YYYY-MM-DD");
  });
});
