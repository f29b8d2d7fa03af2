import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { parseFeed } from "../../../server/domain/national/krisinfo.js";
import { countVersions, findItem, listItems, readFeed, type Change } from "../../../server/domain/national/store.js";
import {
  backoffMs,
  createNationalWorker,
  nationalSettingsFromEnv,
  type NationalSettings,
} from "../../../server/domain/national/worker.js";
import { createLogger } from "../../../server/logger.js";
import type { DomainEvent } from "../../../shared/index.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../../helpers/db.js";
import {
  COUNTY,
  MALFORMED,
  NEWS_NATIONWIDE,
  NEWS_OTHER_COUNTY,
  NEWS_STORM,
  NEWS_STORM_UPDATED,
  VMA_SMOKE,
} from "./fixtures.js";
import { startFakeKrisinfo, type FakeKrisinfo } from "./krisinfoServer.js";

const silent = createLogger("silent");

describe("reading a Krisinformation v3 feed", () => {
  it("keeps good items, skips and counts bad ones, and refuses an answer that is no list", () => {
    const feed = parseFeed("news", [NEWS_STORM, ...MALFORMED, NEWS_STORM]);
    expect(feed?.items.map((i) => i.identifier)).toEqual(["KRI-2026-12-03-0001"]);
    expect(feed?.skipped).toBe(MALFORMED.length + 1); // the four broken ones and a repeated identifier
    expect(feed?.items[0]).toMatchObject({
      sourceId: "4711",
      publishedAt: "2026-12-03T05:10:00.000Z",
      areas: [{ type: "County", description: COUNTY }],
    });
    expect(parseFeed("vma", { vmas: [VMA_SMOKE] })?.items).toHaveLength(1);
    expect(parseFeed("news", { error: "nope" })).toBeNull();
    expect(parseFeed("news", "text")).toBeNull();
  });

  it("keeps a link only when it is http(s)", () => {
    expect(parseFeed("news", [{ ...NEWS_STORM, Web: "javascript:alert(1)" }])?.items[0]?.web).toBeNull();
  });

  it("reads its settings from the environment, off when the URL is unset", () => {
    expect(nationalSettingsFromEnv({}).url).toBeNull();
    const s = nationalSettingsFromEnv({
      KRISRUM_KRISINFO_URL: "https://api.krisinformation.se/v3",
      KRISRUM_KRISINFO_COUNTIES: "Västra Götalands län, Hallands län",
    });
    expect(s.url).toBe("https://api.krisinformation.se/v3");
    expect(s.counties).toEqual(["Västra Götalands län", "Hallands län"]);
  });

  it("backs off by doubling from the interval, capped", () => {
    const s = { intervalMs: 60_000, maxBackoffMs: 30 * 60_000 } as NationalSettings;
    expect([0, 1, 2, 3, 10].map((n) => backoffMs(s, n))).toEqual([60_000, 120_000, 240_000, 480_000, 30 * 60_000]);
  });
});

