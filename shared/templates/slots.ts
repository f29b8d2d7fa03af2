import type { TemplateSlot } from "./types.js";

/** Slots most scenarios share; a scenario lists the ones its texts use. */
export const SLOT = {
  avsändare: { name: "avsändare", kind: "text", label: { sv: "Avsändare", en: "Sender" }, example: "Norrby kommun" },
  område: { name: "område", kind: "text", label: { sv: "Område", en: "Area" }, example: "Norrby och Söderäng" },
  tid: {
    name: "tid",
    kind: "datetime",
    label: { sv: "När det började", en: "When it started" },
    example: "2026-12-03T06:30:00.000Z",
  },
  telefon: {
    name: "telefon",
    kind: "text",
    label: { sv: "Telefonnummer för frågor", en: "Phone number for questions" },
    example: "0123-45 67 00",
  },
  webb: { name: "webb", kind: "text", label: { sv: "Webbplats", en: "Website" }, example: "norrby.se/kris" },
  nästa_uppdatering: {
    name: "nästa_uppdatering",
    kind: "datetime",
    label: { sv: "Nästa uppdatering", en: "Next update" },
    example: "2026-12-03T15:00:00.000Z",
  },
} as const satisfies Record<string, TemplateSlot>;

export const slot = (name: string, label: { sv: string; en: string }, example: string): TemplateSlot => ({
  name,
  kind: "text",
  label,
  example,
});
