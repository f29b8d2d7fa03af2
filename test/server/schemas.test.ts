import { describe, expect, it } from "vitest";
import {
  IncidentCreate,
  IncidentPatch,
  LogEntryCreate,
  LoginRequest,
  MePatch,
  PresenceJoin,
  SyncRequest,
  UserCreate,
  UserPatch,
} from "../../shared/index.js";
import { validationError } from "../../server/errors.js";

const fieldOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? undefined : validationError(result.error as never).field;

describe("shared schemas as the server uses them", () => {
  it("IncidentCreate needs only a title and fills the rest", () => {
    expect(IncidentCreate.parse({ title: " Brand " })).toEqual({
      title: "Brand",
      description: "",
      severity: "moderate",
      exercise: false,
      affectedAreas: [],
    });
    expect(fieldOf(IncidentCreate.safeParse({ title: "T", affectedAreas: ["ok", " "] }))).toBe("affectedAreas.1");
    expect(fieldOf(IncidentCreate.safeParse({ title: "T", startedAt: "2026-11-25 08:00" }))).toBe("startedAt");
  });

  it("IncidentPatch needs at least one real field; expectedVersion alone is not enough", () => {
    expect(IncidentPatch.safeParse({ expectedVersion: 2 }).success).toBe(false);
    expect(IncidentPatch.safeParse({}).success).toBe(false);
    expect(IncidentPatch.parse({ status: "closed", expectedVersion: 2 })).toEqual({
      status: "closed",
      expectedVersion: 2,
    });
    expect(fieldOf(IncidentPatch.safeParse({ status: "done" }))).toBe("status");
  });

  it("LogEntryCreate requires refersTo on a correction only", () => {
    expect(fieldOf(LogEntryCreate.safeParse({ kind: "correction", text: "Rättelse" }))).toBe("refersTo");
    expect(LogEntryCreate.parse({ kind: "note", text: " Anteckning " })).toEqual({
      kind: "note",
      text: "Anteckning",
      counterpart: null,
      refersTo: null,
    });
    expect(fieldOf(LogEntryCreate.safeParse({ kind: "note", text: "" }))).toBe("text");
    expect(fieldOf(LogEntryCreate.safeParse({ kind: "rumour", text: "x" }))).toBe("kind");
  });

  it("user schemas enforce username format, password length and known roles", () => {
    const base = { username: "anna.lind", displayName: "Anna", role: "lead", password: "0123456789ab" };
    expect(UserCreate.parse(base).language).toBe("sv");
    expect(fieldOf(UserCreate.safeParse({ ...base, username: "Anna Lind" }))).toBe("username");
    expect(fieldOf(UserCreate.safeParse({ ...base, password: "0123456789a" }))).toBe("password");
    expect(fieldOf(UserCreate.safeParse({ ...base, role: "root" }))).toBe("role");
    expect(UserPatch.safeParse({}).success).toBe(false);
    expect(MePatch.safeParse({ language: "fi" }).success).toBe(false);
    expect(fieldOf(LoginRequest.safeParse({ username: "", password: "x" }))).toBe("username");
  });

  it("socket payloads: sync needs a non-negative integer, presence a uuid", () => {
    expect(fieldOf(SyncRequest.safeParse({ since: -1 }))).toBe("since");
    expect(fieldOf(SyncRequest.safeParse({}))).toBe("since");
    expect(PresenceJoin.parse({ incidentId: "22222222-2222-4222-8222-222222222222" })).toEqual({
      incidentId: "22222222-2222-4222-8222-222222222222",
      editing: null,
    });
    expect(fieldOf(PresenceJoin.safeParse({ incidentId: "x" }))).toBe("incidentId");
  });
});
