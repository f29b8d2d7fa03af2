import express, { Router, type Request, type Response } from "express";
import type { Kysely } from "kysely";
import { z } from "zod";
import { Id, MessageLanguage } from "../../shared/index.js";
import { SubscriptionCreate, SubscriptionToken } from "../../shared/schemas/outbox.js";
import type { DB } from "../db/schema.js";
import type { Outbox } from "../domain/outbox/index.js";
import { AppError } from "../errors.js";
import { parse } from "../http/validate.js";
import { escapeHtml as e } from "./escape.js";
import { STATEMENT_PATH, statementLang } from "./accessibility.js";
import { loadPublicIncident } from "./load.js";
import { EXERCISE_MARK, htmlLang, PUBLIC_STRINGS } from "./strings.js";

type Lang = MessageLanguage;
const T = {
  sv: {
    title: "Få krisinformation med e-post",
    email: "E-postadress",
    language: "Språk",
    submit: "Prenumerera",
    scopeOne: "Den här händelsen",
    scopeAll: "All krisinformation från kommunen",
    sent: "Vi har skickat ett e-postmeddelande. Följ länken i det för att bekräfta; innan dess skickar vi inget.",
    confirmed: "Tack! Prenumerationen är bekräftad.",
    bad: "Länken gäller inte längre.",
    unsubQ: "Vill du avsluta prenumerationen?",
    unsub: "Avsluta",
    unsubbed: "Prenumerationen är avslutad och din e-postadress är raderad.",
    privacy: "Adressen används bara för att skicka krisinformation och raderas när du avslutar.",
    badEmail: "Skriv en hel e-postadress, till exempel namn@exempel.se.",
    badForm: "Något i formuläret stämmer inte. Ladda om sidan och försök igen.",
    tooMany: "Det har kommit många försök på kort tid. Vänta en stund och försök igen.",
  },
  en: {
    title: "Get crisis information by e-mail",
    email: "E-mail address",
    language: "Language",
    submit: "Subscribe",
    scopeOne: "This incident",
    scopeAll: "All crisis information from the municipality",
    sent: "We have sent you an e-mail. Follow the link in it to confirm; until then we send nothing.",
    confirmed: "Thank you! The subscription is confirmed.",
    bad: "This link is no longer valid.",
    unsubQ: "Do you want to unsubscribe?",
    unsub: "Unsubscribe",
    unsubbed: "You are unsubscribed and your e-mail address is deleted.",
    privacy: "The address is used only to send crisis information and is deleted when you unsubscribe.",
    badEmail: "Write a whole e-mail address, for example name@example.com.",
    badForm: "Something in the form is not right. Reload the page and try again.",
    tooMany: "There have been many attempts in a short time. Wait a while and try again.",
  },
  fi: {
    title: "Kriisitiedotteet sähköpostiin",
    email: "Sähköpostiosoite",
    language: "Kieli",
    submit: "Tilaa",
    scopeOne: "Tämä tapahtuma",
    scopeAll: "Kaikki kunnan kriisitiedotteet",
    sent: "Lähetimme sähköpostin. Vahvista tilaus sen linkillä; sitä ennen emme lähetä mitään.",
    confirmed: "Kiitos! Tilaus on vahvistettu.",
    bad: "Linkki ei ole enää voimassa.",
    unsubQ: "Haluatko perua tilauksen?",
    unsub: "Peru tilaus",
    unsubbed: "Tilaus on peruttu ja sähköpostiosoitteesi poistettu.",
    privacy: "Osoitetta käytetään vain kriisitiedotteisiin, ja se poistetaan, kun perut tilauksen.",
    badEmail: "Kirjoita koko sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.",
    badForm: "Lomakkeessa on virhe. Lataa sivu uudelleen ja yritä uudestaan.",
    tooMany: "Yrityksiä on tullut paljon lyhyessä ajassa. Odota hetki ja yritä uudelleen.",
  },
};
const strings = (lang: Lang) => (lang === "sv-lattlast" ? T.sv : T[lang]);
const LANG_NAMES: Record<Lang, string> = {
  sv: "Svenska",
  "sv-lattlast": "Lättläst svenska",
  en: "English",
  fi: "Suomi",
};

