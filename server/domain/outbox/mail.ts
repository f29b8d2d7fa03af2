import { createRequire } from "node:module";
import type Nodemailer from "nodemailer";
import type { MessageLanguage } from "../../../shared/index.js";
import { escapeHtml } from "../../public/escape.js";
import { EXERCISE_MARK } from "../../public/strings.js";
import type { PublicPayload, PublicVersion } from "./payload.js";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer's pool (a few connections reused for every message: 10,000 e-mails are not 10,000
 * handshakes). KRISRUM_SMTP_URL is the connection (smtp://host:port, smtps://user:pass@host), KRISRUM_MAIL_FROM the sender.
 */
export function createSmtpMailer(url: string, from: string, maxConnections = 5): Mailer {
  // Required here, not imported at start: a server without SMTP (the default) never holds nodemailer in memory.
  const nodemailer = createRequire(import.meta.url)("nodemailer") as typeof Nodemailer;
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections, maxMessages: Infinity });
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
    },
    close: () => transport.close(),
  };
}

type Lang = MessageLanguage;
const S = {
  sv: {
    confirmSubject: "Bekräfta din prenumeration",
    confirmText:
      "Någon (förhoppningsvis du) vill få kommunens krisinformation med e-post till den här adressen. Bekräfta med länken nedan. Gjorde du inte det behöver du inte göra något: utan bekräftelse skickar vi inget mer.",
    confirm: "Bekräfta prenumerationen",
    all: "all krisinformation",
    read: "Läs mer",
    unsubscribe: "Avsluta prenumerationen",
    withdrawn: "Tillbakadraget",
  },
  "sv-lattlast": {
    confirmSubject: "Vill du få e-post från kommunen?",
    confirmText:
      "Du har bett om att få e-post när kommunen skriver om en kris. Klicka på länken för att säga ja. Om du inte har bett om det, gör ingenting.",
    confirm: "Ja, skicka e-post till mig",
    all: "all krisinformation",
    read: "Läs mer",
    unsubscribe: "Sluta få e-post",
    withdrawn: "Inte längre aktuellt",
  },
  en: {
    confirmSubject: "Confirm your subscription",
    confirmText:
      "Someone (hopefully you) asked to receive the municipality's crisis information by e-mail at this address. Confirm with the link below. If it was not you, do nothing: without confirmation we send nothing more.",
    confirm: "Confirm the subscription",
    all: "all crisis information",
    read: "Read more",
    unsubscribe: "Unsubscribe",
    withdrawn: "Withdrawn",
  },
  fi: {
    confirmSubject: "Vahvista tilauksesi",
    confirmText:
      "Joku (toivottavasti sinä) pyysi kunnan kriisitiedotteita sähköpostiin tähän osoitteeseen. Vahvista alla olevalla linkillä. Jos et pyytänyt, älä tee mitään: ilman vahvistusta emme lähetä enempää.",
    confirm: "Vahvista tilaus",
    all: "kaikki kriisitiedotteet",
    read: "Lue lisää",
    unsubscribe: "Peru tilaus",
    withdrawn: "Peruttu",
  },
} satisfies Record<Lang, Record<string, string>>;

/** RFC 8058: a one-click unsubscribe a mail client may POST to, and RFC 2369's List-Unsubscribe beside it. */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

const footerText = (lang: Lang, url: string) => `\n\n--\n${S[lang].unsubscribe}: ${url}\n`;
const footerHtml = (lang: Lang, url: string) =>
  `<hr><p><a href="${escapeHtml(url)}">${escapeHtml(S[lang].unsubscribe)}</a></p>`;

export function confirmationMail(
  to: string,
  lang: Lang,
  confirmUrl: string,
  unsubscribeUrl: string,
  scope: string | null,
): MailMessage {
  const s = S[lang];
  const what = scope ?? s.all;
  return {
    to,
    subject: s.confirmSubject,
    text: `${s.confirmText}\n\n(${what})\n\n${s.confirm}: ${confirmUrl}${footerText(lang, unsubscribeUrl)}`,
    html: `<p>${escapeHtml(s.confirmText)}</p><p>(${escapeHtml(what)})</p><p><a href="${escapeHtml(confirmUrl)}">${escapeHtml(s.confirm)}</a></p>${footerHtml(lang, unsubscribeUrl)}`,
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}

/** The subscriber's language where the group has it (and it is not withdrawn), else the master. */
export function versionFor(payload: PublicPayload, lang: Lang): PublicVersion | undefined {
  const versions = payload.versions ?? [];
  return versions.find((v) => v.language === lang) ?? versions[0];
}

export function bulletinMail(
  to: string,
  lang: Lang,
  payload: PublicPayload,
  unsubscribeUrl: string,
): MailMessage | undefined {
  const v = versionFor(payload, lang);
  if (!v) return undefined;
  const s = S[lang];
  const mark = payload.exercise ? `[${EXERCISE_MARK}] ` : "";
  const parts = [v.body, v.instruction].filter((p) => p.trim() !== "");
  const html = parts.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
  return {
    to,
    subject: `${mark}${payload.incident.title}: ${v.headline}`,
    text: `${mark}${v.headline}\n\n${parts.join("\n\n")}\n\n${s.read}: ${v.url}${footerText(lang, unsubscribeUrl)}`,
    html: `<!doctype html><html lang="${v.language === "sv-lattlast" ? "sv" : v.language}"><body>${mark ? `<p><strong>${escapeHtml(mark.trim())}</strong></p>` : ""}<h1>${escapeHtml(v.headline)}</h1>${html}<p><a href="${escapeHtml(v.url)}">${escapeHtml(s.read)}</a></p>${footerHtml(lang, unsubscribeUrl)}</body></html>`,
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}
