/** Misinformation desk ↔ contact centre: a correction to the FAQ, and claims raised by agents. */
export const claimsContactSv = {
  "claims.faq.create": "Skicka till kontaktcentrets FAQ",
  "claims.faq.update": "Uppdatera FAQ-svaret",
  "claims.faq.created": "FAQ-svaret är publicerat för kontaktcenter.",
  "claims.faq.updated": "FAQ-svaret är uppdaterat (version {version}).",
  "claims.faq.open": "Öppna FAQ-svaret",
  "claims.faq.failed": "FAQ-svaret kunde inte sparas: {message}",
  "claims.faq.title": "Kontaktcentrets FAQ",
  "claims.faq.intro":
    "Den publicerade rättelsen blir ett publicerat FAQ-svar för kontaktcenter: frågan som uppringarna ställer, rubriken som första mening att säga.",
  "claims.faq.entryMeta": "(version {version}, {status})",

  "contact.claim.heading": "Uppringare säger att …",
  "contact.claim.intro":
    "Sprids ett rykte eller en felaktig uppgift bland dem som ringer? Skicka den till omvärldsbevakningen.",
  "contact.claim.incident": "Händelse",
  "contact.claim.text": "Vad säger de som ringer?",
  "contact.claim.textHint": "Skriv påståendet som uppringarna säger det. Ctrl+Enter skickar.",
  "contact.claim.callers": "Hur många har ringt om det?",
  "contact.claim.submit": "Skicka till omvärldsbevakningen",
  "contact.claim.sent": "Tack! Påståendet är skickat till omvärldsbevakningen ({callers} samtal).",
  "contact.claim.failed": "Påståendet kunde inte skickas: {message}",
  "contact.claim.noIncident": "Det finns ingen aktiv händelse att koppla påståendet till.",
  "contact.claim.for": "Skickas för: {title}",
  "contact.claim.chooseIncident": "Välj först överst på sidan vilken händelse du arbetar med.",
};
