import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, BulletinArea, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";
import { parseXml, texts, validateCap } from "./publicHelpers.js";

const AREA: BulletinArea = {
  description: "Norrby och Söderäng",
  point: { lat: 59.329312, lon: 18.068581, radiusKm: 2.5 },
  polygon: [
    { lat: 59.33, lon: 18.06 },
    { lat: 59.345, lon: 18.081 },
    { lat: 59.32, lon: 18.095 },
    { lat: -33.8688, lon: -151.2093 },
  ],
};

describe.each(ENGINES)("affected area point and polygon on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let incident: Incident;
  let factId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    incident = await createIncident(lead);
    factId = (await createFact(communicator, incident.id, "Ledningen vid Storgatan har gått sönder.")).id;
  });
  afterAll(() => server.close());

  it("round-trips a point and a polygon through create, save and versions", async () => {
    const created = await createBulletin(communicator, incident.id, goodBulletin([factId], { area: AREA }));
    expect(created.area).toEqual(AREA);
    expect((await communicator.get<Bulletin>(`/api/bulletins/${created.id}`)).body.area).toEqual(AREA);

    const moved = {
      ...AREA,
      point: { lat: -12.5, lon: 179.999999, radiusKm: 0 },
      polygon: AREA.polygon?.slice(0, 3) ?? null,
    };
    const saved = await put(communicator, `/api/bulletins/${created.id}`, {
      ...goodBulletin([factId], { area: moved }),
      expectedVersion: created.version,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.area).toEqual(moved);
    expect((await communicator.get<Bulletin>(`/api/bulletins/${created.id}`)).body.area).toEqual(moved);
    // The first version keeps its own area.
    const v1 = await communicator.get<{ area: BulletinArea }>(`/api/bulletins/${created.id}/versions/1`);
    expect(v1.body.area).toEqual(AREA);
  });

  it("exports them to CAP as a circle and a closed polygon that validate against the schema", async () => {
    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([factId], { area: AREA })),
    );
    const res = await anon.get(`/public/bulletins/${b.id}/cap.xml`);
    expect(res.status).toBe(200);
    const validation = validateCap(res.text);
    expect(validation.ok, validation.output).toBe(true);
    const doc = parseXml(res.text);
    expect(texts(doc, "areaDesc")).toEqual([AREA.description]);
    expect(texts(doc, "circle")).toEqual(["59.329312,18.068581 2.5"]);
    const ring = texts(doc, "polygon")[0]?.split(" ") ?? [];
    expect(ring).toEqual(["59.33,18.06", "59.345,18.081", "59.32,18.095", "-33.8688,-151.2093", "59.33,18.06"]);
  });

  it("does not close an already closed polygon twice", async () => {
    const closed = {
      description: "Centrum",
      point: null,
      polygon: [
        { lat: 1, lon: 2 },
        { lat: 3, lon: 4 },
        { lat: 5, lon: 2 },
        { lat: 1, lon: 2 },
      ],
    };
    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([factId], { area: closed })),
    );
    const cap = (await anon.get(`/public/bulletins/${b.id}/cap.xml`)).text;
    expect(validateCap(cap).ok).toBe(true);
    expect(texts(parseXml(cap), "polygon")).toEqual(["1,2 3,4 5,2 1,2"]);
    expect(texts(parseXml(cap), "circle")).toEqual([]);
  });

  it("answers 400 naming the field for coordinates out of range or a polygon with too few corners", async () => {
    const draft = await createBulletin(communicator, incident.id, goodBulletin([factId]));
    const cases: Array<[Partial<BulletinArea> & Record<string, unknown>, string]> = [
      [{ point: { lat: 90.0001, lon: 18, radiusKm: 1 } }, "area.point.lat"],
      [{ point: { lat: 59, lon: -180.5, radiusKm: 1 } }, "area.point.lon"],
      [{ point: { lat: 59, lon: 18, radiusKm: -1 } }, "area.point.radiusKm"],
      [
        {
          polygon: [
            { lat: 59, lon: 18 },
            { lat: 59, lon: 200 },
            { lat: 58, lon: 18 },
          ],
        },
        "area.polygon.1.lon",
      ],
      [
        {
          polygon: [
            { lat: -91, lon: 18 },
            { lat: 59, lon: 19 },
            { lat: 58, lon: 18 },
          ],
        },
        "area.polygon.0.lat",
      ],
      [
        {
          polygon: [
            { lat: 59, lon: 18 },
            { lat: 59, lon: 19 },
          ],
        },
        "area.polygon",
      ],
      [{ point: { lat: "59", lon: 18, radiusKm: 1 } as unknown as BulletinArea["point"] }, "area.point.lat"],
    ];
    for (const [patch, field] of cases) {
      const area = { description: "Norrby", point: null, polygon: null, ...patch };
      const created = await communicator.post(
        `/api/incidents/${incident.id}/bulletins`,
        goodBulletin([factId], { area }),
      );
      expect(created.status, field).toBe(400);
      expect(created.body, field).toMatchObject({ error: { code: "validation", field } });
      const saved = await put(communicator, `/api/bulletins/${draft.id}`, {
        ...goodBulletin([factId], { area }),
        expectedVersion: draft.version,
      });
      expect(saved.status, field).toBe(400);
      expect(saved.body, field).toMatchObject({ error: { code: "validation", field } });
    }
    // Nothing was saved by the refused requests.
    expect((await communicator.get<Bulletin>(`/api/bulletins/${draft.id}`)).body.version).toBe(draft.version);
  });
});
