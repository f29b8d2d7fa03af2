/** Migrations on a shared PostgreSQL: another schema dropped mid-listing is tried again; nothing else is. */
import { describe, expect, it } from "vitest";
import { retryWhileOtherSchemasVanish } from "../../server/db/migrate.js";

const vanished = (schema: string) =>
  Object.assign(new Error(`relation "${schema}.national_feeds" does not exist`), { code: "42P01" });

describe("retryWhileOtherSchemasVanish", () => {
  it("tries again when another schema's table vanished, and returns the result", async () => {
    let calls = 0;
    const result = await retryWhileOtherSchemasVanish("t_mine", async () => {
      calls++;
      if (calls === 1) throw vanished("t_other");
      return ["0001_initial"];
    });
    expect(result).toEqual(["0001_initial"]);
    expect(calls).toBe(2);
  });

  it("does not retry a missing table of its own schema, another error, or without a schema", async () => {
    for (const [schema, err] of [
      ["t_mine", vanished("t_mine")],
      ["t_mine", Object.assign(new Error("syntax error"), { code: "42601" })],
      [undefined, vanished("t_other")],
    ] as const) {
      let calls = 0;
      await expect(
        retryWhileOtherSchemasVanish(schema, async () => {
          calls++;
          throw err;
        }),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
    }
  });

  it("gives up after three attempts", async () => {
    let calls = 0;
    await expect(
      retryWhileOtherSchemasVanish("t_mine", async () => {
        calls++;
        throw vanished("t_other");
      }),
    ).rejects.toThrow(/t_other/);
    expect(calls).toBe(3);
  });
});
