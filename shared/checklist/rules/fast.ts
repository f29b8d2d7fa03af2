/**
 * Fast (snabb): "information as soon as possible, however much or little there is to tell" (research.md §6.1, §6.6).
 * The clock rules need `context.now` and the incident clock; the scorer never reads the system clock.
 */
import type { Draft, Rule } from "../types.js";
import { formatMinutes, minutesBetween, parseTime } from "../text/time.js";
import { t } from "../text/spans.js";
import { exampleStamp, inMessageLanguage } from "../text/stamp.js";
import { anyFlag } from "./helpers.js";

export const FIRST_BULLETIN_WARN_MIN = 60; // minutes from incident start: "the first hours" (CERC "Be first")
export const FIRST_BULLETIN_ERROR_MIN = 180;
export const SILENCE_WARN_MIN = 180; // minutes since the last bulletin when no next update was promised
export const DUE_SOON_MIN = 15;

export const FS1: Rule = {
  id: "FS1",
  principle: "fast",
  name: "first bulletin late",
  severity: "warn",
  points: 15,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin"],
  clock: true,
  check(a) {
    const clock = a.context.incident;
    const started = parseTime(clock?.startedAt);
    if (a.now === null || started === null || clock?.firstPublishedAt || clock?.lastPublishedAt) return [];
    const lag = minutesBetween(started, a.now);
    if (lag <= FIRST_BULLETIN_WARN_MIN) return [];
    const late = lag > FIRST_BULLETIN_ERROR_MIN;
    return [
      {
        severity: late ? "error" : "warn",
        points: late ? 30 : 15,
        message: t(
          `${formatMinutes(lag)} sedan händelsen började och inget har publicerats ännu.`,
          `${formatMinutes(lag)} since the incident started and nothing has been published yet.`,
        ),
        suggestion: t(
          "Publicera nu, även om ni vet lite: vad som hänt, vad ni gör och när ni återkommer.",
          "Publish now, even if you know little: what happened, what you are doing and when you will update.",
        ),
      },
    ];
  },
};

export const FS2: Rule = {
  id: "FS2",
  principle: "fast",
  name: "promised update overdue",
  severity: "error",
  points: 30,
  repeat: 0,
  cap: 30,
  kinds: ["bulletin"],
  clock: true,
  check(a) {
    const clock = a.context.incident;
    if (a.now === null || clock === undefined) return [];
    const due = parseTime(clock.nextUpdateDue);
    const last = parseTime(clock.lastPublishedAt);
    if (due !== null) {
      if (last !== null && last >= due) return [];
      const late = minutesBetween(due, a.now);
      if (late > 0) {
        return [
          {
            message: t(
              `Den utlovade uppdateringen är ${formatMinutes(late)} försenad.`,
              `The promised update is ${formatMinutes(late)} overdue.`,
            ),
            suggestion: t(
              "Publicera en kort uppdatering nu, även om inget nytt har hänt.",
              "Publish a short update now, even if nothing has changed.",
            ),
          },
        ];
      }
      if (-late <= DUE_SOON_MIN) {
        return [
          {
            severity: "info",
            points: 0,
            message: t(
              `Nästa uppdatering är utlovad om ${formatMinutes(-late)}.`,
              `The next update is promised in ${formatMinutes(-late)}.`,
            ),
          },
        ];
      }
      return [];
    }
    if (last === null) return [];
    const silence = minutesBetween(last, a.now);
    if (silence <= SILENCE_WARN_MIN) return [];
    return [
      {
        severity: "warn",
        points: 10,
        message: t(
          `${formatMinutes(silence)} sedan förra meddelandet, och ingen ny uppdatering är utlovad.`,
          `${formatMinutes(silence)} since the last bulletin, and no next update has been promised.`,
        ),
      },
    ];
  },
};

export const FS3: Rule = {
  id: "FS3",
  principle: "fast",
  name: "next-update time already passed",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  clock: true,
  check(a) {
    if (a.now === null || a.nextUpdateAt === null || a.nextUpdateAt >= a.now) return [];
    return [
      {
        message: t(
          `Tiden för nästa uppdatering har redan passerat (${formatMinutes(minutesBetween(a.nextUpdateAt, a.now))} sedan).`,
          `The next-update time has already passed (${formatMinutes(minutesBetween(a.nextUpdateAt, a.now))} ago).`,
        ),
        suggestion: t("Sätt en ny tid för nästa uppdatering.", "Set a new time for the next update."),
      },
    ];
  },
};

