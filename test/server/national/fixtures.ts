/**
 * Krisinformation open API v3 items, in the shape of the real answers: the field list of the open-data page
 * (https://www.krisinformation.se/om-krisinformation/oppen-data: Identifier, PushMessage, Published, Updated,
 * Headline, Preamble, BodyText, Area[] with Type/Description/Coordinate/GeometryInformation, Web, Language,
 * SourceID) and public clients that read it (RichardPson/reefsoft-web js/apicall_krisinformation.js reads
 * /v3/news?allCounties=true&days=…; county filters on Area[].Type "County" and Area[].Description "… län" in public
 * Home Assistant integrations). The texts follow the VMA template observed on krisinformation.se
 * (../shared/research/checklist-rules.md §7) and a typical news item; places and identifiers are made up.
 */
export type RawItem = Record<string, unknown>;

const county = (name: string) => ({
  Type: "County",
  Description: name,
  Coordinate: "12.2,57.9 0",
  GeometryInformation: { PoleOfInInaccessibility: { type: "Point", coordinates: [12.2, 57.9] } },
});

export const NEWS_STORM: RawItem = {
  Identifier: "KRI-2026-12-03-0001",
  PushMessage: "SMHI varnar för storm i Västra Götalands län",
  Published: "2026-12-03T06:10:00+01:00",
  Updated: "2026-12-03T06:10:00+01:00",
  Headline: "Orange varning för storm i Västra Götalands län",
  Preamble: "SMHI har utfärdat en orange varning för storm längs kusten i Västra Götalands län från i kväll.",
  BodyText: "Det kan bli stora störningar i trafiken och elavbrott. Undvik att vistas i skog och vid kusten.",
  Area: [county("Västra Götalands län")],
  Web: "https://www.krisinformation.se/nyheter/2026/december/orange-varning-for-storm",
  Language: "sv",
  Event: "News",
  SenderName: "SMHI",
  SourceID: 4711,
};

/** The same item later: the warning was raised (a new Updated and a changed Preamble). */
export const NEWS_STORM_UPDATED: RawItem = {
  ...NEWS_STORM,
  Updated: "2026-12-03T09:30:00+01:00",
  Headline: "Röd varning för storm i Västra Götalands län",
  Preamble: "SMHI har höjt varningen till röd. Stormen väntas nå kusten i kväll.",
};

export const NEWS_OTHER_COUNTY: RawItem = {
  ...NEWS_STORM,
  Identifier: "KRI-2026-12-03-0002",
  Headline: "Vattenläcka i Luleå",
  Preamble: "En vattenledning har gått sönder i centrala Luleå.",
  Area: [county("Norrbottens län")],
  Web: "https://www.krisinformation.se/nyheter/2026/december/vattenlacka-lulea",
};

export const NEWS_NATIONWIDE: RawItem = {
  ...NEWS_STORM,
  Identifier: "KRI-2026-12-03-0003",
  Headline: "Störningar i mobilnätet i hela landet",
  Preamble: "Flera operatörer har störningar. 112 fungerar.",
  Area: [{ Type: "Country", Description: "Sverige", Coordinate: "", GeometryInformation: null }],
  Web: "https://www.krisinformation.se/nyheter/2026/december/storningar-mobilnatet",
};

export const VMA_SMOKE: RawItem = {
  Identifier: "VMA-2026-12-03-SR-0042",
  PushMessage: "Viktigt meddelande till allmänheten i Norrby i Exempelby kommun, Västra Götalands län.",
  Published: "2026-12-03T10:02:00+01:00",
  Updated: "2026-12-03T10:02:00+01:00",
  Headline: "Viktigt meddelande till allmänheten i Norrby",
  Preamble:
    "Viktigt meddelande till allmänheten i Norrby i Exempelby kommun, Västra Götalands län. Det brinner i en industrilokal med kraftig rökutveckling.",
  BodyText:
    "Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Göteborg.",
  Area: [
    county("Västra Götalands län"),
    { Type: "Municipality", Description: "Exempelby kommun", Coordinate: "12.3,57.8 0", GeometryInformation: null },
  ],
  Web: "https://www.krisinformation.se/vma/2026/vma-norrby",
  Language: "sv",
  Event: "Alert",
  SenderName: "Sveriges Radio",
  SourceID: "SR",
};

/** Broken items a real feed could carry: no headline, an impossible time, not even an object. */
export const MALFORMED: unknown[] = [
  { ...NEWS_STORM, Identifier: "KRI-BROKEN-1", Headline: "" },
  { ...NEWS_STORM, Identifier: "KRI-BROKEN-2", Published: "igår" },
  "nonsense",
  { Headline: "no identifier", Published: "2026-12-03T10:00:00Z" },
];

export const COUNTY = "Västra Götalands län";
