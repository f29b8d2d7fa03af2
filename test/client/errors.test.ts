import { describe, expect, it } from "vitest";
import { InquiryCreate } from "@shared/schemas/inquiry";
import { ApiError } from "../../client/src/api/http";
import { loadMessages, translate } from "../../client/src/i18n";
import { errorMessage, fieldErrorsFromZod, splitApiError } from "../../client/src/i18n/errors";

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

  it("says a time in the future in the UI language at its field, not the server's English", async () => {
    for (const field of ["occurredAt", "firstSeenAt"]) {
      const future = new ApiError(400, "validation", `${field}: lies in the future; give the time it happened`, field, {
        reason: "future",
      });
      expect(splitApiError(future, t)).toEqual({
        field,
        fieldMessage: "Tidpunkten ligger i framtiden. Ange när det hände.",
      });
      await loadMessages("en");
      expect(splitApiError(future, (key, params) => translate("en", key, params)).fieldMessage).toBe(
        "The time lies in the future. Give the time it happened.",
      );
    }
  });

  it("says a call form's clock ahead of the server's in the UI language: the agent typed no time", () => {
    const ahead = new ApiError(
      400,
      "validation",
      "openedAt: lies in the future; check the computer's clock",
      "openedAt",
      {
        reason: "clock_ahead",
      },
    );
    expect(errorMessage(ahead, t)).toBe("Datorns klocka går före serverns. Ställ klockan rätt och spara igen.");
  });

  it("says in the UI language that an FAQ entry needs an answer before it goes live", () => {
    const empty = new ApiError(400, "validation", "answer: an entry needs an answer before it is published", "answer", {
      reason: "required_for_publish",
    });
    expect(errorMessage(empty, t)).toBe("Skriv ett svar innan frågan skickas till granskning eller publiceras.");
  });

  it("says why a report period was refused, also as a form's message", () => {
    const reversed = new ApiError(400, "validation", "to: must be after from", "to", { reason: "reversed_range" });
    expect(errorMessage(reversed, t)).toBe("Till och med kan inte vara före från och med.");
    const long = new ApiError(400, "validation", "to: at most 400 days after from", "to", {
      reason: "range_too_long",
      maxDays: 400,
    });
    expect(errorMessage(long, t)).toBe("Perioden får vara högst 400 dagar.");
    expect(splitApiError(long, t).fieldMessage).toBe("Perioden får vara högst 400 dagar.");
    // A day that is none, named by its field where the message stands apart from the form (the report's error line).
    const none = new ApiError(400, "validation", "from: a date (YYYY-MM-DD) or an ISO 8601 time", "from", {
      reason: "invalid_date",
    });
    expect(errorMessage(none, t)).toBe("Från och med: datumet finns inte i kalendern eller är felskrivet.");
    const elsewhere = new ApiError(400, "validation", "occurredAt: Invalid ISO datetime", "occurredAt", {
      reason: "invalid_date",
    });
    expect(splitApiError(elsewhere, t).fieldMessage).toBe("Datumet finns inte i kalendern eller är felskrivet.");
    // A password rule's reason is the password field's only: elsewhere "common" is no rule the console knows.
    const odd = new ApiError(400, "validation", "title: common", "title", { reason: "common" });
    expect(splitApiError(odd, t).fieldMessage).toBe("title: common");
  });

  it("says who may be assigned a claim, and a thing that is gone, in the UI language", () => {
    const refused = new ApiError(
      400,
      "validation",
      "assigneeId: must be an active communicator, lead or admin",
      "assigneeId",
      {
        reason: "not_assignable",
      },
    );
    expect(errorMessage(refused, t)).toBe(
      "Den personen kan inte tilldelas. Välj en aktiv kommunikatör, krisledare eller administratör.",
    );
    expect(errorMessage(new ApiError(404, "not_found", "Claim not found"), t)).toBe(
      "Det du söker finns inte (längre).",
    );
  });
});

describe("every refusal code the server sends is said in the UI language", () => {
  // Each code of server/errors.ts that a user can meet; the server's message (English, for developers) must not show.
  const CODES: readonly [code: string, status: number][] = [
    ["invalid_transition", 409],
    ["reason_required", 422],
    ["unauthenticated", 401],
    ["protocol", 426],
    ["too_large", 413],
    ["bad_json", 400],
    ["cross_origin", 403],
    ["unsupported_media_type", 415],
  ];

  it.each(CODES)("%s", async (code, status) => {
    const err = new ApiError(status, code, "English words for developers");
    const sv = errorMessage(err, t);
    expect(sv).not.toContain("English words");
    expect(sv).not.toBe(t("error.unknown", { message: code }));
    await loadMessages("en");
    const en = errorMessage(err, (key, params) => translate("en", key, params));
    expect(en).not.toContain("English words");
    expect(en).not.toBe(sv);
  });
});
