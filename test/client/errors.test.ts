import { describe, expect, it } from "vitest";
import { InquiryCreate } from "@shared/schemas/inquiry";
import { ApiError } from "../../client/src/api/http";
import { translate } from "../../client/src/i18n";
import { fieldErrorsFromZod, splitApiError } from "../../client/src/i18n/errors";

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("sv", key, params);

describe("errors said in the UI language, with what the field expects", () => {
  it("tells the agent what a callback number and a unit to forward to look like, not 'Ogiltigt värde.'", () => {
    const parsed = InquiryCreate.safeParse({
      channel: "phone",
      question: "När kommer vattnet tillbaka?",
      resolution: "forwarded",
      forwardedTo: "",
      callbackNumber: "abc",
      openedAt: new Date().toISOString(),
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = fieldErrorsFromZod(parsed.error, t);
    expect(errors.callbackNumber).toBe(t("error.field.callbackNumber"));
    expect(errors.forwardedTo).toBe(t("error.field.forwardedTo"));
  });

  it("says the server's password rule in Swedish, and keeps any other field message as the server wrote it", () => {
    const common = new ApiError(400, "validation", "password: is one of the most common passwords", "password", {
      reason: "common",
    });
    expect(splitApiError(common, t)).toEqual({ field: "password", fieldMessage: t("error.password.common") });
    const other = new ApiError(400, "validation", "Must be after the start", "nextUpdateDue", {});
    expect(splitApiError(other, t)).toEqual({ field: "nextUpdateDue", fieldMessage: "Must be after the start" });
  });
});
