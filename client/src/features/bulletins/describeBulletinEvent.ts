import { Bulletin, ChannelVersion, StaleReason } from "../../../../shared/schemas/bulletin";
import type { DomainEvent } from "../../../../shared/schemas/event";
import { Fact } from "../../../../shared/schemas/fact";
import { NotificationData } from "../../../../shared/schemas/notification";
import { joinList, translate, type UiLanguage } from "../../i18n";

/** Fact, bulletin and notification events as sentences for the log; null for other types. */
export function describeBulletinEvent(event: DomainEvent, actor: string, lang: UiLanguage): string | null {
  const tr = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) => translate(lang, key, { actor, ...params });
  if (event.type === "fact.created" || event.type === "fact.updated") {
    const fact = Fact.safeParse(event.data.fact);
    if (!fact.success) return null;
    const params = { statement: fact.data.statement, status: translate(lang, `facts.status.${fact.data.status}`).toLocaleLowerCase(lang), version: fact.data.version };
    return tr(event.type === "fact.created" ? "event.factCreated" : "event.factUpdated", params);
  }
  if (event.type === "notification") {
    const note = NotificationData.safeParse(event.data);
    return note.success ? note.data.message[lang] : null;
  }
  if (!event.type.startsWith("bulletin.")) return null;
  const parsed = Bulletin.safeParse(event.data.bulletin);
  if (!parsed.success) return null;
  const b = parsed.data;
  const headline = b.headline || translate(lang, "bulletins.untitled");
  switch (event.type) {
    case "bulletin.created":
      return tr("event.bulletinCreated", { headline, language: translate(lang, `lang.${b.language}`).toLocaleLowerCase(lang) });
    case "bulletin.saved":
      return tr("event.bulletinSaved", { headline, version: b.version });
    case "bulletin.status_changed": {
      const status = translate(lang, `bulletins.status.${b.status}`).toLocaleLowerCase(lang);
      const reason = typeof event.data.reason === "string" ? event.data.reason : null;
      return reason ? tr("event.bulletinStatusReason", { headline, status, reason }) : tr("event.bulletinStatus", { headline, status });
    }
    case "bulletin.stale": {
      const reasons = StaleReason.array().safeParse(event.data.reasons);
      const kinds = [...new Set((reasons.success ? reasons.data : b.stale).map((r) => r.reason))];
      return tr("event.bulletinStale", { headline, reasons: joinList(kinds.map((k) => translate(lang, `stale.${k}`)), lang) });
    }
    case "bulletin.channel_saved": {
      const cv = ChannelVersion.safeParse(event.data.channelVersion);
      const channel = cv.success ? translate(lang, `channels.name.${cv.data.channel}`) : "";
      return tr("event.channelSaved", { headline, channel });
    }
    default:
      return null;
  }
}
