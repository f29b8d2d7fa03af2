import { z } from "zod";
import { Bulletin, BulletinStatus, ChannelVersion, StaleReason } from "../schemas/bulletin.js";
import { Incident } from "../schemas/incident.js";
import { defineEvent, type Wording } from "./define.js";

const headline = (b: Bulletin, w: Wording) => b.headline || w.label("bulletins.untitled");

export const bulletinEvents = {
  "bulletin.created": defineEvent({
    entity: ["bulletin"],
    visibleTo: null,
    data: z.object({ bulletin: Bulletin }).loose(),
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
    visibleTo: null,
    data: z.object({ bulletin: Bulletin, version: z.number().int().positive().optional() }).loose(),
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
    visibleTo: null,
    /** Every workflow move; `reason` when the command had one; on a publish the advanced incident clock (`incident`, `changed`). */
    data: z
      .object({
        bulletin: Bulletin,
        from: BulletinStatus.optional(),
        to: BulletinStatus.optional(),
        version: z.number().int().positive().optional(),
        reason: z.string().optional(),
        incident: Incident.optional(),
        changed: z.array(z.string()).optional(),
      })
      .loose(),
    log: {
      moved: { sv: "{actor}: ”{headline}” är nu {status}.", en: "{actor}: “{headline}” is now {status}." },
      movedWithReason: {
        sv: "{actor}: ”{headline}” är nu {status}. Motivering: {reason}",
        en: "{actor}: “{headline}” is now {status}. Reason: {reason}",
      },
    },
    describe: ({ bulletin, reason }, w) => {
      const params = {
        headline: headline(bulletin, w),
        status: w.label(`bulletins.status.${bulletin.status}`).toLocaleLowerCase(w.lang),
      };
      return reason ? ["movedWithReason", { ...params, reason }] : ["moved", params];
    },
  }),
  "bulletin.stale": defineEvent({
    entity: ["bulletin"],
    visibleTo: null,
    /** `reasons`: the reasons just added. */
    data: z.object({ bulletin: Bulletin, reasons: z.array(StaleReason).optional() }).loose(),
    log: { stale: { sv: "”{headline}” är inaktuellt: {reasons}.", en: "“{headline}” is stale: {reasons}." } },
    describe: ({ bulletin, reasons }, w) => {
      const kinds = [...new Set((reasons ?? bulletin.stale).map((r) => r.reason))];
      return ["stale", { headline: headline(bulletin, w), reasons: w.list(kinds.map((k) => w.label(`stale.${k}`))) }];
    },
  }),
  "bulletin.channel_saved": defineEvent({
    entity: ["bulletin"],
    visibleTo: null,
    data: z.object({ bulletin: Bulletin, channelVersion: ChannelVersion }).loose(),
    log: {
      saved: { sv: "{actor} sparade {channel} för ”{headline}”.", en: "{actor} saved the {channel} for “{headline}”." },
    },
    describe: ({ bulletin, channelVersion }, w) => [
      "saved",
      { headline: headline(bulletin, w), channel: w.label(`channels.name.${channelVersion.channel}`) },
    ],
  }),
};
