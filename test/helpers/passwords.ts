import { setHashCost } from "../../server/domain/passwords.js";

/**
 * scrypt at N=16, r=1: microseconds instead of the production ~50 ms per hash, so seeding six demo users and signing
 * each role in no longer dominates a server test file's set-up. Hashes still have the production format; a test
 * that needs the production cost (test/server/passwordCost.test.ts) runs in a process that never calls this.
 */
export const TEST_SCRYPT = Object.freeze({ N: 16, r: 1, p: 1 });

/** TEST_PRODUCTION_SCRYPT=1 keeps the production cost, to compare timings or rule the helper out. */
export function useCheapPasswordHashing(): void {
  if (process.env.TEST_PRODUCTION_SCRYPT === "1") return;
  setHashCost(TEST_SCRYPT);
}
