import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { BULLETIN_LIMITS } from "@shared/schemas/bulletin";
import { Button } from "../../../components/Button";
import { Dialog } from "../../../components/Dialog";
import { FormError, FormField } from "../../../components/FormField";
import { useT } from "../../../i18n/useT";

interface ReasonDialogProps {
  title: string;
  intro: ReactNode;
  submitLabel: string;
  /** Without a required reason the field is not shown (publishing past no gate). */
  reasonRequired: boolean;
  busy: boolean;
  /**
   * The action's request is under way (default: `busy`). The dialog then cannot be closed: "Avbryt" would look like
   * cancelling a publish the server is already carrying out.
   */
  running?: boolean;
  error: string | null;
  danger?: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
}

/** A dialog that asks for a written reason (return, retract, publish past the gate) before it lets the action run. */
export function ReasonDialog({
  title,
  intro,
  submitLabel,
  reasonRequired,
  busy,
  running = busy,
  error,
  danger,
  onSubmit,
  onClose,
}: ReasonDialogProps) {
  const t = useT();
  const introId = useId();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (reasonRequired && text === "") {
      setMissing(true);
      reasonField.current?.focus(); // the field that needs the answer, with its message beside it
      return;
    }
    onSubmit(reasonRequired ? text : undefined);
  };
  const close = () => {
    if (!running) onClose();
  };
  return (
    // Every action here is the workflow's (publish, return, delete): without a reason to write, the first button is the
    // action itself, so the dialog opens on its heading and one Enter does not take it.
    <Dialog title={title} onClose={close} describedBy={introId} initialFocus={reasonRequired ? "first" : "title"}>
      <div id={introId} className="dialog-intro">
        {intro}
      </div>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
        {reasonRequired ? (
          <FormField label={t("workflow.reason")} error={missing ? t("workflow.reasonRequired") : undefined}>
            {(control) => (
              <textarea
                {...control}
                ref={reasonField}
                rows={3}
                required
                autoFocus
                maxLength={BULLETIN_LIMITS.reasonMax}
                value={reason}
                onChange={(e) => {
                  setReason(e.target.value);
                  if (e.target.value.trim() !== "") setMissing(false);
                }}
              />
            )}
          </FormField>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant={danger ? "danger" : "primary"} busy={busy}>
            {submitLabel}
          </Button>
          <Button onClick={close} unavailable={running}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
