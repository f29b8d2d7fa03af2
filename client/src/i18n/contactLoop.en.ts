import type { contactLoopSv } from "./contactLoop.sv";

/** Closing the loop with the contact centre. */
export const contactLoopEn: Record<keyof typeof contactLoopSv, string> = {
  "claims.calls": "Calls",
  "claims.callsCount": "{count} calls",
  "claims.callsCountOne": "{count} call",

  "contact.claim.joined": "Media monitoring already has this claim. The calls are counted (calls so far: {calls}).",

  "contact.rumours.heading": "Rumours from the contact centre",
  "contact.rumours.intro":
    "Claims callers have reported about the incident and how far media monitoring has got with them.",
  "contact.rumours.none": "No rumours from callers yet.",
  "contact.rumours.chooseIncident": "Choose the incident at the top to see its rumours.",
  "contact.rumours.calls": "Calls: {calls}",
  "contact.rumours.waiting": "{count} waiting for a callback",
  "contact.rumours.status.new": "Received, not assessed yet",
  "contact.rumours.status.triaged": "Assessed",
  "contact.rumours.status.assigned": "Being worked on",
  "contact.rumours.status.correcting": "Correction being written",
  "contact.rumours.status.in_review": "Correction in review",
  "contact.rumours.status.corrected": "Corrected",
  "contact.rumours.status.dismissed": "Dismissed",
  "contact.rumours.showCallbacks": "Call back ({count})",
  "contact.rumours.showCalledBack": "Show called back ({count})",
  "contact.rumours.hideCallbacks": "Hide callbacks",
  "contact.rumours.callbacksHeading": "Call back about: “{text}”",
  "contact.rumours.callbacksEmpty": "Nobody to call back.",
  "contact.rumours.callbacksPurged": "{count} numbers were deleted after the retention period.",
  "contact.rumours.callbacksPurgedOne": "1 number was deleted after the retention period.",
  "contact.rumours.callbacksFailed": "The list could not be loaded.",
  "contact.rumours.callbackAsked": "{caseNumber}, {time}: {question}",
  "contact.rumours.calledBackCount": "{count} called back",
  "contact.rumours.calledBack": "Called back {time} by {name}",
  "contact.rumours.markCalledBack": "Called back",
  "contact.rumours.markCalledBackLabel": "Called back: case {caseNumber}",
  "contact.rumours.undoCalledBack": "Undo",
  "contact.rumours.undoCalledBackLabel": "Undo: case {caseNumber} not called back",
  "contact.rumours.markFailed": "Could not be saved. Try again.",
  "contact.announce.calledBack": "Case {caseNumber} is marked as called back.",
  "contact.announce.calledBackUndone": "Case {caseNumber} is waiting for a callback again.",
  "contact.announce.rumourCorrected": "The rumour “{text}” is corrected. The correction is in the script.",

  "contact.form.claim": "About the rumour",
  "contact.form.claimNone": "No rumour",
  "contact.form.claimHint":
    "Choose the rumour the caller asks about; with a number they go on the list to call back once the correction is out.",

  "contact.script.new": "New",
  "contact.script.changed": "Changed",
  "contact.script.changeAt": "Published at {time}",
  "contact.script.seen": "Seen",
  "contact.script.seenLabel": "I have seen “{headline}”",
  "contact.announce.bulletinNew": "New in the script: {headline}",
  "contact.announce.bulletinChanged": "Changed in the script: {headline}",
};
