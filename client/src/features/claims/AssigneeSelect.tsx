import { useEffect, useState } from "react";
import type { AssignableUser } from "@shared/schemas/user";
import { listAssignableUsers } from "../../api/users";
import { FormField } from "../../components/FormField";
import { errorMessage } from "../../i18n/errors";
import { useT } from "../../i18n/useT";

/**
 * The people a claim may be assigned to, from the server (GET /api/users/assignable), as assign checks them: every
 * active communicator, lead and admin. Not the store's `people` (whoever this browser has seen), which offered agents
 * and viewers the server refuses and missed a communicator not yet seen.
 */
function useAssignableUsers(): { users: AssignableUser[] | null; failure: unknown } {
  const [users, setUsers] = useState<AssignableUser[] | null>(null);
  // The error itself, said in the UI language when shown (a language switch re-says it).
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    listAssignableUsers()
      .then((list) => live && setUsers(list))
      .catch((err: unknown) => {
        if (!live) return;
        setUsers([]);
        setFailure(err);
      });
    return () => {
      live = false;
    };
  }, []);
  return { users, failure };
}

/** "Tilldela till": a select of the assignable people by name, "Välj person" first. */
export function AssigneeSelect({
  value,
  onChange,
  required,
}: {
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
}) {
  const t = useT();
  const { users, failure } = useAssignableUsers();
  const sorted = [...(users ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName, "sv"));
  return (
    <FormField label={t("claims.assignTo")} error={failure === null ? undefined : errorMessage(failure, t)}>
      {(p) => (
        <select
          {...p}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={required}
          aria-busy={users === null}
        >
          <option value="">{users === null ? t("app.loading") : t("claims.assignPick")}</option>
          {sorted.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
