import express, { Router, type Request, type Response } from "express";
import type { Kysely } from "kysely";
import { z } from "zod";
import { Id, MessageLanguage, WORK_TEXT_LANG } from "../../shared/index.js";
import { SubscriptionCreate, SubscriptionToken } from "../../shared/schemas/outbox.js";
import type { DB } from "../db/schema.js";
import type { Outbox } from "../domain/outbox/index.js";
import { AppError } from "../errors.js";
import { parse } from "../http/validate.js";
import { escapeHtml as e } from "./escape.js";
import { STATEMENT_PATH, statementLang } from "./accessibility.js";
import { loadPublicIncident } from "./load.js";
import { EXERCISE_MARK_HTML, htmlLang, PUBLIC_STRINGS } from "./strings.js";

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
    confirmTitle: "Bekräfta prenumerationen",
    unsubTitle: "Avsluta prenumerationen",
    error: "Fel",
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
    confirmTitle: "Confirm your subscription",
    unsubTitle: "Unsubscribe",
    error: "Error",
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
    confirmTitle: "Vahvista tilaus",
    unsubTitle: "Peru tilaus",
    error: "Virhe",
  },
  /** Easy Swedish (lättläst): short common words, "vi" and "du", no passive. */
  "sv-lattlast": {
    title: "Få e-post när det finns nytt",
    email: "Din e-postadress",
    language: "Språk",
    submit: "Skicka",
    scopeOne: "Det här som händer",
    scopeAll: "Allt som kommunen berättar när något händer",
    sent: "Vi har skickat ett mejl till dig. Klicka på länken i mejlet. Sedan får du e-post från oss.",
    confirmed: "Tack! Nu får du e-post från oss när det finns nytt.",
    bad: "Länken fungerar inte längre.",
    unsubQ: "Vill du sluta få e-post från oss?",
    unsub: "Ja, sluta skicka",
    unsubbed: "Nu får du ingen mer e-post från oss. Vi har tagit bort din e-postadress.",
    privacy: "Vi använder bara adressen för att skicka e-post om det som händer. Vi tar bort den när du vill sluta.",
    badEmail: "Skriv hela din e-postadress, till exempel namn@exempel.se.",
    badForm: "Något blev fel. Ladda sidan igen och försök en gång till.",
    tooMany: "Många har försökt på kort tid. Vänta en stund och försök igen.",
    confirmTitle: "Ja, jag vill få e-post",
    unsubTitle: "Sluta få e-post",
    error: "Fel",
  },
} satisfies Record<Lang, Record<string, string>>;
const strings = (lang: Lang) => T[lang];
const LANG_NAMES: Record<Lang, string> = {
  sv: "Svenska",
  "sv-lattlast": "Lättläst svenska",
  en: "English",
  fi: "Suomi",
};

// Inline like the main pages' stylesheet. overflow-wrap:anywhere and min-width:0 let a long word or address break on
// a 320 px phone with WCAG text spacing; an invalid field and its error show by a red border and bar, not by bold
// text alone. #b00020 has 7:1 contrast on white.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;overflow-wrap:anywhere;hyphens:auto}main,form,header,footer{min-width:0}label{display:block;margin-top:1rem;font-weight:600}input,select,button{font:inherit;padding:.4rem;margin-top:.25rem;max-width:100%;min-width:0;box-sizing:border-box}button{margin-top:1rem}a:focus,input:focus,select:focus,button:focus,.error:focus{outline:3px solid #000;outline-offset:2px}.error{color:#b00020;border-left:.3rem solid #b00020;padding-left:.5rem;font-weight:600}input[aria-invalid=true]{border:3px solid #b00020;background:#fff}`;

/**
 * A subscription page in `lang`: `heading` is its h1 (the form's title unless given), `error` puts "Fel: " first in
 * the <title>, the first thing a screen reader says when the page loads (a role="alert" present at load is often
 * not read). The header links back to the public site, in the same language.
 */
