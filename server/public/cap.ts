import type { GeoPoint, MessageLanguage } from "../../shared/index.js";
import { capExpires } from "../../shared/capDefaults.js";
import { capTime, escapeXml as x } from "./escape.js";
import type { PublicAlert } from "./load.js";
import type { PublicBulletin } from "../presenters/public.js";
import { EXERCISE_MARK, PUBLIC_STRINGS } from "./strings.js";

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
function eventOf(b: PublicBulletin, alert: PublicAlert, headline: string): string {
  return b.language === "sv" || b.language === "sv-lattlast" ? alert.incident.title : headline;
}

/**
 * What an info block says. In a Cancel the withdrawn text must not read as if it still applied (a receiver shows
 * `headline` and `description` as they come, often without `msgType`): the headline says "Tillbakadraget: …" in the
 * block's language, keeping the old headline so a reader knows which message is meant; the description is the
 * withdrawn notice the public page shows; the old instruction is left out. `event` follows the headline for en/fi
 * (see eventOf): a receiver that shows only the event name then also says "Withdrawn: …" rather than repeating an
 * order such as "Boil your drinking water" as if it were live; the Swedish incident title is a neutral name and stays.
 */
function content(b: PublicBulletin, cancel: boolean): { headline: string; description: string; instruction: string } {
  if (!cancel) return { headline: b.headline, description: b.body, instruction: b.instruction };
  const t = PUBLIC_STRINGS[b.language];
  return { headline: `${t.withdrawn}: ${b.headline}`, description: t.withdrawnText, instruction: "" };
}

function info(b: PublicBulletin, alert: PublicAlert, ctx: CapContext, cancel: boolean): string {
  const text = content(b, cancel);
  const web = `${ctx.base}/incidents/${alert.incident.id}?lang=${b.language}#g-${b.groupId}`;
  // Unset, the alert lapses an hour after the promised next update (shared/capDefaults.ts).
  const expires = capExpires(b.expiresAt, b.nextUpdateAt);
  const lines = [
    `    <language>${CAP_LANGUAGE[b.language]}</language>`,
    ...b.categories.map((c) => `    <category>${c}</category>`),
    `    <event>${x(eventOf(b, alert, text.headline))}</event>`,
    `    <urgency>${b.urgency}</urgency>`,
    `    <severity>${b.severity}</severity>`,
    `    <certainty>${b.certainty}</certainty>`,
    expires ? `    <expires>${capTime(expires)}</expires>` : "",
    `    <senderName>${x(ctx.senderName)}</senderName>`,
    `    <headline>${x(text.headline)}</headline>`,
    `    <description>${x(text.description)}</description>`,
    text.instruction.trim() !== "" ? `    <instruction>${x(text.instruction)}</instruction>` : "",
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
  const cancel = latest.msgType === "Cancel";
  const members = cancel ? alert.group : alert.group.filter((b) => !b.withdrawn);
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
    ...members.map((b) => info(b, alert, ctx, cancel)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
${lines.filter(Boolean).join("\n")}
</alert>
`;
}
