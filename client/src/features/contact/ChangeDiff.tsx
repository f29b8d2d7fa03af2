import { Button } from "../../components/Button";
import { formatTime } from "../../i18n/format";
import { useLanguage, useT } from "../../i18n/useT";
import { useStore } from "../../store";
import type { FaqChange } from "../../store/contact/state";
import { wordDiff } from "../../components/wordDiff";

/** The text now, with the words removed since the agent last saw it struck through and the new words marked. */
export function DiffText({ before, after }: { before: string; after: string }) {
  const t = useT();
  // The words around these labels are the entry's language; the labels are the console's.
  const ui = useLanguage();
  return (
    <>
      {wordDiff(before, after).map((p, i) =>
        p.kind === "same" ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === "added" ? (
          <ins key={i}>
            <span className="visually-hidden" lang={ui}>
              {t("contact.diff.added")}{" "}
            </span>
            {p.text}
          </ins>
        ) : (
          <del key={i}>
            <span className="visually-hidden" lang={ui}>
              {t("contact.diff.removed")}{" "}
            </span>
            {p.text}
          </del>
        ),
      )}
    </>
  );
}

/** The "Ändrad" bar: when and by whom, and the button that says the agent has read it. */
export function ChangeBar({ entryId, change }: { entryId: string; change: FaqChange }) {
  const t = useT();
  const lang = useLanguage();
  const markSeen = useStore((s) => s.markFaqSeen);
  const when = formatTime(change.at, lang);
  return (
    <div className="change-bar" role="group" aria-label={t("contact.change.label")}>
      <p className="change-head">
        <strong>
          {change.kind === "new"
            ? t("contact.change.new", { time: when })
            : t("contact.change.changed", { time: when })}
        </strong>
        {change.by ? <span> {t("contact.change.by", { name: change.by })}</span> : null}
        {change.kind === "changed" ? <span className="change-legend"> {t("contact.change.legend")}</span> : null}
      </p>
      <Button variant="secondary" onClick={() => markSeen(entryId)}>
        {t("contact.change.seen")}
      </Button>
    </div>
  );
}
