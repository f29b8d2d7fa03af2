/**
 * XSS in Chromium: script and markup payloads in every text field a person can write (incident, facts,
 * bulletin and its translation and channel versions, claims and notes and link, log notes, FAQ and suggestions,
 * inquiries, a display name) and then every console page that shows them, and the public pages. The browser
 * contexts bypass the Content-Security-Policy on purpose: the CSP would stop inline script by itself, and the test
 * must show the escaping holds without it. On each page: `window.__xss` stays undefined, no dialog fires, the DOM
 * holds no element or attribute a payload would have made, the payload shows as text, and axe still passes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium, screenshot, seriousA11yViolations } from "./lib/browser.js";
import { DEMO_PASSWORD, startBuiltServer, type RunningServer } from "./lib/server.js";
import { LOCALE, signIn } from "./lib/session.js";
import { XSS_PAYLOADS } from "../server/attack/xssPayloads.js";

/** Every payload, in order, after a label that names the field (the label finds it on the page). */
const all = (label: string) => `${label} ${XSS_PAYLOADS.join(" ")}`;
/** As many payloads as fit in `max` characters, starting at payload `from`, so short fields still get each one somewhere. */
function some(label: string, max: number, from: number): string {
  let text = label;
  for (let i = 0; i < XSS_PAYLOADS.length; i++) {
    const next = `${text} ${XSS_PAYLOADS[(from + i) % XSS_PAYLOADS.length]}`;
    if (next.length > max) break;
    text = next;
  }
  return text;
}

const F = {
  incidentTitle: some("Händelserubrik-X1", 200, 0),
  incidentDescription: all("Lägesbeskrivning-X2"),
  incidentArea: some("Område-X3", 200, 2),
  factStatement: all("Uppgift-X4"),
  factSource: some("Källa-X5", 300, 4),
  logNote: all("Loggnotering-X6"),
  logCounterpart: some("Motpart-X7", 200, 1),
  headline: some("Rubrik-X8", 200, 3),
  body: all("Brödtext-X9"),
  instruction: all("Instruktion-X10"),
  area: some("Bulletinområde-X11", 500, 5),
  sms: all("Sms-X12"),
  social: all("Sociala-X13"),
  enHeadline: some("Headline-X14", 200, 6),
  enBody: all("Body-X15"),
  claimText: all("Påstående-X16"),
  claimNote: all("Anteckning-X17"),
  faqQuestion: some("FAQ-fråga-X18", 500, 2),
  faqAnswer: all("FAQ-svar-X19"),
  suggestion: some("Förslag-X20", 500, 5),
  inquiryQuestion: some("Ärende-X21", 300, 1),
  inquiryUnit: some("Enhet-X22", 120, 4),
  displayName: some("Namn-X23", 100, 0),
};
const CLAIM_LINK = 'https://example.org/rykte?"><svg onload=window.__xss=1><img src=x onerror=window.__xss=1>';

type Field = keyof typeof F;

/** "Rubrik-X8 <first payload>": what must read as text wherever the field is shown (views may shorten the rest). */
function labelAndFirstPayload(value: string): string {
  const space = value.indexOf(" ");
  const first = XSS_PAYLOADS.find((x) => value.startsWith(x, space + 1)) ?? "";
  return value.slice(0, space + 1 + first.length);
}

