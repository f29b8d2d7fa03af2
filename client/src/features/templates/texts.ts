import { useCallback } from "react";
import { useLanguage } from "../../i18n/useT";

/** Texts of "Nytt meddelande från mall", Swedish first, English selectable; kept beside the feature for now. */
const sv = {
  newFromTemplate: "Nytt meddelande från mall",
  newIncidentFromTemplate: "Ny händelse från mall",
  newIncidentTitle: "Ny händelse från mall",
  newIncidentIntro:
    "Starta händelsen från ett förberett scenario. Det första meddelandet skapas direkt som utkast på fyra språk, med förslag till frågor och svar.",
  backToList: "Tillbaka till händelserna",
  incidentName: "Händelsens namn",
  incidentNameHint: "Lämnar du fältet tomt heter händelsen som mallen och området.",
  exercise: "Det här är en övning",
  title: "Nytt meddelande från mall",
  editTemplates: "Redigera mallar",
  editorTitle: "Mallar",
  editorIntro:
    "Ändra en mall eller gör en ny utifrån den. En sparad version är ett utkast tills en annan administratör eller krisledare godkänner den. Varje språk måste klara publiceringskontrollen med mallens exempelvärden.",
  newId: "Spara som ny mall med id (frivilligt)",
  newIdHint: "Små bokstäver, siffror och bindestreck, till exempel gasutslapp. Tomt: ändra den här mallen.",
  titleSv: "Namn på svenska",
  titleEn: "Namn på engelska",
  headline: "Rubrik",
  body: "Vad har hänt",
  instruction: "Vad ska man göra",
  sms: "SMS",
  social: "Sociala medier",
  script: "Manus för kontaktcenter",
  save: "Spara utkast",
  saved: "Version {version} är sparad som utkast.",
  versions: "Versioner",
  draft: "Utkast",
  approvedStatus: "Godkänd",
  approve: "Godkänn version {version}",
  savedBy: "sparad av {name}",
  awaitsOther: "Väntar på att en annan administratör eller krisledare godkänner den.",
  approvedDone: "Version {version} är godkänd och används nu.",
  builtIn: "Inbyggd version, ingen ändring sparad.",
  slotsNote:
    "Platshållare i klammer, till exempel {område}, fylls i när meddelandet skapas. Platshållare, CAP-fält och frågor och svar ändras inte här.",
  back: "Tillbaka till händelsen",
  intro:
    "Välj en förberedd mall och fyll i det som gäller just nu. Meddelandet skapas som utkast på svenska, lättläst svenska, engelska och finska, med förslag till frågor och svar.",
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
  newIncidentIntro:
    "Start the incident from a prepared scenario. The first message is created at once as a draft in four languages, with suggested questions and answers.",
  backToList: "Back to the incidents",
  incidentName: "Incident name",
  incidentNameHint: "Left empty, the incident is named after the template and the area.",
  exercise: "This is an exercise",
  title: "New message from template",
  editTemplates: "Edit templates",
  editorTitle: "Templates",
  editorIntro:
    "Change a template or make a new one from it. A saved version is a draft until another admin or lead approves it. Every language must pass the publish check with the template's example values.",
  newId: "Save as a new template with id (optional)",
  newIdHint: "Lower-case letters, digits and hyphens, e.g. gas-leak. Empty: change this template.",
  titleSv: "Name in Swedish",
  titleEn: "Name in English",
  headline: "Headline",
  body: "What has happened",
  instruction: "What to do",
  sms: "SMS",
  social: "Social media",
  script: "Contact-centre script",
  save: "Save draft",
  saved: "Version {version} is saved as a draft.",
  versions: "Versions",
  draft: "Draft",
  approvedStatus: "Approved",
  approve: "Approve version {version}",
  savedBy: "saved by {name}",
  awaitsOther: "Waiting for another administrator or crisis lead to approve it.",
  approvedDone: "Version {version} is approved and in use.",
  builtIn: "Built-in version, no change saved.",
  slotsNote:
    "Placeholders in braces, e.g. {område}, are filled in when the message is created. Placeholders, CAP fields and questions and answers are not changed here.",
  back: "Back to the incident",
  intro:
    "Pick a prepared template and fill in what applies now. The message is created as a draft in Swedish, easy Swedish, English and Finnish, with suggested questions and answers.",
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
      (lang === "en" ? en : sv)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params && name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
}
