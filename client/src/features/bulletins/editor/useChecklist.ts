import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { bulletinMessageInput } from "../../../../../shared/schemas/bulletin";
import type { ChecklistResult, MessageLanguage, ScoringContext } from "../../../../../shared/schemas/checklist";
import { scoreMessage } from "../../../../../shared/checklist/index";
import { useStore } from "../../../store";
import { selectIncidentFacts } from "../../facts/FactsSection";
import type { Draft } from "./draft";

const MINUTE_MS = 60_000;

/** The current minute: time-based rules (overdue update, late first bulletin) move on without a keystroke. */
function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / MINUTE_MS));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / MINUTE_MS)), 15_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

const NONE: string[] = [];

/**
 * What the server scores with when saving (docs/api.md: now, the incident clock, the incident's facts, the languages
 * of the other versions in the group), so the live gauges match the stored score.
 */
export function useScoringContext(incidentId: string, bulletinId: string | null, translationOf: string | null): ScoringContext {
  const incident = useStore((s) => s.incidents[incidentId]);
  const factSelector = useMemo(() => selectIncidentFacts(incidentId), [incidentId]);
  const facts = useStore(useShallow(factSelector));
  const otherLanguages = useStore(
    useShallow((s) => {
      const masterId = translationOf ?? bulletinId;
      if (!masterId) return NONE;
      return Object.values(s.bulletinData.bulletins)
        .filter((b) => b.id !== bulletinId && (b.id === masterId || b.translationOf === masterId) && b.status !== "retracted")
        .map((b) => b.language)
        .sort();
    }),
  );
  const minute = useMinute();
  return useMemo(
    () => ({
      now: new Date(minute * MINUTE_MS).toISOString(),
      incident: incident
        ? {
            startedAt: incident.startedAt,
            firstPublishedAt: incident.firstPublishedAt ?? null,
            lastPublishedAt: incident.lastPublishedAt,
            nextUpdateDue: incident.nextUpdateDue,
          }
        : undefined,
      facts: facts.map((f) => ({ id: f.id, statement: f.statement, status: f.status })),
      availableLanguages: otherLanguages as MessageLanguage[],
    }),
    [minute, incident, facts, otherLanguages],
  );
}

/**
 * Scores the draft synchronously on every change: the scorer takes about a millisecond for 500 words, so the
 * gauges update in the same frame as the keystroke.
 */
export function useLiveChecklist(draft: Draft, language: MessageLanguage, context: ScoringContext): ChecklistResult {
  const { kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt } = draft;
  return useMemo(
    () => scoreMessage(bulletinMessageInput({ kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt }, language), context),
    [kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt, language, context],
  );
}
