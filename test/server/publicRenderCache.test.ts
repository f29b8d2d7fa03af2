import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, type LogEvent } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../server/db/schema.js";
import { createRenderCache, type Rendered } from "../../server/public/cache.js";

/** The render cache over a bare event counter, counting the queries it runs. */
describe("public render cache: one seq read per turn of the event loop", () => {
  let raw: SQLite.Database;
  let db: Kysely<DB>;
  let queries: string[];

  beforeEach(() => {
    raw = new SQLite(":memory:");
    raw.exec(
      "create table event_counter (id integer primary key, value integer not null); insert into event_counter values (1, 7)",
    );
    queries = [];
    db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: raw }),
      log: (e: LogEvent) => void queries.push(e.query.sql),
    });
  });
  afterEach(async () => {
    await db.destroy();
  });

  const page = (body: string) => async (): Promise<Rendered> => ({ status: 200, type: "text/html", body });

  it("answers requests that arrive together from one read, and renders once", async () => {
    const cache = createRenderCache(db);
    let renders = 0;
    const render = async () => {
      renders++;
      return page("<p>v1</p>")();
    };
    const first = await cache.get("k", render);
    queries.length = 0;
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get("k", render)));
    expect(answers.every((a) => a.etag === first.etag)).toBe(true);
    expect(renders).toBe(1);
    expect(queries).toHaveLength(1);
  });

  it("never answers a request from a read made before it arrived: a commit in between is seen", async () => {
    const cache = createRenderCache(db);
    const before = await cache.get("k", page("<p>old</p>"));
    // A request in flight (its read not yet made), then a commit, then a request: both read after the commit.
    const inFlight = cache.get("k", page("<p>new</p>"));
    raw.exec("update event_counter set value = 8 where id = 1");
    const after = await cache.get("k", page("<p>new</p>"));
    expect((await inFlight).body).toBe("<p>new</p>");
    expect(after.body).toBe("<p>new</p>");
    expect(after.etag).not.toBe(before.etag);
    // Sequential requests each read again.
    raw.exec("update event_counter set value = 9 where id = 1");
    expect((await cache.get("k", page("<p>newer</p>"))).body).toBe("<p>newer</p>");
  });

  it("renders again once a rendering's freshUntil has passed, though no event was committed", async () => {
    const cache = createRenderCache(db);
    let renders = 0;
    const render = (freshUntil: number | undefined) => async (): Promise<Rendered> => {
      renders++;
      return { status: 200, type: "text/html", body: `<p>${renders}</p>`, freshUntil };
    };
    await cache.get("k", render(Date.now() + 60_000));
    await cache.get("k", render(Date.now() + 60_000));
    expect(renders).toBe(1);
    await cache.get("other", render(Date.now() - 1));
    const again = await cache.get("other", render(undefined));
    expect(renders).toBe(3);
    expect(again.body).toBe("<p>3</p>");
    // Without a freshUntil it is kept until the seq moves.
    await cache.get("other", render(undefined));
    expect(renders).toBe(3);
  });
});
