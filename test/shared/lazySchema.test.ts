import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as eagerShared from "../../shared/index.js";
import { EVENT_CATALOGUE as EAGER_CATALOGUE, EVENT_TYPES } from "../../shared/events/index.js";
import { builtOnFirstUse, isUnbuilt } from "../../shared/schemas/lazy.js";

/** Every export of a module that is a zod schema or a stand-in for one (`isStandIn`, which does not build it). */
const schemasOf = (
  module: Record<string, unknown>,
  isStandIn: (value: object) => boolean = () => false,
): Array<[string, z.ZodType]> =>
  Object.entries(module).filter((entry): entry is [string, z.ZodType] => {
    const value = entry[1];
    return typeof value === "object" && value !== null && (isStandIn(value) || "_zod" in value);
  });

/** Issues as plain data (path, code, message), to compare a stand-in's answer with the eagerly built schema's. */
const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? "accepted" : JSON.parse(JSON.stringify(result.error.issues));
};

describe("a schema built on first use", () => {
  it("is built at its first use, once", () => {
    const build = vi.fn(() => z.object({ title: z.string().min(1) }));
    const Title = builtOnFirstUse(build);
    expect(build).not.toHaveBeenCalled();
    expect(isUnbuilt(Title)).toBe(true);
    expect(Title.parse({ title: "Storm" })).toEqual({ title: "Storm" });
    Title.safeParse({ title: "" });
    expect(build).toHaveBeenCalledTimes(1);
    expect(isUnbuilt(Title)).toBe(false);
  });

  it("still rejects bad input with the field's name, alone and nested in another schema", () => {
    const Incident = builtOnFirstUse(() => z.object({ title: z.string().min(1), version: z.number().int() }));
    const bad = Incident.safeParse({ title: "", version: 1.5 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([["title"], ["version"]]);

    const Page = z.object({ incident: Incident });
    const nested = Page.safeParse({ incident: { title: 7, version: 1 } });
    expect(nested.error?.issues).toEqual([
      expect.objectContaining({ path: ["incident", "title"], code: "invalid_type" }),
    ]);
    expect(() => Page.parse({ incident: { title: "", version: 1 } })).toThrow(/title/);
  });

  it("answers as the schema it stands for: methods, shape, instanceof", () => {
    const Base = builtOnFirstUse(() => z.object({ id: z.string(), title: z.string() }));
    expect(Base).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(Base.shape)).toEqual(["id", "title"]);
    const Extended = Base.extend({ seq: z.number() }).pick({ title: true, seq: true });
    expect(Extended.safeParse({ title: "x", seq: 1 }).success).toBe(true);
    expect(Extended.safeParse({ title: "x" }).error?.issues[0]?.path).toEqual(["seq"]);
    expect(Base.optional().parse(undefined)).toBeUndefined();
  });

  it("says so when a schema reads itself while being built", () => {
    const Loop: z.ZodType = builtOnFirstUse(() => z.object({ next: z.string() }).or(Loop.optional()));
    expect(() => Loop.parse({})).toThrow(/read itself while it was being built/);
  });
});

describe("the shared schemas in a browser", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** The shared modules evaluated anew as in a browser page (a `document` exists), counting zod constructions. */
  async function importAsBrowser() {
    vi.stubGlobal("document", {});
    vi.resetModules();
    const shared = await import("../../shared/index.js");
    const events = await import("../../shared/events/index.js");
    const { isUnbuilt: unbuilt } = await import("../../shared/schemas/lazy.js");
    return { shared, catalogue: events.EVENT_CATALOGUE, unbuilt };
  }

  it("are built at first use, not when imported", async () => {
    const { shared, catalogue, unbuilt } = await importAsBrowser();
    const eager = schemasOf(eagerShared);
    const lazy = schemasOf(shared, unbuilt);
    expect(lazy.map(([name]) => name)).toEqual(eager.map(([name]) => name));
    expect(lazy.filter(([, schema]) => !unbuilt(schema)).map(([name]) => name)).toEqual([]);
    expect(EVENT_TYPES.filter((type) => !unbuilt(catalogue[type].data))).toEqual([]);
    // Using one builds it and what it is made of, nothing else.
    shared.Incident.safeParse({});
    expect(unbuilt(shared.Incident)).toBe(false);
    expect(unbuilt(shared.IncidentSeverity)).toBe(false);
    expect(unbuilt(shared.IncidentPatch)).toBe(true);
  });

  it("reject what the eagerly built ones reject, with the same fields and messages", async () => {
    const { shared, catalogue, unbuilt } = await importAsBrowser();
    const lazy = new Map(schemasOf(shared, unbuilt));
    const inputs: unknown[] = [{}, null, "text", { id: "not-a-uuid", title: "", seq: -1, at: "yesterday" }];
    let compared = 0;
    for (const [name, eager] of schemasOf(eagerShared)) {
      for (const input of inputs) {
        expect(issuesOf(lazy.get(name) as z.ZodType, input), `${name} on ${JSON.stringify(input)}`).toEqual(
          issuesOf(eager, input),
        );
        compared += 1;
      }
    }
    for (const type of EVENT_TYPES) {
      for (const input of inputs) {
        expect(issuesOf(catalogue[type].data, input), `${type} on ${JSON.stringify(input)}`).toEqual(
          issuesOf(EAGER_CATALOGUE[type].data, input),
        );
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});
