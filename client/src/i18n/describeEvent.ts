import type { DomainEvent } from "../../../shared/schemas/event";
import { describeBulletinEvent } from "../features/bulletins/describeBulletinEvent";
import { describeClaimEvent } from "../features/claims/describeClaimEvent";
import { describeFaqEvent } from "../features/faq/describeFaqEvent";
import { changedFields, incidentOf } from "../store/eventData";
import { formatDateTime } from "./format";
import { joinList, translate, type MessageKey, type UiLanguage } from "./index";

const FIELD_KEYS: Record<string, MessageKey> = {
  title: "field.title",
  description: "field.description",
  affectedAreas: "field.affectedAreas",
  severity: "field.severity",
  status: "field.status",
  nextUpdateDue: "field.nextUpdateDue",
  exercise: "field.exercise",
};

function describeUpdate(event: DomainEvent, actor: string, lang: UiLanguage): string {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, { actor, ...params });
  const fields = changedFields(event);
  const incident = incidentOf(event);
  if (fields.length === 1 && incident) {
    switch (fields[0]) {
      case "status":
        return t("event.statusChanged", { status: translate(lang, `status.${incident.status}`) });
      case "nextUpdateDue":
        return incident.nextUpdateDue
          ? t("event.nextUpdateSet", { time: formatDateTime(incident.nextUpdateDue, lang) })
          : t("event.nextUpdateCleared");
      case "severity":
        return t("event.severityChanged", { severity: translate(lang, `severity.${incident.severity}`) });
      case "exercise":
        return t(incident.exercise ? "event.exerciseOn" : "event.exerciseOff");
    }
  }
  const named = fields.flatMap((f) => (FIELD_KEYS[f] ? [translate(lang, FIELD_KEYS[f])] : []));
  return named.length > 0 ? t("event.fieldsChanged", { fields: joinList(named, lang) }) : t("event.incidentUpdated");
}

/** A system event as a sentence for the log: "Anna Lind ändrade status till Bevakning." */
export function describeEvent(event: DomainEvent, lang: UiLanguage): string {
  const actor = event.actor?.displayName ?? translate(lang, "event.system");
  switch (event.type) {
    case "incident.created": {
      const title = incidentOf(event)?.title ?? "";
      return translate(lang, "event.incidentCreated", { actor, title });
    }
    case "incident.updated":
      return describeUpdate(event, actor, lang);
    case "log.entry_added":
      return translate(lang, "event.entryAdded", { actor });
    case "user.created":
      return translate(lang, "event.userCreated", { actor });
    case "user.updated":
      return translate(lang, "event.userUpdated", { actor });
    default:
      return describeBulletinEvent(event, actor, lang) ?? describeClaimEvent(event, actor, lang) ?? describeFaqEvent(event, actor, lang) ?? translate(lang, "event.generic", { actor, type: event.type });
  }
}
