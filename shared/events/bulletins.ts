import { z } from "zod";
import { Bulletin, BulletinStatus, ChannelVersion, DerivedChannel, StaleReason } from "../schemas/bulletin.js";
import { Incident } from "../schemas/incident.js";
import type { Role } from "../schemas/user.js";
import { defineEvent, type Sentence, type Wording } from "./define.js";
import { lazySchema } from "../schemas/lazy.js";

/**
 * The crisis team: who reads drafts, versions in review, stale flags and facts no published text cites. Agents and
 * viewers hear of a bulletin only when published text changes: a publish, or the retraction of published text.
 */
export const CRISIS_TEAM: readonly Role[] = ["admin", "lead", "communicator"];

const headline = (b: Bulletin, w: Wording) => b.headline || w.label("bulletins.untitled");

/**
 * One sentence per status a bulletin moves to, each a whole sentence in both languages: a status label dropped into
 * "är nu {status}" read "är nu granskas" and "är nu utkast". The log is part of the public record.
 */
const MOVES = {
  draft: { sv: "{actor} gjorde ”{headline}” till ett utkast igen.", en: "{actor} returned “{headline}” to draft." },
  in_review: {
    sv: "{actor} skickade ”{headline}” för granskning.",
    en: "{actor} sent “{headline}” for review.",
  },
  approved: { sv: "{actor} godkände ”{headline}”.", en: "{actor} approved “{headline}”." },
  published: { sv: "{actor} publicerade ”{headline}”.", en: "{actor} published “{headline}”." },
  superseded: {
    sv: "”{headline}” ersattes av ett nyare meddelande.",
    en: "“{headline}” was superseded by a newer bulletin.",
  },
  retracted: { sv: "{actor} drog tillbaka ”{headline}”.", en: "{actor} retracted “{headline}”." },
} as const satisfies Record<BulletinStatus, Sentence>;

/** The same sentences with the command's reason after them. */
function withReason<T extends Record<string, Sentence>>(
  moves: T,
): { [K in keyof T & string as `${K}WithReason`]: Sentence } {
  return Object.fromEntries(
    Object.entries(moves).map(([status, s]) => [
      `${status}WithReason`,
      { sv: `${s.sv} Motivering: {reason}`, en: `${s.en} Reason: {reason}` },
    ]),
  ) as { [K in keyof T & string as `${K}WithReason`]: Sentence };
}

export const bulletinEvents = {
  "bulletin.created": defineEvent({
    entity: ["bulletin"],
    visibleTo: CRISIS_TEAM,
    data: lazySchema(() => z.object({ bulletin: Bulletin }).loose()),
    log: {
      created: {
        sv: "{actor} skapade meddelandet ”{headline}” ({language}).",
        en: "{actor} created the bulletin “{headline}” ({language}).",
      },
    },
    describe: ({ bulletin }, w) => [
      "created",
      { headline: headline(bulletin, w), language: w.label(`lang.${bulletin.language}`).toLocaleLowerCase(w.lang) },
    ],
  }),
  "bulletin.saved": defineEvent({
    entity: ["bulletin"],
    visibleTo: CRISIS_TEAM,
    data: lazySchema(() => z.object({ bulletin: Bulletin, version: z.number().int().positive().optional() }).loose()),
    log: {
      saved: {
        sv: "{actor} sparade version {version} av ”{headline}”.",
        en: "{actor} saved version {version} of “{headline}”.",
      },
    },
    describe: ({ bulletin }, w) => ["saved", { headline: headline(bulletin, w), version: bulletin.version }],
  }),
  "bulletin.status_changed": defineEvent({
    entity: ["bulletin"],
    visibleTo: CRISIS_TEAM,
    // null on a publish and on the retraction of published text. A retraction while an edit was pending goes to the
    // team as it is and to agents and viewers as a second copy (`readerCopy`) carrying the published text.
    visibility: "varies",
    /**
     * Every workflow move; `reason` when the command had one; on a publish the advanced incident clock (`incident`,
     * `changed`); `readerCopy` on the agents' and viewers' copy of a retraction.
     */
    data: lazySchema(() =>
      z
        .object({
          bulletin: Bulletin,
          from: BulletinStatus.optional(),
          to: BulletinStatus.optional(),
          version: z.number().int().positive().optional(),
          reason: z.string().optional(),
          incident: Incident.optional(),
          changed: z.array(z.string()).optional(),
          readerCopy: z.literal(true).optional(),
        })
        .loose(),
    ),
    log: {
      ...MOVES,
      ...withReason(MOVES),
    },
    describe: ({ bulletin, reason }, w) => {
      const params = { headline: headline(bulletin, w) };
      return reason ? [`${bulletin.status}WithReason`, { ...params, reason }] : [bulletin.status, params];
    },
  }),
  "bulletin.stale": defineEvent({
    entity: ["bulletin"],
    visibleTo: CRISIS_TEAM,
    /** `reasons`: the reasons just added; `channels`: the channel versions flagged with them. */
    data: lazySchema(() =>
      z
        .object({
          bulletin: Bulletin,
          reasons: z.array(StaleReason).optional(),
          channels: z.array(DerivedChannel).optional(),
        })
        .loose(),
    ),
    log: { stale: { sv: "”{headline}” är inaktuellt: {reasons}.", en: "“{headline}” is stale: {reasons}." } },
    describe: ({ bulletin, reasons }, w) => {
      const kinds = [...new Set((reasons ?? bulletin.stale).map((r) => r.reason))];
      return ["stale", { headline: headline(bulletin, w), reasons: w.list(kinds.map((k) => w.label(`stale.${k}`))) }];
    },
  }),
  "bulletin.channel_saved": defineEvent({
    entity: ["bulletin"],
    visibleTo: CRISIS_TEAM,
    visibility: "varies", // null when saved for the published version (the agents' script), else the team's
    data: lazySchema(() => z.object({ bulletin: Bulletin, channelVersion: ChannelVersion }).loose()),
    log: {
      saved: { sv: "{actor} sparade {channel} för ”{headline}”.", en: "{actor} saved the {channel} for “{headline}”." },
    },
    describe: ({ bulletin, channelVersion }, w) => [
      "saved",
      { headline: headline(bulletin, w), channel: w.label(`channels.name.${channelVersion.channel}`) },
    ],
  }),
};
