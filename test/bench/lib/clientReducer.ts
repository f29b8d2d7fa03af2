/**
 * The console's own event reducer (client/src/store/events.ts, which hands claim events to the claims slice),
 * loaded at run time so a simulated board keeps the same state a real one does. The client is written for bundler
 * resolution (extensionless imports), which this NodeNext project cannot type-check, so the module is imported by
 * path through tsx and typed here by the part of its state a board of claims uses.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Claim, DomainEvent } from "../../../shared/index.js";
import { repoRoot } from "./processes.js";

/** The client's DomainState, as far as a claims board reads it. */
export interface BoardState {
  lastSeq: number | null;
  incidents: Record<string, unknown>;
  logs: Record<string, unknown>;
  users: Record<string, unknown>;
  user: null;
  people: Record<string, string>;
  claimsData: { claims: Record<string, Claim>; lists: Record<string, "loaded">; takeLost: Record<string, string> };
}

type ApplyEvents = (state: BoardState, events: DomainEvent[]) => { state: BoardState };

/** A board that has loaded an incident's (empty) claims list, as the page does before events arrive. */
export function emptyBoard(incidentId: string): BoardState {
  return {
    lastSeq: null,
    incidents: {},
    logs: {},
    users: {},
    user: null,
    people: {},
    claimsData: { claims: {}, lists: { [incidentId]: "loaded" }, takeLost: {} },
  };
}

export async function loadClientReducer(): Promise<ApplyEvents> {
  const url = pathToFileURL(join(repoRoot, "client/src/store/events.ts")).href;
  const mod = (await import(url)) as { applyEvents?: unknown };
  if (typeof mod.applyEvents !== "function") throw new Error("client/src/store/events.ts exports no applyEvents");
  return mod.applyEvents as ApplyEvents;
}
