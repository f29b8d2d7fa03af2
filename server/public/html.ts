import { LANGUAGES, type MessageLanguage } from "../../shared/index.js";
import { escapeHtml as e, paragraphs } from "./escape.js";
import { changedAt, lastChangedAt, type PublicBulletin, type PublicIncident } from "../presenters/public.js";
import { renderStatementMain, STATEMENT_PATH, statementLang, type StatementLang } from "./accessibility.js";
import {
  correctionMark,
  EXERCISE_MARK,
  EXERCISE_MARK_HTML,
  formatTime,
  htmlLang,
  missingNotice,
  PUBLIC_STRINGS,
  type PublicStrings,
} from "./strings.js";
import { subscribeLink } from "./subscriptions.js";

export interface PageContext {
  /** Absolute base of the public pages, e.g. https://kommun.example/public (no trailing slash). */
  base: string;
  senderName: string;
  /** E-mail subscriptions are configured: the pages link to the form. */
  subscribe?: boolean;
  /** KRISRUM_REQUIRED_LANGUAGES: every incident may get bulletins in these, so the page offers them. */
  requiredLanguages?: readonly MessageLanguage[];
  /** KRISRUM_ACCESSIBILITY_CONTACT, for the accessibility statement. */
  accessibilityContact?: string | undefined;
}

