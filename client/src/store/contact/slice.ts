import type { ContactClaim } from "@shared/schemas/claim";
import type { Slice } from "../slice";
import { EMPTY_CONTACT, newerEntry, withContactClaim, type ContactSlice, type ContactState } from "./state";

type Set = (fn: (contact: ContactState) => Partial<ContactState>) => void;

export const createContactSlice: Slice<ContactSlice> = (set) => {
  const patch: Set = (fn) => set((s) => ({ contact: { ...s.contact, ...fn(s.contact) } }));
  return {
    contact: EMPTY_CONTACT,
    setFaqEntries: (entries) =>
      patch((c) => {
        const faq = { ...c.faq };
        for (const e of entries) if (newerEntry(faq[e.id], e)) faq[e.id] = e;
        return { faq, faqStatus: "loaded" };
      }),
    setFaqStatus: (faqStatus) => patch(() => ({ faqStatus })),
    upsertFaqEntry: (entry) =>
      patch((c) => (newerEntry(c.faq[entry.id], entry) ? { faq: { ...c.faq, [entry.id]: entry } } : {})),
    markFaqSeen: (id) =>
      patch((c) => {
        if (!c.faqChanges[id]) return {};
        const { [id]: _seen, ...rest } = c.faqChanges;
        return { faqChanges: rest };
      }),
    setSuggestions: (list) =>
      patch(() => ({ suggestions: Object.fromEntries(list.map((s) => [s.id, s])), suggestionsStatus: "loaded" })),
    upsertSuggestion: (suggestion) =>
      patch((c) => ({ suggestions: { ...c.suggestions, [suggestion.id]: suggestion } })),
    setSuggestionsStatus: (suggestionsStatus) => patch(() => ({ suggestionsStatus })),
    markScriptSeen: (id) =>
      patch((c) => {
        if (!c.scriptChanges[id]) return {};
        const { [id]: _seen, ...rest } = c.scriptChanges;
        return { scriptChanges: rest };
      }),
    setContactClaims: (list) =>
      patch((c) => {
        // The list is the truth about which claims there are; a copy an event made newer meanwhile is kept.
        const kept: Record<string, ContactClaim> = {};
        for (const claim of list) {
          const current = c.contactClaims[claim.id];
          if (current) kept[claim.id] = current;
        }
        return { contactClaims: list.reduce(withContactClaim, kept), contactClaimsStatus: "loaded" };
      }),
    setContactClaimsStatus: (contactClaimsStatus) => patch(() => ({ contactClaimsStatus })),
    upsertContactClaim: (claim) => patch((c) => ({ contactClaims: withContactClaim(c.contactClaims, claim) })),
  };
};
