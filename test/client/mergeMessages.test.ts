import { describe, expect, it } from "vitest";
import { mergeMessages } from "../../client/src/i18n/mergeMessages";
import { sv } from "../../client/src/i18n/sv";
import { contactSv } from "../../client/src/i18n/contact.sv";
import { claimsListSv } from "../../client/src/i18n/claimsList.sv";

describe("mergeMessages", () => {
  it("merges like an object literal of spreads: every key, later parts win, in order", () => {
    const merged = mergeMessages({ a: "1", b: "2" }, { b: "3", c: "4" });
    expect(merged).toEqual({ a: "1", b: "3", c: "4" });
    expect(Object.keys(merged)).toEqual(["a", "b", "c"]);
    expect(merged.b).toBe("3");
  });

  it("has no prototype, so a key like toString is not a message", () => {
    const merged = mergeMessages({ a: "1" });
    expect(Object.getPrototypeOf(merged)).toBeNull();
    expect((merged as Record<string, unknown>).toString).toBeUndefined();
  });

  it("holds the domain files' messages in the Swedish dictionary", () => {
    const spread = { ...contactSv, ...claimsListSv };
    for (const [key, value] of Object.entries(spread)) expect(sv[key as keyof typeof sv], key).toBe(value);
  });
});
