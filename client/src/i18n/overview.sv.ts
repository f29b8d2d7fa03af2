/** Swedish strings for the incident overview's loggbok and section order; spread into sv.ts. */
export const overviewSv = {
  "log.showSystem": "Visa systemhändelser ({count})",
  "log.systemHint": "Systemhändelserna (ändringar i meddelanden, uppgifter och påståenden) är dolda.",
  "log.emptyManual": "Inga beslut eller anteckningar ännu. Skriv den första ovan.",
  "log.entries": "Loggbokens poster",
};
