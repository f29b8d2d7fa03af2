import { z } from "zod";
import { User } from "../../../shared/schemas/user";
import type { PasswordReset, UserCreate, UserPatch } from "../../../shared/schemas/user";
import { request } from "./http";

const UserEnvelope = z.object({ user: User });
const UserList = z.object({ users: z.array(User) });

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
