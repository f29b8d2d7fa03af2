import { memo, useCallback, useMemo, useState } from "react";
import {
  channelMessageInput,
  DERIVED_CHANNELS,
  type Bulletin,
  type ChannelVersion,
  type DerivedChannel,
} from "@shared/schemas/bulletin";
import type { ScoringContext } from "@shared/schemas/checklist";
import { allFindings, scoreMessage } from "@shared/checklist/index";
import { Button } from "../../../components/Button";
import { FormField } from "../../../components/FormField";
import { Gauge } from "../../../components/Gauge";
import { errorMessage } from "../../../i18n/errors";
import { useLanguage, useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { mergeChannelVersion } from "../actions";
import { createChannelVersion, saveChannelVersion } from "../../../api/bulletins";
import { mayWriteBulletins } from "../selectors";
import { editingKey, OthersEditing, useEditingPresence } from "../../editing/presence";
import { NewerVersionNotice } from "../../editing/NewerVersionNotice";
import { useNewerVersion } from "../../editing/useNewerVersion";
import { SOCIAL_POST_MAX, visibleLength } from "./ChannelPreviews";

/** A first text for a channel, from the master's parts. */
export function textFromMaster(
  channel: DerivedChannel,
  m: Pick<Bulletin, "headline" | "body" | "instruction">,
): string {
  const join = (...parts: string[]) =>
    parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join("\n\n");
  switch (channel) {
    case "sms": {
      // One line: the headline as a sentence, then what to do (or, without instructions, what happened).
      const headline = m.headline.trim();
      const lead = headline === "" || /[.!?]$/.test(headline) ? headline : `${headline}.`;
      return join(lead, m.instruction || m.body).replace(/\s*\n+\s*/g, " ");
    }
    case "social":
      return join(m.headline, m.body);
    case "press":
      return join(m.headline, m.body, m.instruction);
    case "contact-centre":
      return join(m.body, m.instruction);
  }
}

interface CardProps {
  master: Bulletin;
  channel: DerivedChannel;
  existing: ChannelVersion | undefined;
  context: ScoringContext;
  canWrite: boolean;
}

function ChannelVersionCard({ master, channel, existing, context, canWrite }: CardProps) {
  const t = useT();
  const lang = useLanguage();
  const [text, setText] = useState(existing?.text ?? "");
  const [baseText, setBaseText] = useState(existing?.text ?? "");
  const dirty = text !== baseText;
  // A version saved elsewhere replaces the text here while nothing is unsaved; else it is offered (take theirs or
  // keep mine), and the save names the version the text is based on, so nothing is overwritten unseen.
  const takeOver = useCallback((theirs: ChannelVersion) => {
    setText(theirs.text);
    setBaseText(theirs.text);
  }, []);
  const { base, newer, takeTheirs, keepMine, saving } = useNewerVersion(existing, dirty, takeOver);
  // Soft lock: while this card holds unsaved text, the others on the incident see who is writing in it.
  const what = `${editingKey("bulletin", master.id)}#${channel}`;
  useEditingPresence(dirty ? master.incidentId : null, dirty ? what : null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const result = useMemo(
    () => scoreMessage(channelMessageInput(channel, text, master), context),
    [channel, text, master, context],
  );
  const name = t(`channels.name.${channel}`);
  const stale = existing ? existing.stale.length > 0 || existing.masterVersion < master.version : false;
  const top = allFindings(result)
    .filter((f) => f.deduction > 0)
    .slice(0, 3);

  const save = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await saving(() =>
        existing
          ? saveChannelVersion(master.id, channel, { text, expectedVersion: base })
          : createChannelVersion(master.id, { channel, text }),
      );
      setBaseText(saved.text);
      mergeChannelVersion(saved);
      setMessage(t("channels.saved", { channel: name }));
    } catch (err) {
      setMessage(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  const statusLabel = t(`score.${result.status}`);
  return (
    <li className="channel-card">
      <h3>{name}</h3>
      <p className="small muted">
        {existing
          ? t("channels.derivedFrom", { version: existing.masterVersion, name: existing.updatedByName })
          : t("channels.notCreated")}
      </p>
      {stale ? (
        <p className="notice notice-warning small">
          <span aria-hidden="true">⚠ </span>
          {t("channels.staleMaster")}
        </p>
      ) : null}
      <OthersEditing incidentId={master.incidentId} what={what} message={(names) => t("editing.channel", { names })} />
      {newer ? (
        <NewerVersionNotice
          name={newer.updatedByName}
          version={newer.version}
          fields={[{ label: name, before: text, after: newer.text }]}
          onTakeTheirs={takeTheirs}
          onKeepMine={keepMine}
        />
      ) : null}
      <FormField label={name}>
        {(control) => (
          <textarea
            {...control}
            rows={channel === "sms" ? 3 : 5}
            value={text}
            readOnly={!canWrite}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      <p className="small">
        {channel === "sms"
          ? t("preview.smsCount", {
              units: result.metrics.sms.units,
              segments: result.metrics.sms.segments,
              encoding: result.metrics.sms.encoding,
            })
          : channel === "social"
            ? t("preview.socialCount", { count: visibleLength(text), max: SOCIAL_POST_MAX })
            : null}
      </p>
      {text.trim() === "" ? null : (
        <Gauge
          label={t("principle.overall")}
          srLabel={`${t("principle.overall")} – ${name}`}
          size="large"
          value={result.overall}
          status={result.status}
          statusLabel={statusLabel}
          valueText={t("score.valueText", { value: result.overall, status: statusLabel })}
        />
      )}
      {top.length > 0 && text.trim() !== "" ? (
        <ul className="channel-findings small">
          {top.map((f, i) => (
            <li key={`${f.ruleId}-${i}`}>{f.message[lang]}</li>
          ))}
        </ul>
      ) : null}
      {canWrite ? (
        <div className="form-actions">
          <Button onClick={() => setText(textFromMaster(channel, master))}>{t("channels.fromMaster")}</Button>
          <Button variant="primary" busy={busy} disabled={text.trim() === ""} onClick={() => void save()}>
            {existing ? t("channels.save") : t("channels.create")}
          </Button>
        </div>
      ) : null}
      <p role="status" className="small">
        {message}
      </p>
    </li>
  );
}

/** SMS, social post, press text and contact-centre script derived from an approved or published master. */
export const ChannelVersions = memo(function ChannelVersions({
  master,
  context,
}: {
  master: Bulletin;
  context: ScoringContext;
}) {
  const t = useT();
  const canWrite = useStore((s) => mayWriteBulletins(s.user?.role));
  // The server derives only from an approved or published working version (an edit in progress is a draft).
  const ready = master.status === "approved" || master.status === "published";
  return (
    <section className="card channel-versions" aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t("channels.title")}</h2>
      <p className="muted small">{ready ? t("channels.hint") : t("channels.notYet")}</p>
      {ready ? (
        <ul className="channel-cards">
          {DERIVED_CHANNELS.map((channel) => {
            const existing = master.channelVersions.find((c) => c.channel === channel);
            return (
              <ChannelVersionCard
                key={channel}
                master={master}
                channel={channel}
                existing={existing}
                context={context}
                canWrite={canWrite && master.status !== "retracted"}
              />
            );
          })}
        </ul>
      ) : null}
    </section>
  );
});
