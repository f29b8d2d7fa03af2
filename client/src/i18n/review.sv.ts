/**
 * Swedish strings for review and staleness: staleness on every citing text (published version, channel versions, FAQ answers,
 * claims) and the approval inbox's three lists with why. Spread into sv.ts; review.en.ts must match the keys.
 */
export const reviewSv = {
  "stale.scope.published": "gäller den publicerade versionen",
  "stale.publishedOnly": "Den publicerade versionen är inaktuell",
  "inbox.introAll":
    "Allt som väntar på ett beslut: meddelanden, FAQ-svar och kanalversioner som granskas eller är inaktuella, äldst först.",
  "inbox.section.bulletins": "Meddelanden",
  "inbox.section.faq": "FAQ-svar",
  "inbox.section.channels": "Kanalversioner",
  "inbox.why": "Varför",
  "inbox.why.in_review": "Väntar på granskning",
  "inbox.why.approved": "Godkänt, inte publicerat",
  "inbox.why.stale": "Inaktuellt: {reason}",
  "inbox.why.stalePublished": "Inaktuellt: {reason} (den publicerade versionen)",
  "inbox.why.fact": "{reason}: ”{statement}”",
  "inbox.faqEmpty": "Inga FAQ-svar väntar på beslut.",
  "inbox.channelsEmpty": "Inga kanalversioner är inaktuella.",
  "inbox.openFaq": "Öppna FAQ-svaret ”{question}”",
  "inbox.openChannel": "Öppna {channel} för ”{headline}”",
  "inbox.navCountAll": "{count} väntar på beslut",
  "faq.review.status": "Status i FAQ",
  "notifications.openFaq": "Öppna FAQ-svaren",
  "notifications.openClaims": "Öppna ryktestavlan",
  "contact.answer.reviewReason": "Orsak: {reason} ({time})",
  "claims.factFlags.title": "Motbevisande uppgift har ändrats",
  "claims.factFlags.held":
    "Rättelsen hålls: den kan inte godkännas eller publiceras förrän någon bekräftat den mot uppgifterna.",
  "claims.factFlags.confirm": "Bekräfta rättelsen mot uppgifterna",
  "claims.factFlags.confirmed": "Rättelsen är bekräftad mot de ändrade uppgifterna.",
  "claims.factFlags.failed": "Bekräftelsen kunde inte sparas: {message}",
  "errors.correction_held":
    "Rättelsen hålls: en uppgift som motbevisar ryktet har ändrats. Bekräfta den på ryktestavlan först.",
} as const;
