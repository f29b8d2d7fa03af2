import { format, formatDistanceStrict, formatDuration, type Locale } from "date-fns";
import { enGB, sv } from "date-fns/locale";
import { TZDate, tz } from "@date-fns/tz";
import { MUNICIPALITY_TIME_ZONE } from "@shared/timeZone";
import type { UiLanguage } from "./index";

/**
 * The only place that formats dates and durations. Everything takes `now` explicitly so the
 * single shared ticker drives every clock on screen and tests are deterministic.
 */

type DistanceToken = Parameters<NonNullable<Locale["formatDistance"]>>[0];

// date-fns' Swedish locale writes small numbers as words ("fem minuter sedan"); a console that is
// scanned under stress reads digits faster, and Swedish usage puts "för" before a past distance.
const SV_UNITS: Partial<Record<DistanceToken, [string, string]>> = {
  xSeconds: ["sekund", "sekunder"],
  xMinutes: ["minut", "minuter"],
  xHours: ["timme", "timmar"],
  xDays: ["dag", "dagar"],
  xMonths: ["månad", "månader"],
  xYears: ["år", "år"],
};

const svDigits: Locale = {
  ...sv,
  formatDistance: (token, count, options) => {
    const units = SV_UNITS[token];
    const base = units ? `${count} ${count === 1 ? units[0] : units[1]}` : (sv.formatDistance?.(token, count) ?? "");
    if (!options?.addSuffix) return base;
    return options.comparison !== undefined && options.comparison > 0 ? `om ${base}` : `för ${base} sedan`;
  },
};

const LOCALES: Record<UiLanguage, Locale> = { sv: svDigits, en: enGB };

// Times on screen are Swedish time, as on the public page: a laptop set to another zone showed other times than
// the page the public reads, and than the times written in the bulletins.
const inMunicipality = tz(MUNICIPALITY_TIME_ZONE);

function toDate(value: string | Date): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** "25 nov. 2026 08:15" / "25 Nov 2026 08:15". */
export function formatDateTime(value: string | Date, lang: UiLanguage): string {
  return format(toDate(value), "d MMM yyyy HH:mm", { locale: LOCALES[lang], in: inMunicipality });
}

/** "08:15". */
export function formatTime(value: string | Date, lang: UiLanguage): string {
  return format(toDate(value), "HH:mm", { locale: LOCALES[lang], in: inMunicipality });
}

/** "3 dec." / "3 Dec": the day on a chart's time axis, in Swedish time. */
export function formatDayMonth(value: string | Date, lang: UiLanguage): string {
  return format(toDate(value), "d MMM", { locale: LOCALES[lang], in: inMunicipality });
}

/**
 * A calendar day ("2026-11-30", as a date field holds it) spelled out: "måndag 30 november 2026" / "Monday 30
 * November 2026". A day has no time zone: it is read and written in the same (the browser's) zone.
 */
export function formatLongDay(day: string, lang: UiLanguage): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "EEEE d MMMM yyyy", { locale: LOCALES[lang] });
}

/** A date-and-time field's value ("2026-12-03T14:30") in Swedish time. */
export function toDateTimeLocalValue(value: string | Date): string {
  return format(toDate(value), "yyyy-MM-dd'T'HH:mm", { in: inMunicipality });
}

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A date-and-time field's value read as Swedish time: the instant, or null when it is not a whole date and time. */
export function dateTimeLocalToInstant(value: string): Date | null {
  const m = LOCAL_VALUE.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const at = new TZDate(y, mo - 1, d, h, mi, MUNICIPALITY_TIME_ZONE);
  return Number.isNaN(at.getTime()) ? null : new Date(at.getTime());
}

/** The calendar parts of an instant in Swedish time, and the instant of a Swedish wall-clock time. */
export function swedishParts(at: Date): { year: number; month: number; day: number } {
  const z = new TZDate(at.getTime(), MUNICIPALITY_TIME_ZONE);
  return { year: z.getFullYear(), month: z.getMonth(), day: z.getDate() };
}
export function swedishMidnight(year: number, month: number, day: number): Date {
  return new Date(new TZDate(year, month, day, MUNICIPALITY_TIME_ZONE).getTime());
}

/** "för 5 minuter sedan" / "5 minutes ago"; under a minute: "just nu" / "just now". */
export function formatRelative(value: string | Date, now: number, lang: UiLanguage): string {
  const date = toDate(value);
  if (Math.abs(now - date.getTime()) < 60_000) return lang === "sv" ? "just nu" : "just now";
  return formatDistanceStrict(date, now, { locale: LOCALES[lang], addSuffix: true, roundingMethod: "floor" });
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Elapsed time as a running clock: "02:05:09", with days when needed: "3 d 02:05:09". */
export function formatElapsed(fromIso: string, now: number): string {
  const total = Math.max(0, Math.floor((now - new Date(fromIso).getTime()) / 1000));
  const days = Math.floor(total / 86_400);
  const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days > 0 ? `${days} d ${clock}` : clock;
}

/** A duration in words for screen readers and compact text: "1 h 5 min", "12 min", "40 s". */
export function formatShortDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** A duration in the locale's words, to the minute: "1 timme 5 minuter" / "1 hour 5 minutes"; under a minute in seconds. */
export function formatDurationWords(ms: number, lang: UiLanguage): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const locale = LOCALES[lang];
  if (seconds < 60) return formatDuration({ seconds }, { locale, zero: true });
  const minutes = Math.round(seconds / 60);
  return formatDuration(
    { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 },
    { locale },
  );
}

export interface Countdown {
  overdue: boolean;
  /** "om 12 min" / "försenad 3 min" — the overdue state is in the words, not only the colour. */
  text: string;
}

/** Countdown to a promised time. Before it: rounded up to the minute, so "om 1 min" until it passes. */
export function formatCountdown(dueIso: string, now: number, lang: UiLanguage): Countdown {
  const diffSeconds = (new Date(dueIso).getTime() - now) / 1000;
  if (diffSeconds >= 0) {
    const seconds = diffSeconds < 60 ? Math.ceil(diffSeconds) : Math.ceil(diffSeconds / 60) * 60;
    const span = formatShortDuration(seconds);
    return { overdue: false, text: lang === "sv" ? `om ${span}` : `in ${span}` };
  }
  const span = formatShortDuration(-diffSeconds);
  return { overdue: true, text: lang === "sv" ? `försenad ${span}` : `overdue by ${span}` };
}

const numberLocale = (lang: UiLanguage) => (lang === "sv" ? "sv-SE" : "en-GB");

/** A share as a percentage in the UI language: "68,5 %" / "68.5%"; `none` for no figure. */
export const formatPercent = (share: number | null, lang: UiLanguage, none = "–") =>
  share === null
    ? none
    : new Intl.NumberFormat(numberLocale(lang), { style: "percent", maximumFractionDigits: 1 }).format(share);

/** "12,5" / "12.5": one decimal at most. */
export const formatNumber = (n: number | null, lang: UiLanguage, none = "–") =>
  n === null ? none : new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(n);

/** A quotation as the language writes it: ”…” in Swedish, “…” in English. */
export function quote(text: string, lang: UiLanguage): string {
  return lang === "sv" ? `”${text}”` : `“${text}”`;
}
