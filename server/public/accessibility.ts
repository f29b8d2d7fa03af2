import { escapeHtml as e } from "./escape.js";

/**
 * The accessibility statement (tillgänglighetsredogörelse) the Swedish DOS law (2018:1937) and DIGG's regulation
 * (MDFFS 2019:2) require of a public body's website: conformance status, known gaps, how to report a problem and
 * the supervisory authority. Written for the public pages only (the console is an internal tool).
 */
export type StatementLang = "sv" | "en";

/** When the statement was last reviewed against the pages; change it with the text. */
export const STATEMENT_DATE = "2026-12-03";
/** DIGG's form for complaints about a public body's accessibility (the supervisory authority). */
export const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";
export const STATEMENT_PATH = "/tillganglighet";

export interface StatementContext {
  senderName: string;
  /** KRISRUM_ACCESSIBILITY_CONTACT: the address that takes accessibility reports; unset, the statement says so. */
  contact?: string | undefined;
}

interface Words {
  title: string;
  intro: (sender: string) => string;
  statusHeading: string;
  status: string;
  gapsHeading: string;
  gaps: string[];
  reportHeading: string;
  report: string;
  contactLine: (address: string) => string;
  noContact: (sender: string) => string;
  diggHeading: string;
  digg: string;
  diggLink: string;
  madeHeading: string;
  made: (date: string) => string;
}

const WORDS: Record<StatementLang, Words> = {
  sv: {
    title: "Tillgänglighetsredogörelse",
    intro: (s) =>
      `${s} står bakom de här sidorna med krisinformation. Vi vill att så många som möjligt ska kunna läsa dem. Här beskriver vi hur sidorna uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan meddela oss om problem.`,
    statusHeading: "Hur tillgängliga är sidorna?",
    status:
      "Sidorna är delvis förenliga med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Vi följer standarden WCAG 2.1 på nivå AA. Sidorna fungerar utan JavaScript, går att använda med tangentbord och skärmläsare och anpassar sig till smala skärmar och förstoring.",
    gapsHeading: "Kända brister",
    gaps: [
      "Meddelanden finns inte alltid på alla språk eller på lättläst svenska. När en version saknas visar sidan det och visar meddelandet på svenska.",
      "Meddelandena skrivs under en pågående kris. Långa sammansatta ord och förkortningar kan förekomma trots att vi försöker skriva enkelt.",
      "Kartområden beskrivs bara med text; det finns ingen karta.",
      "Flödena (Atom, JSON Feed och CAP) är maskinläsbara format för andra tjänster och inte gjorda för att läsas direkt.",
    ],
    reportHeading: "Rapportera brister och kontakta oss",
    report:
      "Om du inte kan ta del av informationen, eller om du hittar brister som inte står här, vill vi veta det. Berätta vilken sida det gäller och vad som inte fungerar, så svarar vi så snart vi kan.",
    contactLine: (a) => a,
    noContact: (s) => `Kontakta ${s} via kommunens vanliga kontaktvägar.`,
    diggHeading: "Tillsyn",
    digg: "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påpeka det.",
    diggLink: "Anmäl bristande tillgänglighet till Digg",
    madeHeading: "Hur vi testat sidorna",
    made: (d) =>
      `Vi har själva granskat sidorna med automatiska tester (axe) och manuellt med tangentbord och på smala skärmar. Redogörelsen uppdaterades senast ${d}.`,
  },
  en: {
    title: "Accessibility statement",
    intro: (s) =>
      `${s} is responsible for these crisis information pages. We want as many people as possible to be able to read them. This statement describes how the pages comply with the Swedish Act on accessibility to digital public services, the problems we know of and how to tell us about a problem.`,
    statusHeading: "How accessible are the pages?",
    status:
      "The pages are partially compliant with the Act on accessibility to digital public services, because of the problems listed below. We follow WCAG 2.1 level AA. The pages work without JavaScript, with a keyboard and a screen reader, and adapt to narrow screens and zoom.",
    gapsHeading: "Known problems",
    gaps: [
      "Messages are not always available in every language or in easy Swedish. Where a version is missing the page says so and shows the message in Swedish.",
      "Messages are written during an ongoing crisis. Long compound words and abbreviations may occur although we try to write plainly.",
      "Areas are described in text only; there is no map.",
      "The feeds (Atom, JSON Feed and CAP) are machine-readable formats for other services, not meant to be read directly.",
    ],
    reportHeading: "Report a problem and contact us",
    report:
      "If you cannot access the information, or you find a problem not listed here, please tell us which page and what does not work, and we will answer as soon as we can.",
    contactLine: (a) => a,
    noContact: (s) => `Contact ${s} through the municipality's usual contact channels.`,
    diggHeading: "Enforcement",
    digg: "The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your report, you can contact Digg.",
    diggLink: "Report inaccessibility to Digg (in Swedish)",
    madeHeading: "How we tested the pages",
    made: (d) =>
      `We reviewed the pages ourselves with automated tests (axe), by keyboard and on narrow screens. This statement was last updated on ${d}.`,
  },
};

const isEmail = (v: string) => /^[^\s@]+@[^\s@]+$/.test(v);

/** The statement's main content (the page frame comes from html.ts). */
export function renderStatementMain(lang: StatementLang, ctx: StatementContext): { title: string; main: string } {
  const w = WORDS[lang];
  const contact = ctx.contact
    ? `<p>${isEmail(ctx.contact) ? `<a href="mailto:${e(ctx.contact)}">${e(w.contactLine(ctx.contact))}</a>` : `<a href="${e(ctx.contact)}">${e(ctx.contact)}</a>`}</p>`
    : `<p>${e(w.noContact(ctx.senderName))}</p>`;
  const main = [
    `<h1>${e(w.title)}</h1>`,
    `<p>${e(w.intro(ctx.senderName))}</p>`,
    `<h2>${e(w.statusHeading)}</h2>`,
    `<p>${e(w.status)}</p>`,
    `<h2>${e(w.gapsHeading)}</h2>`,
    `<ul>${w.gaps.map((g) => `<li>${e(g)}</li>`).join("")}</ul>`,
    `<h2>${e(w.reportHeading)}</h2>`,
    `<p>${e(w.report)}</p>`,
    contact,
    `<h2>${e(w.diggHeading)}</h2>`,
    `<p>${e(w.digg)}</p>`,
    `<p><a href="${e(DIGG_REPORT_URL)}" hreflang="sv">${e(w.diggLink)}</a></p>`,
    `<h2>${e(w.madeHeading)}</h2>`,
    `<p>${e(w.made(STATEMENT_DATE))}</p>`,
  ].join("\n");
  return { title: w.title, main };
}

/** The statement's language for a page language: Swedish for Swedish pages, English for the rest. */
export const statementLang = (lang: string): StatementLang => (lang === "sv" || lang === "sv-lattlast" ? "sv" : "en");
