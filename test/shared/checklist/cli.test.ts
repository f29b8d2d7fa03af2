/** The command-line tool, run as a real process. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChecklistResult } from "../../../shared/schemas/checklist.js";

const ROOT = join(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "checklist-cli-"));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/checklist.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const MESSAGE = {
  kind: "bulletin",
  language: "sv",
  title: "Koka vattnet",
  body: "Uppdaterad 25 november kl. 14.00. Exempelby kommun: koka vattnet i Norrby. Det beror troligen på en läcka. Se exempelby.se.",
};

describe("checklist CLI", () => {
  it("scores a JSON file and prints a valid ChecklistResult with exit code 0", () => {
    const r = cli([file("ok.json", { message: MESSAGE, context: { facts: [] } })]);
    expect(r.code).toBe(0);
    const result = ChecklistResult.parse(JSON.parse(r.stdout));
    expect(result.factual.findings.map((f) => f.ruleId)).toContain("FA1");
    expect(r.stderr).toBe("");
  });

  it("reads the JSON from standard input with '-'", () => {
    const r = cli(["-", "--compact"], JSON.stringify({ message: MESSAGE }));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(ChecklistResult.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it("uses the ISO times of the context and --now for the clock rules", () => {
    const context = {
      incident: {
        startedAt: "2025-11-25T08:00:00+01:00",
        lastPublishedAt: "2025-11-25T10:00:00+01:00",
        nextUpdateDue: "2025-11-25T11:00:00+01:00",
      },
    };
    const r = cli([file("clock.json", { message: MESSAGE, context }), "--now", "2025-11-25T12:00:00+01:00"]);
    const result = ChecklistResult.parse(JSON.parse(r.stdout));
    expect(result.fast.findings.map((f) => f.ruleId)).toContain("FS2");
    expect(
      result.fast.findings.filter((f) => f.ruleId.startsWith("FS") && f.severity === "error").map((f) => f.ruleId),
    ).toEqual(["FS2"]);
    expect(result.fast.findings[0]?.message.en).toContain("1 h overdue");
  });

  it("scores plain text with --text and the language, kind and channel flags", () => {
    const r = cli(
      ["--text", "--language", "en", "--kind", "sms", "--channel", "sms", "-"],
      "Exampletown Council: Boil tap water – see exampletown.gov",
    );
    expect(r.code).toBe(0);
    const result = ChecklistResult.parse(JSON.parse(r.stdout));
    expect(result.audienceAdapted.findings.map((f) => f.ruleId)).toContain("AU11");
    expect(result.metrics.sms.encoding).toBe("UCS-2");
  });

  it("exits 2 naming the fields when the message fails the schema", () => {
    const r = cli([file("bad.json", { message: { ...MESSAGE, language: "de", kind: "memo" }, extra: true })]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/message\.language: .*"sv"/);
    expect(r.stderr).toMatch(/message\.kind/);
    expect(r.stderr).toMatch(/extra/);
  });

  // Several CLI processes, each starting tsx: slow beside the whole suite on a shared machine.
  it("exits 2 on invalid JSON, a missing file, a bad flag value or an unknown flag", { timeout: 90_000 }, () => {
    expect(cli(["-"], "{not json").stderr).toMatch(/not valid JSON/);
    expect(cli(["-"], "{not json").code).toBe(2);
    const missing = cli([join(dir, "nope.json")]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/cannot read .*nope\.json/)]);
    const flag = cli(["--text", "--channel", "web,fax", "-"], "Koka vattnet.");
    expect([flag.code, flag.stderr]).toEqual([2, expect.stringMatching(/--channel "fax"/)]);
    expect(cli(["--bogus", "x"]).code).toBe(2);
    expect(cli([file("now.json", { message: MESSAGE }), "--now", "tomorrow"]).stderr).toMatch(/--now/);
  });

  it("works through npm run -s checklist, as documented", () => {
    const r = spawnSync("npm", ["run", "-s", "checklist", "--", file("npm.json", { message: MESSAGE })], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(ChecklistResult.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });
});
