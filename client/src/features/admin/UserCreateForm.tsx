import { useState, type FormEvent } from "react";
import { LIMITS, ROLES, UI_LANGUAGES } from "@shared/constants";
import { UserCreate, type Role } from "@shared/schemas/user";
import { createUser } from "../../api/users";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import type { UiLanguage } from "../../i18n";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";

const EMPTY = { username: "", displayName: "", role: "agent" as Role, password: "", language: "sv" as UiLanguage };

export function UserCreateForm() {
  const t = useT();
  const [values, setValues] = useState(EMPTY);
  const { formRef, busy, fieldErrors, formError, validate, run } = useFormState();
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = validate(UserCreate, values);
    if (!body) return;
    await run(async () => {
      const user = await createUser(body);
      useStore.getState().upsertUsers([user]);
      useStore.getState().announce("users.created", { username: user.username });
      setValues(EMPTY);
    });
  };

  return (
    <form ref={formRef} className="card form-card" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id="user-create-heading">{t("users.create")}</h2>
      <FormError message={formError} />
      <FormField label={t("users.username")} error={fieldErrors.username}>
        {(p) => (
          <input
            {...p}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={values.username}
            onChange={(e) => set("username", e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("users.displayName")} error={fieldErrors.displayName}>
        {(p) => (
          <input
            {...p}
            autoComplete="off"
            value={values.displayName}
            onChange={(e) => set("displayName", e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("users.role")} error={fieldErrors.role}>
        {(p) => (
          <select {...p} value={values.role} onChange={(e) => set("role", e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("users.language")} error={fieldErrors.language}>
        {(p) => (
          <select {...p} value={values.language} onChange={(e) => set("language", e.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t("users.password")}
        hint={t("users.passwordHint", { min: LIMITS.passwordMin })}
        error={fieldErrors.password}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => set("password", e.target.value)}
          />
        )}
      </FormField>
      <Button type="submit" variant="primary" busy={busy}>
        {t("users.createSubmit")}
      </Button>
    </form>
  );
}
