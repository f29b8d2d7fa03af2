import { BULLETIN_LIMITS, type BulletinArea, type GeoPoint } from "../schemas/bulletin.js";

/**
 * The affected area as a communicator types or pastes it: latitude, longitude and radius as text, and a polygon as
 * text with one "lat, lon" pair per line (what map tools copy) or the CAP form "lat,lon lat,lon …" on one line.
 * Parsed here, outside the UI, so the rules are unit-tested and every problem names its field (and line).
 */

export const AREA_TEXT_FIELDS = ["description", "lat", "lon", "radiusKm", "polygon"] as const;
export type AreaTextField = (typeof AREA_TEXT_FIELDS)[number];

export interface AreaText {
  description: string;
  lat: string;
  lon: string;
  radiusKm: string;
  polygon: string;
}

export type AreaProblemCode =
  | "required" // a value the others need is missing
  | "notNumber"
  | "latRange"
  | "lonRange"
  | "radiusRange"
  | "pairFormat" // a polygon line that is not two numbers
  | "tooFewPoints"
  | "tooManyPoints"
  | "descriptionNeeded" // a point or polygon needs words too (CAP areaDesc)
  | "descriptionTooLong";

export interface AreaProblem {
  field: AreaTextField;
  code: AreaProblemCode;
  /** 1-based line of the polygon text, for line problems. */
  line?: number;
}

export type AreaParse = { ok: true; area: BulletinArea | null } | { ok: false; problems: AreaProblem[] };

export const RADIUS_KM_MAX = 1_000;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** One number typed into its own box: a decimal comma is fine there ("59,33"), as Swedish keyboards give it. */
export function parseNumberText(text: string): number | null | "invalid" {
  const s = text.trim().replace(",", ".");
  if (s === "") return null;
  return NUMBER.test(s) ? Number(s) : "invalid";
}

const latOk = (n: number) => n >= -90 && n <= 90;
const lonOk = (n: number) => n >= -180 && n <= 180;

/** The pairs on one line: CAP tokens "lat,lon" separated by spaces, or one pair "lat, lon" / "lat lon" / "lat;lon". */
function pairsOfLine(line: string): Array<[string, string]> | null {
  const s = line
    .trim()
    .replace(/^[([{]\s*/, "")
    .replace(/\s*[)\]}]$/, "");
  const tokens = s.split(/\s+/);
  if (tokens.length > 1 && tokens.every((t) => /^[^,;]+,[^,;]+$/.test(t))) {
    return tokens.map((t) => t.split(",") as [string, string]);
  }
  const parts = s.split(/\s*[,;\t]\s*|\s+/).filter((p) => p !== "");
  return parts.length === 2 ? [[parts[0] as string, parts[1] as string]] : null;
}

/** Polygon text → points. A closing point (the first repeated last, as in CAP) is dropped: export closes the ring. */
export function parsePolygonText(text: string): { points: GeoPoint[]; problems: AreaProblem[] } {
  const points: GeoPoint[] = [];
  const problems: AreaProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const pairs = pairsOfLine(raw);
    if (!pairs) return problems.push({ field: "polygon", code: "pairFormat", line });
    for (const [latText, lonText] of pairs) {
      if (!NUMBER.test(latText) || !NUMBER.test(lonText))
        return problems.push({ field: "polygon", code: "pairFormat", line });
      const lat = Number(latText);
      const lon = Number(lonText);
      if (!latOk(lat)) return problems.push({ field: "polygon", code: "latRange", line });
      if (!lonOk(lon)) return problems.push({ field: "polygon", code: "lonRange", line });
      points.push({ lat, lon });
    }
  });
  const first = points[0];
  const last = points.at(-1);
  if (points.length > 3 && first && last && first.lat === last.lat && first.lon === last.lon) points.pop();
  if (problems.length === 0 && points.length > 0 && points.length < 3)
    problems.push({ field: "polygon", code: "tooFewPoints" });
  if (points.length > BULLETIN_LIMITS.polygonPointsMax) problems.push({ field: "polygon", code: "tooManyPoints" });
  return { points, problems };
}

function parsePoint(t: AreaText, problems: AreaProblem[]): BulletinArea["point"] {
  const lat = parseNumberText(t.lat);
  const lon = parseNumberText(t.lon);
  const radius = parseNumberText(t.radiusKm);
  if (lat === null && lon === null) {
    if (radius !== null) problems.push({ field: "lat", code: "required" }, { field: "lon", code: "required" });
    return null;
  }
  const before = problems.length;
  if (lat === null) problems.push({ field: "lat", code: "required" });
  else if (lat === "invalid") problems.push({ field: "lat", code: "notNumber" });
  else if (!latOk(lat)) problems.push({ field: "lat", code: "latRange" });
  if (lon === null) problems.push({ field: "lon", code: "required" });
  else if (lon === "invalid") problems.push({ field: "lon", code: "notNumber" });
  else if (!lonOk(lon)) problems.push({ field: "lon", code: "lonRange" });
  if (radius === "invalid") problems.push({ field: "radiusKm", code: "notNumber" });
  else if (radius !== null && (radius < 0 || radius > RADIUS_KM_MAX))
    problems.push({ field: "radiusKm", code: "radiusRange" });
  if (problems.length > before || typeof lat !== "number" || typeof lon !== "number") return null;
  return { lat, lon, radiusKm: typeof radius === "number" ? radius : 0 };
}

/** The whole area. Nothing typed → no area; a point or polygon without a description is a problem, not dropped. */
export function parseAreaText(t: AreaText): AreaParse {
  const problems: AreaProblem[] = [];
  const point = parsePoint(t, problems);
  const polygon = parsePolygonText(t.polygon);
  problems.push(...polygon.problems);
  const description = t.description.trim();
  const hasShape =
    point !== null || polygon.points.length > 0 || [t.lat, t.lon, t.radiusKm, t.polygon].some((s) => s.trim() !== "");
  if (description === "" && hasShape) problems.push({ field: "description", code: "descriptionNeeded" });
  if (description.length > BULLETIN_LIMITS.areaDescriptionMax)
    problems.push({ field: "description", code: "descriptionTooLong" });
  if (problems.length > 0) return { ok: false, problems };
  if (description === "") return { ok: true, area: null };
  return { ok: true, area: { description, point, polygon: polygon.points.length > 0 ? polygon.points : null } };
}

/** The text form of a saved area (one "lat, lon" per line), so saving it unchanged gives the same area back. */
export function areaToText(area: BulletinArea | null): AreaText {
  return {
    description: area?.description ?? "",
    lat: area?.point ? String(area.point.lat) : "",
    lon: area?.point ? String(area.point.lon) : "",
    radiusKm: area?.point ? String(area.point.radiusKm) : "",
    polygon: area?.polygon ? area.polygon.map((p) => `${p.lat}, ${p.lon}`).join("\n") : "",
  };
}
