import { memo } from "react";
import type { GeoPoint } from "@shared/schemas/bulletin";
import { useT } from "../../../i18n/useT";

const SIZE = { w: 160, h: 120, pad: 8 } as const;

/**
 * The polygon's outline (and the point, if any) in a small box, so a pasted ring that crosses itself or has
 * latitude and longitude swapped is noticed before it goes out. Equirectangular, longitude shrunk by cos(latitude):
 * good enough for a municipality-sized area.
 */
export const PolygonPreview = memo(function PolygonPreview({
  polygon,
  point,
}: {
  polygon: GeoPoint[];
  point: GeoPoint | null;
}) {
  const t = useT();
  if (polygon.length < 3) return null;
  const all = point ? [...polygon, point] : polygon;
  const meanLat = all.reduce((s, p) => s + p.lat, 0) / all.length;
  const k = Math.cos((meanLat * Math.PI) / 180) || 1;
  const xs = all.map((p) => p.lon * k);
  const ys = all.map((p) => -p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((SIZE.w - 2 * SIZE.pad) / (maxX - minX || 1), (SIZE.h - 2 * SIZE.pad) / (maxY - minY || 1));
  const at = (p: GeoPoint): [number, number] => [
    SIZE.pad + (p.lon * k - minX) * scale,
    SIZE.pad + (-p.lat - minY) * scale,
  ];
  const ring = polygon
    .map((p) =>
      at(p)
        .map((n) => n.toFixed(1))
        .join(","),
    )
    .join(" ");
  const centre = point ? at(point) : null;
  return (
    <svg
      className="polygon-preview"
      role="img"
      aria-label={t("editor.polygonPreview", { count: polygon.length })}
      viewBox={`0 0 ${SIZE.w} ${SIZE.h}`}
      width={SIZE.w}
      height={SIZE.h}
    >
      <polygon
        points={ring}
        fill="currentColor"
        fillOpacity={0.12}
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      {centre ? <circle cx={centre[0]} cy={centre[1]} r={3} fill="currentColor" /> : null}
    </svg>
  );
});
