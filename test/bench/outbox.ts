/**
 * Outbox benchmark: (1) publish → first webhook delivery, p50/p99, and (2) 10,000 confirmed e-mail
 * subscribers sent one bulletin through a local SMTP server: time to the last message, throughput, and the publish
 * latency of other bulletins while that send is running against the same publishes with nothing in flight.
 *
 *   npm run bench:outbox -- [--publishes 40] [--subscribers 10000] [--during 8] [--database-url postgres://…] [--json]
 *
 * The server is the real one in its own process (server/index.ts through tsx, as the tests start it) with its
 * default worker settings; the webhook receiver and the SMTP server (the smtp-server package, counting messages)
 * run in this process on loopback. Subscribers are written straight into the database (confirmed), the way a
 * municipality's list would have grown. Latency (1) is from just before the publish request is sent to the
 * receiver having the whole request; a receiver answers 200 at once. The publishes measured in (2) are on an
 * exercise incident, which e-mails nobody, so they measure the publish itself while the e-mail send runs (and,
 * the webhook being marked for exercises, their webhook delivery behind 10,000 queued e-mails).
 * Targets: delivery p50 < 1 s; 10,000 e-mails < 2 minutes.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "../../server/db/connect.js";
import { startChildServer } from "../helpers/child.js";
import { login, type ApiClient } from "../helpers/http.js";
import { nowMs, round, summarise } from "./lib/stats.js";

const { values: args } = parseArgs({
  options: {
    publishes: { type: "string", default: "40" },
    subscribers: { type: "string", default: "10000" },
    during: { type: "string", default: "8" },
    "database-url": { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const PUBLISHES = Number(args.publishes);
const SUBSCRIBERS = Number(args.subscribers);
const DURING = Number(args.during);
const PASSWORD = "bench-password-1";
const say = (line: string) => process.stderr.write(`${line}\n`);

async function ok<T>(pending: Promise<{ status: number; body: T; text: string }>): Promise<T> {
  const res = await pending;
  if (res.status >= 300) throw new Error(`${res.status}: ${res.text}`);
  return res.body;
}

const CONTENT = {
  headline: "Koka dricksvattnet i Norrby",
  body: "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan i Norrby i morse. Trycket i ledningsnätet föll. Därför finns det risk för förorenat dricksvatten i Norrby. Smittskyddsläkaren har bekräftat att vattnet ska kokas.",
  instruction:
    "Koka vatten som du ska dricka eller laga mat med i minst en minut. Hämta dricksvatten från tankbilarna vid Norrby skola. Har du frågor? Ring kommunens kontaktcenter.",
  audiences: ["residents", "affected-area"],
  channels: ["web"],
  area: {
    description: "Norrby",
    polygon: [
      { lat: 59.33, lon: 18.06 },
      { lat: 59.34, lon: 18.08 },
      { lat: 59.32, lon: 18.09 },
    ],
  },
};

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "krisrum-bench-outbox-"));
  // Webhook receiver: arrival time per bulletin.
  const arrivals = new Map<string, number>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = nowMs();
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data: { bulletin?: { id: string } } };
      const id = body.data.bulletin?.id;
      if (id && !arrivals.has(id)) arrivals.set(id, at);
      res.end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  // SMTP server: counts messages and the time of the last one.
  let mails = 0;
  let lastMail = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    maxClients: 50,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        mails++;
        lastMail = nowMs();
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const env: Record<string, string> = {
    KRISRUM_DATA_DIR: dataDir,
    KRISRUM_STATIC_DIR: dataDir,
    KRISRUM_DEMO_PASSWORD: PASSWORD,
    KRISRUM_WEBHOOK_ALLOW_PRIVATE: "1",
    KRISRUM_PUBLIC_URL: "https://kommun.example",
    KRISRUM_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    KRISRUM_MAIL_FROM: "Kommunen <krisinfo@kommun.example>",
    ...(args["database-url"] ? { DATABASE_URL: args["database-url"] } : {}),
  };
  const server = await startChildServer(env, 60_000);
  try {
    const [admin, lead, communicator] = await Promise.all([
      login(server.url, "admin", PASSWORD),
      login(server.url, "lead", PASSWORD),
      login(server.url, "communicator", PASSWORD),
    ]);
    // Marked for exercises too: the exercise publishes during the e-mail send are timed to their webhook as well.
    await ok(
      admin.post("/api/webhooks", {
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        events: ["bulletin.published"],
        exercise: true,
      }),
    );
    const incident = await ok(
      lead.post<{ id: string }>("/api/incidents", { title: "Vattenläcka i Norrby", affectedAreas: ["Norrby"] }),
    );
    const exercise = await ok(
      lead.post<{ id: string }>("/api/incidents", { title: "Övning", exercise: true, affectedAreas: ["Norrby"] }),
    );
    const fact = async (incidentId: string) =>
      (
        await ok(
          communicator.post<{ id: string }>(`/api/incidents/${incidentId}/facts`, {
            statement: "Huvudledningen har gått sönder.",
            source: "VA-jouren",
            status: "confirmed",
          }),
        )
      ).id;
    const facts = { [incident.id]: await fact(incident.id), [exercise.id]: await fact(exercise.id) };
    const approved = async (incidentId: string, c: ApiClient = communicator): Promise<string> => {
      const b = await ok(
        c.post<{ id: string }>(`/api/incidents/${incidentId}/bulletins`, {
          ...CONTENT,
          factIds: [facts[incidentId]],
          nextUpdateAt: new Date(Date.now() + 7_200_000).toISOString(),
        }),
      );
      await ok(c.post(`/api/bulletins/${b.id}/submit`, {}));
      await ok(lead.post(`/api/bulletins/${b.id}/approve`, { expectedVersion: 1 }));
      return b.id;
    };
    const timedPublish = async (id: string): Promise<{ sent: number; answered: number }> => {
      const sent = nowMs();
      await ok(lead.post(`/api/bulletins/${id}/publish`, {}));
      return { sent, answered: nowMs() - sent };
    };
    const waitFor = async (predicate: () => boolean, timeoutMs: number, what: string) => {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 2));
      }
    };

    // (1) publish → first webhook delivery (exercise incident: no e-mail fan-out; the webhook is not an exercise
    // one, so these go to a real incident's bulletins instead — with no subscribers yet).
    say(`(1) ${PUBLISHES} publishes, each timed to its webhook delivery`);
    const latency: number[] = [];
    const publishIdle: number[] = [];
    for (let i = 0; i < PUBLISHES; i++) {
      const id = await approved(incident.id);
      const t = await timedPublish(id);
      await waitFor(() => arrivals.has(id), 30_000, "a webhook delivery");
      latency.push((arrivals.get(id) as number) - t.sent);
      publishIdle.push(t.answered);
    }

    // (2) 10,000 confirmed subscribers, written as a list import would.
    say(`(2) ${SUBSCRIBERS} confirmed subscribers, one publish, e-mailed through smtp://127.0.0.1:${smtpPort}`);
    const database = openDatabase(args["database-url"] ? { databaseUrl: args["database-url"], dataDir } : { dataDir });
    const confirmedAt = new Date(Date.now() - 60_000).toISOString();
    for (let i = 0; i < SUBSCRIBERS; i += 500) {
      await database.db
        .insertInto("subscriptions")
        .values(
          Array.from({ length: Math.min(500, SUBSCRIBERS - i) }, (_, k) => ({
            id: randomUUID(),
            email: `invanare${i + k}@example.se`,
            incident_id: null,
            language: (i + k) % 5 === 0 ? "en" : "sv",
            status: "confirmed",
            confirm_token_hash: randomBytes(16).toString("base64url"),
            unsubscribe_token: randomBytes(24).toString("base64url"),
            created_at: confirmedAt,
            confirmed_at: confirmedAt,
          })),
        )
        .execute();
    }
    await database.close();
    const during: string[] = [];
    for (let i = 0; i < DURING; i++) during.push(await approved(exercise.id));
    const before = mails;
    const big = await approved(incident.id);
    const t0 = await timedPublish(big);
    const publishBusy: number[] = [];
    const deliveryBusy: number[] = [];
    for (const id of during) {
      if (mails - before >= SUBSCRIBERS) break;
      const t = await timedPublish(id);
      publishBusy.push(t.answered);
      await waitFor(() => arrivals.has(id), 30_000, "a webhook delivery during the e-mail send");
      deliveryBusy.push((arrivals.get(id) as number) - t.sent);
      await new Promise((r) => setTimeout(r, 250));
    }
    await waitFor(() => mails - before >= SUBSCRIBERS, 600_000, "every e-mail");
    const seconds = (lastMail - t0.sent) / 1000;

    const report = {
      delivery: { ms: summarise(latency), duringEmail: summarise(deliveryBusy), target: "p50 < 1000 ms" },
      publishAnswer: { idle: summarise(publishIdle), duringEmail: summarise(publishBusy) },
      email: {
        subscribers: SUBSCRIBERS,
        publishAnsweredMs: round(t0.answered),
        lastMessageAfterS: round(seconds),
        perSecond: round(SUBSCRIBERS / seconds),
        target: "10,000 in < 120 s",
      },
      engine: args["database-url"] ? "postgres" : "sqlite",
    };
    if (args.json) console.log(JSON.stringify(report, null, 2));
    else {
      console.log(`engine ${report.engine}`);
      console.log(
        `publish → first webhook delivery (n=${latency.length}): p50 ${report.delivery.ms.p50} ms, p99 ${report.delivery.ms.p99} ms, max ${report.delivery.ms.max} ms`,
      );
      console.log(
        `publish → webhook delivery during the e-mail send (n=${deliveryBusy.length}): p50 ${report.delivery.duringEmail.p50} ms, max ${report.delivery.duringEmail.max} ms`,
      );
      console.log(
        `publish answered, nothing in flight: p50 ${report.publishAnswer.idle.p50} ms, p99 ${report.publishAnswer.idle.p99} ms`,
      );
      console.log(
        `publish answered, during the e-mail send (n=${publishBusy.length}): p50 ${report.publishAnswer.duringEmail.p50} ms, max ${report.publishAnswer.duringEmail.max} ms`,
      );
      console.log(`the publish to ${SUBSCRIBERS} subscribers answered in ${report.email.publishAnsweredMs} ms`);
      console.log(
        `${SUBSCRIBERS} e-mails: last one after ${report.email.lastMessageAfterS} s (${report.email.perSecond} per second)`,
      );
    }
  } finally {
    server.process.kill("SIGTERM");
    await server.exited;
    receiver.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
