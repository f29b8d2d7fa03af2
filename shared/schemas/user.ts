import { z } from "zod";
import { LIMITS, ROLES, UI_LANGUAGES } from "../constants.js";
import { Id, IsoDateTime, NO_CONTROL, ONE_LINE } from "./common.js";
import { lazySchema } from "./lazy.js";

export const Role = lazySchema(() => z.enum(ROLES));
export type Role = z.infer<typeof Role>;

export const Username = lazySchema(() =>
  z
    .string()
    .trim()
    .min(2)
    .max(LIMITS.usernameMax)
    .regex(/^[a-z0-9._-]+$/, "lowercase letters, digits, dot, dash and underscore only"),
);

const DisplayName = lazySchema(() => z.string().trim().min(1).max(100).regex(ONE_LINE, NO_CONTROL));

export const Password = lazySchema(() => z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax));

export const LoginRequest = lazySchema(() =>
  z.object({
    username: z.string().trim().min(1).max(LIMITS.usernameMax).regex(ONE_LINE, NO_CONTROL),
    password: z.string().min(1).max(LIMITS.passwordMax),
  }),
);
export type LoginRequest = z.infer<typeof LoginRequest>;

/** A user as the API shows it: never the password hash. */
export const User = lazySchema(() =>
  z.object({
    id: Id,
    username: z.string(),
    displayName: z.string(),
    role: Role,
    language: z.enum(UI_LANGUAGES),
    disabled: z.boolean(),
    createdAt: IsoDateTime,
  }),
);
export type User = z.infer<typeof User>;

export const UserCreate = lazySchema(() =>
  z.object({
    username: Username,
    displayName: DisplayName,
    role: Role,
    password: Password,
    language: z.enum(UI_LANGUAGES).default("sv"),
  }),
);
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = lazySchema(() =>
  z
    .object({
      displayName: DisplayName,
      role: Role,
      language: z.enum(UI_LANGUAGES),
      disabled: z.boolean(),
    })
    .partial()
    .refine((v) => Object.keys(v).length > 0, { message: "at least one field is required" }),
);
export type UserPatch = z.infer<typeof UserPatch>;

/** What a user may change about themselves: `PATCH /api/me`. */
export const MePatch = lazySchema(() => z.object({ language: z.enum(UI_LANGUAGES) }));
export type MePatch = z.infer<typeof MePatch>;

export const PasswordReset = lazySchema(() => z.object({ password: Password }));
export type PasswordReset = z.infer<typeof PasswordReset>;

/** Presence entry: who is looking at an incident right now. */
export const PresenceUser = lazySchema(() =>
  z.object({
    userId: Id,
    username: z.string(),
    displayName: z.string(),
    role: Role,
    editing: z.string().nullable(),
  }),
);
export type PresenceUser = z.infer<typeof PresenceUser>;

/** Responses: `{ user }` (login, /api/me, users) and `{ users }` (GET /api/users). */
export const UserEnvelope = lazySchema(() => z.object({ user: User }));
export type UserEnvelope = z.infer<typeof UserEnvelope>;
export const UserList = lazySchema(() => z.object({ users: z.array(User) }));
export type UserList = z.infer<typeof UserList>;

/**
 * Who a lead may hand a claim to (`GET /api/users/assignable`): active users whose role works claims. Only what the
 * assign list shows, not the account details GET /api/users gives admins.
 */
export const AssignableUser = lazySchema(() => z.object({ id: Id, displayName: z.string(), role: Role }));
export type AssignableUser = z.infer<typeof AssignableUser>;
export const AssignableUserList = lazySchema(() => z.object({ users: z.array(AssignableUser) }));
export type AssignableUserList = z.infer<typeof AssignableUserList>;
