import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Standard Webhooks (https://www.standardwebhooks.com): `whsec_` + base64 of the key bytes. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

const keyOf = (secret: string): Buffer => Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; the timestamp is in whole seconds. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The headers of one attempt (a new timestamp, so a new signature, per attempt; the id stays). */
export function webhookHeaders(
  secret: string,
  id: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook(secret, id, timestamp, body),
    "content-type": "application/json",
  };
}

/** The receiver's side, for the README example and tests: any of the space-separated v1 signatures may match. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  body: string,
  toleranceS = 300,
  now = Date.now(),
): boolean {
  const id = headers["webhook-id"];
  const ts = Number(headers["webhook-timestamp"]);
  const given = headers["webhook-signature"];
  if (!id || !Number.isFinite(ts) || !given || Math.abs(now / 1000 - ts) > toleranceS) return false;
  const expected = Buffer.from(signWebhook(secret, id, ts, body).slice(3), "base64");
  return given.split(" ").some((s) => {
    const [version, sig] = s.split(",");
    const got = Buffer.from(sig ?? "", "base64");
    return version === "v1" && got.length === expected.length && timingSafeEqual(got, expected);
  });
}
