import { useCallback } from "react";
import { useLanguage } from "../../i18n/useT";

/**
 * The panel's texts, Swedish first and English selectable, kept beside the feature while the shared dictionaries
 * (client/src/i18n) are being reorganised; they can move there as they are.
 */
const sv = {
  heading: "Nationell bild",
  intro: "Krisinformation.se och VMA för vårt län. Så vet du vad den som ringer har hört.",
  vma: "VMA",
  vmaLong: "Viktigt meddelande till allmänheten",
  news: "Nyhet",
  updatedAt: "Senast uppdaterad {time}",
  neverUpdated: "Inte hämtad än",
  off: "Nationell bild är avstängd: ingen adress till Krisinformation är inställd.",
  sourceDown: "Krisinformation svarar inte just nu ({error}). Du ser det senast hämtade.",
  skipped: "{n} poster från källan gick inte att läsa och visas inte.",
  empty: "Inga nyheter eller VMA för länet just nu.",
  loadError: "Det gick inte att hämta den nationella bilden.",
  published: "Publicerad {time}",
  updated: "uppdaterad {time}",
  read: "Läs på krisinformation.se",
  newWindow: "öppnas i nytt fönster",
  cite: "Citera i faktaregistret",
  cited: "Citerad i faktaregistret",
  citeError: "Det gick inte att citera: {error}",
  newVma: "Nytt VMA: {headline}",
  area: "Område",
  hitsHeading: "Från Krisinformation",
  hitsIntro: "Nationell information, inte kommunens FAQ. Hänvisa till källan.",
  source: "Källa: {source}",
};
type Key = keyof typeof sv;
const en: Record<Key, string> = {
  heading: "National picture",
  intro: "Krisinformation.se and VMA for our county, so you know what callers have heard.",
  vma: "VMA",
  vmaLong: "Important public announcement",
  news: "News",
  updatedAt: "Last updated {time}",
  neverUpdated: "Not fetched yet",
  off: "The national picture is off: no Krisinformation address is configured.",
  sourceDown: "Krisinformation is not answering right now ({error}). You see what was last fetched.",
  skipped: "{n} items from the source could not be read and are not shown.",
  empty: "No news or VMA for the county right now.",
  loadError: "The national picture could not be loaded.",
  published: "Published {time}",
  updated: "updated {time}",
  read: "Read on krisinformation.se",
  newWindow: "opens in a new window",
  cite: "Cite in the facts register",
  cited: "Cited in the facts register",
  citeError: "Could not cite: {error}",
  newVma: "New VMA: {headline}",
  area: "Area",
  hitsHeading: "From Krisinformation",
  hitsIntro: "National information, not the municipality's FAQ. Refer to the source.",
  source: "Source: {source}",
};

export type NationalText = (key: Key, params?: Record<string, string | number>) => string;

export function useNationalText(): NationalText {
  const lang = useLanguage();
  return useCallback(
    (key: Key, params?: Record<string, string | number>) =>
      (lang === "en" ? en : sv)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params && name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
}
