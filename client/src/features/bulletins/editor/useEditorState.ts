import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { Bulletin } from "@shared/schemas/bulletin";
import type { MessageLanguage } from "@shared/schemas/checklist";
import { ApiError } from "../../../api/http";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { SAME_VIEW } from "../../layout/navigationState";
import { refuseBadDateTime } from "../../../components/DateTimeInput";
import { focusWhenLost } from "../../../components/focusWhenLost";
import { createDraft, currentFromError } from "../actions";
import { saveBulletin } from "../../../api/bulletins";
import {
  baseOf,
  contentOf,
  draftOf,
  draftReducer,
  isDirty,
  parseDraftArea,
  type Draft,
  type DraftField,
} from "./draft";

export interface Conflict {
  current: Bulletin;
  /** True when a save was refused with 409; false when a newer version was noticed while writing. */
  refused: boolean;
}

interface Base {
  version: number;
  draft: Draft;
}

/**
 * The editor's working state: the draft, the version it is based on, and saving with `expectedVersion`.
 * A newer version saved by someone else is taken over silently while nothing is unsaved, and otherwise shown as a
 * conflict before (or when) a save is refused.
 */
export function useEditorState(incidentId: string, bulletin: Bulletin | undefined, newLanguage: MessageLanguage) {
  const t = useT();
  const navigate = useNavigate();
  const [draft, dispatch] = useReducer(draftReducer, bulletin, baseOf);
  const [base, setBaseState] = useState<Base>(() => ({ version: bulletin?.version ?? 0, draft: baseOf(bulletin) }));
  const baseRef = useRef(base);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveMessage, setSaveMessage] = useState<{ text: string; error: boolean; network?: true } | null>(null);
  // A "Servern svarar inte" from a failed save is no longer true once the console is connected again.
  const online = useStore((s) => s.connection === "online");
  useEffect(() => {
    if (online) setSaveMessage((m) => (m?.network ? null : m));
  }, [online]);
  /** A save was refused because the area text has problems: from then on every area problem is shown. */
  const [areaAttempted, setAreaAttempted] = useState(false);
  /** The editor's form, where a date-and-time field whose text is no time is looked for before a save. */
  const formRef = useRef<HTMLFormElement>(null);
  const live = useStore((s) => (bulletin ? s.bulletinData.bulletins[bulletin.id] : undefined));
  const dirty = isDirty(draft, base.draft);

  const setBase = useCallback((b: Bulletin) => {
    const next = { version: b.version, draft: draftOf(b) };
    baseRef.current = next;
    setBaseState(next);
  }, []);

  // Closing or reloading the tab with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const setField = useCallback(
    <F extends DraftField>(field: F, value: Draft[F]) => dispatch({ type: "set", field, value }),
    [],
  );

  /**
   * A new bulletin's defaults (the incident's next update, its CAP fields) are where it starts, not a change the
   * writer made: they go into the base too, so an untouched new bulletin is not "Osparade ändringar" and leaving it
   * asks nothing.
   */
  const prefill = useCallback(<F extends DraftField>(field: F, value: Draft[F]) => {
    dispatch({ type: "set", field, value });
    const next = { ...baseRef.current, draft: { ...baseRef.current.draft, [field]: value } };
    baseRef.current = next;
    setBaseState(next);
  }, []);

  // Leaving through a link of the console with unsaved text asks first, as closing the tab does (the router has no
  // blocker outside a data router): a capture listener sees the click before the router's link does.
  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || link.target === "_blank") return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
      if (!window.confirm(t("editor.leaveUnsaved"))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [dirty, t]);

  // Someone else saved: take it over when nothing here is unsaved, else say so before a save is refused.
  useEffect(() => {
    if (!live || live.version <= baseRef.current.version) return;
    if (!isDirty(draftRef.current, baseRef.current.draft)) {
      setBase(live);
      dispatch({ type: "reset", draft: draftOf(live) });
      setConflict(null);
    } else {
      setConflict((c) => (c?.refused && c.current.version >= live.version ? c : { current: live, refused: false }));
    }
  }, [live, setBase]);

  /**
   * A time field whose text is no time ("6/12 16:00") emits "", which the draft cannot tell from no time: the save
   * stored `nextUpdateAt: null` and said "Sparat", under the field's own red hint. It stops the save as a bad area
   * does, with focus on the field. Also asked before a workflow step, which saves only a changed draft.
   */
  const refuseBadTime = useCallback((): boolean => {
    if (!refuseBadDateTime(formRef.current)) return false;
    setSaveMessage({ text: t("editor.timeInvalid"), error: true });
    return true;
  }, [t]);

  const inFlight = useRef<Promise<Bulletin | null> | null>(null);
  const saveOnce = useCallback(
    async (extra: { translationOfVersion?: number } = {}): Promise<Bulletin | null> => {
      const area = parseDraftArea(draftRef.current);
      if (!area.ok) {
        setAreaAttempted(true);
        setSaveMessage({ text: t("editor.areaInvalid"), error: true });
        return null;
      }
      if (refuseBadTime()) return null;
      setSaving(true);
      setSaveMessage(null);
      try {
        if (!bulletin) {
          // The editor is made anew under the bulletin's own address: the user's place is the same save button.
          const button = document.activeElement?.closest(".editor-save") ? ".editor-save" : ".editor-toolbar";
          focusWhenLost([() => document.querySelector<HTMLElement>(`${button} button[type="submit"]`)]);
          const created = await createDraft(incidentId, {
            ...contentOf(draftRef.current, area.area),
            language: newLanguage,
          });
          navigate(`/incidents/${incidentId}/bulletins/${created.id}`, { replace: true, state: SAME_VIEW });
          // Said through the console's live region: the new editor's own status line starts empty.
          useStore.getState().announce("editor.saved", { version: created.version });
          return created;
        }
        const saved = await saveBulletin(bulletin.id, {
          ...contentOf(draftRef.current, area.area),
          expectedVersion: baseRef.current.version,
          ...extra,
        });
        // The base moves before the store does, so the newer version is not mistaken for someone else's.
        setBase(saved);
        useStore.getState().upsertBulletins([saved]);
        setConflict(null);
        setSaveMessage({ text: t("editor.saved", { version: saved.version }), error: false });
        return saved;
      } catch (err) {
        const current = err instanceof ApiError && err.code === "conflict" ? currentFromError(err) : null;
        if (current) setConflict({ current, refused: true });
        else
          setSaveMessage({
            text: errorMessage(err, t),
            error: true,
            ...(err instanceof ApiError && err.code === "network" ? { network: true } : {}),
          });
        return null;
      } finally {
        setSaving(false);
      }
    },
    [bulletin, incidentId, newLanguage, navigate, setBase, refuseBadTime, t],
  );

  /**
   * One save at a time. A second call while one runs ("Skicka till granskning" pressed during a slow "Spara") waits for
   * it: sent at once it would carry the same expectedVersion and be refused as a conflict with the user's own save. It
   * then saves again only what changed since, and never creates a new bulletin twice.
   */
  const save = useCallback(
    async (extra: { translationOfVersion?: number } = {}): Promise<Bulletin | null> => {
      while (inFlight.current !== null) {
        const previous = await inFlight.current;
        if (previous === null || !bulletin) return previous;
        const unchanged = !isDirty(draftRef.current, baseRef.current.draft);
        if (unchanged && extra.translationOfVersion === undefined) return previous;
      }
      const run = saveOnce(extra);
      inFlight.current = run;
      try {
        return await run;
      } finally {
        if (inFlight.current === run) inFlight.current = null;
      }
    },
    [bulletin, saveOnce],
  );

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setBase(conflict.current);
    dispatch({ type: "reset", draft: draftOf(conflict.current) });
    setConflict(null);
  }, [conflict, setBase]);

  /** My text stays and is saved over the newer version (the user has seen the difference). */
  const keepMine = useCallback(
    async (extra: { translationOfVersion?: number } = {}) => {
      if (!conflict) return;
      baseRef.current = { ...baseRef.current, version: conflict.current.version };
      setBaseState(baseRef.current);
      setConflict(null);
      await save(extra);
    },
    [conflict, save],
  );

  return {
    draft,
    setField,
    prefill,
    dirty,
    base,
    live,
    conflict,
    saving,
    saveMessage,
    areaAttempted,
    formRef,
    refuseBadTime,
    save,
    takeTheirs,
    keepMine,
  };
}
