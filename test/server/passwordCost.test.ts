import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PRODUCTION_SCRYPT } from "../../server/domain/passwords.js";

// The test helpers lower scrypt's cost (test/helpers/passwords.ts); the server must never do so itself.
const ROOT = resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("password hashing cost in production", () => {
  it("is scrypt N=2^14, r=8, p=1", () => {
    expect(PRODUCTION_SCRYPT).toEqual({ N: 16_384, r: 8, p: 1 });
  });

  it("is what a fresh server process hashes with", () => {
    // process.exit: the scrypt worker thread would otherwise keep the child alive after it has printed.
    const script = `import { hashPassword } from "./server/domain/passwords.ts"; console.log(await hashPassword("ett lösenord")); process.exit(0);`;
    const hash = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    }).trim();
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
  });

  it("is never lowered by the server's own code: only test helpers call setHashCost", () => {
    const callers = sourceFiles(join(ROOT, "server")).filter(
      (f) => /\bsetHashCost\(/.test(readFileSync(f, "utf8")) && !f.endsWith(join("domain", "passwords.ts")),
    );
    expect(callers).toEqual([]);
  });
});