function page(lang: Lang, senderName: string, body: string): string {
  return `<!doctype html><html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(strings(lang).title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a}label{display:block;margin-top:1rem;font-weight:600}input,select,button{font:inherit;padding:.4rem;margin-top:.25rem}button{margin-top:1rem}a:focus,input:focus,select:focus,button:focus{outline:3px solid #000;outline-offset:2px}</style></head>
<body><header><p><strong>${e(senderName)}</strong></p></header><main id="main"><h1>${e(strings(lang).title)}</h1>${body}</main>
<footer><p><a href="/public${STATEMENT_PATH}${statementLang(lang) === "sv" ? "" : "?lang=en"}">${e(PUBLIC_STRINGS[statementLang(lang)].accessibility)}</a></p></footer></body></html>`;
}

/**
 * The subscribe form for one incident or all of them; shown only when e-mail is configured. `again`: the form sent
 * back with what was written and what is wrong, next to the field (a citizen got the API's JSON error instead).
 */
export function renderSubscribeForm(
  lang: Lang,
  incidentId: string | null,
  base: string,
  {
    again,
    incidentTitle,
  }: {
    again?: { email: string; error: string; field: "email" | null };
    /** The incident by name, with a link back to its page: "Den här händelsen" alone did not say which. */
    incidentTitle?: string;
  } = {},
): string {
  const t = strings(lang);
  const scope =
    incidentId && incidentTitle
      ? `${e(t.scopeOne)}: <a href="${e(base)}/incidents/${e(incidentId)}${lang === "sv" ? "" : `?lang=${e(lang)}`}">${e(incidentTitle)}</a>`
      : e(incidentId ? t.scopeOne : t.scopeAll);
  const emailError = again?.field === "email";
  const errorLine = again ? `<p id="sub-error" role="alert"><strong>${e(again.error)}</strong></p>` : "";
  const options = (Object.keys(LANG_NAMES) as Lang[])
    .map((l) => `<option value="${l}"${l === lang ? " selected" : ""}>${e(LANG_NAMES[l])}</option>`)
    .join("");
  return `<form method="post" action="${e(base)}/subscriptions">
<p>${scope}</p>
${again && !emailError ? errorLine : ""}
${incidentId ? `<input type="hidden" name="incidentId" value="${e(incidentId)}">` : ""}
<label for="sub-email">${e(t.email)}</label>${emailError ? errorLine : ""}<input id="sub-email" name="email" type="email" autocomplete="email" required maxlength="254"${again ? ` value="${e(again.email)}"` : ""}${emailError ? ' aria-invalid="true" aria-describedby="sub-error" autofocus' : ""}>
<label for="sub-lang">${e(t.language)}</label><select id="sub-lang" name="language">${options}</select>
<p>${e(t.privacy)}</p>
<button type="submit">${e(t.submit)}</button></form>`;
}

const FormQuery = z.object({
  incident: Id.optional().catch(undefined),
  lang: MessageLanguage.catch("sv").default("sv"),
});

