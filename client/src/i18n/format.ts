import { format, formatDistanceStrict, formatDuration, type Locale } from "date-fns";
import { enGB, sv } from "date-fns/locale";
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

function toDate(value: string | Date): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** "25 nov. 2026 08:15" / "25 Nov 2026 08:15". */
export function formatDateTime(value: string | Date, lang: UiLanguage): string {
  return format(toDate(value), "d MMM yyyy HH:mm", { locale: LOCALES[lang] });
}

/** "08:15". */
export function formatTime(value: string | Date, lang: UiLanguage): string {
  return format(toDate(value), "HH:mm", { locale: LOCALES[lang] });
}

/** Value for <input type="datetime-local"> in the browser's time zone. */
export function toDateTimeLocalValue(value: string | Date): string {
  return format(toDate(value), "yyyy-MM-dd'T'HH:mm");
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
