import type { claimsContactSv } from "./claimsContact.sv";

/** English strings for the desk's contact-centre link; exactly the keys of the sv file. */
export const claimsContactEn: Record<keyof typeof claimsContactSv, string> = {
  "claims.faq.create": "Send to the contact centre FAQ",
  "claims.faq.update": "Update the FAQ answer",
  "claims.faq.created": "The FAQ answer is published for the contact centre.",
  "claims.faq.updated": "The FAQ answer is updated (version {version}).",
  "claims.faq.open": "Open the FAQ answer",
  "claims.faq.failed": "The FAQ answer could not be saved: {message}",
  "claims.faq.title": "Contact centre FAQ",
  "claims.faq.intro":
    "The published correction becomes a published FAQ answer for the contact centre: the question callers ask, the headline as the first sentence to say.",
  "claims.faq.entryMeta": "(version {version}, {status})",

  "contact.claim.heading": "Callers say that …",
  "contact.claim.intro":
    "Is a rumour or a false statement going around among callers? Send it to the media monitoring desk.",
  "contact.claim.incident": "Incident",
  "contact.claim.text": "What do callers say?",
  "contact.claim.textHint": "Write the claim the way callers put it. Ctrl+Enter sends it.",
  "contact.claim.callers": "How many have called about it?",
  "contact.claim.submit": "Send to media monitoring",
  "contact.claim.sent": "Thank you! The claim has been sent to media monitoring (calls: {callers}).",
  "contact.claim.failed": "The claim could not be sent: {message}",
  "contact.claim.noIncident": "There is no active incident to link the claim to.",
  "contact.claim.for": "Sent for: {title}",
  "contact.claim.chooseIncident": "First choose the incident you work on, at the top of the page.",
};
