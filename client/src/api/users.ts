import {
  AssignableUserList,
  UserEnvelope,
  UserList,
  type AssignableUser,
  type PasswordReset,
  type User,
  type UserCreate,
  type UserPatch,
} from "@shared/schemas/user";
import { request } from "./http";

export async function listUsers(): Promise<User[]> {
  return (await request("/api/users", { schema: UserList })).users;
}

export async function createUser(body: UserCreate): Promise<User> {
  return (await request("/api/users", { method: "POST", body, schema: UserEnvelope })).user;
}

export async function patchUser(id: string, body: UserPatch): Promise<User> {
  return (await request(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body, schema: UserEnvelope })).user;
}

export async function resetPassword(id: string, body: PasswordReset): Promise<void> {
  await request(`/api/users/${encodeURIComponent(id)}/password`, { method: "POST", body });
}

/** Who a claim may be assigned to (a lead's "Tilldela" list): every active communicator, lead and admin. */
export async function listAssignableUsers(): Promise<AssignableUser[]> {
  return (await request("/api/users/assignable", { schema: AssignableUserList })).users;
}
