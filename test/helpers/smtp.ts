import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Mail {
  to: string[];
  from: string;
  raw: string;
  /** Header name (lower case) → unfolded value. */
  headers: Map<string, string>;
  /** The text/plain part, transfer-decoded. */
  text: string;
  /** The text/html part, transfer-decoded. */
  html: string;
  subject: string;
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const clean = s.replace(/=\r?\n/g, "");
  for (let i = 0; i < clean.length; i++) {
    const m = clean[i] === "=" ? /^[0-9A-F]{2}$/i.exec(clean.slice(i + 1, i + 3)) : null;
    if (m) {
      bytes.push(parseInt(m[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(clean[i] as string, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQp(text.replace(/_/g, " ")),
  );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  return headers;
}

/** The parts of a multipart/alternative message, decoded (enough for what nodemailer writes). */
function parts(raw: string): { text: string; html: string } {
  const out = { text: "", html: "" };
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  const sections = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const section of sections) {
    const split = section.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = parseHeaders(section.slice(0, split));
    let body = section.slice(split).replace(/^\r?\n\r?\n/, "");
    const enc = headers.get("content-transfer-encoding") ?? "";
    if (/quoted-printable/i.test(enc)) body = decodeQp(body);
    else if (/base64/i.test(enc)) body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    const type = headers.get("content-type") ?? "";
    if (type.startsWith("text/plain")) out.text = body;
    if (type.startsWith("text/html")) out.html = body;
  }
  return out;
}

export interface SmtpCatcher {
  url: string;
  mails: Mail[];
  to(address: string): Mail[];
  waitFor(predicate: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback (the smtp-server package) that keeps every message it accepts. */
export async function startSmtp(): Promise<SmtpCatcher> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1_000_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const split = raw.search(/\r?\n\r?\n/);
        const headers = parseHeaders(raw.slice(0, split));
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          raw,
          headers,
          subject: decodeWords(headers.get("subject") ?? ""),
          ...parts(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    to: (address) => mails.filter((m) => m.to.includes(address)),
    async waitFor(predicate, timeoutMs = 15_000, what = "mail") {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${what} (${mails.length} mails)`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
