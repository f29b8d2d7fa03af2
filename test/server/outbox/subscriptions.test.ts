import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../shared/index.js";
import type { PublicationReach } from "../../../shared/schemas/outbox.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startOutboxServer, type OutboxServer } from "../../helpers/outbox.js";
import { startSmtp, type SmtpCatcher } from "../../helpers/smtp.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "../bulletins/fixtures.js";
import { axeViolations, parseHtml } from "../bulletins/publicHelpers.js";

const linkIn = (text: string, path: string): string => {
  const m = new RegExp(`https://kommun\\.example(/public/subscriptions/${path}\\?token=[A-Za-z0-9_-]+)`).exec(text);
  if (!m?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return m[1];
};

describe.each(ENGINES)("e-mail subscriptions (%s)", (engine) => {
  let smtp: SmtpCatcher;
  let server: OutboxServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incident: Incident;
  let factId: string;
  let n = 0;
  /** Each test its own client address, so the per-client limit is the rate-limit test's alone. */
  const visitor = () => {
    const ip = `203.0.113.${++n}`;
    return (body: unknown, headers: Record<string, string> = {}) =>
      server.anonymous().request("POST", "/public/subscriptions", body, { "x-forwarded-for": ip, ...headers });
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startOutboxServer(engine, {
      config: { smtpUrl: smtp.url, mailFrom: "Kommunen <krisinfo@kommun.example>", trustProxy: true },
    });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    factId = (await createFact(communicator, incident.id, "Huvudledningen har gått sönder.")).id;
    await publish(communicator, lead, await createBulletin(communicator, incident.id, goodBulletin([factId]))); // the incident is public
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  const publishOne = async (headline: string) =>
    publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, { ...goodBulletin([factId]), headline }),
    );

  it("double opt-in: a confirmation only, nothing before the link is followed, then each publish as text and HTML with RFC 8058 unsubscribe", async () => {
    const post = visitor();
    const address = "anna.andersson@example.se";
    const res = await post({ email: "  Anna.Andersson@Example.se ", incidentId: incident.id, language: "en" });
    expect(res.status, res.text).toBe(202);
    await smtp.waitFor(() => smtp.to(address).length === 1, 10_000, "the confirmation");
    const confirmation = smtp.to(address)[0]!;
    expect(confirmation.subject).toBe("Confirm your subscription");
    expect(confirmation.headers.get("from")).toContain("krisinfo@kommun.example");
    expect(confirmation.headers.get("list-unsubscribe")).toMatch(
      /^<https:\/\/kommun\.example\/public\/subscriptions\/unsubscribe\?token=[A-Za-z0-9_-]+>$/,
    );
    expect(confirmation.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    // Unconfirmed: a publish sends it nothing.
    await publishOne("Koka vattnet, före bekräftelsen");
    await server.app.outbox.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to(address)).toHaveLength(1);

    const confirm = await server.anonymous().get(linkIn(confirmation.text, "confirm"));
    expect(confirm.status).toBe(200);
    const b = await publishOne("Koka vattnet i Norrby");
    await smtp.waitFor(() => smtp.to(address).length === 2, 10_000, "the bulletin e-mail");
    const mail = smtp.to(address)[1]!;
    // No English version exists: the master (Swedish) is sent, with the page link and the unsubscribe link.
    expect(mail.subject).toBe("Vattenläcka i Norrby: Koka vattnet i Norrby");
    expect(mail.text).toContain("Koka vatten som du ska dricka");
    expect(mail.text).toContain(`https://kommun.example/public/incidents/${incident.id}?lang=sv`);
    expect(mail.html).toContain("<h1>Koka vattnet i Norrby</h1>");
    expect(mail.text).not.toContain("INTERN");
    const unsubscribe = linkIn(mail.text, "unsubscribe");
    expect(mail.headers.get("list-unsubscribe")).toBe(`<https://kommun.example${unsubscribe}>`);
    await expect
      .poll(
        async () =>
          (await lead.get<{ reach: PublicationReach[] }>(`/api/bulletins/${b.id}/reach`)).body.reach[0]?.email,
      )
      .toMatchObject({ total: 1, delivered: 1 });

    // RFC 8058 one-click: a POST with List-Unsubscribe=One-Click; the address is deleted, nothing more is sent.
    const one = await server.anonymous().request("POST", unsubscribe, "List-Unsubscribe=One-Click", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(one.status).toBe(200);
    expect(
      await server.database.db.selectFrom("subscriptions").select("id").where("email", "=", address).execute(),
    ).toEqual([]);
    await publishOne("Koka vattnet, efter avslutet");
    await server.app.outbox.tick();
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to(address)).toHaveLength(2);
    // Personal data stays out of the event log and its export.
    const events = await server.database.db.selectFrom("events").select("data").execute();
    expect(events.filter((e) => e.data.toLowerCase().includes("anna.andersson"))).toEqual([]);
    const csv = await lead.get(`/api/incidents/${incident.id}/log/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text.toLowerCase()).not.toContain("anna.andersson");
  });

  it("subscribes to all public crisis information from the HTML form, in the chosen language", async () => {
    const page = await server.anonymous().get(`/public/incidents/${incident.id}?lang=en`);
    expect(page.text).toContain(`/public/subscriptions?incident=${incident.id}&amp;lang=en">Get updates by e-mail</a>`);
    expect((await server.anonymous().get("/public")).text).toContain(
      '/public/subscriptions?lang=sv">Få uppdateringar med e-post</a>',
    );
    const post = visitor();
    const address = "bo@example.fi";
    const form = await server.anonymous().get("/public/subscriptions?lang=fi");
    expect(form.status).toBe(200);
    expect(form.text).toContain('name="email"');
    const res = await post(`email=${encodeURIComponent(address)}&language=fi`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(202);
    expect(res.text).toContain("Lähetimme sähköpostin");
    await smtp.waitFor(() => smtp.to(address).length === 1);
    expect(smtp.to(address)[0]?.subject).toBe("Vahvista tilauksesi");
    expect((await server.anonymous().get(linkIn(smtp.to(address)[0]!.text, "confirm"))).status).toBe(200);
    await publishOne("Koka vattnet, alla händelser");
    await smtp.waitFor(() => smtp.to(address).length === 2);
    expect(smtp.to(address)[1]?.subject).toContain("Koka vattnet, alla händelser");
  });

  it.each(["inte-en-adress", "a@b", "x@example.se\r\nBcc: evil@example.se", "", `${"a".repeat(250)}@example.se`])(
    "refuses the address %j with 400 naming email",
    async (email) => {
      const res = await visitor()({ email, incidentId: null, language: "sv" });
      expect(res.status, res.text).toBe(400);
      expect((res.body as { error: { field: string } }).error.field).toBe("email");
    },
  );

  it("names the incident the form subscribes to, with a link back to its page", async () => {
    const form = await server.anonymous().get(`/public/subscriptions?incident=${incident.id}&lang=sv`);
    expect(form.status).toBe(200);
    expect(form.text).toContain(`Den här händelsen: <a href="/public/incidents/${incident.id}">`);
    expect(form.text).toContain("Vattenläcka i Norrby</a>");
  });

  it("gives a citizen's form its page back with the address and what is wrong, never the API's JSON", async () => {
    const res = await visitor()(`email=a%40b&language=sv&incidentId=${incident.id}`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toContain("Skriv en hel e-postadress");
    expect(res.text).toContain('value="a@b"');
    expect(res.text).toContain('aria-invalid="true" aria-describedby="sub-error"');
    expect(res.text).not.toContain('"code":"validation"');
    const hidden = await createIncident(lead, { title: "Inget publicerat ännu" });
    const notPublic = await visitor()(`email=c%40example.se&language=en&incidentId=${hidden.id}`, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(notPublic.status).toBe(400);
    expect(notPublic.text).toContain("Something in the form is not right");
  });

  it("refuses an incident that is not public, and a bad confirmation token", async () => {
    const hidden = await createIncident(lead, { title: "Inget publicerat än" });
    const res = await visitor()({ email: "c@example.se", incidentId: hidden.id, language: "sv" });
    expect([res.status, (res.body as { error: { field: string } }).error.field]).toEqual([400, "incidentId"]);
    expect(
      (await server.anonymous().get("/public/subscriptions/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status,
    ).toBe(404);
  });

  it("speaks the subscriber's language on the confirmation and unsubscribe pages, each with its own heading", async () => {
    const cases = [
      ["fi", "Vahvista tilaus", "Tilaus on vahvistettu", "Peru tilaus", "Haluatko perua tilauksen?"],
      [
        "en",
        "Confirm your subscription",
        "The subscription is confirmed",
        "Unsubscribe",
        "Do you want to unsubscribe?",
      ],
      ["sv-lattlast", "Ja, jag vill få e-post", "Nu får du e-post", "Sluta få e-post", "Vill du sluta få e-post"],
    ] as const;
    for (const [language, confirmH1, confirmed, unsubH1, question] of cases) {
      const address = `lang-${language}@example.se`;
      expect((await visitor()({ email: address, incidentId: null, language })).status).toBe(202);
      await smtp.waitFor(() => smtp.to(address).length === 1);
      const mail = smtp.to(address)[0]!;
      const confirm = await server.anonymous().get(linkIn(mail.text, "confirm"));
      expect(confirm.status).toBe(200);
      const doc = parseHtml(confirm.text);
      expect(doc.documentElement.lang).toBe(language === "sv-lattlast" ? "sv" : language);
      expect(doc.querySelector("h1")?.textContent).toBe(confirmH1);
      expect(doc.title).toBe(confirmH1);
      expect(doc.querySelector("main")?.textContent).toContain(confirmed);
      expect(confirm.text).not.toContain("Prenumerationen är bekräftad");
      expect(await axeViolations(confirm.text)).toEqual([]);
      const unsubscribeUrl = (mail.headers.get("list-unsubscribe") ?? "").replace(
        /^<https:\/\/kommun\.example|>$/g,
        "",
      );
      const ask = parseHtml((await server.anonymous().get(unsubscribeUrl)).text);
      expect(ask.querySelector("h1")?.textContent).toBe(unsubH1);
      expect(ask.querySelector("main form p")?.textContent).toContain(question);
      expect(ask.querySelector("main [lang]")).toBeNull(); // one language, no Swedish/English pair
      const done = await server.anonymous().request("POST", unsubscribeUrl, "", {
        "content-type": "application/x-www-form-urlencoded",
      });
      expect(done.status).toBe(200);
      expect(parseHtml(done.text).querySelector("h1")?.textContent).toBe(unsubH1);
      expect(done.text).not.toContain("Prenumerationen är avslutad");
    }
  });

  it("tags the Swedish incident title and the English statement link on a Finnish form, and links back to the site", async () => {
    const fi = parseHtml((await server.anonymous().get(`/public/subscriptions?incident=${incident.id}&lang=fi`)).text);
    const title = fi.querySelector(`main a[href="/public/incidents/${incident.id}?lang=fi"] span`);
    expect(title?.getAttribute("lang")).toBe("sv");
    expect(title?.textContent).toBe("Vattenläcka i Norrby");
    const statement = fi.querySelector('footer a[href="/public/tillganglighet?lang=en"]');
    expect(statement?.getAttribute("lang")).toBe("en");
    expect(statement?.textContent).toBe("Accessibility statement");
    const en = parseHtml((await server.anonymous().get(`/public/subscriptions?incident=${incident.id}&lang=en`)).text);
    expect(en.querySelector(`main a[href="/public/incidents/${incident.id}?lang=en"] span[lang="sv"]`)).not.toBeNull();
    expect(en.querySelector('footer a[lang="en"]')).toBeNull(); // English on an English page needs no tag
    const all = await server.anonymous().get("/public/subscriptions?lang=en");
    const back = parseHtml(all.text).querySelector('header a[href="/public?lang=en"]');
    expect(back?.textContent).toBe("All current incidents");
    expect(await axeViolations(all.text)).toEqual([]);
    const sv = parseHtml((await server.anonymous().get("/public/subscriptions")).text);
    expect(sv.querySelector('header a[href="/public"]')?.textContent).toBe("Alla aktuella händelser");
  });

  it("makes an error the first thing read: 'Fel:' in the title, the error at the top of the form and focused", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const wrong = await visitor()("email=a%40b&language=fi", form);
    const doc = parseHtml(wrong.text);
    expect(doc.title).toBe("Virhe: Kriisitiedotteet sähköpostiin");
    const field = doc.querySelector("#sub-email");
    expect(field?.hasAttribute("autofocus")).toBe(true);
    expect(field?.getAttribute("aria-invalid")).toBe("true");
    expect(doc.querySelector("#sub-error")?.className).toBe("error");
    // Shown by more than bold text: a coloured border on the field and a bar by the message.
    expect(doc.querySelector("style")?.textContent).toMatch(/input\[aria-invalid=true\]\{border:3px solid #b00020/);
    expect(doc.querySelector("style")?.textContent).toMatch(/\.error\{[^}]*border-left:/);
    expect(await axeViolations(wrong.text)).toEqual([]);

    const post = visitor();
    for (let i = 0; i < 5; i++) await post({ email: `many${i}@example.se`, incidentId: null, language: "sv" });
    // The budget is a fixed window of a minute: six posts may straddle its boundary on a loaded machine. Within six
    // more form posts one window must be over budget, so the refusal is asserted, not the post it comes on.
    let tooMany = await post("email=many5%40example.se&language=sv", form);
    for (let i = 6; i < 11 && tooMany.status !== 429; i++)
      tooMany = await post(`email=many${i}%40example.se&language=sv`, form);
    expect(tooMany.status).toBe(429);
    const again = parseHtml(tooMany.text);
    expect(again.title).toBe("Fel: Få krisinformation med e-post");
    const first = again.querySelector("form")?.firstElementChild;
    expect(first?.id).toBe("sub-error");
    expect(first?.textContent).toContain("Det har kommit många försök");
    expect(first?.getAttribute("tabindex")).toBe("-1");
    expect(first?.hasAttribute("autofocus")).toBe(true);
    expect(again.querySelector("#sub-email")?.hasAttribute("autofocus")).toBe(false);
    expect(await axeViolations(tooMany.text)).toEqual([]);
    // Without an error the title is the plain one.
    expect(parseHtml((await server.anonymous().get("/public/subscriptions")).text).title).toBe(
      "Få krisinformation med e-post",
    );
  });

  it("lets any word wrap on a 320 px phone, as the main pages do (e2e reflow-spacing measures it)", async () => {
    const style = parseHtml((await server.anonymous().get("/public/subscriptions")).text).querySelector("style");
    expect(style?.textContent).toMatch(/body\{[^}]*overflow-wrap:anywhere/);
    expect(style?.textContent).toMatch(/input,select,button\{[^}]*max-width:100%/);
  });

  it("rate-limits per address and per client", async () => {
    const post = visitor();
    for (let i = 0; i < 3; i++)
      expect((await visitor()({ email: "flood@example.se", incidentId: null, language: "sv" })).status).toBe(202);
    const fourth = await visitor()({ email: "flood@example.se", incidentId: null, language: "sv" });
    expect(fourth.status).toBe(429);
    for (let i = 0; i < 5; i++)
      expect((await post({ email: `person${i}@example.se`, incidentId: null, language: "sv" })).status).toBe(202);
    const sixth = await post({ email: "person5@example.se", incidentId: null, language: "sv" });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});

describe("without SMTP settings", () => {
  let server: OutboxServer;
  beforeAll(async () => {
    server = await startOutboxServer("sqlite");
  });
  afterAll(() => server.close());

  it("shows no form and takes no subscription", async () => {
    expect((await server.anonymous().get("/public")).text).not.toContain("/public/subscriptions");
    const form = await server.anonymous().get("/public/subscriptions");
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.text).not.toContain('name="email"');
    const post = await server
      .anonymous()
      .request("POST", "/public/subscriptions", { email: "a@example.se", incidentId: null, language: "sv" });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(await server.database.db.selectFrom("subscriptions").select("id").execute()).toEqual([]);
  });
});
