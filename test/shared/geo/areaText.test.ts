import { describe, expect, it } from "vitest";
import {
  areaToText,
  parseAreaText,
  parseNumberText,
  parsePolygonText,
  type AreaText,
} from "../../../shared/geo/areaText.js";
import { BulletinArea } from "../../../shared/schemas/bulletin.js";

const EMPTY: AreaText = { description: "", lat: "", lon: "", radiusKm: "", polygon: "" };
const text = (t: Partial<AreaText>): AreaText => ({ ...EMPTY, description: "Norrby", ...t });

describe("polygon text", () => {
  it("reads one 'lat, lon' pair per line, as map tools copy them", () => {
    const { points, problems } = parsePolygonText("59.3293, 18.0686\n59.34,18.08\n  59.32 18.09  \n\n(59.31, 18.07)");
    expect(problems).toEqual([]);
    expect(points).toEqual([
      { lat: 59.3293, lon: 18.0686 },
      { lat: 59.34, lon: 18.08 },
      { lat: 59.32, lon: 18.09 },
      { lat: 59.31, lon: 18.07 },
    ]);
  });

  it("reads the CAP form on one line and drops the closing point", () => {
    const { points, problems } = parsePolygonText("59.33,18.06 59.34,18.08 59.32,18.09 59.33,18.06");
    expect(problems).toEqual([]);
    expect(points).toEqual([
      { lat: 59.33, lon: 18.06 },
      { lat: 59.34, lon: 18.08 },
      { lat: 59.32, lon: 18.09 },
    ]);
  });

  it("names the line of every bad pair", () => {
    const { problems } = parsePolygonText("59.33, 18.06\nStorgatan 5\n91, 18\n59.3, -181\n59.3;18.1;4");
    expect(problems).toEqual([
      { field: "polygon", code: "pairFormat", line: 2 },
      { field: "polygon", code: "latRange", line: 3 },
      { field: "polygon", code: "lonRange", line: 4 },
      { field: "polygon", code: "pairFormat", line: 5 },
    ]);
  });

  it("needs three corners and allows at most 500", () => {
    expect(parsePolygonText("59.33, 18.06\n59.34, 18.08").problems).toEqual([
      { field: "polygon", code: "tooFewPoints" },
    ]);
    const many = Array.from({ length: 501 }, (_, i) => `59.${i}, 18.0`).join("\n");
    expect(parsePolygonText(many).problems).toEqual([{ field: "polygon", code: "tooManyPoints" }]);
    expect(parsePolygonText("").problems).toEqual([]);
  });
});

describe("area text", () => {
  it("parses a point with a decimal comma, a polygon and the description into a schema-valid area", () => {
    const parsed = parseAreaText(
      text({ lat: "59,3293", lon: " 18.0686", radiusKm: "2,5", polygon: "59.33, 18.06\n59.34, 18.08\n59.32, 18.09" }),
    );
    expect(parsed).toEqual({
      ok: true,
      area: {
        description: "Norrby",
        point: { lat: 59.3293, lon: 18.0686, radiusKm: 2.5 },
        polygon: [
          { lat: 59.33, lon: 18.06 },
          { lat: 59.34, lon: 18.08 },
          { lat: 59.32, lon: 18.09 },
        ],
      },
    });
    if (parsed.ok) expect(BulletinArea.parse(parsed.area)).toEqual(parsed.area);
  });

  it("gives no area when nothing is typed, and a point of radius 0 when the radius is blank", () => {
    expect(parseAreaText(EMPTY)).toEqual({ ok: true, area: null });
    expect(parseAreaText(text({ lat: "59", lon: "18" }))).toEqual({
      ok: true,
      area: { description: "Norrby", point: { lat: 59, lon: 18, radiusKm: 0 }, polygon: null },
    });
  });

  it("names each field with a problem", () => {
    const parsed = parseAreaText(text({ lat: "95", lon: "abc", radiusKm: "-1" }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toEqual([
        { field: "lat", code: "latRange" },
        { field: "lon", code: "notNumber" },
        { field: "radiusKm", code: "radiusRange" },
      ]);
    }
    const half = parseAreaText(text({ lat: "59.3" }));
    expect(half).toEqual({ ok: false, problems: [{ field: "lon", code: "required" }] });
  });

  it("refuses a point or polygon without words (CAP needs areaDesc) instead of dropping it", () => {
    expect(parseAreaText({ ...EMPTY, polygon: "59.33, 18.06\n59.34, 18.08\n59.32, 18.09" })).toEqual({
      ok: false,
      problems: [{ field: "description", code: "descriptionNeeded" }],
    });
    expect(parseAreaText({ ...EMPTY, radiusKm: "3" })).toEqual({
      ok: false,
      problems: [
        { field: "lat", code: "required" },
        { field: "lon", code: "required" },
        { field: "description", code: "descriptionNeeded" },
      ],
    });
  });

  it("round-trips a saved area through its text form", () => {
    const area = {
      description: "Söderäng",
      point: { lat: 59.123456, lon: -18.5, radiusKm: 0.25 },
      polygon: [
        { lat: -1, lon: 2 },
        { lat: 3.5, lon: 4 },
        { lat: 5, lon: -179.999 },
      ],
    };
    expect(parseAreaText(areaToText(area))).toEqual({ ok: true, area });
    expect(areaToText(null)).toEqual(EMPTY);
  });

  it("reads single numbers with a decimal point or comma, and nothing else", () => {
    expect(parseNumberText(" 59,5 ")).toBe(59.5);
    expect(parseNumberText("-.5")).toBe(-0.5);
    expect(parseNumberText("")).toBeNull();
    for (const bad of ["59,3,1", "1e3", "N59", "59.3.1", "--1"]) expect(parseNumberText(bad), bad).toBe("invalid");
  });
});
