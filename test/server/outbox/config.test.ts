import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../../server/config.js";

describe("outbox settings", () => {
  it("are off by default", () => {
    const c = parseConfig({});
    expect([c.webhookAllowPrivate, c.smtpUrl, c.mailFrom]).toEqual([false, undefined, undefined]);
  });

  it("read the SMTP URL, the sender and the private-address switch", () => {
    const c = parseConfig({
      KRISRUM_SMTP_URL: "smtp://127.0.0.1:2525",
      KRISRUM_MAIL_FROM: "Kommunen <krisinfo@kommun.se>",
      KRISRUM_PUBLIC_URL: "https://kommun.se",
      KRISRUM_WEBHOOK_ALLOW_PRIVATE: "1",
    });
    expect([c.webhookAllowPrivate, c.smtpUrl, c.mailFrom]).toEqual([
      true,
      "smtp://127.0.0.1:2525",
      "Kommunen <krisinfo@kommun.se>",
    ]);
  });

  it.each([
    [{ KRISRUM_SMTP_URL: "smtp://127.0.0.1:2525" }, "KRISRUM_MAIL_FROM"],
    [{ KRISRUM_MAIL_FROM: "krisinfo@kommun.se" }, "KRISRUM_SMTP_URL"],
    [{ KRISRUM_SMTP_URL: "http://mail.kommun.se", KRISRUM_MAIL_FROM: "krisinfo@kommun.se" }, "KRISRUM_SMTP_URL"],
    [{ KRISRUM_SMTP_URL: "smtp://mail.kommun.se", KRISRUM_MAIL_FROM: "ingen adress" }, "KRISRUM_MAIL_FROM"],
    [{ KRISRUM_WEBHOOK_ALLOW_PRIVATE: "kanske" }, "KRISRUM_WEBHOOK_ALLOW_PRIVATE"],
  ])("refuses %j, naming %s", (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
});
