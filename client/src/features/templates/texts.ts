import { useCallback } from "react";
import { useLanguage } from "../../i18n/useT";

/** Texts of "Nytt meddelande från mall", Swedish first, English selectable; kept beside the feature for now. */
const sv = {
  newFromTemplate: "Nytt meddelande från mall",
  newIncidentFromTemplate: "Ny händelse från mall",
  newIncidentTitle: "Ny händelse från mall",
  newIncidentIntro: "Starta händelsen från ett förberett scenario. Det första meddelandet skapas direkt som utkast på fyra språk, med förslag till frågor och svar.",
  backToList: "Tillbaka till händelserna",
  incidentName: "Händelsens namn",
  incidentNameHint: "Lämnar du fältet tomt heter händelsen som mallen och området.",
  exercise: "Det här är en övning",
  title: "Nytt meddelande från mall",
  back: "Tillbaka till händelsen",
  intro: "Välj en förberedd mall och fyll i det som gäller just nu. Meddelandet skapas som utkast på svenska, lättläst svenska, engelska och finska, med förslag till frågor och svar.",
  scenario: "Mall",
  slots: "Fyll i",
  language: "Huvudspråk",
  otherLanguages: "På andra språk (frivilligt)",
  otherLanguagesHint: "Lämnar du fälten tomma används den svenska texten.",
  preview: "Förhandsvisning",
  create: "Skapa utkast",
  creating: "Skapar …",
  required: "Fyll i {label}.",
  loadError: "Det gick inte att hämta mallarna.",
  error: "Det gick inte att skapa meddelandet: {error}",
  cap: "Kategori {categories}, allvarlighet {severity}, brådska {urgency}, gäller i {hours} timmar.",
  sources: "Bygger på",
  created: "Utkast skapat",
  "lang.sv": "Svenska",
  "lang.sv-lattlast": "Lättläst svenska",
  "lang.en": "Engelska",
  "lang.fi": "Finska",
};
type Key = keyof typeof sv;
const en: Record<Key, string> = {
  newFromTemplate: "New message from template",
  newIncidentFromTemplate: "New incident from template",
  newIncidentTitle: "New incident from template",
  newIncidentIntro: "Start the incident from a prepared scenario. The first message is created at once as a draft in four languages, with suggested questions and answers.",
  backToList: "Back to the incidents",
  incidentName: "Incident name",
  incidentNameHint: "Left empty, the incident is named after the template and the area.",
  exercise: "This is an exercise",
  title: "New message from template",
  back: "Back to the incident",
  intro: "Pick a prepared template and fill in what applies now. The message is created as a draft in Swedish, easy Swedish, English and Finnish, with suggested questions and answers.",
  scenario: "Template",
  slots: "Fill in",
  language: "Main language",
  otherLanguages: "In other languages (optional)",
  otherLanguagesHint: "Left empty, the Swedish text is used.",
  preview: "Preview",
  create: "Create draft",
  creating: "Creating …",
  required: "Fill in {label}.",
  loadError: "The templates could not be loaded.",
  error: "The message could not be created: {error}",
  cap: "Category {categories}, severity {severity}, urgency {urgency}, valid for {hours} hours.",
  sources: "Based on",
  created: "Draft created",
  "lang.sv": "Swedish",
  "lang.sv-lattlast": "Easy Swedish",
  "lang.en": "English",
  "lang.fi": "Finnish",
};

export type TemplateText = (key: Key, params?: Record<string, string | number>) => string;

export function useTemplateText(): TemplateText {
  const lang = useLanguage();
  return useCallback(
    (key: Key, params?: Record<string, string | number>) =>
      (lang === "en" ? en : sv)[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole)),
    [lang],
  );
}
