import { format } from "date-fns";
import { enGB, sv } from "date-fns/locale";
import { tz } from "@date-fns/tz";
import { MUNICIPALITY_TIME_ZONE } from "../../shared/timeZone.js";

const inMunicipality = tz(MUNICIPALITY_TIME_ZONE);
const dayOf = (at: Date) => format(at, "yyyy-MM-dd", { in: inMunicipality });

/**
 * A promised time in a notice's sentence, in Swedish time: "kl. 10:00" when it falls on the day of `now`, and with
 * its date otherwise ("1 januari 2020 kl. 10:00"). A bare time of another day read as this morning's: a notice said
 * an update "utlovades till kl. 10:00" when the promise was years old.
 */
export function promisedAt(due: Date, now: Date): { sv: string; en: string } {
  if (dayOf(due) === dayOf(now)) {
    return {
      sv: format(due, "'kl.' HH:mm", { locale: sv, in: inMunicipality }),
      en: format(due, "HH:mm", { locale: enGB, in: inMunicipality }),
    };
  }
  return {
    sv: format(due, "d MMMM yyyy 'kl.' HH:mm", { locale: sv, in: inMunicipality }),
    en: format(due, "HH:mm 'on' d MMMM yyyy", { locale: enGB, in: inMunicipality }),
  };
}
