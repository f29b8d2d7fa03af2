import { describe, expect, it } from "vitest";
import { Lru } from "../../shared/lru.js";

describe("Lru", () => {
  it("drops the least recently used entry past its size; a get counts as a use", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1);
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
    expect(lru.size).toBe(2);
  });

  it("replaces a key in place without growing, and clears", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("a", 2);
    expect(lru.size).toBe(1);
    expect(lru.get("a")).toBe(2);
    lru.clear();
    expect(lru.size).toBe(0);
  });
});
