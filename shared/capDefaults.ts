import type { IncidentSeverity } from "./schemas/incident.js";
import type { CapCategory, CapSeverity, CapUrgency } from "./schemas/bulletin.js";

/**
 * A bulletin's CAP fields before anyone picks them: taken from its incident, so a severe storm does not go out as
 * Moderate/Safety. Used by the server when a new bulletin leaves them out and by the editor for a new draft;
 * both keep whatever the writer chose.
 */
export interface CapDefaults {
  severity: CapSeverity;
  urgency: CapUrgency;
  categories: CapCategory[];
}

const SEVERITY: Record<IncidentSeverity, CapSeverity> = {
  minor: "Minor",
  moderate: "Moderate",
  severe: "Severe",
  extreme: "Extreme",
};
/**
 * The incident severity a CAP severity stands for: a new incident started from a scenario template ("Storm",
 * Severe) takes the template's severity instead of the default. Unknown says nothing, so it is the default.
 */
export function incidentSeverityOf(cap: CapSeverity): IncidentSeverity {
  const found = (Object.keys(SEVERITY) as IncidentSeverity[]).find((s) => SEVERITY[s] === cap);
  return found ?? "moderate";
}

// Serious incidents ask people to act now; a minor one is about what is coming.
const URGENCY: Record<IncidentSeverity, CapUrgency> = {
  minor: "Future",
  moderate: "Expected",
  severe: "Immediate",
  extreme: "Immediate",
};

/**
 * The incident's type, read from its title and description (incidents carry no type field): the first rule whose
 * word stem occurs wins, so "skogsbrand" is Fire before any weather word, and "kemikalieutsläpp" CBRNE before Env.
 * Stems are Swedish and English, matched at a word's start or inside a compound (Swedish writes them together).
 */
const CATEGORY_RULES: ReadonlyArray<readonly [CapCategory, RegExp]> = [
  ["CBRNE", /kemikali|kemisk|radioaktiv|strålning|kärnkraft|ammoniak|klorgas|chemical|radiolog|nuclear/],
  ["Fire", /brand|bränder|eldsvåda|\beld|rökutveckling|fire\b|wildfire/],
  [
    "Security",
    /terror|skottlossning|skjutning|\bhot\b|bomb|cyberangrepp|it-attack|sabotage|våldsbejak|threat|shooting|attack/,
  ],
  [
    "Met",
    /storm|orkan|oväder|snöoväder|snöfall|skyfall|åska|blixt|värmebölja|kyla|hurricane|heatwave|weather|snow|\bregn|\bvind|halka|översvämning|högvatten|flood/,
  ],
  ["Geo", /jordskred|skred|jordbävning|\bras\b|landslide|earthquake|sinkhole/],
  [
    "Health",
    /smitta|smittspridning|pandemi|epidemi|legionella|salmonella|kokningsrekommendation|kokning|förorenat vatten|disease|outbreak|infection|boil/,
  ],
  ["Env", /utsläpp|oljeutsläpp|förorening|miljö|algblomning|pollution|spill/],
  [
    "Infra",
    /vatten|avlopp|elavbrott|strömavbrott|\bel\b|elförsörjning|fjärrvärme|telefoni|bredband|mobilnät|it-avbrott|power|outage|water/,
  ],
  ["Transport", /trafik|\bväg|järnväg|\btåg|\bbuss|färja|flyg|\bbro\b|tunnel|traffic|railway|\broad/],
  ["Rescue", /räddning|eftersök|försvunnen|drunkn|rescue|search/],
];

export function capCategoryFor(text: string): CapCategory {
  const haystack = text.toLowerCase();
  return CATEGORY_RULES.find(([, pattern]) => pattern.test(haystack))?.[0] ?? "Safety";
}

export function capDefaults(incident: {
  severity: IncidentSeverity;
  title: string;
  description?: string;
}): CapDefaults {
  return {
    severity: SEVERITY[incident.severity],
    urgency: URGENCY[incident.severity],
    categories: [capCategoryFor(`${incident.title}\n${incident.description ?? ""}`)],
  };
}

/** An hour's grace after the promised update: a late update must not leave aggregators with an expired alert. */
export const CAP_EXPIRES_GRACE_MS = 60 * 60_000;

/** CAP `expires` when the writer set none: the promised next update plus the grace, or none without a promise. */
export function capExpires(expiresAt: string | null, nextUpdateAt: string | null): string | null {
  if (expiresAt) return expiresAt;
  return nextUpdateAt ? new Date(Date.parse(nextUpdateAt) + CAP_EXPIRES_GRACE_MS).toISOString() : null;
}
