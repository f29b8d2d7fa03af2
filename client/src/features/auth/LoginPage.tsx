import { useState, type FormEvent } from "react";
import { Navigate, useLocation } from "react-router";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import type { MessageKey } from "../../i18n";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { signIn } from "../../store/session/lifecycle";
import type { SignedOutReason } from "../../store/types";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import "./login.css";

const REASON_TEXT: Record<Exclude<SignedOutReason, null>, MessageKey> = {
  logged_out: "auth.loggedOut",
  session_ended: "auth.sessionEnded",
  expired: "auth.sessionExpired",
};

export function LoginPage() {
  const t = useT();
  useDocumentTitle(t("auth.submit"));
  const location = useLocation();
  const authStatus = useStore((s) => s.authStatus);
  const reason = useStore((s) => s.signedOutReason);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  if (authStatus === "authenticated") return <Navigate to={from} replace />;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      // The schema (and zod) is fetched on the first submit: the login page's own chunks hold no zod.
      const { LoginRequest } = await import("@shared/schemas/user");
      const body = validate(LoginRequest, { username, password });
      if (!body) return;
      // On success the store turns authenticated and the <Navigate> above takes the user on.
      await signIn(body.username, body.password);
    });
  };

  return (
    <section className="login-page">
      <div className="login-card">
        <h1>{t("auth.title")}</h1>
        <p className="login-intro">{t("auth.intro")}</p>
        {reason ? (
          <p className="notice notice-info" role="status">
            {t(REASON_TEXT[reason])}
          </p>
        ) : null}
        <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate>
          <FormError message={formError} />
          <FormField label={t("auth.username")} error={fieldErrors.username}>
            {(p) => (
              <input
                {...p}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                required
              />
            )}
          </FormField>
          <FormField label={t("auth.password")} error={fieldErrors.password}>
            {(p) => (
              <input
                {...p}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            )}
          </FormField>
          <Button type="submit" variant="primary" busy={busy} className="login-submit">
            {busy ? t("auth.submitting") : t("auth.submit")}
          </Button>
        </form>
      </div>
    </section>
  );
}
