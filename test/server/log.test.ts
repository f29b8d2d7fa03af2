import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident, LogEntry, LogItem } from "../../shared/index.js";
import { ENGINES } from "../helpers/db.js";
import type { ApiClient } from "../helpers/http.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe.each(ENGINES)("incident log (loggbok) on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let agent: ApiClient;
  let viewer: ApiClient;
  let incident: Incident;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, agent, viewer] = await Promise.all([server.as("lead"), server.as("agent"), server.as("viewer")]);
    incident = (await lead.post<Incident>("/api/incidents", { title: "Översvämning vid ån" })).body;
  });
  afterAll(() => server.close());

  const add = (client: ApiClient, body: object, id = incident.id) =>
    client.post<LogEntry>(`/api/incidents/${id}/log`, body);
  const timeline = (query = "") => viewer.get<{ items: LogItem[] }>(`/api/incidents/${incident.id}/log${query}`);

  it("adds a manual entry with the author, a seq and defaults", async () => {
    const res = await add(agent, {
      kind: "call",
      text: "Boende på Åvägen ringer om vatten i källaren",
      counterpart: "  Boende, Åvägen 3 ",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: "call",
      counterpart: "Boende, Åvägen 3",
      refersTo: null,
      incidentId: incident.id,
    });
    expect(res.body.seq).toBeGreaterThan(0);
    expect(res.body.occurredAt).toBe(res.body.createdAt);
  });

  it("refuses a time that has not happened yet (a typo of next year), and takes one a drifting clock explains", async () => {
    const future = await add(lead, { kind: "note", text: "Fel år", occurredAt: "2030-01-01T10:00:00Z" });
    expect(future.status).toBe(400);
    // A reason the console says in its own language, not the English message.
    expect(future.body).toMatchObject({ error: { code: "validation", field: "occurredAt", reason: "future" } });
    const soon = new Date(Date.now() + 60_000).toISOString();
    const drift = await add(lead, { kind: "note", text: "Klockan går en minut före", occurredAt: soon });
    expect(drift.status).toBe(201);
    const past = await add(lead, { kind: "note", text: "Samtal i går", occurredAt: "2026-01-01T10:00:00Z" });
    expect(past.status).toBe(201);
    expect(past.body.occurredAt).toBe("2026-01-01T10:00:00.000Z");
  });

  it("requires a correction to refer to an entry of the same incident", async () => {
    const missing = await add(lead, { kind: "correction", text: "Rättelse utan hänvisning" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: "validation", field: "refersTo" } });

    const other = (await lead.post<Incident>("/api/incidents", { title: "En annan händelse" })).body;
    const foreign = (await add(lead, { kind: "note", text: "Anteckning i den andra händelsen" }, other.id)).body;
    const crossed = await add(lead, { kind: "correction", text: "Fel händelse", refersTo: foreign.id });
    expect(crossed.status).toBe(400);
    expect(crossed.body).toMatchObject({ error: { code: "validation", field: "refersTo" } });

    const unknown = await add(lead, {
      kind: "correction",
      text: "Okänd",
      refersTo: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.status).toBe(400);
  });

  it("keeps the original when a correction is added, and offers no way to edit or delete entries", async () => {
    const original = (
      await add(lead, { kind: "decision", text: "Evakuering av Åvägen 1–9", counterpart: "Krisledningen" })
    ).body;
    const correction = await add(lead, { kind: "correction", text: "Gäller Åvägen 1–7", refersTo: original.id });
    expect(correction.status).toBe(201);
    expect(correction.body.refersTo).toBe(original.id);
    const items = (await timeline()).body.items;
    expect(items.find((i) => i.source === "entry" && i.id === original.id)).toMatchObject({
      text: "Evakuering av Åvägen 1–9",
    });
    for (const method of ["PATCH", "PUT", "DELETE"]) {
      const res = await lead.request(
        method,
        `/api/incidents/${incident.id}/log/${original.id}`,
        method === "DELETE" ? undefined : { text: "x" },
      );
      expect(res.status).toBe(404);
    }
  });

  it("refuses entries from viewers and on unknown incidents", async () => {
    expect((await add(viewer, { kind: "note", text: "Får inte" })).status).toBe(403);
    expect((await add(lead, { kind: "note", text: "Finns inte" }, "00000000-0000-4000-8000-000000000000")).status).toBe(
      404,
    );
  });

  it("merges entries and system events newest first, with authors' names", async () => {
    await lead.patch(`/api/incidents/${incident.id}`, { status: "monitoring" });
    const items = (await timeline()).body.items;
    const seqs = items.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(items[0]).toMatchObject({ source: "event", type: "incident.updated", data: { changed: ["status"] } });
    expect(items.at(-1)).toMatchObject({ source: "event", type: "incident.created" });
    expect(items.some((i) => i.source === "event" && i.type === "log.entry_added")).toBe(false);
    expect(items.find((i) => i.source === "entry" && i.kind === "call")).toMatchObject({
      createdByName: "Johan Berg (kommuncenter)",
    });
  });

  it("filters by kind, including system, and pages with before and limit", async () => {
    const calls = (await timeline("?kind=call")).body.items;
    expect(calls.map((i) => (i.source === "entry" ? i.kind : i.type))).toEqual(["call"]);
    const system = (await timeline("?kind=system")).body.items;
    expect(system.map((i) => i.source)).toEqual(["event", "event"]);
    const mixed = (await timeline("?kind=decision,system")).body.items;
    expect(new Set(mixed.map((i) => (i.source === "entry" ? i.kind : "system")))).toEqual(
      new Set(["decision", "system"]),
    );

    const all = (await timeline()).body.items;
    const first = (await timeline("?limit=2")).body.items;
    expect(first).toEqual(all.slice(0, 2));
    const next = (await timeline(`?limit=2&before=${first[1]?.seq}`)).body.items;
    expect(next).toEqual(all.slice(2, 4));

    const bad = await timeline("?kind=note,gossip");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: "validation", field: "kind.1" } });
  });

  it("exports the log as CSV for Excel: BOM, Swedish headers, CRLF, quoting, oldest first", async () => {
    await add(lead, { kind: "note", text: 'Citat: "vi evakuerar", sa räddningsledaren\nandra raden' });
    await add(lead, { kind: "note", text: '=HYPERLINK("http://x")' });
    const res = await viewer.get(`/api/incidents/${incident.id}/log/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="loggbok-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/,
    );
    const bytes = new Uint8Array(
      await (
        await fetch(`${server.url}/api/incidents/${incident.id}/log/export.csv`, {
          headers: { cookie: viewer.cookie ?? "" },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = res.text.replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe(
      "Löpnummer;Tidpunkt;Registrerad;Typ;Text;Motpart;Rättar löpnummer;Registrerad av;Id",
    );
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"Citat: ""vi evakuerar"", sa räddningsledaren\nandra raden"');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const rows = text.split("\r\n").slice(1, 3);
    expect(rows[0]).toMatch(/^\d+;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};.*;Systemhändelse;"?Händelsen skapades/);
    expect(rows[1]).toContain(";Samtal;");
    expect(text).toMatch(/;Rättelse;Gäller Åvägen 1–7;;\d+;Anna Lind \(krisledare\);/);
    expect(text).toContain("status: bevakning");
  });

  it("exports the log as JSON with exact times, oldest first", async () => {
    const res = await viewer.get<{ exportedAt: string; incident: Incident; items: LogItem[] }>(
      `/api/incidents/${incident.id}/log/export.json`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/\.json"$/);
    expect(res.body.incident.id).toBe(incident.id);
    const seqs = res.body.items.map((i) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const live = (await timeline()).body.items;
    expect(res.body.items).toEqual([...live].reverse());
  });
});
