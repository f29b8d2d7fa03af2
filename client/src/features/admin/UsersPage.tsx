import { useEffect } from "react";
import { useShallow } from "zustand/react/shallow";
import { Button } from "../../components/Button";
import { useT } from "../../i18n/useT";
import { useStore, type StoreState } from "../../store";
import { loadUsers } from "../../store/users/loaders";
import { useDocumentTitle } from "../layout/useDocumentTitle";
import { UserCreateForm } from "./UserCreateForm";
import { UserRow } from "./UserRow";
import "./admin.css";

const selectUsers = (s: StoreState) => Object.values(s.users).sort((a, b) => a.username.localeCompare(b.username));

export function UsersPage() {
  const t = useT();
  useDocumentTitle(t("users.title"));
  const users = useStore(useShallow(selectUsers));
  const status = useStore((s) => s.usersStatus);

  useEffect(() => {
    void loadUsers().catch(() => {});
  }, []);

  return (
    <div className="page page-with-aside">
      <section className="page-primary" aria-labelledby="users-heading">
        <h1 id="users-heading">{t("users.title")}</h1>
        {status === "error" ? (
          <div className="notice notice-error" role="alert">
            {t("users.loadError")}{" "}
            <Button onClick={() => void loadUsers().catch(() => {})}>{t("incidents.retry")}</Button>
          </div>
        ) : null}
        {status === "loading" && users.length === 0 ? <p className="loading">{t("app.loading")}</p> : null}
        <div className="table-wrap">
          <table className="users-table">
            <thead>
              <tr>
                <th scope="col">{t("users.displayName")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.status")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <aside className="page-aside" aria-labelledby="user-create-heading">
        <UserCreateForm />
      </aside>
    </div>
  );
}
