import { TZDate } from "@date-fns/tz";
import { MUNICIPALITY_TIME_ZONE } from "@shared/timeZone";

/** A Swedish wall-clock time (month from 0, as `new Date`), whatever zone the test runs in: the console shows Swedish time. */
export function swedish(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): Date {
  return new Date(new TZDate(year, month, day, hours, minutes, seconds, MUNICIPALITY_TIME_ZONE).getTime());
}
