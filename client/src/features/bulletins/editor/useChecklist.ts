import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { bulletinMessageInput } from "@shared/schemas/bulletin";
import type {
  ChecklistResult,
  MessageLanguage,
  ScoringClaim,
  ScoringContext,
  ScoringQuestion,
} from "@shared/schemas/checklist";
import { fetchUncoveredQuestions } from "../../../api/bulletins";
import { OPEN_CLAIM_STATUSES, type Claim } from "@shared/schemas/claim";
import { useConsoleSettings } from "./useConsoleSettings";
import { scoreMessage } from "@shared/checklist/index";
import { useStore } from "../../../store";
import { loadClaims } from "../../../store/claims/loaders";
import { selectIncidentFacts } from "../../facts/FactsSection";
import type { Draft } from "./draft";
import { serverNow } from "../../../store/session/serverClock";

const MINUTE_MS = 60_000;

/** The current minute: time-based rules (overdue update, late first bulletin) move on without a keystroke. */
function useMinute(): number {
  const [minute, setMinute] = useState(() => Math.floor(serverNow() / MINUTE_MS));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(serverNow() / MINUTE_MS)), 15_000);
    return () => clearInterval(timer);
  }, []);
  return minute;
}

const NONE: string[] = [];
const NO_QUESTIONS: ScoringQuestion[] = [];

/**
 * The contact centre's most asked questions that no FAQ entry covers, as the server scores with them (OP4), asked
 * again each minute: calls are logged all the time, and the console has no copy of the inquiries. Kept as the same
 * array while unchanged, so the checklist does not score again for nothing.
 */
function useUncoveredQuestions(incidentId: string, minute: number): ScoringQuestion[] {
  const [questions, setQuestions] = useState<ScoringQuestion[]>(NO_QUESTIONS);
  useEffect(() => {
    let live = true;
    fetchUncoveredQuestions(incidentId)
      .then((next) => {
        if (live) setQuestions((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [incidentId, minute]);
  return questions;
}
const OPEN = new Set<string>(OPEN_CLAIM_STATUSES);
const ANSWERING = new Set<string>(["correcting", "in_review"]);
const claimCache = new WeakMap<Record<string, Claim>, Map<string, ScoringClaim[]>>();

/** The incident's open claims as the server scores with them (server/domain/bulletins/room.ts), one array per store state. */
function openClaimsOf(all: Record<string, Claim>, incidentId: string): ScoringClaim[] {
  let byIncident = claimCache.get(all);
  if (!byIncident) claimCache.set(all, (byIncident = new Map()));
  let list = byIncident.get(incidentId);
  if (!list) {
    list = Object.values(all)
      .filter((c) => c.incidentId === incidentId && OPEN.has(c.status))
      .map((c) => ({
        id: c.id,
        text: c.text.slice(0, 2_000),
        severity: c.severity,
        addressed: ANSWERING.has(c.status),
      }));
    byIncident.set(incidentId, list);
  }
  return list;
}

/**
 * What the server scores with when saving (docs/api.md: now, the incident clock, the incident's facts, the languages
 * of the other versions in the group, the open claims, the contact centre's uncovered questions, the sender and the
 * required languages), so the live gauges match the stored score and the publish gate.
 */
export function useScoringContext(
  incidentId: string,
  bulletinId: string | null,
  translationOf: string | null,
): ScoringContext {
  const incident = useStore((s) => s.incidents[incidentId]);
  const factSelector = useMemo(() => selectIncidentFacts(incidentId), [incidentId]);
  const facts = useStore(useShallow(factSelector));
  const otherLanguages = useStore(
    useShallow((s) => {
      const masterId = translationOf ?? bulletinId;
      if (!masterId) return NONE;
      return Object.values(s.bulletinData.bulletins)
        .filter(
          (b) => b.id !== bulletinId && (b.id === masterId || b.translationOf === masterId) && b.status !== "retracted",
        )
        .map((b) => b.language)
        .sort();
    }),
  );
  const claims = useStore(useShallow((s) => openClaimsOf(s.claimsData.claims, incidentId)));
  const claimsListed = useStore((s) => s.claimsData.lists[incidentId]);
  useEffect(() => {
    // The server scores with the incident's open claims (AC6: a serious rumour no message answers). Opened straight
    // from the inbox, the editor had not loaded them, and its live score was higher than the gate's and the publish
    // dialog's. Once: a role that may not read claims (an error) is not asked again; events keep the list current.
    if (claimsListed === undefined) void loadClaims(incidentId).catch(() => {});
  }, [incidentId, claimsListed]);
  const settings = useConsoleSettings();
  const minute = useMinute();
  const questions = useUncoveredQuestions(incidentId, minute);
  return useMemo(
    () => ({
      now: new Date(minute * MINUTE_MS).toISOString(),
      ...(settings ? { sender: settings.senderName, requiredLanguages: settings.requiredLanguages } : {}),
      openClaims: claims,
      topQuestions: questions,
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
    [minute, incident, facts, otherLanguages, claims, questions, settings],
  );
}

/**
 * Scores the draft synchronously on every change: the scorer takes about a millisecond for 500 words, so the
 * gauges update in the same frame as the keystroke.
 */
export function useLiveChecklist(draft: Draft, language: MessageLanguage, context: ScoringContext): ChecklistResult {
  const { kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt } = draft;
  return useMemo(
    () =>
      scoreMessage(
        bulletinMessageInput(
          { kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt },
          language,
        ),
        context,
      ),
    [kind, headline, body, instruction, audiences, channels, factIds, nextUpdateAt, language, context],
  );
}
