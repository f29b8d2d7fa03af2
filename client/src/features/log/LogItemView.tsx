import type { LogEntryItem, LogItem } from "../../api/log";
import { Button } from "../../components/Button";
import { describeEvent } from "../../i18n/describeEvent";
import { formatDateTime, formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { authorOf, isBackdated, kindOf, timeOf } from "./logSelectors";
import { WORK_TEXT_LANG } from "@shared/constants";

interface Props {
  item: LogItem;
  original: LogEntryItem | undefined;
  corrections: LogEntryItem[] | undefined;
  onCorrect: ((entry: LogEntryItem) => void) | undefined;
}

/** The id of an entry's "Rätta" button: a cancelled correction gives focus back to it. */
export const correctButtonId = (entryId: string): string => `log-correct-${entryId}`;

export function LogItemView({ item, original, corrections, onCorrect }: Props) {
  const t = useT();
  const lang = useLanguage();
  const kind = kindOf(item);
  const at = timeOf(item);
  const author = useStore((s) => (item.source === "entry" ? authorOf(item, s.people) : null));
  const corrected = corrections && corrections.length > 0;

  return (
    <li className={`timeline-item timeline-${kind}${corrected ? " is-corrected" : ""}`}>
      <div className="timeline-meta">
        <time dateTime={at}>{formatDateTime(at, lang)}</time>
        <span className={`kind-label kind-${kind}`}>{t(`log.kind.${kind}`)}</span>
        {item.source === "entry" && isBackdated(item) ? (
          <span className="timeline-recorded">
            {t("log.recordedAt", { time: formatDateTime(item.createdAt, lang) })}
          </span>
        ) : null}
      </div>
      <div className="timeline-body">
        {item.source === "event" ? (
          <p>{describeEvent(item, lang)}</p>
        ) : (
          <>
            {original ? (
              <p className="timeline-refers">
                {t("log.corrects", { time: formatTime(original.occurredAt, lang), text: original.text })}
              </p>
            ) : null}
            <p className="prewrap" lang={WORK_TEXT_LANG}>
              {item.text}
            </p>
            {item.counterpart || author ? (
              <p className="timeline-byline">
                {[
                  item.counterpart
                    ? t(item.kind === "call" ? "log.counterpartCall" : "log.counterpartDecision", {
                        counterpart: item.counterpart,
                      })
                    : null,
                  author ? t("log.by", { name: author }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
            {corrections?.map((correction) => (
              <p key={correction.id} className="timeline-corrected">
                <span aria-hidden="true">↳ </span>
                {t("log.correctedBy", { time: formatTime(correction.occurredAt, lang) })}:{" "}
                <span lang={WORK_TEXT_LANG}>{correction.text}</span>
              </p>
            ))}
            {onCorrect ? (
              <Button
                id={correctButtonId(item.id)}
                variant="quiet"
                className="timeline-action"
                onClick={() => onCorrect(item)}
              >
                {t("log.correct")}{" "}
                <span className="visually-hidden" lang={WORK_TEXT_LANG}>
                  – {item.text.slice(0, 60)}
                </span>
              </Button>
            ) : null}
          </>
        )}
      </div>
    </li>
  );
}
