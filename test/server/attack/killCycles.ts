/**
 * SIGKILL during parallel writes, again and again: the real server process (server/index.ts in a
 * child process, as `npm start` runs it) takes writes of five entity kinds from five sessions at once, is killed
 * with SIGKILL at a moment that varies from cycle to cycle, and is started again on the same database. Shared by the
 * CI test (test/server/attack/durability.test.ts) and `npm run bench:durability` (more kills).
 *
 * What counts: a write is acknowledged when its 201 response arrived whole. After every restart each write
 * acknowledged in the cycle before must be readable through the API with the text that was sent; at the end the
 * database itself is checked: every acknowledged row is there with its text, every row of these kinds (acknowledged
 * or cut off) is whole (its version row and its creation event), no event names a missing row, and the event log's
 * seq runs 1..n without a gap with the counter at n.
 */
import { rmSync } from "node:fs";
import { openDatabase, type Engine } from "../../../server/db/connect.js";
import { startChildServer, type ChildServer } from "../../helpers/child.js";
import { ApiClient, login } from "../../helpers/http.js";
import { createPgSchema, PG_URL } from "../../helpers/pg.js";
import { makeTestDir } from "../../helpers/tmp.js";

const PASSWORD = "durability-password-1";

export const KINDS = ["incident", "bulletin", "claim", "inquiry", "faq"] as const;
export type Kind = (typeof KINDS)[number];

/** Who writes each kind (a session of its own per writer) and how a write is made and read back. */
const WRITERS: Record<
  Kind,
  {
    user: string;
    post: (c: ApiClient, incidentId: string, tag: string) => Promise<{ status: number; body: unknown }>;
    read: string;
  }
> = {
  incident: {
    user: "lead",
    post: (c, _i, tag) => c.post("/api/incidents", { title: `Avbrott ${tag}`, exercise: true }),
    read: "/api/incidents/",
  },
  bulletin: {
    user: "communicator",
    post: (c, i, tag) =>
      c.post(`/api/incidents/${i}/bulletins`, { headline: `Meddelande ${tag}`, body: `Vattnet är avstängt (${tag}).` }),
    read: "/api/bulletins/",
  },
  claim: {
    user: "agent",
    post: (c, i, tag) =>
      c.post(`/api/incidents/${i}/claims`, { text: `Påstående ${tag} sprids`, sourceChannel: "social" }),
    read: "/api/claims/",
  },
  inquiry: {
    user: "agent",
    post: (c, i, tag) =>
      c.post("/api/inquiries", {
        channel: "phone",
        question: `Fråga ${tag}?`,
        resolution: "answered_first_contact",
        incidentId: i,
        openedAt: new Date().toISOString(),
      }),
    read: "/api/inquiries/",
  },
  faq: {
    user: "communicator",
    post: (c, i, tag) =>
      c.post("/api/faq", { question: `Gäller ${tag} mig?`, answer: `Svar om ${tag}.`, incidentId: i }),
    read: "/api/faq/",
  },
};

export interface Acked {
  kind: Kind;
  id: string;
  /** Unique text in the write; the stored entity must contain it. */
  tag: string;
  cycle: number;
}

export interface KillReport {
  engine: Engine;
  kills: number;
  /** Writes answered 201 (the base incident included). */
  acknowledged: number;
  /** Acknowledged writes found in the database at the end. */
  found: number;
  lost: Acked[];
  /** Writes sent but cut off by a kill (never answered): each may or may not be stored, but never half. */
  cutOff: number;
  /** Rows of the five kinds in the database at the end (acknowledged or cut off). */
  rows: number;
  /** Everything that broke a promise, in words; empty when the run was clean. */
  problems: string[];
  byKind: Record<Kind, number>;
  seconds: number;
}

export interface KillOptions {
  engine: Engine;
  kills: number;
  /** Deterministic kill moments (a cycle kills after 8–40 acknowledged writes). */
  seed?: number;
  log?: (line: string) => void;
}

/** Mulberry32: a small seeded generator, so a failing run can be repeated kill for kill. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Store {
  env: Record<string, string>;
  open(): ReturnType<typeof openDatabase>;
  dispose(): Promise<void>;
}

async function makeStore(engine: Engine): Promise<Store> {
  const dataDir = makeTestDir("krisrum-durability-");
  const env: Record<string, string> = {
    KRISRUM_DATA_DIR: dataDir,
    KRISRUM_STATIC_DIR: dataDir,
    KRISRUM_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: "info",
  };
  if (engine === "sqlite") {
    return {
      env,
      open: () => openDatabase({ dataDir }),
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const schema = await createPgSchema();
  env.DATABASE_URL = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
  return {
    env,
    open: () => openDatabase({ databaseUrl: PG_URL, pgSchema: schema.schema, dataDir, pgPoolMax: 2 }),
    async dispose() {
      await schema.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Lines a healthy start never prints (a stack, an error record, a fresh seed over data that survived). Migrations
 *  are not judged: a restart may rightly apply one that a newer checkout added. */
