/** Closing the loop with the contact centre: calls on claims, the agent's rumour list, callbacks, script marks. */
export const contactLoopSv = {
  "claims.calls": "Samtal",
  // After the "Samtal" label, so the count says its unit rather than repeating the label. One call has its own key
  // for English ("1 call"); Swedish "samtal" is both.
  "claims.callsCount": "{count} samtal",
  "claims.callsCountOne": "{count} samtal",

  "contact.claim.joined":
    "Påståendet fanns redan hos omvärldsbevakningen. Samtalen är räknade ({calls} samtal hittills).",

  "contact.rumours.heading": "Rykten från kontaktcenter",
  "contact.rumours.intro":
    "Påståenden som uppringare har rapporterat om händelsen och hur långt omvärldsbevakningen har kommit.",
  "contact.rumours.none": "Inga rykten från uppringare ännu.",
  "contact.rumours.chooseIncident": "Välj händelse överst för att se ryktena.",
  "contact.rumours.calls": "{calls} samtal",
  "contact.rumours.waiting": "{count} väntar på återuppringning",
  "contact.rumours.status.new": "Mottaget, inte bedömt än",
  "contact.rumours.status.triaged": "Bedömt",
  "contact.rumours.status.assigned": "Under arbete",
  "contact.rumours.status.correcting": "Rättelse skrivs",
  "contact.rumours.status.in_review": "Rättelse granskas",
  "contact.rumours.status.corrected": "Rättat",
  "contact.rumours.status.dismissed": "Avfärdat",
  "contact.rumours.showCallbacks": "Ring tillbaka ({count})",
  "contact.rumours.showCalledBack": "Visa uppringda ({count})",
  "contact.rumours.hideCallbacks": "Dölj återuppringningar",
  "contact.rumours.callbacksHeading": "Ring tillbaka om: ”{text}”",
  "contact.rumours.callbacksEmpty": "Ingen att ringa tillbaka.",
  "contact.rumours.callbacksPurged": "{count} nummer har gallrats efter lagringstiden.",
  "contact.rumours.callbacksPurgedOne": "1 nummer har gallrats efter lagringstiden.",
  "contact.rumours.callbacksFailed": "Listan kunde inte hämtas.",
  "contact.rumours.callbackAsked": "{caseNumber}, {time}: {question}",
  "contact.rumours.calledBackCount": "{count} uppringda",
  "contact.rumours.calledBack": "Uppringd {time} av {name}",
  "contact.rumours.markCalledBack": "Uppringd",
  "contact.rumours.markCalledBackLabel": "Uppringd: ärende {caseNumber}",
  "contact.rumours.undoCalledBack": "Ångra",
  "contact.rumours.undoCalledBackLabel": "Ångra: ärende {caseNumber} är inte uppringt",
  "contact.rumours.markFailed": "Det gick inte att spara. Försök igen.",
  "contact.announce.calledBack": "Ärende {caseNumber} är markerat som uppringt.",
  "contact.announce.calledBackUndone": "Ärende {caseNumber} väntar på återuppringning igen.",
  "contact.announce.rumourCorrected": "Ryktet ”{text}” är rättat. Rättelsen finns i manuset.",

  "contact.form.claim": "Gäller ryktet",
  "contact.form.claimNone": "Inget rykte",
  "contact.form.claimHint":
    "Välj ryktet som den som ringer frågar om; med ett nummer hamnar hen på listan att ringa tillbaka när rättelsen är ute.",

  "contact.script.new": "Ny",
  "contact.script.changed": "Ändrad",
  "contact.script.changeAt": "Publicerat kl. {time}",
  "contact.script.seen": "Sett",
  "contact.script.seenLabel": "Jag har sett ”{headline}”",
  "contact.announce.bulletinNew": "Nytt i manuset: {headline}",
  "contact.announce.bulletinChanged": "Ändrat i manuset: {headline}",
};
