import type { LoginRequest, User } from "@shared/schemas/user";
import type { UiLanguage } from "../i18n";
import { request } from "./http";
import { ME_PATH } from "./paths";

/** Loaded with the first answer: the login page's chunks hold no zod (see `Schema` in ./http). */
const UserEnvelope = () => import("@shared/schemas/user").then((m) => m.UserEnvelope);

export async function login(body: LoginRequest): Promise<User> {
  const { user } = await request("/api/auth/login", {
    method: "POST",
    body,
    schema: UserEnvelope,
    expectUnauthenticated: true,
  });
  return user;
}

export async function logout(): Promise<void> {
  await request("/api/auth/logout", { method: "POST", expectUnauthenticated: true });
}

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await request(ME_PATH, {
      schema: UserEnvelope,
      expectUnauthenticated: true,
      sessionCheck: true,
    });
    return user;
  } catch (err) {
    if (err instanceof Error && "status" in err && err.status === 401) return null;
    throw err;
  }
}

export async function updateMyLanguage(language: UiLanguage): Promise<User> {
  const { user } = await request(ME_PATH, { method: "PATCH", body: { language }, schema: UserEnvelope });
  return user;
}
