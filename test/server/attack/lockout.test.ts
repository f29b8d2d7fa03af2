import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainEvent } from "../../../shared/index.js";
import { addressKey, BURST_FAILURES, delayAfter, MAX_DELAY_S } from "../../../server/domain/loginThrottle.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiResponse } from "../../helpers/http.js";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../helpers/server.js";

// Hardening (OWASP ASVS 2.2.1): throttling per username and address together, slowing down rather than
// refusing, never locking a user out from an address they have signed in from.

describe("throttle arithmetic", () => {
  it("lets three failures go free, then doubles the wait from 2 s up to the 15-minute cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(delayAfter)).toEqual([0, 0, 0, 2, 4, 8, 16]);
    expect(delayAfter(13)).toBe(MAX_DELAY_S);
    expect(delayAfter(500)).toBe(MAX_DELAY_S);
  });

  it("counts an IPv6 address by its /64 and unwraps IPv4-mapped addresses", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
  });
});

describe.each(ENGINES)("sign-in throttling on %s", (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine, trustProxy: "loopback" });
  });
  afterAll(() => server.close());

  const signIn = (
    username: string,
    password: string,
    from: string,
  ): Promise<ApiResponse<{ error?: { code: string; retryAfter?: number } }>> =>
    server.anonymous().request("POST", "/api/auth/login", { username, password }, { "x-forwarded-for": from });
  const unblock = (username: string, from: string) =>
    server.database.db
      .updateTable("login_throttle")
      .set({ blocked_until: null })
      .where("username", "=", username)
      .where("ip", "=", from)
      .execute();

  it("five wrong passwords from address A do not stop the right password from address B", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn("lead", `wrong-${i}`, "198.51.100.1")).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[4]).toBe(429); // the fourth failure started the pair's wait
    const fromB = await signIn("lead", DEMO_PASSWORD, "198.51.100.2");
    expect(fromB.status).toBe(200);
  });

  it("slows the pair: 429 with a Retry-After that grows with its failures, up to the cap, also for the right password", async () => {
    const from = "198.51.100.10";
    const waits: number[] = [];
    const statuses: number[] = [];
    while (waits.length < 4) {
      const res = await signIn("communicator", "wrong-password", from);
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.error).toMatchObject({ code: "rate_limited" });
        expect(Number(res.headers.get("retry-after"))).toBe(res.body.error?.retryAfter);
        waits.push(Number(res.headers.get("retry-after")));
        if (waits.length === 1) expect((await signIn("communicator", DEMO_PASSWORD, from)).status).toBe(429); // an unknown address waits too
        await unblock("communicator", from); // as if the wait had passed
      }
    }
    // Three free failures, then each failure makes the next attempt wait, twice as long as before.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 401, 429, 401, 429, 401, 429]);
    expect(waits).toEqual([2, 4, 8, 16]);
    await server.database.db
      .updateTable("login_throttle")
      .set({ failures: 40 })
      .where("username", "=", "communicator")
      .where("ip", "=", from)
      .execute();
    expect((await signIn("communicator", "wrong-again", from)).status).toBe(401);
    const capped = await signIn("communicator", DEMO_PASSWORD, from);
    expect(capped.status).toBe(429);
    expect(Number(capped.headers.get("retry-after"))).toBeLessThanOrEqual(MAX_DELAY_S);
    expect(Number(capped.headers.get("retry-after"))).toBeGreaterThan(MAX_DELAY_S - 5);
  });

  it("a known address gets through: the right password from an address the user signed in from before, whatever the pair's count", async () => {
    const office = "198.51.100.20";
    expect((await signIn("agent", DEMO_PASSWORD, office)).status).toBe(200);
    // Someone behind the same office NAT guesses until the pair is slowed.
    for (let i = 0; i < 8; i++) expect((await signIn("agent", `guess-${i}`, office)).status).toBe(401);
    const row = await server.database.db
      .selectFrom("login_throttle")
      .selectAll()
      .where("username", "=", "agent")
      .where("ip", "=", office)
      .executeTakeFirstOrThrow();
    expect(Number(row.failures)).toBe(8);
    expect(Date.parse(row.blocked_until ?? "")).toBeGreaterThan(Date.now());
    // The user's right password is not refused, and clears the pair.
    expect((await signIn("agent", DEMO_PASSWORD, office)).status).toBe(200);
    expect(
      await server.database.db
        .selectFrom("login_throttle")
        .selectAll()
        .where("username", "=", "agent")
        .where("ip", "=", office)
        .executeTakeFirst(),
    ).toBeUndefined();
    // An address that never signed in is slowed with the same count.
    const stranger = "198.51.100.21";
    for (let i = 0; i < 4; i++) await signIn("agent", `guess-${i}`, stranger);
    expect((await signIn("agent", DEMO_PASSWORD, stranger)).status).toBe(429);
  });

  it("does not slow other users behind one address: failures across many usernames leave the next user alone", async () => {
    const nat = "198.51.100.30";
    for (let i = 0; i < 25; i++) expect((await signIn(`nobody${i}`, "wrong-password", nat)).status).toBe(401);
    expect((await signIn("viewer", DEMO_PASSWORD, nat)).status).toBe(200);
  });

  it("counts parallel guesses of one pair: a burst cannot slip past the free attempts", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn("admin", `guess-${i}`, "198.51.100.40")),
    );
    const statuses = attempts.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(8);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it("tells the administrators, once, of a burst of failures against one account from many addresses", async () => {
    const admin = await server.as("admin");
    const lead = await server.as("lead");
    const before = (await admin.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;
    for (let i = 0; i < BURST_FAILURES + 3; i++)
      expect((await signIn("lead", "spray-password", `192.0.2.${i + 1}`)).status).toBe(401);
    const events = (await admin.get<{ events: DomainEvent[] }>(`/api/events?since=${before}`)).body.events.filter(
      (e) => e.type === "notification",
    );
    expect(events).toHaveLength(1);
    const leadId = (await lead.get<{ user: { id: string } }>("/api/me")).body.user.id;
    expect(events[0]).toMatchObject({ visibleTo: ["admin"], incidentId: null, entity: { type: "user", id: leadId } });
    expect(events[0]!.data).toMatchObject({ kind: "login_burst", recipients: [] });
    expect((events[0]!.data as { message: { sv: string } }).message.sv).toContain("”lead”");
    // Not for other roles.
    const seen = (await lead.get<{ events: DomainEvent[] }>(`/api/events?since=${before}`)).body.events;
    expect(seen.some((e) => e.type === "notification")).toBe(false);
    // The account still signs in from a known address.
    expect((await signIn("lead", DEMO_PASSWORD, "198.51.100.2")).status).toBe(200);
  });
});