describe("script and markup payloads in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let incidentId = "";
  let masterId = "";
  let englishId = "";
  let checks = 0;
  const checkedPages: string[] = [];
  const checkedFields = new Set<Field>();

  /** A page in its own context: Swedish, CSP bypassed (see above), dialogs recorded and dismissed. */
  async function newPage(): Promise<{ page: Page; dialogs: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 1500, height: 1000 },
      locale: LOCALE,
      baseURL: server.url,
      bypassCSP: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    return { page, dialogs };
  }
  const signedIn = async (username: string, password = DEMO_PASSWORD) => {
    const p = await newPage();
    await signIn(p.page, username, password);
    return p;
  };

  async function api<T>(
    request: APIRequestContext,
    method: "post" | "put",
    path: string,
    data: unknown,
    status = 201,
  ): Promise<T> {
    const res = await request[method](`${server.url}${path}`, { data });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  /** Everything a person reads on the page: rendered text plus what form fields hold. */
  const pageText = (page: Page) =>
    page.evaluate(() => {
      const d = (
        globalThis as unknown as {
          document: { body: { innerText: string }; querySelectorAll(s: string): ArrayLike<{ value: string }> };
        }
      ).document;
      return [d.body.innerText, ...Array.from(d.querySelectorAll("input, textarea")).map((e) => e.value)].join("\n");
    });

  /** What a payload would leave in the DOM had it become markup: script that mentions __xss, handlers, frames, javascript: URLs. */
  const domFindings = (page: Page) =>
    page.evaluate(() => {
      type El = {
        localName: string;
        textContent: string | null;
        attributes: ArrayLike<{ name: string; value: string }>;
      };
      const d = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } }).document;
      const found: string[] = [];
      for (const el of Array.from(d.querySelectorAll("*"))) {
        if (el.localName === "script" && /__xss/.test(el.textContent ?? "")) found.push("<script> with the payload");
        if (el.localName === "iframe" || el.localName === "object" || el.localName === "embed")
          found.push(`<${el.localName}>`);
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) found.push(`${a.name} on <${el.localName}>`);
          if (
            /^(href|src|srcdoc|action|formaction|xlink:href|data)$/i.test(a.name) &&
            (/^\s*(javascript:|vbscript:|data:text\/html)/i.test(a.value) ||
              (/__xss/.test(a.value) && a.name !== "href"))
          )
            found.push(`${a.name}="${a.value}" on <${el.localName}>`);
        }
        if (
          el.localName === "img" &&
          (el as unknown as { getAttribute(n: string): string | null }).getAttribute("src") === "x"
        )
          found.push("<img src=x>");
      }
      return found;
    });

  /**
   * Waits until the page shows the labels of `fields`, lets any handler a payload might have planted fire, checks
   * that nothing ran and nothing executable was made, then that each field reads as text (label and first payload).
   */
  async function check(name: string, p: { page: Page; dialogs: string[] }, fields: Field[]): Promise<void> {
    const { page, dialogs } = p;
    const absent = async (text: (f: Field) => string) => {
      const shown = await pageText(page);
      return fields.filter((f) => !shown.includes(text(f)));
    };
    await expect
      .poll(() => absent((f) => F[f].slice(0, F[f].indexOf(" "))), {
        timeout: 15_000,
        message: `${name}: fields not on the page`,
      })
      .toEqual([]);
    await page.waitForTimeout(600); // an <img onerror> fires after the failed load
    expect(
      await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss),
      `${name}: window.__xss`,
    ).toBeUndefined();
    expect(dialogs, `${name}: dialogs`).toEqual([]);
    expect(await domFindings(page), `${name}: DOM`).toEqual([]);
    expect(await absent((f) => labelAndFirstPayload(F[f])), `${name}: payload not shown as text`).toEqual([]);
    await screenshot(page, `xss-${name}`);
    expect(await seriousA11yViolations(page), `${name}: axe`).toEqual([]);
    for (const f of fields) {
      checks += XSS_PAYLOADS.filter((x) => F[f].includes(x)).length;
      checkedFields.add(f);
    }
    checkedPages.push(name);
  }

  it("stores the payloads through the API in every text field (and refuses a javascript: link)", async () => {
    const admin = await signedIn("admin");
    const lead = await signedIn("lead");
    const communicator = await signedIn("communicator");
    const agent = await signedIn("agent");

    // A colleague whose display name is hostile writes beside everyone else.
    await api(admin.page.request, "post", "/api/users", {
      username: "xss.kollega",
      displayName: F.displayName,
      role: "communicator",
      password: "en lång och säker fras",
    });
    const colleague = await signedIn("xss.kollega", "en lång och säker fras");

    const incident = await api<{ id: string }>(lead.page.request, "post", "/api/incidents", {
      title: F.incidentTitle,
      description: F.incidentDescription,
      affectedAreas: [F.incidentArea],
    });
    incidentId = incident.id;
    const fact = await api<{ id: string }>(colleague.page.request, "post", `/api/incidents/${incidentId}/facts`, {
      statement: F.factStatement,
      source: F.factSource,
      status: "confirmed",
    });
    await api(colleague.page.request, "post", `/api/incidents/${incidentId}/log`, {
      kind: "call",
      text: F.logNote,
      counterpart: F.logCounterpart,
    });

    const master = await api<{ id: string; version: number }>(
      communicator.page.request,
      "post",
      `/api/incidents/${incidentId}/bulletins`,
      {
        headline: F.headline,
        body: F.body,
        instruction: F.instruction,
        area: { description: F.area },
        factIds: [fact.id],
        audiences: ["residents"],
      },
    );
    masterId = master.id;
    const submitted = await api<{ version: number }>(
      communicator.page.request,
      "post",
      `/api/bulletins/${masterId}/submit`,
      {},
      200,
    );
    await api(
      lead.page.request,
      "post",
      `/api/bulletins/${masterId}/approve`,
      { expectedVersion: submitted.version },
      200,
    );
    await api(communicator.page.request, "post", `/api/bulletins/${masterId}/channels`, {
      channel: "sms",
      text: F.sms,
    });
    await api(communicator.page.request, "post", `/api/bulletins/${masterId}/channels`, {
      channel: "social",
      text: F.social,
    });
    await api(
      lead.page.request,
      "post",
      `/api/bulletins/${masterId}/publish`,
      { reason: "Prov med skadlig kod i texterna." },
      200,
    );
    // The translation waits in the lead's inbox, written by the colleague.
    const english = await api<{ id: string }>(
      colleague.page.request,
      "post",
      `/api/incidents/${incidentId}/bulletins`,
      { headline: F.enHeadline, body: F.enBody, language: "en", translationOf: masterId, factIds: [fact.id] },
    );
    englishId = english.id;
    await api(colleague.page.request, "post", `/api/bulletins/${englishId}/submit`, {}, 200);

    const claim = await api<{ id: string }>(agent.page.request, "post", `/api/incidents/${incidentId}/claims`, {
      text: F.claimText,
      sourceChannel: "contact_centre",
      calls: 3,
      link: CLAIM_LINK,
    });
    await api(colleague.page.request, "post", `/api/claims/${claim.id}/notes`, { text: F.claimNote });
    const refused = await colleague.page.request.post(`${server.url}/api/incidents/${incidentId}/claims`, {
      data: { text: "Rykte", sourceChannel: "social", link: "javascript:window.__xss=1" },
    });
    expect(refused.status()).toBe(400);

    // The FAQ answer goes live the reviewed way: drafted and submitted by the communicator, approved and published
    // by the lead.
    const faqDraft = await api<{ id: string; version: number }>(communicator.page.request, "post", "/api/faq", {
      question: F.faqQuestion,
      answer: F.faqAnswer,
      incidentId,
    });
    const faqPath = `/api/faq/${faqDraft.id}`;
    const faqSubmitted = await api<{ version: number }>(
      communicator.page.request,
      "post",
      `${faqPath}/submit`,
      { expectedVersion: faqDraft.version },
      200,
    );
    const faqApproved = await api<{ version: number }>(
      lead.page.request,
      "post",
      `${faqPath}/approve`,
      { expectedVersion: faqSubmitted.version },
      200,
    );
    await api(lead.page.request, "post", `${faqPath}/publish`, { expectedVersion: faqApproved.version }, 200);
    await api(agent.page.request, "post", "/api/faq/suggestions", { question: F.suggestion, incidentId });
    await api(agent.page.request, "post", "/api/inquiries", {
      channel: "phone",
      question: F.inquiryQuestion,
      resolution: "forwarded",
      forwardedTo: F.inquiryUnit,
      incidentId,
      openedAt: new Date().toISOString(),
    });
    for (const p of [admin, lead, communicator, agent, colleague]) await p.page.context().close();
  });

  it("the incident list and overview (facts, bulletins, claims, log) run none of it", async () => {
    const lead = await signedIn("lead");
    await check("incident-list", lead, ["incidentTitle"]);
    await lead.page.goto(`/incidents/${incidentId}`);
    await check("incident-overview", lead, [
      "incidentTitle",
      "incidentDescription",
      "incidentArea",
      "claimText",
      "factStatement",
      "factSource",
      "headline",
      "enHeadline",
      "logNote",
      "logCounterpart",
      "displayName",
    ]);
  });

  it("the bulletin editor (master, channel versions) and the inbox run none of it", async () => {
    const communicator = await signedIn("communicator");
    await communicator.page.goto(`/incidents/${incidentId}/bulletins/${masterId}`);
    await check("bulletin-editor", communicator, [
      "headline",
      "body",
      "instruction",
      "area",
      "sms",
      "social",
      "factStatement",
    ]);
    await communicator.page.goto(`/incidents/${incidentId}/bulletins/${englishId}`);
    await check("translation-editor", communicator, ["enHeadline", "enBody", "headline"]);
    const lead = await signedIn("lead");
    await lead.page.goto("/inbox");
    await check("inbox", lead, ["enHeadline", "incidentTitle"]);
  });

  it("the claims board runs none of it", async () => {
    const communicator = await signedIn("communicator");
    await communicator.page.goto(`/incidents/${incidentId}/claims`);
    await communicator.page.locator('.claims-board[data-ready="true"]').waitFor();
    await check("claims-board", communicator, ["claimText", "incidentTitle"]);
    await communicator.page.getByRole("button", { name: "Fler åtgärder" }).first().click();
    await communicator.page.getByRole("button", { name: /^Anteckningar/ }).click();
    await check("claim-notes", communicator, ["claimNote", "displayName"]);
  });

  it("the contact centre (script, callers' rumours, trends) and the FAQ run none of it", async () => {
    const agent = await signedIn("agent");
    await agent.page.goto("/contact");
    await agent.page.locator("#contact-incident").selectOption(incidentId);
    await check("contact-centre", agent, ["headline", "claimText"]);
    await agent.page.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).fill("FAQ-fråga-X18 svg onload");
    await agent.page.getByRole("option", { name: /FAQ-fråga-X18/ }).click();
    await agent.page.getByTestId("answer-text").waitFor();
    await check("contact-answer", agent, ["faqQuestion", "faqAnswer"]);
    await agent.page.goto("/contact/trends");
    await check("contact-trends", agent, ["inquiryQuestion"]);
    const communicator = await signedIn("communicator");
    await communicator.page.goto("/faq");
    await check("faq", communicator, ["faqQuestion", "suggestion"]);
    await communicator.page.getByText(labelAndFirstPayload(F.faqQuestion)).click();
    await check("faq-editor", communicator, ["faqQuestion", "faqAnswer"]);
  });

  it("the user list runs none of it", async () => {
    const admin = await signedIn("admin");
    await admin.page.goto("/admin/users");
    await check("users", admin, ["displayName"]);
  });

  it("the public pages run none of it", async () => {
    const visitor = await newPage();
    await visitor.page.goto(`/public/incidents/${incidentId}`);
    await check("public-incident", visitor, ["incidentTitle", "headline", "body", "instruction", "area"]);
    await visitor.page.goto("/public");
    await check("public-site", visitor, ["incidentTitle", "headline"]);
    console.log(
      `xss in Chromium: ${XSS_PAYLOADS.length} payloads; ${checkedFields.size} fields seen on ${checkedPages.length} pages (${checkedPages.join(", ")}); ` +
        `${checks} payload × field × page checks; not shown on any page checked: ${
          Object.keys(F)
            .filter((f) => !checkedFields.has(f as Field))
            .join(", ") || "none"
        }`,
    );
  });
});
