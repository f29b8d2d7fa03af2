/**
 * The words of the calendar as regular-expression sources, for the rules that read days and dates in a text (FS11,
 * FS12, AC14, OP12). Each rule builds its own pattern around them; the words themselves are written once here.
 */

/** A weekday in Swedish or English, with inflections ("måndags", "måndagen", "Mondays"). */
export const WEEKDAY_WORD = String.raw`(?:(?:mån|tis|ons|tors|fre|lör|sön)dag\p{L}*|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)`;

/** A month in Swedish or English, abbreviated or whole ("mar", "mars", "March", "okt", "October"). */
export const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\p{L}*`;

/** A calendar day in digits: ISO ("2025-01-17") or day/month ("13/1"). */
export const DIGIT_DAY = String.raw`(?:(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|(?<![\d.])\d{1,2}\/\d{1,2}(?![\d.]))`;
