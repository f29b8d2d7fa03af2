import { act, renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { useTypedValue } from "../../../client/src/components/useTypedValue";

// The typed text behind DateInput and DateTimeInput: kept as typed, the parsed value to the form.

/** A whole number typed with optional spaces; its value without them. */
const parseNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? String(Number(text)) : null);
const showPadded = (value: string) => (value === "" ? "" : value.padStart(3, "0"));

function setup(initial: string, show?: (value: string) => string) {
  const onChange = vi.fn<(value: string) => void>();
  const hook = renderHook(({ value }) => useTypedValue(value, onChange, parseNumber, show), {
    initialProps: { value: initial },
  });
  return { ...hook, onChange };
}

describe("useTypedValue", () => {
  it("starts from the value, shown through `show`", () => {
    expect(setup("7").result.current).toMatchObject({ text: "7", parsed: "7", bad: false });
    expect(setup("7", showPadded).result.current).toMatchObject({ text: "007", parsed: "7" });
  });

  it("keeps the text as typed and gives the form its value, or '' while empty or no value", () => {
    const { result, onChange } = setup("");
    expect(result.current).toMatchObject({ text: "", parsed: "", bad: false });
    act(() => result.current.type(" 007 "));
    expect(result.current).toMatchObject({ text: " 007 ", parsed: "7", bad: false });
    act(() => result.current.type("7a"));
    expect(result.current).toMatchObject({ text: "7a", parsed: null, bad: true });
    act(() => result.current.type("  "));
    expect(result.current).toMatchObject({ text: "  ", parsed: "", bad: false });
    expect(onChange.mock.calls).toEqual([["7"], [""], [""]]);
  });

  it("does not rewrite her text when the form hands its own value back", () => {
    const { result, rerender } = setup("");
    act(() => result.current.type(" 007 "));
    rerender({ value: "7" });
    expect(result.current.text).toBe(" 007 ");
  });

  it("replaces the text with a value set from outside (a reset, a prefill)", () => {
    const { result, rerender } = setup("", showPadded);
    act(() => result.current.type("12"));
    rerender({ value: "40" });
    expect(result.current).toMatchObject({ text: "040", parsed: "40", bad: false });
  });
});
