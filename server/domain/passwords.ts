import { randomBytes, timingSafeEqual } from "node:crypto";
import { scryptInWorker } from "./scryptWorker.js";

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

// scrypt with N=2^14, r=8 costs ~16 MiB and tens of milliseconds per guess: cheap for one login, expensive for
// an offline attack on a leaked table. Parameters are stored in the hash, so they can be raised later.
export const PRODUCTION_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 16_384, r: 8, p: 1 });
let PARAMS: Readonly<ScryptParams> = PRODUCTION_SCRYPT;

/**
 * The cost of hashes made from now on in this process. Only the test helpers call it (test/helpers/passwords.ts),
 * so a seeded test server signs its users in within a millisecond; test/server/passwordCost.test.ts checks that the
 * server itself never does. Verifying always uses the cost stored in the hash, so old hashes keep working.
 */
export function setHashCost(params: Readonly<ScryptParams>): void {
  PARAMS = params;
  dummyHash = undefined;
}
const KEY_BYTES = 64;
const SALT_BYTES = 16;

function derive(
  password: string,
  salt: Buffer,
  opts: { N: number; r: number; p: number },
  keylen: number,
): Promise<Buffer> {
  return scryptInWorker(password.normalize("NFKC"), salt, keylen, { ...opts, maxmem: 64 * 1024 * 1024 });
}

/** `scrypt$N$r$p$salt$hash` with base64url salt and hash; a fresh random salt per user. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, PARAMS, KEY_BYTES);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split("$");
  if (scheme !== "scrypt" || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, "base64url");
  const actual = await derive(
    password,
    Buffer.from(saltText, "base64url"),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Checked when the username does not exist, so an unknown user costs the same scrypt as a wrong password and
 * response time does not tell which usernames exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