describe.each(ENGINES)("the national picture worker on %s", (engine) => {
  let fake: FakeKrisinfo;
  let database: TestDatabase;
  let pushed: Change[];
  let settings: NationalSettings;

  beforeAll(async () => {
    fake = await startFakeKrisinfo();
  });
  afterAll(() => fake.close());
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    pushed = [];
    fake.requests.length = 0;
    fake.set("news", { kind: "json", body: [] });
    fake.set("vmas", { kind: "json", body: [] });
    settings = {
      url: fake.url,
      counties: [COUNTY],
      intervalMs: 60_000,
      maxBackoffMs: 600_000,
      timeoutMs: 300,
      days: 7,
    };
  });
  afterEach(() => database.dispose());

  /** The worker with the app's transaction runner: its national.item events, as published after commit. */
  const worker = () =>
    createNationalWorker(
      database.db,
      createTransactionRunner(database.db, (e: DomainEvent) => {
        if (e.type === "national.item") pushed.push(e.data as Change);
      }),
      settings,
      silent,
    );

  it("stores a new item and a VMA with their first version, filtered to the county, and pushes them", async () => {
    fake.set("news", { kind: "json", body: [NEWS_STORM, NEWS_OTHER_COUNTY, NEWS_NATIONWIDE] });
    fake.set("vmas", { kind: "json", body: [VMA_SMOKE] });
    const changes = await worker().tick();
    expect(changes.map((c) => `${c.change} ${c.item.identifier}`).sort()).toEqual(
      ["new KRI-2026-12-03-0001", "new KRI-2026-12-03-0003", "new VMA-2026-12-03-SR-0042"].sort(),
    );
    expect(pushed).toEqual(changes);
    const items = await listItems(database.db, { limit: 50, withdrawn: false });
    expect(items[0]).toMatchObject({
      kind: "vma",
      identifier: "VMA-2026-12-03-SR-0042",
      version: 1,
      withdrawnAt: null,
    }); // VMAs first
    expect(items.map((i) => i.headline)).not.toContain("Vattenläcka i Luleå");
    expect(await countVersions(database.db, "news:KRI-2026-12-03-0001")).toBe(1);
    const news = fake.requests.find((r) => r.path === "news")!;
    expect(news.query.get("counties")).toBe(COUNTY);
    expect(news.query.get("days")).toBe("7");
  });

  it("keeps each version of an updated item and pushes the change; an unchanged item is not pushed again", async () => {
    const w = worker();
    fake.set("news", { kind: "json", body: [NEWS_STORM] });
    await w.tick();
    pushed = [];
    expect(await w.tick()).toEqual([]);
    fake.set("news", { kind: "json", body: [NEWS_STORM_UPDATED] });
    const changes = await w.tick();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      change: "changed",
      item: { version: 2, headline: "Röd varning för storm i Västra Götalands län" },
    });
    expect(await countVersions(database.db, "news:KRI-2026-12-03-0001")).toBe(2);
    expect((await findItem(database.db, "news:KRI-2026-12-03-0001"))?.updatedAt).toBe("2026-12-03T08:30:00.000Z");
  });

  it("marks a VMA withdrawn when the VMA feed no longer carries it, and pushes that", async () => {
    const w = worker();
    fake.set("vmas", { kind: "json", body: [VMA_SMOKE] });
    await w.tick();
    fake.set("vmas", { kind: "json", body: [] });
    const changes = await w.tick();
    expect(changes).toMatchObject([{ change: "withdrawn", item: { identifier: "VMA-2026-12-03-SR-0042" } }]);
    expect((await listItems(database.db, { limit: 50, withdrawn: false })).some((i) => i.kind === "vma")).toBe(false);
    expect((await listItems(database.db, { limit: 50, withdrawn: true }))[0]?.withdrawnAt).not.toBeNull();
  });

  it("skips malformed items, counts them, and stores the rest", async () => {
    fake.set("news", { kind: "json", body: [...MALFORMED, NEWS_STORM] });
    const changes = await worker().tick();
    expect(changes.map((c) => c.item.identifier)).toEqual(["KRI-2026-12-03-0001"]);
    const state = await readFeed(database.db, "news");
    expect(state.skipped_total).toBe(MALFORMED.length);
    expect(state.last_success_at).not.toBeNull();
    expect(state.last_error).toBeNull();
  });

  it("survives a 500, garbage and a timeout without throwing, keeps what it had, and counts failures for the backoff", async () => {
    const w = worker();
    fake.set("news", { kind: "json", body: [NEWS_STORM] });
    await w.tick();
    const before = await readFeed(database.db, "news");

    fake.set("news", { kind: "status", status: 500 });
    await expect(w.tick()).resolves.toEqual([]);
    let state = await readFeed(database.db, "news");
    expect(state).toMatchObject({
      last_error: "HTTP 500",
      failures_in_row: 1,
      last_success_at: before.last_success_at,
    });

    fake.set("news", { kind: "raw", body: "<html>Service Unavailable</html>" });
    await expect(w.tick()).resolves.toEqual([]);
    state = await readFeed(database.db, "news");
    expect(state).toMatchObject({ last_error: "answer is not JSON", failures_in_row: 2 });

    fake.set("news", { kind: "hang" });
    const started = Date.now();
    await expect(w.tick()).resolves.toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
    state = await readFeed(database.db, "news");
    expect(state).toMatchObject({ last_error: "timeout after 300 ms", failures_in_row: 3 });
    expect(backoffMs(settings, state.failures_in_row)).toBe(480_000);

    expect((await listItems(database.db, { limit: 50, withdrawn: false })).map((i) => i.identifier)).toEqual([
      "KRI-2026-12-03-0001",
    ]);
    fake.set("news", { kind: "json", body: [NEWS_STORM] });
    await w.tick();
    expect((await readFeed(database.db, "news")).failures_in_row).toBe(0);
  });

  it("asks with the ETag it was given and takes a 304 as unchanged", async () => {
    const w = worker();
    fake.set("news", { kind: "json", body: [NEWS_STORM], etag: '"v1"' });
    await w.tick();
    expect((await readFeed(database.db, "news")).etag).toBe('"v1"');
    const answered = fake.requests.length;
    expect(await w.tick()).toEqual([]);
    const conditional = fake.requests.slice(answered).find((r) => r.path === "news")!;
    expect(conditional.headers["if-none-match"]).toBe('"v1"');
    const state = await readFeed(database.db, "news");
    expect(state).toMatchObject({ last_error: null, failures_in_row: 0, etag: '"v1"' });
    expect(await countVersions(database.db, "news:KRI-2026-12-03-0001")).toBe(1);
  });

  it("does nothing when it has no URL", async () => {
    const off = createNationalWorker(
      database.db,
      createTransactionRunner(database.db, () => {}),
      { ...settings, url: null },
      silent,
    );
    expect(off.enabled).toBe(false);
    expect(await off.tick()).toEqual([]);
    off.start();
    await off.stop();
    expect(fake.requests).toHaveLength(0);
  });
});