function dated(a: Parameters<Rule["check"]>[0]): boolean {
  return a.fields.some(
    (f) => anyFlag(a.flags(f, "dates")) || anyFlag(a.flags(f, "times")) || anyFlag(a.flags(f, "updatedLabels")),
  );
}

/** A span of hours or minutes counted from now: "om cirka tre timmar", "inom en timme"; "in two hours", "in 30 minutes". */
const FROM_NOW =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:om|inom) (?:cirka |ungefär |ca\.? |runt |drygt |högst |senast )?(?:en|ett|två|tre|fyra|fem|sex|\d+|en halv|några|ett par) (?:timm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|minut[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|halvtimm[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|om en halvtimme|inom (?:en|den närmaste) timme|(?:in|within) (?:about |around |roughly |approximately |the next )?(?:an?|one|two|three|four|five|six|\d+|a couple of|a few|half an) (?:hours?|minutes?|mins?)|within the (?:next )?hour)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

/**
 * A section headed as the earlier state ("Tidigare information:", "Previous update:"): the text holds two states and
 * says which is older only by its headings. Several "Uppdatering:" paragraphs appended in order (the police's
 * format) are not counted: a real notice without stamps was measured in that form.
 */
const EARLIER_SECTION =
  /(?:^|\n|\. )\s*(?:tidigare(?: (?:information|uppdatering[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|besked))?|föregående (?:uppdatering|information)|previous(?:ly| (?:update|information))|earlier(?: (?:update|information))?)\s*[:–-]/u;
function stackedUpdates(lower: string): boolean {
  return EARLIER_SECTION.test(lower);
}

export const FS4: Rule = {
  id: "FS4",
  principle: "fast",
  name: "web bulletin without a time stamp",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin"],
  // Only its suggestion reads the clock (the stamp to copy is the moment of writing).
  clock: true,
  languages: ["sv", "en", "fi"],
  check(a) {
    if (a.channels.length > 0 && !a.channels.includes("web")) return [];
    if (dated(a)) return [];
    // A time counted from the moment of writing ("om cirka tre timmar", "next update in 30 minutes") with no stamp to
    // count from: nobody can tell when that is, so the promise or the estimate means nothing (sixth round, second pass).
    const fromNow = a.fields.some((f) => FROM_NOW.test(f.lower));
    // Stacked updates with no stamp (seventh round): "Uppdatering: … Tidigare information: …", "Update: … Previous
    // update: …". The reader cannot tell which state is the current one, nor how old either is.
    const stacked =
      a.fields.some((f) => stackedUpdates(f.lower)) && !a.fields.some((f) => a.flags(f, "times").includes(1));
    // The line to copy is in the bulletin's language; only the advice around it follows the UI's.
    const stamp = inMessageLanguage(exampleStamp(a.now), a.language);
    const label = a.language === "en" ? "Updated" : a.language === "fi" ? "Päivitetty" : "Uppdaterad";
    return [
      {
        ...(fromNow || stacked ? { severity: "error" as const } : {}),
        message: t(
          "Webbmeddelandet har ingen tidsangivelse i texten.",
          "The web bulletin has no time stamp in its text.",
        ),
        suggestion: t(`Börja med ”${label} ${stamp}”.`, `Start with “${label} ${stamp}”.`),
      },
    ];
  },
};

export const FS5: Rule = {
  id: "FS5",
  principle: "fast",
  name: "all-clear without a time",
  severity: "warn",
  points: 10,
  repeat: 0,
  cap: 10,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en", "fi"],
  check(a): Draft[] {
    if (!a.isClosure || dated(a)) return [];
    return [
      {
        message: t("Beskedet att faran är över saknar tid.", "The all-clear does not say when it was given."),
        suggestion: t("Ange tiden: ”Faran är över kl. 16.30.”", "Give the time: “All clear as of 4.30 pm.”"),
      },
    ];
  },
};
