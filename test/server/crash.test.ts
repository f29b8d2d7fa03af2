import { request } from "node:http";
import { rmSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { Incident, LogItem } from "../../shared/index.js";
import { startChildServer, type ChildServer } from "../helpers/child.js";
import { login } from "../helpers/http.js";
import { makeTestDir } from "../helpers/tmp.js";

const PASSWORD = "crash-password-1";
const WRITERS = 4; // concurrent request streams
const KILL_AFTER_ACKS = 120;

describe("durability and shutdown of a real server process", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = makeTestDir("krisrum-crash-");
    dirs.push(dir);
    return dir;
  };
  let restarted: ChildServer | undefined; // the server after the crash; the shutdown test stops it
  let dataDir = "";
  afterAll(() => {
    restarted?.process.kill("SIGKILL");
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  it("keeps every acknowledged write when killed with SIGKILL mid-stream, and the database opens cleanly", async () => {
    dataDir = tempDir();
    const env = { KRISRUM_DATA_DIR: dataDir, KRISRUM_DEMO_PASSWORD: PASSWORD, KRISRUM_STATIC_DIR: dataDir };
    const first = await startChildServer(env);
    const lead = await login(first.url, "lead", PASSWORD);
    const incident = (await lead.post<Incident>("/api/incidents", { title: "Krocktest" })).body;

    const acked: string[] = [];
    let n = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const text = `skrivning ${n++}`;
        try {
          const res = await lead.post<{ id: string }>(`/api/incidents/${incident.id}/log`, { kind: "note", text });
          if (res.status === 201) acked.push(res.body.id);
          if (acked.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            first.process.kill("SIGKILL");
          }
        } catch {
          return; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    expect((await first.exited).signal).toBe("SIGKILL");
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    // The file as the crash left it (WAL included) opens and passes SQLite's own check.
    const crashed = new SQLite(join(dataDir, "krisrum.sqlite"));
    try {
      expect(crashed.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      crashed.close();
    }

    const second = await startChildServer(env);
    expect(second.output()).not.toMatch(/accounts created/); // the data survived, so no fresh seed
    const viewer = await login(second.url, "viewer", PASSWORD);
    const { body } = await viewer.get<{ items: LogItem[] }>(`/api/incidents/${incident.id}/log?kind=note&limit=1000`);
    const stored = new Set(body.items.map((i) => (i.source === "entry" ? i.id : "")));
    const lost = acked.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    restarted = second;
  });

  it("on SIGTERM finishes a request already in flight, closes the database and exits 0", async () => {
    const server = restarted;
    if (!server) throw new Error("needs the restarted server from the crash test");
    const body = JSON.stringify({ username: "viewer", password: PASSWORD });
    const url = new URL("/api/auth/login", server.url);
    const response = new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      // Headers and half the body now; the server is mid-request when the signal arrives.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.process.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 200);
      }, 200);
    });
    expect(await response).toBe(200);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    restarted = undefined;
    expect(server.output()).toMatch(/SIGTERM: shutting down/);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    // Closed cleanly after a crash and a restart: the file checks out and the event log has no gaps.
    const db = new SQLite(join(dataDir, "krisrum.sqlite"), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const events = db.prepare("select count(*) as n, max(seq) as max from events").get() as {
        n: number;
        max: number;
      };
      const counter = db.prepare("select value from event_counter where id = 1").get() as { value: number };
      expect(events.max).toBe(events.n);
      expect(counter.value).toBe(events.max);
    } finally {
      db.close();
    }
  });
});