export function subscriptionRouter(deps: {
  db: Kysely<DB>;
  outbox: Pick<Outbox, "subscriptions" | "emailEnabled">;
  senderName: string;
}): Router {
  const router = Router();
  const { subscriptions } = deps.outbox;
  // Without SMTP there is no form and no route: nothing could be confirmed.
  if (!deps.outbox.emailEnabled) return router;
  const body = [express.json({ limit: "4kb" }), express.urlencoded({ extended: false, limit: "4kb" })];
  const html = (req: Request) =>
    req.is("application/x-www-form-urlencoded") !== false && req.is("application/x-www-form-urlencoded") !== null;
  const send = (res: Response, status: number, lang: Lang, text: string) => {
    res.setHeader("Cache-Control", "no-store");
    res
      .status(status)
      .type("html")
      .send(page(lang, deps.senderName, text));
  };

  /** A public incident's title as its public page shows it (exercises marked), or undefined. */
  const titleOf = async (incidentId: string | null): Promise<string | undefined> => {
    if (!incidentId) return undefined;
    const incident = await loadPublicIncident(deps.db, incidentId);
    return incident && (incident.exercise ? `${EXERCISE_MARK}: ${incident.title}` : incident.title);
  };

  router.get("/public/subscriptions", async (req, res) => {
    const q = parse(FormQuery, req.query);
    const incidentTitle = await titleOf(q.incident ?? null);
    send(
      res,
      200,
      q.lang,
      renderSubscribeForm(q.lang, q.incident ?? null, "/public", incidentTitle ? { incidentTitle } : {}),
    );
  });

  /** The form again, with what was written and what is wrong: a citizen's form never gets the API's JSON back. */
  const formAgain = async (
    res: Response,
    status: number,
    lang: Lang,
    incidentId: string | null,
    email: string,
    problem: "email" | "form" | "tooMany",
  ) => {
    const t = strings(lang);
    const error = problem === "email" ? t.badEmail : problem === "tooMany" ? t.tooMany : t.badForm;
    const again = { email: email.slice(0, 254), error, field: problem === "email" ? ("email" as const) : null };
    const incidentTitle = await titleOf(incidentId);
    send(
      res,
      status,
      lang,
      renderSubscribeForm(lang, incidentId, "/public", { again, ...(incidentTitle ? { incidentTitle } : {}) }),
    );
  };

  router.post("/public/subscriptions", ...body, async (req, res) => {
    const form = html(req);
    const raw = (req.body ?? {}) as Record<string, unknown>;
    if (!form) {
      await subscriptions.subscribe(parse(SubscriptionCreate, raw), req.ip ?? "unknown");
      res.status(202).json({ status: "pending" });
      return;
    }
    const parsed = SubscriptionCreate.safeParse({ ...raw, incidentId: raw.incidentId || null });
    if (!parsed.success) {
      const lang = MessageLanguage.safeParse(raw.language).data ?? "sv";
      const emailWrong = parsed.error.issues.some((i) => i.path[0] === "email");
      const incidentId = Id.safeParse(raw.incidentId).data ?? null;
      return formAgain(res, 400, lang, incidentId, String(raw.email ?? ""), emailWrong ? "email" : "form");
    }
    const input = parsed.data;
    try {
      await subscriptions.subscribe(input, req.ip ?? "unknown");
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 429)) throw err;
      if (err.status === 429) res.setHeader("Retry-After", String(err.details?.retryAfter ?? 60));
      const problem = err.status === 429 ? "tooMany" : err.field === "email" ? "email" : "form";
      return formAgain(res, err.status, input.language, input.incidentId, input.email, problem);
    }
    send(res, 202, input.language, `<p role="status">${e(strings(input.language).sent)}</p>`);
  });

  router.get("/public/subscriptions/confirm", async (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    const ok = await subscriptions.confirm(token);
    send(
      res,
      ok ? 200 : 404,
      "sv",
      `<p role="status">${e(ok ? T.sv.confirmed : T.sv.bad)}</p><p lang="en">${e(ok ? T.en.confirmed : T.en.bad)}</p>`,
    );
  });

  // A link in an e-mail may be opened by a scanner: GET only asks, POST (the button, or RFC 8058 one-click) acts.
  router.get("/public/subscriptions/unsubscribe", (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    send(
      res,
      200,
      "sv",
      `<form method="post" action="?token=${e(token)}"><p>${e(T.sv.unsubQ)} / <span lang="en">${e(T.en.unsubQ)}</span></p><button type="submit">${e(T.sv.unsub)} / <span lang="en">${e(T.en.unsub)}</span></button></form>`,
    );
  });
  router.post("/public/subscriptions/unsubscribe", ...body, async (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    const ok = await subscriptions.unsubscribe(token);
    if (!ok && !html(req)) throw new AppError("not_found", "Subscription not found");
    send(
      res,
      ok ? 200 : 404,
      "sv",
      `<p role="status">${e(ok ? T.sv.unsubbed : T.sv.bad)}</p><p lang="en">${e(ok ? T.en.unsubbed : T.en.bad)}</p>`,
    );
  });
  return router;
}

const LINK_TEXT: Record<Lang, string> = {
  sv: "Få uppdateringar med e-post",
  "sv-lattlast": "Få e-post när det finns nytt",
  en: "Get updates by e-mail",
  fi: "Tilaa päivitykset sähköpostiin",
};

/** The public pages' link to the form (only rendered when e-mail is configured). */
export function subscribeLink(base: string, incidentId: string | null, lang: Lang): string {
  const href = `${base}/subscriptions?${incidentId ? `incident=${encodeURIComponent(incidentId)}&` : ""}lang=${lang}`;
  return `<p><a href="${e(href)}">${e(LINK_TEXT[lang])}</a></p>`;
}