// Inline so the page is one request and works with JavaScript and external CSS blocked. Contrast ≥ 7:1.
// overflow-wrap:anywhere lets any word break on a 320 px phone (a Swedish compound in a headline would otherwise
// widen the page); hyphens:auto breaks at a hyphen where the browser knows the language, which Chromium does not
// for Swedish ("Kokningsrekommen|dation"). So the headings shrink on narrow screens first: at 390 px the h1 is 22 px
// (was 31.6), and a 24-letter compound ("Kokningsrekommendationen", 16.2 em in DejaVu Sans Bold) fits whole in the
// 358 px column; breaking anywhere stays the last resort at 320 px and under zoom. The h2 shrinks too, below the h1.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff;overflow-wrap:anywhere;hyphens:auto}
.wrap{max-width:46rem;margin:0 auto;padding:1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header{border-bottom:2px solid #1a1a1a}.sender{font-weight:700;margin:0}
.exercise{background:#ffe066;color:#000;border:3px solid #000;font-weight:700;padding:.5rem 1rem;text-align:center;font-size:1.25rem}
nav ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
a{color:#0645ad}a:focus{outline:3px solid #000;outline-offset:2px}
article{border-top:1px solid #767676;padding:1rem 0}.meta{color:#4a4a4a;font-size:.95rem}
.withdrawn{text-decoration:line-through}.badge{display:inline-block;border:2px solid #000;padding:0 .4rem;font-weight:700}
.exmark{background:#ffe066;color:#000}
footer{border-top:2px solid #1a1a1a;margin-top:2rem;font-size:.95rem}
.missing{border-left:4px solid #1a1a1a;padding:.25rem .75rem;background:#f2f2f2}.missing span{display:block}
h1{font-size:clamp(1.375rem,4.5vw + .25rem,2rem);line-height:1.25}h2{font-size:clamp(1.125rem,3vw + .5rem,1.5rem);line-height:1.3}`;

function layout(opts: {
  lang: string;
  title: string;
  head?: string;
  exercise: boolean;
  nav?: string;
  main: string;
  footer: string;
  t: PublicStrings;
  ctx: PageContext;
}): string {
  const { t } = opts;
  return `<!doctype html>
<html lang="${e(opts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(opts.exercise ? `${EXERCISE_MARK}: ${opts.title}` : opts.title)}</title>
${opts.head ?? ""}
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${e(t.skip)}</a>
<div class="wrap">
<header>
<p class="sender">${e(opts.ctx.senderName)}</p>
${opts.exercise ? `<p class="exercise" role="note">${EXERCISE_MARK_HTML}</p>` : ""}
${opts.nav ?? ""}
</header>
<main id="main" tabindex="-1">
${opts.main}
</main>
<footer>
${opts.footer}
${statementLink(opts.ctx.base, statementLang(opts.lang), opts.lang)}
</footer>
</div>
</body>
</html>
`;
}

/**
 * Every public page links the accessibility statement (the DOS law asks for it on each page). It exists in Swedish
 * and English; on a page in another language (Finnish) the link's words are English and say so (WCAG 3.1.2).
 */
function statementLink(base: string, lang: StatementLang, pageLang: string): string {
  const other = lang === pageLang ? "" : ` hreflang="${lang}" lang="${lang}"`;
  return `<p><a href="${e(`${base}${STATEMENT_PATH}${lang === "sv" ? "" : `?lang=${lang}`}`)}"${other}>${e(PUBLIC_STRINGS[lang].accessibility)}</a></p>`;
}

/** The list of current incidents in the page's language ("All current incidents" keeps the reader's language). */
const siteUrl = (base: string, lang: MessageLanguage): string => (lang === "sv" ? base : `${base}?lang=${lang}`);

/**
 * The incident's title is the municipality's, in Swedish: on a page in another language it is tagged as Swedish
 * (WCAG 3.1.2).
 */
const incidentTitleHtml = (title: string, lang: MessageLanguage): string =>
  htmlLang(lang) === "sv" ? e(title) : `<span lang="sv">${e(title)}</span>`;

const time = (iso: string, lang: MessageLanguage) => `<time datetime="${e(iso)}">${e(formatTime(iso, lang))}</time>`;

/** The version of a language group to show: the page language if live, else the master, else any. */
function pick(members: PublicBulletin[], lang: MessageLanguage): PublicBulletin {
  const live = members.filter((m) => !m.withdrawn);
  const pool = live.length > 0 ? live : members;
  return pool.find((m) => m.language === lang) ?? pool.find((m) => m.id === m.groupId) ?? (pool[0] as PublicBulletin);
}

function groups(bulletins: PublicBulletin[]): PublicBulletin[][] {
  const byGroup = new Map<string, PublicBulletin[]>();
  for (const b of bulletins) byGroup.set(b.groupId, [...(byGroup.get(b.groupId) ?? []), b]);
  const newest = (g: PublicBulletin[]) => g.map(changedAt).sort().at(-1) ?? "";
  return [...byGroup.values()].sort((a, b) => newest(b).localeCompare(newest(a)));
}

/**
 * A translation starts with its original's area words (the console copies them); while they are still the same,
 * they are in the original's language and are tagged with it, not read as the translation's (WCAG 3.1.2).
 */
function areaHtml(b: PublicBulletin, members: PublicBulletin[]): string {
  const description = b.area?.description ?? "";
  const original = members.find((m) => m.id === m.groupId);
  const copied =
    original !== undefined &&
    original.id !== b.id &&
    htmlLang(original.language) !== htmlLang(b.language) &&
    original.area?.description.trim() === description.trim();
  return copied ? `<span lang="${e(htmlLang(original.language))}">${e(description)}</span>` : e(description);
}

/**
 * An exercise's mark in a heading: a deep link (#g-…) from a feed or CAP alert lands on an article far below the
 * header's banner, so the page's h1 and every article's h2 say it too, word by word in its language.
 */
const exerciseBadge = (exercise: boolean): string =>
  exercise ? `<span class="badge exmark">${EXERCISE_MARK_HTML}</span> ` : "";

function article(
  members: PublicBulletin[],
  lang: MessageLanguage,
  ctx: PageContext,
  incident: { id: string; exercise: boolean },
): string {
  const incidentId = incident.id;
  const b = pick(members, lang);
  // The page's own words (badges, labels, dates) are in the page's language; only the bulletin's text keeps its own.
  const t = PUBLIC_STRINGS[lang];
  const chrome = htmlLang(lang) === htmlLang(b.language) ? "" : ` lang="${e(htmlLang(lang))}"`;
  const label = (text: string) => (chrome === "" ? e(text) : `<span${chrome}>${e(text)}</span>`);
  const others = members.filter((m) => m.id !== b.id && !m.withdrawn);
  const page = `${ctx.base}/incidents/${encodeURIComponent(incidentId)}`;
  const headingId = `h-${b.groupId}`;
  const updated = b.publishedAt !== b.firstPublishedAt ? ` (${e(t.updated)} ${time(b.publishedAt, lang)})` : "";
  // "Rättelse: …" written by the communicator already says it, in the headline's own language.
  const corrected = b.kind === "correction" && correctionMark(PUBLIC_STRINGS[b.language], b.headline) !== "";
  const parts = [
    `<article id="g-${e(b.groupId)}" lang="${e(htmlLang(b.language))}" aria-labelledby="${e(headingId)}">`,
    `<h2 id="${e(headingId)}">${exerciseBadge(incident.exercise)}${corrected ? `<span class="badge"${chrome}>${e(t.correction)}</span> ` : ""}${b.withdrawn ? `<span class="badge"${chrome}>${e(t.withdrawn)}</span> <span class="withdrawn">${e(b.headline)}</span>` : e(b.headline)}</h2>`,
    `<p class="meta"${chrome}>${e(t.published)} ${time(b.firstPublishedAt, lang)}${updated}${b.withdrawnAt ? `, ${e(t.withdrawnOn)} ${time(b.withdrawnAt, lang)}` : ""}</p>`,
  ];
  // A version in another language than the page's: say so in both, never Swedish text under English labels silently.
  // A withdrawn message needs no such notice (its withdrawal is said in the page's language below); a withdrawn
  // version in the page's language is not a missing one: say it was withdrawn.
  if (b.language !== lang && !b.withdrawn) {
    const gone = members.some((m) => m.language === lang && m.withdrawn);
    const notices = [lang, b.language].map((words) => ({ words, text: missingNotice(words, lang, b.language, gone) }));
    const unique = notices.filter((n, i) => notices.findIndex((m) => m.text === n.text) === i);
    parts.splice(
      1,
      0,
      `<p class="missing" role="note">${unique.map((n) => `<span lang="${e(htmlLang(n.words))}">${e(n.text)}</span>`).join(" ")}</p>`,
    );
  }
  // A translation that follows an older version of its original than the one now published: say so, link it.
  const original = members.find((m) => m.id === m.groupId && !m.withdrawn);
  if (b.originalUpdated && !b.withdrawn && original && original.id !== b.id) {
    const href = `${page}?lang=${original.language}#g-${original.groupId}`;
    parts.push(
      `<p class="missing" role="note"${chrome}>${e(t.originalUpdated.replace("{original}", t.inLanguage[original.language]))} <a href="${e(href)}" hreflang="${e(htmlLang(original.language))}">${e(t.readOriginal)}</a></p>`,
    );
  }
  if (b.withdrawn) parts.push(`<p${chrome}>${e(t.withdrawnText)}</p>`);
  else {
    parts.push(paragraphs(b.body));
    if (b.instruction.trim() !== "") parts.push(`<h3${chrome}>${e(t.whatToDo)}</h3>`, paragraphs(b.instruction));
    if (b.area) parts.push(`<p>${label(`${t.area}:`)} ${areaHtml(b, members)}</p>`);
  }
  if (others.length > 0) {
    const links = others.map(
      (o) =>
        `<a href="${e(`${page}?lang=${o.language}#g-${o.groupId}`)}" hreflang="${e(htmlLang(o.language))}" lang="${e(htmlLang(o.language))}">${e(PUBLIC_STRINGS[o.language].languageName)}</a>`,
    );
    parts.push(`<p>${label(`${t.otherLanguages}:`)} ${links.join(", ")}</p>`);
  }
  parts.push(
    `<p><a href="${e(`${ctx.base}/bulletins/${b.id}/cap.xml`)}" type="application/cap+xml"${chrome}>${e(t.capAlert)}</a></p>`,
    "</article>",
  );
  return parts.join("\n");
}

/**
 * The languages a citizen may pick: Swedish, English and easy Swedish always (the page's own words exist in each,
 * and a visitor who reads English or needs easy Swedish must learn that a version is missing rather than find no
 * link; the easy-Swedish page had no way in), the required languages (the incident may get bulletins in them) and
 * any language something was published in.
 */
function pageLanguages(incidents: PublicIncident[], ctx: PageContext): MessageLanguage[] {
  const required = ctx.requiredLanguages ?? [];
  return LANGUAGES.filter(
    (l) =>
      l === "sv" ||
      l === "en" ||
      l === "sv-lattlast" ||
      required.includes(l) ||
      incidents.some((i) => i.bulletins.some((b) => b.language === l && !b.withdrawn)),
  );
}

/** The page's languages as links to `href(l)`, the current one marked; each name in its own language. */
function languageNav(
  languages: MessageLanguage[],
  lang: MessageLanguage,
  href: (l: MessageLanguage) => string,
): string {
  const t = PUBLIC_STRINGS[lang];
  return `<nav aria-label="${e(t.pageLanguages)}"><ul>${languages
    .map(
      (l) =>
        `<li><a href="${e(href(l))}" hreflang="${e(htmlLang(l))}" lang="${e(htmlLang(l))}"${l === lang ? ' aria-current="page"' : ""}>${e(PUBLIC_STRINGS[l].languageName)}</a></li>`,
    )
    .join("")}</ul></nav>`;
}

/**
 * The page's <title>, which cannot tag a part with another language: on a page in another language than Swedish,
 * the newest live bulletin in that language names the page in the page's words; without one the page shows the
 * Swedish versions, and the (Swedish) incident title names it.
 */
function pageTitle(incident: PublicIncident, lang: MessageLanguage): string {
  if (htmlLang(lang) === "sv") return incident.title;
  const own = groups(incident.bulletins)
    .map((g) => g.find((m) => m.language === lang && !m.withdrawn))
    .find((m) => m !== undefined);
  return own?.headline ?? incident.title;
}

/**
 * The one next-update promise the page shows: the incident's own, else the newest live bulletin's. Older bulletins'
 * promises are never shown (they expire and would contradict the current one).
 */
function currentPromise(incident: PublicIncident): string | null {
  if (!incident.active) return null;
  return incident.nextUpdateDue ?? incident.bulletins.find((b) => !b.withdrawn)?.nextUpdateAt ?? null;
}

/**
 * Until when the incident page reads as rendered at `now`: its promise turns late at the promised time, so a cached
 * rendering must not outlive it (undefined: nothing on the page turns with the clock).
 */
export function incidentPageFreshUntil(incident: PublicIncident, now: number = Date.now()): number | undefined {
  const promise = currentPromise(incident);
  const at = promise === null ? Number.NaN : Date.parse(promise);
  return at > now ? at : undefined;
}

export function renderIncidentPage(
  incident: PublicIncident,
  lang: MessageLanguage,
  ctx: PageContext,
  now: number = Date.now(),
): string {
  const t = PUBLIC_STRINGS[lang];
  const page = `${ctx.base}/incidents/${encodeURIComponent(incident.id)}`;
  const nav = languageNav(pageLanguages([incident], ctx), lang, (l) => `${page}?lang=${l}`);
  const promise = currentPromise(incident);
  const last = lastChangedAt(incident);
  const clock = [
    last ? `${e(t.lastUpdated)} ${time(last, lang)}.` : "",
    // A promise whose time has passed is not a promise any more: say it is late.
    promise && Date.parse(promise) <= now ? e(t.nextUpdateLate).replace("{time}", time(promise, lang)) : "",
    promise && Date.parse(promise) > now ? `${e(t.nextUpdate)} ${time(promise, lang)}.` : "",
    incident.active ? "" : e(t.closed),
  ].filter(Boolean);
  const main = [
    `<h1>${exerciseBadge(incident.exercise)}${incidentTitleHtml(incident.title, lang)}</h1>`,
    clock.length > 0 ? `<p>${clock.join(" ")}</p>` : "",
    ...groups(incident.bulletins).map((g) => article(g, lang, ctx, incident)),
  ].join("\n");
  const head = [
    `<link rel="alternate" type="application/atom+xml" href="${e(`${page}/feed.atom`)}" title="Atom">`,
    `<link rel="alternate" type="application/feed+json" href="${e(`${page}/feed.json`)}" title="JSON Feed">`,
    `<link rel="alternate" type="application/atom+xml" href="${e(`${page}/cap.atom`)}" title="CAP">`,
  ].join("\n");
  const footer = `<p>${e(t.feeds)}: <a href="${e(`${page}/feed.atom`)}">Atom</a> · <a href="${e(`${page}/feed.json`)}">JSON Feed</a> · <a href="${e(`${page}/cap.atom`)}">${e(t.capIndex)}</a></p>
<p><a href="${e(siteUrl(ctx.base, lang))}">${e(t.allIncidents)}</a></p>${ctx.subscribe ? subscribeLink(ctx.base, incident.id, lang) : ""}`;
  return layout({
    lang: t.htmlLang,
    title: pageTitle(incident, lang),
    head,
    exercise: incident.exercise,
    nav,
    main,
    footer,
    t,
    ctx,
  });
}

/**
 * The incident's latest news for the list: the newest live headline in the page's language, else the newest live
 * Swedish one, else the newest live one at all; never a withdrawn one (undefined when nothing live is left). Going by
 * the group with the newest change showed a just-withdrawn headline unmarked, and in Swedish on other pages.
 */
function latestLive(incident: PublicIncident, lang: MessageLanguage): PublicBulletin | undefined {
  const live = incident.bulletins.filter((b) => !b.withdrawn); // newest change first
  return live.find((b) => b.language === lang) ?? live.find((b) => b.language === "sv") ?? live[0];
}

/** Only real incidents come here (the loader leaves exercises out). In the page language, as the incident pages. */
export function renderSitePage(incidents: PublicIncident[], lang: MessageLanguage, ctx: PageContext): string {
  const t = PUBLIC_STRINGS[lang];
  const active = incidents.filter((i) => i.active);
  const query = lang === "sv" ? "" : `?lang=${lang}`;
  const items = active.map((i) => {
    const latest = latestLive(i, lang);
    const news = latest
      ? `<span lang="${e(htmlLang(latest.language))}">${e(latest.headline)}</span>`
      : `<span class="badge">${e(t.withdrawn)}</span> ${e(t.latestWithdrawn)}`;
    const last = lastChangedAt(i);
    return `<li><a href="${e(`${ctx.base}/incidents/${i.id}${query}`)}">${incidentTitleHtml(i.title, lang)}</a>${last ? ` <span class="meta">${e(t.lastUpdated)} ${time(last, lang)}</span>` : ""}<br>${news}</li>`;
  });
  const nav = languageNav(pageLanguages(active, ctx), lang, (l) => siteUrl(ctx.base, l));
  const main = `<h1>${e(t.activeIncidents)}</h1>\n${items.length > 0 ? `<ul>\n${items.join("\n")}\n</ul>` : `<p>${e(t.noIncidents)}</p>`}`;
  const head = [
    `<link rel="alternate" type="application/atom+xml" href="${e(`${ctx.base}/feed.atom`)}" title="Atom">`,
    `<link rel="alternate" type="application/feed+json" href="${e(`${ctx.base}/feed.json`)}" title="JSON Feed">`,
  ].join("\n");
  const footer = `<p>${e(t.feeds)}: <a href="${e(`${ctx.base}/feed.atom`)}">Atom</a> · <a href="${e(`${ctx.base}/feed.json`)}">JSON Feed</a></p>${ctx.subscribe ? subscribeLink(ctx.base, null, lang) : ""}`;
  return layout({
    lang: t.htmlLang,
    title: `${t.activeIncidents} – ${ctx.senderName}`,
    head,
    exercise: false,
    nav,
    main,
    footer,
    t,
    ctx,
  });
}

/** The 404 page, in the language the link asked for (?lang=), with its skip link and footer in it too. */
export function renderNotFound(ctx: PageContext, lang: MessageLanguage = "sv"): string {
  const t = PUBLIC_STRINGS[lang];
  return layout({
    lang: t.htmlLang,
    title: t.notFoundTitle,
    exercise: false,
    main: `<h1>${e(t.notFoundTitle)}</h1><p>${e(t.notFoundText)}</p>`,
    footer: `<p><a href="${e(siteUrl(ctx.base, lang))}">${e(t.allIncidents)}</a></p>`,
    t,
    ctx,
  });
}

/** The accessibility statement, in Swedish or English, with the same frame as every public page. */
export function renderStatementPage(lang: StatementLang, ctx: PageContext): string {
  const t = PUBLIC_STRINGS[lang];
  const { title, main } = renderStatementMain(lang, { senderName: ctx.senderName, contact: ctx.accessibilityContact });
  const other: StatementLang = lang === "sv" ? "en" : "sv";
  const nav = `<nav aria-label="${e(t.pageLanguages)}"><ul><li><a href="${e(`${ctx.base}${STATEMENT_PATH}?lang=${other}`)}" hreflang="${other}" lang="${other}">${e(PUBLIC_STRINGS[other].languageName)}</a></li></ul></nav>`;
  return layout({
    lang,
    title: `${title} – ${ctx.senderName}`,
    exercise: false,
    nav,
    main,
    footer: `<p><a href="${e(siteUrl(ctx.base, lang))}">${e(t.allIncidents)}</a></p>`,
    t,
    ctx,
  });
}