function page(
  lang: Lang,
  senderName: string,
  body: string,
  { heading, error = false }: { heading?: string; error?: boolean } = {},
): string {
  const t = strings(lang);
  const h1 = heading ?? t.title;
  const title = error ? `${t.error}: ${h1}` : h1;
  const statement = statementLang(lang);
  const statementAttrs = statement === htmlLang(lang) ? "" : ` hreflang="${statement}" lang="${statement}"`;
  const site = `/public${lang === "sv" ? "" : `?lang=${lang}`}`;
  return `<!doctype html><html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title>
<style>${STYLE}</style></head>
<body><header><p><strong>${e(senderName)}</strong></p><p><a href="${e(site)}">${e(PUBLIC_STRINGS[lang].allIncidents)}</a></p></header><main id="main"><h1>${e(h1)}</h1>${body}</main>
<footer><p><a href="/public${STATEMENT_PATH}${statement === "sv" ? "" : "?lang=en"}"${statementAttrs}>${e(PUBLIC_STRINGS[statement].accessibility)}</a></p></footer></body></html>`;
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
    incidentTitle?: IncidentTitle;
  } = {},
): string {
  const t = strings(lang);
  const scope =
    incidentId && incidentTitle
      ? `${e(t.scopeOne)}: <a href="${e(base)}/incidents/${e(incidentId)}${lang === "sv" ? "" : `?lang=${e(lang)}`}">${titleHtml(incidentTitle, lang)}</a>`
      : e(incidentId ? t.scopeOne : t.scopeAll);
  const emailError = again?.field === "email";
  // A wrong address: the error sits by the field, which gets focus and names it (aria-describedby). Any other
  // error (too many attempts, a broken form) opens the form and takes focus itself, so it is read first.
  const errorLine = again
    ? `<p id="sub-error" class="error"${emailError ? "" : ' tabindex="-1" autofocus'}>${e(again.error)}</p>`
    : "";
  const options = (Object.keys(LANG_NAMES) as Lang[])
    .map((l) => `<option value="${l}"${l === lang ? " selected" : ""}>${e(LANG_NAMES[l])}</option>`)
    .join("");
  return `<form method="post" action="${e(base)}/subscriptions">
${again && !emailError ? errorLine : ""}
<p>${scope}</p>
${incidentId ? `<input type="hidden" name="incidentId" value="${e(incidentId)}">` : ""}
<label for="sub-email">${e(t.email)}</label>${emailError ? errorLine : ""}<input id="sub-email" name="email" type="email" autocomplete="email" required maxlength="254"${again ? ` value="${e(again.email)}"` : ""}${emailError ? ' aria-invalid="true" aria-describedby="sub-error" autofocus' : ""}>
<label for="sub-lang">${e(t.language)}</label><select id="sub-lang" name="language">${options}</select>
<p>${e(t.privacy)}</p>
<button type="submit">${e(t.submit)}</button></form>`;
}

/** An incident as the form names it: its title is the crisis team's Swedish, an exercise is marked. */
export interface IncidentTitle {
  title: string;
  exercise: boolean;
}

/** The title tagged as Swedish on a page in another language (WCAG 3.1.2), the exercise mark in its own words. */
function titleHtml({ title, exercise }: IncidentTitle, lang: Lang): string {
  const text = htmlLang(lang) === WORK_TEXT_LANG ? e(title) : `<span lang="${WORK_TEXT_LANG}">${e(title)}</span>`;
  return exercise ? `${EXERCISE_MARK_HTML}: ${text}` : text;
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
  const send = (
    res: Response,
    status: number,
    lang: Lang,
    text: string,
    options: { heading?: string; error?: boolean } = {},
  ) => {
    res.setHeader("Cache-Control", "no-store");
    res
      .status(status)
      .type("html")
      .send(page(lang, deps.senderName, text, options));
  };

  /** A public incident's title and whether it is an exercise, or undefined. */
  const titleOf = async (incidentId: string | null): Promise<IncidentTitle | undefined> => {
    if (!incidentId) return undefined;
    const incident = await loadPublicIncident(deps.db, incidentId);
    return incident && { title: incident.title, exercise: incident.exercise };
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
      { error: true },
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

  // The confirmation and unsubscribe pages speak the subscriber's language. A link that matches nothing has no
  // subscriber to ask, so that page says it in Swedish and English.
  const badLink = (res: Response, heading: (t: (typeof T)["sv"]) => string) =>
    send(res, 404, "sv", `<p>${e(T.sv.bad)}</p><p lang="en">${e(T.en.bad)}</p>`, {
      heading: heading(T.sv),
      error: true,
    });

  router.get("/public/subscriptions/confirm", async (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    const lang = await subscriptions.confirm(token);
    if (!lang) return badLink(res, (t) => t.confirmTitle);
    const t = strings(lang);
    send(res, 200, lang, `<p>${e(t.confirmed)}</p>`, { heading: t.confirmTitle });
  });

  // A link in an e-mail may be opened by a scanner: GET only asks, POST (the button, or RFC 8058 one-click) acts.
  router.get("/public/subscriptions/unsubscribe", async (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    const lang = await subscriptions.unsubscribeLanguage(token);
    if (!lang) return badLink(res, (t) => t.unsubTitle);
    const t = strings(lang);
    send(
      res,
      200,
      lang,
      `<form method="post" action="?token=${e(token)}"><p>${e(t.unsubQ)}</p><button type="submit">${e(t.unsub)}</button></form>`,
      { heading: t.unsubTitle },
    );
  });
  router.post("/public/subscriptions/unsubscribe", ...body, async (req, res) => {
    const { token } = parse(SubscriptionToken, req.query);
    const lang = await subscriptions.unsubscribe(token);
    if (!lang && !html(req)) throw new AppError("not_found", "Subscription not found");
    if (!lang) return badLink(res, (t) => t.unsubTitle);
    const t = strings(lang);
    send(res, 200, lang, `<p>${e(t.unsubbed)}</p>`, { heading: t.unsubTitle });
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
