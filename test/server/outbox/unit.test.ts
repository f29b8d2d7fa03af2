import { Webhook as StandardWebhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../../server/domain/outbox/address.js";
import { nextAttemptAt, retryDelayMs, RETRY_CAP_MS, RETRY_FOR_MS } from "../../../server/domain/outbox/backoff.js";
import { newWebhookSecret, signWebhook, verifyWebhook, webhookHeaders } from "../../../server/domain/outbox/sign.js";

describe("Standard Webhooks signatures", () => {
  // The reference implementation's own example (standard-webhooks/standard-webhooks, libraries/javascript tests).
  it("matches the reference vector", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const ts = 1614265330;
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, id, ts, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    expect(new StandardWebhook(secret).sign(id, new Date(ts * 1000), body)).toBe(signWebhook(secret, id, ts, body));
  });

  it("is verified by the reference package, and tampering is refused by both", () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: "bulletin.published", data: { headline: "Koka vattnet" } });
    const headers = webhookHeaders(secret, "msg_1", body);
    expect(() => new StandardWebhook(secret).verify(body, headers)).not.toThrow();
    expect(verifyWebhook(secret, headers, body)).toBe(true);
    expect(verifyWebhook(secret, headers, body.replace("Koka", "Drick"))).toBe(false);
    expect(() => new StandardWebhook(secret).verify(body.replace("Koka", "Drick"), headers)).toThrow();
    expect(verifyWebhook(newWebhookSecret(), headers, body)).toBe(false);
    const old = webhookHeaders(secret, "msg_1", body, new Date(Date.now() - 10 * 60_000));
    expect(verifyWebhook(secret, old, body)).toBe(false); // outside the 5-minute tolerance
  });
});

describe("retry schedule", () => {
  it("backs off exponentially with jitter up to an hour, and keeps trying for at least 24 hours", () => {
    expect(retryDelayMs(1, () => 0)).toBe(2_500);
    expect(retryDelayMs(1, () => 1)).toBe(5_000);
    expect(retryDelayMs(4, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(30, () => 1)).toBe(RETRY_CAP_MS);
    expect(RETRY_FOR_MS).toBeGreaterThanOrEqual(24 * 3_600_000);
    const created = new Date(0).toISOString();
    expect(nextAttemptAt(created, 20, 24 * 3_600_000)).not.toBeNull();
    expect(nextAttemptAt(created, 21, RETRY_FOR_MS)).toBeNull();
    // Attempts over 24 hours: the schedule still has room (about 30 with the cap), not a handful.
    let t = 0;
    let attempts = 0;
    while (t < 24 * 3_600_000) t += retryDelayMs(++attempts, () => 1);
    expect(attempts).toBeGreaterThan(20);
  });
});

describe("private addresses", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.0.0.5", true],
    ["172.31.255.255", true],
    ["192.168.0.1", true],
    ["169.254.169.254", true],
    ["100.64.1.1", true],
    ["0.0.0.0", true],
    ["::1", true],
    ["::", true],
    ["fd00::1", true],
    ["fe80::1", true],
    ["::ffff:10.0.0.1", true],
    ["224.0.0.1", true],
    ["93.184.215.14", false],
    ["8.8.8.8", false],
    ["2001:4860:4860::8888", false],
    ["::ffff:8.8.8.8", false],
    ["not-an-address", true],
  ])("%s → %s", (address, blocked) => {
    expect(isPrivateAddress(address)).toBe(blocked);
  });
});
