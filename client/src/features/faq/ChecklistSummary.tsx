import { useMemo } from "react";
import { allFindings, scoreMessage } from "@shared/checklist/index";
import type { MessageAudience, MessageLanguage, ScoringFact } from "@shared/schemas/checklist";
import { useLanguage, useT } from "../../i18n/useT";
import { ScoreBadge } from "./ScoreBadge";
import { useStore } from "../../store";
import { serverNow } from "../../store/session/serverClock";

const SHOWN_FINDINGS = 5;

interface Props {
  question: string;
  answer: string;
  language: MessageLanguage;
  audiences: MessageAudience[];
  factIds: string[];
  facts: ScoringFact[] | undefined;
}

/** The checklist run on every keystroke (it is pure and fast): the score the server will store, and why. */
export function ChecklistSummary({ question, answer, language, audiences, factIds, facts }: Props) {
  const t = useT();
  const lang = useLanguage();
  // The offset joins the deps: the first reading of the server's clock may arrive after the first render.
  const clockOffset = useStore((s) => s.clockOffsetMs);
  const result = useMemo(
    () =>
      scoreMessage(
        { kind: "faq", title: question, body: answer, language, audiences, channels: ["contact-centre"], factIds },
        { now: new Date(serverNow()).toISOString(), ...(facts ? { facts } : {}) },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [question, answer, language, audiences, factIds, facts, clockOffset],
  );
  const findings = allFindings(result)
    .filter((f) => f.deduction > 0)
    .sort((a, b) => b.deduction - a.deduction)
    .slice(0, SHOWN_FINDINGS);
  return (
    <section className="checklist-summary" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">
        {t("faq.checklist")} <ScoreBadge score={{ overall: result.overall, status: result.status }} unlabelled />
      </h3>
      {findings.length === 0 ? (
        <p className="muted">{t("faq.checklist.clean")}</p>
      ) : (
        <ul className="findings">
          {findings.map((f, i) => (
            <li key={`${f.ruleId}-${i}`} className={`finding finding-${f.severity}`}>
              <span className="finding-rule">{f.ruleId}</span> {f.message[lang]}
              {f.suggestion ? <span className="finding-suggestion"> {f.suggestion[lang]}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
