import { listUsers } from "../../api/users";
import { useStore } from "../index";

export async function loadUsers(): Promise<void> {
  useStore.getState().setUsersStatus("loading");
  try {
    useStore.getState().upsertUsers(await listUsers(), { replace: true });
    useStore.getState().setUsersStatus("loaded");
  } catch (err) {
    useStore.getState().setUsersStatus("error");
    throw err;
  }
}
