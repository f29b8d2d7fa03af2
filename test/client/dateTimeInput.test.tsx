import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { DateTimeInput, parseTypedDateTime } from "../../client/src/components/DateTimeInput";

function Harness({ initial, onValue }: { initial: string; onValue: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="dt">Nästa uppdatering</label>
      <DateTimeInput
        id="dt"
        value={value}
        onChange={(v) => {
          setValue(v);
          onValue(v);
        }}
      />
    </>
  );
}

describe("DateTimeInput: Swedish 24-hour date and time whatever the browser's locale", () => {
  it("reads typed Swedish times, padded, and refuses dates that do not exist", () => {
    expect(parseTypedDateTime("2026-12-03 14:30")).toBe("2026-12-03T14:30");
    expect(parseTypedDateTime("2026-12-3 9.05")).toBe("2026-12-03T09:05");
    expect(parseTypedDateTime("2026-02-31 10:00")).toBeNull();
    expect(parseTypedDateTime("2026-12-03 24:00")).toBeNull();
    expect(parseTypedDateTime("12/03/2026 2:30 PM")).toBeNull();
  });

  it("is a text field showing the value as ÅÅÅÅ-MM-DD TT:MM, never the browser's AM/PM picker", () => {
    render(<Harness initial="2026-12-03T21:05" onValue={() => {}} />);
    const input = screen.getByLabelText("Nästa uppdatering") as HTMLInputElement;
    expect(input.type).toBe("text");
    expect(input.value).toBe("2026-12-03 21:05");
    expect(input).toHaveAttribute("placeholder", "ÅÅÅÅ-MM-DD TT:MM");
    expect(input).toHaveAccessibleDescription(expect.stringContaining("24 timmar"));
  });

  it("hands on a whole date and time, and nothing (marked invalid) while it is not one", () => {
    const onValue = vi.fn();
    render(<Harness initial="" onValue={onValue} />);
    const input = screen.getByLabelText("Nästa uppdatering") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "2026-12-03 14" } });
    expect(onValue).toHaveBeenLastCalledWith("");
    expect(input.value).toBe("2026-12-03 14"); // the half-typed text stays
    expect(input).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(input, { target: { value: "2026-12-03 14:30" } });
    expect(onValue).toHaveBeenLastCalledWith("2026-12-03T14:30");
    expect(input).not.toHaveAttribute("aria-invalid");
  });
});
