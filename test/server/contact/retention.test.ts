import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../../server/config.js";
import { findInquiry, insertInquiry, type InquiryRecord } from "../../../server/db/repos/inquiries.js";
import { purgeExpiredCallbackNumbers, startCallbackPurge } from "../../../server/jobs/callbackPurge.js";
import { createLogger } from "../../../server/logger.js";
import { seedIfEmpty } from "../../../server/domain/seed.js";
import { listUsers } from "../../../server/db/repos/users.js";
import { ENGINES, openTestDatabase, type TestDatabase } from "../../helpers/db.js";

const HOUR = 3_600_000;
const T0 = new Date("2026-11-25T08:00:00.000Z");

async function withCallback(
  t: TestDatabase,
  id: string,
  createdAt: Date,
  callbackNumber: string | null,
): Promise<void> {
  const [user] = await listUsers(t.db);
  if (!user) throw new Error("no user");
  const record: InquiryRecord = {
    id,
    caseNumber: `2026-${id.slice(-6)}`,
    channel: "phone",
    question: "Ring upp mig",
    faqEntryId: null,
    resolution: "callback",
    fromSuggestion: false,
    forwardedTo: null,
    incidentId: null,
    claimId: null,
    openedAt: createdAt.toISOString(),
    createdAt: createdAt.toISOString(),
    handlingSeconds: 30,
    hasCallbackNumber: callbackNumber !== null,
    callbackNumber,
    callbackPurgedAt: null,
    createdBy: user.id,
  };
  await insertInquiry(t.db, record);
}

const ids = {
  old: "00000000-0000-4000-8000-000000000001",
  young: "00000000-0000-4000-8000-000000000002",
  none: "00000000-0000-4000-8000-000000000003",
};

describe("KRISRUM_CALLBACK_RETENTION_HOURS", () => {
  it("defaults to 72 hours, takes another number and refuses nonsense", () => {
    expect(parseConfig({}).callbackRetentionHours).toBe(72);
    expect(parseConfig({ KRISRUM_CALLBACK_RETENTION_HOURS: "24" }).callbackRetentionHours).toBe(24);
    expect(parseConfig({ KRISRUM_CALLBACK_RETENTION_HOURS: "" }).callbackRetentionHours).toBe(72);
    expect(() => parseConfig({ KRISRUM_CALLBACK_RETENTION_HOURS: "tre dagar" })).toThrow(
      /KRISRUM_CALLBACK_RETENTION_HOURS/,
    );
    expect(() => parseConfig({ KRISRUM_CALLBACK_RETENTION_HOURS: "0" })).toThrow(/KRISRUM_CALLBACK_RETENTION_HOURS/);
  });
});

describe.each(ENGINES)("callback number retention on %s", (engine) => {
  let t: TestDatabase;
  afterEach(() => t?.dispose());

  async function scenario(): Promise<void> {
    t = await openTestDatabase(engine);
    await seedIfEmpty(t.db, { demo: false, adminPassword: "solros-tornado-kvitten-74" });
    await withCallback(t, ids.old, T0, "070-111 11 11");
    await withCallback(t, ids.young, new Date(T0.getTime() + 10 * HOUR), "070-222 22 22");
    await withCallback(t, ids.none, T0, null);
  }

  it("blanks exactly the numbers older than the retention period and stamps when", async () => {
    await scenario();
    const now = new Date(T0.getTime() + 72 * HOUR + 1);
    expect(await purgeExpiredCallbackNumbers(t.db, 72, now)).toBe(1);
    expect(await findInquiry(t.db, ids.old)).toMatchObject({
      callbackNumber: null,
      hasCallbackNumber: false,
      callbackPurgedAt: now.toISOString(),
      question: "Ring upp mig",
    });
    expect(await findInquiry(t.db, ids.young)).toMatchObject({
      callbackNumber: "070-222 22 22",
      callbackPurgedAt: null,
    });
    expect(await findInquiry(t.db, ids.none)).toMatchObject({ callbackPurgedAt: null });
    expect(await purgeExpiredCallbackNumbers(t.db, 72, now)).toBe(0);
  });

  it("keeps a number until its retention period has passed", async () => {
    await scenario();
    expect(await purgeExpiredCallbackNumbers(t.db, 72, new Date(T0.getTime() + 72 * HOUR))).toBe(0);
    expect((await findInquiry(t.db, ids.old))?.callbackNumber).toBe("070-111 11 11");
  });

  it("runs periodically: the job purges a number once the clock passes its retention, without being called", async () => {
    await scenario();
    let clock = T0.getTime() + 71 * HOUR;
    let runs = 0;
    const now = () => {
      runs++;
      return new Date(clock);
    };
    const job = startCallbackPurge({ db: t.db, log: createLogger("silent"), retentionHours: 72, intervalMs: 10, now });
    const waitFor = async (what: string, done: () => Promise<boolean>) => {
      const deadline = Date.now() + 5_000;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    try {
      // Runs never overlap, so a third run starting means two have finished while nothing was due.
      await waitFor("three runs", async () => runs >= 3);
      expect((await findInquiry(t.db, ids.old))?.callbackNumber).toBe("070-111 11 11");
      clock = T0.getTime() + 73 * HOUR;
      await waitFor("the purge", async () => (await findInquiry(t.db, ids.old))?.callbackNumber === null);
      expect((await findInquiry(t.db, ids.young))?.callbackNumber).toBe("070-222 22 22");
    } finally {
      await job.stop();
    }
  });
});
