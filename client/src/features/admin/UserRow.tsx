import { useState, type FormEvent } from "react";
import { LIMITS, ROLES } from "@shared/constants";
import { PasswordReset, type Role, type User } from "@shared/schemas/user";
import { patchUser, resetPassword } from "../../api/users";
import { Badge } from "../../components/Badge";
import { Button } from "../../components/Button";
import { FormError, FormField } from "../../components/FormField";
import { useFormState } from "../../components/useFormState";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";

export function UserRow({ user }: { user: User }) {
  const t = useT();
  const me = useStore((s) => s.user?.id === user.id);
  const [role, setRole] = useState<Role>(user.role);
  const [seenRole, setSeenRole] = useState<Role>(user.role);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const row = useFormState();
  const pw = useFormState();
  if (seenRole !== user.role) {
    setSeenRole(user.role);
    setRole(user.role);
  }

  const save = (patch: Parameters<typeof patchUser>[1], done: () => void) =>
    void row.run(async () => {
      useStore.getState().upsertUsers([await patchUser(user.id, patch)]);
      done();
    });

  const saveRole = (e: FormEvent) => {
    e.preventDefault();
    if (role === user.role) return;
    void row.run(async () => {
      try {
        useStore.getState().upsertUsers([await patchUser(user.id, { role })]);
      } catch (err) {
        // Refused (the last active admin, say): the dropdown shows the role the user still has, not the refused one.
        setRole(user.role);
        throw err;
      }
      useStore.getState().announce("users.roleSaved", { name: user.displayName }, { role: `role.${role}` });
    });
  };

  const toggleDisabled = () => {
    // Disabling ends the person's sessions at once (mid-crisis, perhaps): one click is not enough for that.
    if (!user.disabled && !window.confirm(t("users.disableConfirm", { name: user.displayName }))) return;
    save({ disabled: !user.disabled }, () =>
      useStore
        .getState()
        .announce(user.disabled ? "users.enabledDone" : "users.disabledDone", { name: user.displayName }),
    );
  };

  const savePassword = async (e: FormEvent) => {
    e.preventDefault();
    const body = pw.validate(PasswordReset, { password });
    if (!body) return;
    const ok = await pw.run(() => resetPassword(user.id, body));
    if (ok) {
      setPassword("");
      setResetting(false);
      useStore.getState().announce("users.passwordSaved", { name: user.displayName });
    }
  };

  return (
    <tr className={user.disabled ? "is-disabled" : undefined}>
      <th scope="row">
        <span className="user-name">
          {user.displayName} {me ? <span className="muted">{t("users.you")}</span> : null}
        </span>
        <span className="user-username">{user.username}</span>
      </th>
      <td>
        <form ref={row.formRef} className="inline-form compact" onSubmit={saveRole}>
          <label className="visually-hidden" htmlFor={`role-${user.id}`}>
            {t("users.changeRole", { name: user.displayName })}
          </label>
          <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          <Button type="submit" busy={row.busy} unavailable={role === user.role}>
            {t("users.saveRole")} <span className="visually-hidden">– {user.displayName}</span>
          </Button>
        </form>
        <FormError message={row.formError} />
      </td>
      <td>
        <Badge tone={user.disabled ? "danger" : "success"}>
          {user.disabled ? t("users.disabled") : t("users.active")}
        </Badge>
      </td>
      <td>
        <div className="user-actions">
          <Button
            variant={user.disabled ? "secondary" : "danger"}
            busy={row.busy}
            disabled={me}
            onClick={toggleDisabled}
          >
            {user.disabled ? t("users.enable") : t("users.disable")}{" "}
            <span className="visually-hidden">{user.displayName}</span>
          </Button>
          <Button aria-expanded={resetting} onClick={() => setResetting((v) => !v)}>
            {t("users.resetPassword")} <span className="visually-hidden">– {user.displayName}</span>
          </Button>
          {resetting ? (
            <form ref={pw.formRef} className="password-form" onSubmit={(e) => void savePassword(e)} noValidate>
              <FormError message={pw.formError} />
              <FormField
                label={t("users.newPassword", { name: user.displayName })}
                hint={t("users.passwordHint", { min: LIMITS.passwordMin })}
                error={pw.fieldErrors.password}
              >
                {(p) => (
                  <input
                    {...p}
                    type="password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                )}
              </FormField>
              <Button type="submit" variant="primary" busy={pw.busy}>
                {t("users.savePassword")}
              </Button>
            </form>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
