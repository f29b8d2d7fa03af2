import type { GeoPoint, MessageLanguage } from "../../shared/index.js";
import { capExpires } from "../../shared/capDefaults.js";
import { capTime, escapeXml as x } from "./escape.js";
import type { PublicAlert } from "./load.js";
import type { PublicBulletin } from "../presenters/public.js";
import { EXERCISE_MARK } from "./strings.js";

export interface CapContext {
  /** CAP `sender`, e.g. krisrum@exempel.se. */
  sender: string;
  senderName: string;
  /** Absolute base of the public pages (for `web`). */
  base: string;
}

const CAP_LANGUAGE: Record<MessageLanguage, string> = {
  sv: "sv-SE",
  en: "en",
  fi: "fi-FI",
  "sv-lattlast": "sv-SE-x-lattlast",
};

const coordinate = (n: number) => String(Number(n.toFixed(6)));
const pair = (p: GeoPoint) => `${coordinate(p.lat)},${coordinate(p.lon)}`;

/** CAP polygons are closed rings of at least four pairs: the first point is repeated at the end when needed. */
function polygon(points: GeoPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  const ring = first && last && (first.lat !== last.lat || first.lon !== last.lon) ? [...points, first] : points;
  return ring.map(pair).join(" ");
}

function area(b: PublicBulletin, fallback: string): string {
  const description = b.area?.description ?? fallback;
  if (description.trim() === "") return "";
  const lines = [`      <areaDesc>${x(description)}</areaDesc>`];
  if (b.area?.polygon) lines.push(`      <polygon>${polygon(b.area.polygon)}</polygon>`);
  if (b.area?.point) lines.push(`      <circle>${pair(b.area.point)} ${coordinate(b.area.point.radiusKm)}</circle>`);
  return `    <area>\n${lines.join("\n")}\n    </area>`;
}

/**
 * CAP `event` in the info block's own language: the incident's title is written in Swedish only, so a block in
 * English or Finnish names its event by its own headline (a reader's system shows `event` in the block's language).
 */
function eventOf(b: PublicBulletin, alert: PublicAlert): string {
  return b.language === "sv" || b.language === "sv-lattlast" ? alert.incident.title : b.headline;
}

function info(b: PublicBulletin, alert: PublicAlert, ctx: CapContext): string {
  const web = `${ctx.base}/incidents/${alert.incident.id}?lang=${b.language}#g-${b.groupId}`;
  // Unset, the alert lapses an hour after the promised next update (shared/capDefaults.ts).
  const expires = capExpires(b.expiresAt, b.nextUpdateAt);
  const lines = [
    `    <language>${CAP_LANGUAGE[b.language]}</language>`,
    ...b.categories.map((c) => `    <category>${c}</category>`),
    `    <event>${x(eventOf(b, alert))}</event>`,
    `    <urgency>${b.urgency}</urgency>`,
    `    <severity>${b.severity}</severity>`,
    `    <certainty>${b.certainty}</certainty>`,
    expires ? `    <expires>${capTime(expires)}</expires>` : "",
    `    <senderName>${x(ctx.senderName)}</senderName>`,
    `    <headline>${x(b.headline)}</headline>`,
    `    <description>${x(b.body)}</description>`,
    b.instruction.trim() !== "" ? `    <instruction>${x(b.instruction)}</instruction>` : "",
    `    <web>${x(web)}</web>`,
    area(b, alert.incident.affectedAreas.join(", ")),
  ];
  return `  <info>\n${lines.filter(Boolean).join("\n")}\n  </info>`;
}

/**
 * The group's current CAP 1.2 alert: the newest alert record gives identifier, sent and msgType; all earlier ones
 * are referenced. One `info` per language version that is live, or for a Cancel, per version that was.
 */
export function renderCap(alert: PublicAlert, ctx: CapContext): string {
  const latest = alert.alerts.at(-1);
  if (!latest) throw new Error("renderCap needs at least one alert");
  const earlier = alert.alerts.slice(0, -1);
  const members = latest.msgType === "Cancel" ? alert.group : alert.group.filter((b) => !b.withdrawn);
  const lines = [
    `  <identifier>${x(latest.identifier)}</identifier>`,
    `  <sender>${x(ctx.sender)}</sender>`,
    `  <sent>${capTime(latest.sent)}</sent>`,
    `  <status>${alert.incident.exercise ? "Exercise" : "Actual"}</status>`,
    `  <msgType>${latest.msgType}</msgType>`,
    `  <scope>Public</scope>`,
    alert.incident.exercise ? `  <note>${x(EXERCISE_MARK)}</note>` : "",
    earlier.length > 0
      ? `  <references>${earlier.map((a) => `${x(ctx.sender)},${x(a.identifier)},${capTime(a.sent)}`).join(" ")}</references>`
      : "",
    `  <incidents>krisrum-incident-${x(alert.incident.id)}</incidents>`,
    ...members.map((b) => info(b, alert, ctx)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
${lines.filter(Boolean).join("\n")}
</alert>
`;
}