function startProblems(output: string, first: boolean): string[] {
  const problems: string[] = [];
  if (/\bERROR\b|Error:|failed/i.test(output)) problems.push(`start printed an error:\n${output}`);
  if (!first && /accounts created/.test(output)) problems.push(`restart seeded the database again:\n${output}`);
  return problems;
}

export async function runKillCycles(options: KillOptions): Promise<KillReport> {
  const started = Date.now();
  const say = options.log ?? (() => {});
  const next = random(options.seed ?? 13);
  const store = await makeStore(options.engine);
  const acked: Acked[] = [];
  const problems: string[] = [];
  let cutOff = 0;
  let kills = 0;
  let server: ChildServer | undefined;
  const cookies = new Map<string, string>(); // writer name → session cookie; sessions live in the database
  try {
    server = await startChildServer(store.env, 60_000);
    problems.push(...startProblems(server.output(), true));
    const lead = await login(server.url, "lead", PASSWORD);
    const base = await lead.post<{ id: string }>("/api/incidents", { title: "Avbrottsprov", exercise: true });
    if (base.status !== 201) throw new Error(`base incident: ${base.status} ${base.text}`);
    const incidentId = base.body.id;
    acked.push({ kind: "incident", id: incidentId, tag: "Avbrottsprov", cycle: 0 });
    for (const kind of KINDS) cookies.set(kind, (await login(server.url, WRITERS[kind].user, PASSWORD)).cookie ?? "");
    cookies.set("reader", lead.cookie ?? "");

    for (let cycle = 1; cycle <= options.kills; cycle++) {
      const current: ChildServer = server;
      const killAfter = 8 + Math.floor(next() * 33);
      let cycleAcks = 0;
      let killed = false;
      let n = 0;
      const writer = async (kind: Kind) => {
        const client = new ApiClient(current.url, cookies.get(kind));
        while (!killed) {
          const tag = `k${cycle}-${kind}-${n++}`;
          let res: { status: number; body: unknown };
          try {
            res = await WRITERS[kind].post(client, incidentId, tag);
          } catch {
            cutOff++; // the connection died with the server: sent, never answered
            return;
          }
          if (res.status === 201) {
            acked.push({ kind, id: (res.body as { id: string }).id, tag, cycle });
            cycleAcks++;
          } else problems.push(`cycle ${cycle}: ${kind} write answered ${res.status} ${JSON.stringify(res.body)}`);
          if (cycleAcks >= killAfter && !killed) {
            killed = true; // the other writers still have requests in flight
            current.process.kill("SIGKILL");
          }
        }
      };
      const writing = Date.now();
      await Promise.all(KINDS.map(writer));
      const exit = await current.exited;
      if (exit.signal !== "SIGKILL")
        problems.push(`cycle ${cycle}: server ended with ${JSON.stringify(exit)}, not SIGKILL`);
      kills++;

      const restarting = Date.now();
      server = await startChildServer(store.env, 60_000).catch((err: unknown) => {
        problems.push(`cycle ${cycle}: server did not start again: ${(err as Error).message}`);
        throw err;
      });
      problems.push(...startProblems(server.output(), false).map((p) => `cycle ${cycle}: ${p}`));
      const health = await fetch(`${server.url}/healthz`);
      if (health.status !== 200) problems.push(`cycle ${cycle}: /healthz ${health.status} after restart`);
      // Every write this cycle acknowledged reads back through the restarted server with its own text.
      const reader = new ApiClient(server.url, cookies.get("reader"));
      for (const a of acked.filter((x) => x.cycle === cycle)) {
        const res = await reader.get(`${WRITERS[a.kind].read}${a.id}`);
        if (res.status !== 200 || !res.text.includes(a.tag))
          problems.push(`cycle ${cycle}: acknowledged ${a.kind} ${a.id} (${a.tag}) reads ${res.status} after restart`);
      }
      say(
        `${options.engine}: kill ${kills}/${options.kills} after ${cycleAcks} acknowledged writes this cycle (${acked.length} in all, ${cutOff} cut off); ` +
          `writing ${restarting - writing} ms, restart ${Date.now() - restarting} ms`,
      );
    }

    server.process.kill("SIGTERM");
    const last = await server.exited;
    if (last.code !== 0) problems.push(`final SIGTERM: exited ${JSON.stringify(last)}\n${server.output()}`);
    server = undefined;
    const verdict = await checkDatabase(store, acked);
    problems.push(...verdict.problems);
    const byKind = Object.fromEntries(KINDS.map((k) => [k, acked.filter((a) => a.kind === k).length])) as Record<
      Kind,
      number
    >;
    return {
      engine: options.engine,
      kills,
      acknowledged: acked.length,
      found: acked.length - verdict.lost.length,
      lost: verdict.lost,
      cutOff,
      rows: verdict.rows,
      problems,
      byKind,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    if (server && server.process.exitCode === null && server.process.signalCode === null) {
      server.process.kill("SIGKILL");
      await server.exited;
    }
    await store.dispose();
  }
}

const TABLES = {
  incident: "incidents",
  bulletin: "bulletins",
  claim: "claims",
  inquiry: "inquiries",
  faq: "faq_entries",
} as const;
const ENTITY_TYPE: Record<Kind, string> = {
  incident: "incident",
  bulletin: "bulletin",
  claim: "claim",
  inquiry: "inquiry",
  faq: "faq_entry",
};

/** The database as the last clean shutdown left it: acknowledged rows, whole rows, a gapless event log. */
async function checkDatabase(
  store: Store,
  acked: Acked[],
): Promise<{ lost: Acked[]; rows: number; problems: string[] }> {
  const database = store.open();
  const { db } = database;
  const problems: string[] = [];
  try {
    // The text each row stores, as one string to search the tag in.
    const texts = new Map<string, string>();
    for (const r of await db.selectFrom("incidents").select(["id", "title"]).execute()) texts.set(r.id, r.title);
    for (const r of await db.selectFrom("bulletins").select(["id", "content"]).execute()) texts.set(r.id, r.content);
    for (const r of await db.selectFrom("claims").select(["id", "text"]).execute()) texts.set(r.id, r.text);
    for (const r of await db.selectFrom("inquiries").select(["id", "question"]).execute()) texts.set(r.id, r.question);
    for (const r of await db.selectFrom("faq_entries").select(["id", "question", "answer"]).execute())
      texts.set(r.id, `${r.question}\n${r.answer}`);
    const lost = acked.filter((a) => !(texts.get(a.id) ?? "").includes(a.tag));

    // Whole rows: the versioned kinds have the version row their head points at, with the same text.
    const bulletinVersions = new Map(
      (await db.selectFrom("bulletin_versions").select(["bulletin_id", "version", "content"]).execute()).map((v) => [
        `${v.bulletin_id}/${v.version}`,
        v.content,
      ]),
    );
    for (const b of await db.selectFrom("bulletins").select(["id", "version", "content"]).execute()) {
      if (bulletinVersions.get(`${b.id}/${b.version}`) !== b.content)
        problems.push(`bulletin ${b.id}: no version ${b.version} row matching its content`);
    }
    const faqVersions = new Map(
      (await db.selectFrom("faq_versions").select(["faq_id", "version", "question", "answer"]).execute()).map((v) => [
        `${v.faq_id}/${v.version}`,
        `${v.question}\n${v.answer}`,
      ]),
    );
    for (const f of await db.selectFrom("faq_entries").select(["id", "version", "question", "answer"]).execute()) {
      if (faqVersions.get(`${f.id}/${f.version}`) !== `${f.question}\n${f.answer}`)
        problems.push(`faq ${f.id}: no version ${f.version} row matching it`);
    }

    // Every row has its events and every event its row: a write and its event commit together or not at all.
    const events = await db.selectFrom("events").select(["seq", "entity_type", "entity_id"]).orderBy("seq").execute();
    const withEvents = new Set(events.map((e) => `${e.entity_type}/${e.entity_id}`));
    let rows = 0;
    for (const kind of KINDS) {
      const ids = (await db.selectFrom(TABLES[kind]).select("id").execute()).map((r) => r.id);
      rows += ids.length;
      const idSet = new Set(ids);
      for (const id of ids)
        if (!withEvents.has(`${ENTITY_TYPE[kind]}/${id}`)) problems.push(`${kind} ${id}: stored without its event`);
      for (const e of events)
        if (e.entity_type === ENTITY_TYPE[kind] && !idSet.has(e.entity_id))
          problems.push(`event ${e.seq}: names ${kind} ${e.entity_id}, which is not stored`);
    }

    // seq 1..n, no gap, no duplicate, and the counter the next write continues from is n.
    events.forEach((e, i) => {
      if (Number(e.seq) !== i + 1) problems.push(`event log: position ${i + 1} holds seq ${e.seq}`);
    });
    const counter = await db.selectFrom("event_counter").select("value").where("id", "=", 1).executeTakeFirstOrThrow();
    if (Number(counter.value) !== events.length)
      problems.push(`event counter ${counter.value}, but ${events.length} events`);
    return { lost, rows, problems: problems.slice(0, 50) };
  } finally {
    await database.close();
  }
}
