import {
  ACTIVE,
  ADAPTED,
  CERC,
  DEBUNK,
  FACTUAL,
  FAST,
  IMPARTIAL,
  KLAR,
  KRIS,
  MSB,
  OPEN,
  PLAIN,
  RF,
} from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage, Principle } from "./types.js";

/**
 * Thirty-fourth blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item. Read: types.ts, guidance.ts, build.ts, the first 35 lines of blind31.ts,
 * shared/DESIGN.md, shared/research/checklist-rules.md, and the earlier sets' source URLs (so that no real message
 * repeats a URL already in the corpus; one over-broad grep also showed a few lines of earlier items' text, which were
 * not used). The checklist was never run on these items. HELD-OUT status is decided by the lead.
 *
 * Half Swedish, half English: 28 real messages (14 + 14) and 50 flawed ones (25 + 25). Real kinds: bulletin 9, sms 4,
 * social 4, correction 5, faq 6; flawed kinds: 10 of each. The real messages are published text copied from public
 * authorities and utilities (municipalities, police, fire services, MSB, Krisinformation.se, water companies, US/UK/NZ
 * councils, schools and emergency agencies); whole sentences or paragraphs may be left out, nothing is reworded, and
 * no date, sender or contact has been added. Several are ordinary, imperfect messages (a terse alert, a combative
 * rumour statement, an abbreviation-laden tweet) of the kind the checklist must let through. Each flawed message is
 * a draft by a stressed communicator in the first hours of a storm, cyber attack, fire, water contamination, school
 * threat, heat wave, flood, power cut, medicine shortage or bridge closure; it shows one failure pattern (four carry
 * two principles) and is otherwise meant to look competent. Many flaws are flaws of absence, several sit in a single
 * clause. Flawed labels: factual 9, impartial 9, open 9, active 9, audienceAdapted 9, fast 8. Places, organisations,
 * shops and telephone numbers in the flawed messages are invented.
 */
const { real, bad } = evalSet("", perLanguage("good34", "bad34"));

const FACTUAL_IMPARTIAL: Principle[] = ["factual", "impartial"];
const OPEN_ACTIVE: Principle[] = ["open", "active"];
const ADAPTED_ACTIVE: Principle[] = ["audienceAdapted", "active"];

export const GOOD_BLIND34: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "bulletin",
    "Stadsbron stängs av för trafik den 2 maj",
    `Avstängningen sker från korsningen Behmbrogatan/Hospitalsgatan till S:t Annegatan och gäller motorfordonstrafik. Avstängningen gäller tills vidare. För fotgängare och cyklister blir det ingen förändring.

Biltrafik är även fortsättningsvis tillåten på Östra Storgatan från S:t Annegatan. Och tvärgatorna S:t Annegatan, Östra Kyrkogatan och Skjutsaregatan är öppna som vanligt. Varutransporter och boendetrafik som måste in i det avstängda området får passera avstängningen.`,
    "https://nykoping.se/trafik--resor/trafik/trafikinformation/stadsbron-stangs-av-for-trafik-den-2-maj (Nyköpings kommun, trafikinformation, bridge closure notice)",
  ),
  real(
    "sv",
    "bulletin",
    "Koka allt vatten i Ljustorp",
    `MittSverige Vatten & Avfall och miljökontoret i Timrå kommun uppmanar alla våra kunder som bor i Ljustorp att koka allt vatten som används till dryck och matlagning.

Vattnet som försörjer Ljustorp kan ha förorenats av koliforma bakterier. 1 vattenprov innehåller för höga halter av koliforma bakterier. Rekommendationen om att koka vattnet är en försiktighetsåtgärd och gäller tills vidare, i avvaktan på provsvar.

OBSERVERA!
Barn ska inte leka i vattenspridare, barnbassänger eller liknande när kokningsrekommendationer gäller för dricksvattnet.

MittSverige Vatten & Avfall återkommer med ett nytt meddelande så snart det finns ny information att lämna ut. Åtgärder har diskuterats i samråd med miljökontoret i Timrå kommun.

För information om hur du kokar dricksvatten på andra språk än svenska hänvisar vi till Livsmedelsverkets faktablad som du kan ladda ner via länken nedan.`,
    "https://newsroom.notified.com/news/376653/koka-allt-vatten-i-ljustorp (MittSverige Vatten & Avfall, press release on a boil-water recommendation, Timrå)",
  ),
  real(
    "sv",
    "bulletin",
    "Larm om brand i flerfamiljshus.",
    `Räddningstjänst, ambulans och Polis larmas till en brand i en lägenhet i ett flerfamiljshus på Smedjegatan.

12.57 Det är en konstaterad brand i en lägenhet på den aktuella adressen. Räddningstjänsten har påbörjat sitt arbete.

Polis är på plats har påbörjat evakuering av den delen av fastigheten som berörs, initialt rör det sig om Smedjegatan 8-12. Polisen vill uppmana boende på dessa nummer på Smedjegatan att lämna sina bostäder.

Polis har även spärrat av delar av Smedjegatan samt Södra förstadsgatan.

14.14 Johannesskolan på Nikolaigatan är för närvarande inrymd med tanke på den rökbildning som kommer från branden på Smedjegatan.

13.27 Även boende på Nikolaigatan 10-12 uppmanas av polis på plats att lämna sina hem.

Boende i området uppmanas även att inte uppehålla sig på innergården till den byggnad som brinner. Dels för att undvika risken att få i sig rök samt för att inte störa Polisens och räddningstjänstens arbete på platsen.

13.40 Branden gör att det ramlar ner en del bråte på innergården, därav ytterligare uppmaning till allmänhet att ej uppehålla sig där.

13.56 Boende som lämnat sina hem uppmanas ta sig till den utsedda uppsamlingsplatsen i korsningen Nikolaigatan/slöjdgatan. Kommunen är inkopplade och kommer att öppna upp närliggande lokaler för dom som evakuerats.

16.33 Räddningstjänsten uppskattar att släckningsarbetet kommer pågå i minst 4 timmar till. En person är avförd med ambulans till sjukhus för rökskador.

20.55 Platsen är fortsatt avspärrad, tekniker är beställda till platsen och kommer påbörja sitt arbete när det svalnat på platsen. Ärendet rubriceras som allmänfarlig vårdslöshet.`,
    "https://brottsplatskartan.se/skane-lan/brand-malmo-196289 (Polisen, händelsenotis Brand, Malmö, as republished by Brottsplatskartan)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Den 25 oktober klockan 06.30: Allt går enligt planera och vattnet ska nu ha kommit tillbaka till alla abonnenter. Skolan har vanlig skoldag.

När vattnet kommer tillbaka, kan missfärgat vatten och tryckförändringar förekomma. Missfärgningen är inte farlig, men var försiktig med tvätt av kläder. Spola då kallvatten några minuter tills vattnet är helt klart.

Klockan 22.30. Nu öppnas ventilerna till vattennätet. Öppningen sker med ett lägre tryck för att inte nya läckor ska uppstå. Vissa abonnenter börjar successivt få tillbaka vattnet.

Klockan 22.00. Just nu nu luftas vattenledningarna. Om allt går som planerat släpps vattnet successivt på vid midnatt.

Klockan 18.00. Reparationsarbetet pågår fortfarande och beräknas hålla på hela kvällen. Mer information kommer löpande.

Klockan 15.30. Ny vatten ledning under E4 klar. Vattnet beräknas vara tillbaka under sen eftermiddag.

Klockan 14.30. Uppdatering. Just nu pågår arbetet med att lägga en ny ledning under E4.

Vattenavbrottet berör fastigheter inom området Töre, Törefors och Sören. Vattenbil finns vid Folkets hus i Töre. Ta med egna kärl.

Teknisk försörjning`,
    "https://www.kalix.se/Aktuellt/Driftstorningar/vattenlacka-berorande-tore-torefors-och-soren/ (Kalix kommun, driftstörningar, water leak log with timed updates)",
  ),
  real(
    "sv",
    "bulletin",
    "Koka dricksvattnet i Fröland, Järsta och Gådeå by",
    `HEMAB rekommenderar boende i Fröland, Järsta och Gådeå by att tills vidare koka dricksvattnet. Orsaken är att föroreningar kan ha kommit in i samband med arbete på vattenledningarna.

Rekommendationen är en säkerhetsåtgärd i avvaktan på att provtagning visar godkänt vatten. Det går också att hämta vatten från en vattentank som placeras ut vid korsningen E4/Värptjärnsvägen.

Mer information och instruktioner för hur dricksvattnet ska kokas finns på HEMAB:s hemsida`,
    "https://www.harnosand.se/boendemiljoochtrafik/nyheterboendemiljoochtrafik/nyhetsarkivboendemiljo/kokadricksvattnetifrolandjarstaochgadeaby.5.5b865fdd15f46d3b30099da8.html (Härnösands kommun, news item on HEMAB's boil-water recommendation)",
  ),
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Mora",
    `Uppdatering 2/11 klockan 17.50: Det viktiga meddelandet till allmänheten i Mora, Dalarnas län, gäller inte längre.

Meddelandet gällde en brand på Kråkbergstippen med kraftig rökutveckling som följd. Då röken drev mot Östnor och centrala Mora uppmanade räddningstjänsten alla i området att gå inomhus och stänga dörrar, fönster och ventilation.

För mer information, lyssna på Sveriges Radio P4 Dalarna.`,
    "https://www.krisinformation.se/nyheter/2018/november/vma-mora (Krisinformation.se, news item on a VMA that has been lifted, November 2018)",
  ),
  real(
    "sv",
    "sms",
    undefined,
    "Viktigt meddelande till allmänheten i Heden/Lorensberg i Göteborgs kommun, Västra Götalands län. Explosion har skett vid en entré till ett hyreshus. Polisen uppmanar boende i området att stanna inomhus och hålla sig borta från fönster. För mer information lyssna på Sveriges Radio P4 Göteborg.",
    "https://svt.se/nyheter/lokalt/stockholm/?lokalmeny=1 (VMA requested by Polisen, text as shown in SVT's VMA banner)",
  ),
  real(
    "sv",
    "social",
    undefined,
    `En del väljer att gå förbi eller under banden och går i vissa fall rakt in på en brottsplats. Avspärrningar finns av en anledning, inte för att vi vill jäklas med er!

Vi förstår att det kan vara frustrerande ibland men snälla tänk ett steg till.

Vid en händelse kan det ibland vara bättre att spärra av ett lite större område först för att sedan kunna minska avspärrningen. Det kan exempelvis vara för att inte riskera att tredje person skadas, att viktiga spår förstörs eller helt enkelt för att vi och annan blåljuspersonal ska kunna jobba ostört på platsen.

För varje person som går in innanför avspärrningen krävs det resurs att få bort eller hindra personen och fokus och tid tas från ovan nämnda spårsäkring, fånga upp vittnen och kommunicera viktiga signalement med mera.`,
    "https://marcusoscarsson.se/manga-struntar-i-viktigt-forbud-kan-fa-boter-ar-folk-inte-laskunniga (Polisen Linköping, Facebook post on cordons as quoted, 2024-08-27)",
  ),
  real(
    "sv",
    "correction",
    undefined,
    `SOS Alarm har nåtts av informationen att det pågår ryktesspridning via SMS. I meddelandena skrivs att det gjorts ingripanden i två större gallerior i Stockholmsområdet, där man använder SOS Alarm som källa för informationen.

SOS Alarm vill tydliggöra att bolaget inte har gått ut med någon information av detta slag utan det som framkommer i meddelandet är alltså endast ryktesspridning. SOS Alarm uppmanar de som får sms av denna karaktär att inte okritiskt sprida det vidare.`,
    "https://gfx.aftonbladet-cdn.se/nyheter/a/3EdMEX/sos-alarm-tillbakavisar-rykten-om-dad-mot-gallerior (SOS Alarm, written statement denying an SMS rumour, as published by Aftonbladet 2023-08-17)",
  ),
  real(
    "sv",
    "correction",
    "Vilda spekulationer om skolorna",
    `Det spekuleras och sprids just nu i sociala medier direkt felaktiga uppgifter vad gäller skolor i Malung-Sälens kommun. Vi vill därför göra ett klarläggande.

I sociala medier sprids uppgifter om att det finns politiskt tagna beslut som innebär att skolorna i Malung-Sälens kommun ska förändras, och att skolor ska stängas och barn flytta till bland annat Centralskolan.

Det är helt felaktigt! Några sådana politiska beslut finns inte. Personerna som sprider uppgifterna har blandat ihop saker och ting. Det finns ett tjänsteutlåtande till barn- och utbildningsnämnden (BUN) den 11 mars, framtaget inför den verksamhetsutredning som är beställd av barn- och utbildningsnämnden, och som förväntas vara klar i september.

Politikerna i BUN har inte uttalat sig om inriktningen, utan det är i september det stora jobbet kommer att börja, bland annat via fackliga och politiska diskussioner. Att BUN behöver göra något står däremot klart då det saknas pengar - se artikel om besparingsprogram och den senaste månadsprognosen - och barngrupperna blir allt mindre. Men vad som kommer att göra är absolut inte avgjort!`,
    "http://www.malung.se/omwebbplatsen/nyhetsarkiv/nyhetsarkiv/vildaspekulationeromskolorna.5.2fe57fdc14d9a71aed7d2134.html (Malung-Sälens kommun, news item correcting rumours, 2015)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar kring grillning under eldningsförbudet",
    `Från och med 22 maj och tills vidare råder det eldningsförbud. Förbudet innebär att du inte får göra upp eld utomhus eller grilla direkt på marken. Här har vi samlat frågor och svar när det gäller just hur och var det är tillåtet att grilla.

Fråga: Säg att det kommer lite regn, får man grilla ”som vanligt” då?
Svar: Nej det får man inte, eldningsförbudet gäller fortfarande, vilket betyder speciella regler för grillning och eldning utomhus. Det är fortsatt mycket torrt djupt ner i marken, så det regn som nu kommit, torkar snabbt upp. Det krävs mycket mer nederbörd över längre tid för att brandrisken ska minska.

F: Får jag använda engångsgrill när jag är vid badplatsen, i skogen, i parken etc?
S: I detta extrema läge är det mycket olämpligt om den används i anslutning till skog och terräng. Om den ändå används så måste den placeras så att brandspridning inte kan ske ner i marken, dvs den får endast ställas på underlag som sten, asfalt etc (inte gräs). Följ anvisningen från tillverkaren. Tänk dock på att en park kan ha sina egna regler för vad man får göra, och inte göra, inom området. Även om det är tillåtet ansvarar du själv för att iaktta försiktighet och kunna släcka efter dig.

F: Får jag ta med min klotgrill och grilla i naturen?
S: Ja det får du, men grillen måste placeras på icke brännbart underlag (sten, grus, asfalt, etc). Även om det är tillåtet ansvarar du för att iaktta försiktighet och kunna släcka efter dig.`,
    "http://www.rsgbg.se/nyheter/2018/fragor-och-svar-kring-grillning-under-eldningsforbudet/ (Räddningstjänsten Storgöteborg, FAQ, 14 June 2018)",
  ),
  real(
    "sv",
    "faq",
    "Frågor och svar om utomhusvarning och VMA",
    `Vad är VMA?
VMA kallas den information som Sveriges Radio sänder när Utomhusvarningen Viktigt Meddelande ljudit.

Hur många riktiga VMA utfärdas i Sverige per år?
Olyckor och andra händelser som föranleder att Sveriges Radio sänder ett VMA sker med jämna mellanrum. Oftast på grund av brand eller utsläpp av farliga ämnen. Det brukar skickas ut omkring 40 VMA i radio och TV per år över hela Sverige.

Jag är hörselskadad, hur får jag veta att det har gått ett larm där jag bor?
VMA skickas oftast också ut som sms till mobilen om något allvarligt händer i området där du befinner dig. Du behöver inte anmäla dig någonstans för att få dessa sms.

Skickas VMA ut som sms?
Ja, sedan 1 juli 2017 kan du få sms till mobilen om något allvarligt händer i området där du befinner dig.

Vem sköter om utskick av VMA som sms?
Det är SOS Alarm som skickar ut VMA som SMS.
Du behöver inte anmäla dig någonstans för att få dessa sms.
Den som begär VMA bestämmer även över vilket område som SMS skickas ut till.`,
    "https://www-edit.msb.se/sv/amnesomraden/krisberedskap--civilt-forsvar/befolkningsskydd/varningssystem/fragor-och-svar-om-utomhusvarning-och-vma-ny/ (MSB, FAQ on outdoor warning and VMA)",
  ),
  real(
    "sv",
    "faq",
    "Varför stängs inte grundskolan/grundsärskolan?",
    `En grundskola/grundsärskola kan bara stängas efter samråd med Smittskyddsenheten i regionen, på grund av bemanningsbrist eller på rekommendation av Folkhälsomyndigheten.

I nuläget är våra grundskolor/grundsärskolor öppna som vanligt. Vissa justeringar kan dock behöva göras om det uppstår situationer där det är svårt att lösa bemanningen. Det finns inga beslut om distans- och fjärrundervisning för grundskolan. Grundskolan har beredskap om ett beslut om att stänga en eller flera skolor skulle fattas.`,
    "https://www.uddevalla.se/utbildning-och-barnomsorg/fragor-och-svar-utbildning-och-barnomsorg/fragor-och-svar-coronaviruset/grundskola-och-grundsarskola/2020-03-30-varfor-stangs-inte-grundskolan-grundsarskolan-.html (Uddevalla kommun, FAQ on the coronavirus, 2020-03-30)",
  ),
  real(
    "sv",
    "faq",
    "Skärpt eldningsförbud och frågor om vad som gäller vid grillning",
    `Det skärpta eldningsförbudet gäller fortfarande och vi får mycket frågor om vad som gäller för dig som vill grilla:

- Det är förbjudet att grilla, elda eller bränna med fasta bränslen utanför sammanhållen bebyggelse. Förbudet gäller även vid fasta grillplatser på allmän plats.
- Det är tillåtet att laga mat på egen tomt i grill eller annan anordning för matlagning som är utformad så att det inte finns risk för antändning och brandspridning.
- Du som är campinggäst behöver stämma av med campingägaren eftersom tomten du bor på är deras.
- Du som är campingägare bedömer själv om du tillåter grillning på din camping i det torra vädret.
- Du som bor i lägenhet behöver höra dig för med din hyresvärd eller bostadsrättsförening om vad som gäller just där du bor.

Kom ihåg att du som tänder elden är ansvarig för att släcka den!
För senaste informationen om du får elda eller inte just nu kan du alltid ringa vår telefonsvarare på 018–727 30 55. Generell information om eldning och eldningsförbud hittar du här.`,
    "https://www.uppsalabrandforsvar.se/aktuellt/skarpt-eldningsforbud-och-fragor-om-vad-som-galler-vid-grillning/ (Uppsala brandförsvar, news item answering questions, 29 June 2023)",
  ),

  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "social",
    undefined,
    `The shelter in place order has been lifted in the area of 100 Block of 18th Avenue. Emergency crews remain on the scene.

Expect residual traffic delays and allow for additional travel time. For live traffic information visit https://t.co/KhHeZty2yc.`,
    "https://www.thesfnews.com/shelter-in-place-order-lifted-from-100-block-of-18th-ave/72799 (San Francisco Department of Emergency Management, tweet @SF_emergency of 15 January 2021 as quoted)",
  ),
  real(
    "en",
    "social",
    undefined,
    "⚠️ MFD is on scene of a structure fire at 1804 S. Park Street. This fire is producing a lot of smoke. Please avoid the area! Those in a half-mile radius (approximately six blocks in all directions) of this location are asked to stay indoors with windows closed.",
    "https://madison.com/news/local/crime-and-courts/madison-firefighters-battling-3-alarm-blaze-on-south-park-street/article_1162fb21-e2a3-5bdc-9849-3936f4519cd4.html (Madison Fire Department, tweet @MadisonWIFire of 1 April 2023 as embedded)",
  ),
  real(
    "en",
    "social",
    undefined,
    "Fire Dept. is on scene of a large fire on Henry Street involving skids and rubber mats in the yard. Residents and businesses in the area are advised to close windows and avoid smoke as a precaution. MOE has been notified for air quality monitoring. Avoid the area.",
    "https://www.cbc.ca/news/canada/hamilton/brantford-henry-street-fire-1.5168283 (Brantford Fire Department, tweet @BrantfordFire as quoted, 9 June 2019)",
  ),
  real(
    "en",
    "faq",
    "Public Utilities Department - Boil Water Advisory Information",
    `What actions are being taken
The City’s Water Treatment Facility will take samples of water from different areas along the area affected. Those samples will be analyzed and tested for a required 24-hour testing period.  After that time period, we will lift the advisory or continue testing if any evidence of bacteria is found.

Where can you get information?
Latest information available will be on the City's web site,
Listen to local radio stations, newspapers,, and local TV channels for updates.`,
    "https://cityofgallipolis.com/public-utilities-department-boil-water-advisory-information/ (City of Gallipolis, Ohio, Public Utilities Department, boil water advisory questions)",
  ),
  real(
    "en",
    "faq",
    "Should Citizens be concerned about water supply disruption?",
    "Natural disaster emergencies such as tornadoes and hurricanes have the potential to disrupt power supply and the ability to pump water. This is not the case when dealing with a pandemic. The Public Works Department anticipates having continuous electricity to pump water with. Disinfection is most important therefore measurements are taken hourly. We do not anticipate any disruption of water services due to COVID-19.",
    "https://wichitafallstx.gov/Faq.aspx?QID=624 (City of Wichita Falls, Texas, FAQ, 2020)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `We are doing all we can to make sure customers can still contact us, but we do ask people to be patient as we put necessary arrangements in place.

We have been actively working with the National Cyber Security Centre and the National Crime Agency to understand more about the nature of this incident and minimise the impact of it.

Our main focus for the coming days is to manage urgent customer issues and continue to work with the national agencies to bring our systems back online as quickly as possible, but only once we are confident it is safe to do so.

Although we can still receive emails and phone calls, it will take longer than normal for us to respond. We are taking the situation extremely seriously and thank you for your co-operation and understanding.`,
    "https://securityjournaluk.com/uk-council-statement-following-cyber-incident/ (Gloucester City Council, official statement on a cyber incident as quoted, 23 December 2021)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    "We understand this is a real inconvenience for people living and working in the village. We’ve monitored this bridge closely and it was right that we closed it as soon as the risk to the public was identified. We now have to take stock and look at the options available. At this stage it impossible to say with certainty how long the bridge may be closed for, unfortunately it may be a prolonged period, but we will provide further information as soon as we know more.",
    "https://www.itv.com/news/border/2017-10-18/divers-discover-significant-damage-to-burneside-bridge/ (Cumbria County Council, statement by the Assistant Director Highways on the Ford Bridge closure as quoted, 18 October 2017)",
  ),
  real(
    "en",
    "bulletin",
    "Large Fire At Recycling Plant In Wairau Valley Auckland",
    `Fire and Emergency New Zealand was alerted to a well involved fire at a recycling plant on Hillside Road in Wairau Valley Auckland at 17.24 this evening.

It is understood there are batteries on fire inside the factory and the fire is producing large amounts of smoke.

The fire is now at Alert Level 5. Multiple fire crews from across Auckland are responding.

We ask people in the area to stay inside and close windows due to the smoke. There is no immediate need to evacuate unless advised to do so.

Roads have been closed in the area. Please stay away so our crews can get on with the job of extinguishing the fire.`,
    "https://scoop.co.nz/stories/AK202504/S00820.htm (Fire and Emergency New Zealand, media release, April 2025)",
  ),
  real(
    "en",
    "sms",
    undefined,
    "Information from the authorities: Follow the new, stricter advice to stop the spread of covid-19. Read more on the website, Krisinformation.",
    "https://www.krisinformation.se/en/news/2020/december/sms-with-information-about-covid-19 (Krisinformation.se, English news item quoting the national text message of 14 December 2020)",
  ),
  real(
    "en",
    "sms",
    undefined,
    "Evac Order for mobile home, flood areas, and persons with special needs.",
    "https://www.fox35orlando.com/news/seminole-county-evacuation-alert (Seminole County, Florida, second Wireless Emergency Alert before Hurricane Milton, as quoted, 9 October 2024)",
  ),
  real(
    "en",
    "sms",
    undefined,
    `This is a test of Emergency Alerts, a new UK government service that will warn you if there's a life-threatening emergency nearby.

In a real emergency, follow the instructions in the alert to keep yourself and others safe.

Visit gov.uk/alerts for more information.

This is a test. You do not need to take any action.`,
    "https://pressway.org.uk/news/55815-government_releaces_exact_text_of_emergency_alert_to_be_sent_to_all_phones (UK Government, text of the national Emergency Alerts test of 23 April 2023 as released)",
  ),
  real(
    "en",
    "correction",
    "EPD Statement on Social Media Rumors",
    `Statement of EPD Chief Travis C. Bennett:

After news that EPD and WVSP are investigating two entirely separate, isolated matters (on Randolph Avenue and in Highland Park, respectively), social media users have been sharing false and misleading information. In particular, people have been spreading rumors that EPD is aware of an ongoing threat to this community but has chosen not to issue warnings or information about it.

Nothing could be farther from the truth. The only time we would hold back from issuing a statement in such circumstances would be for operational security, such as if an arrest were imminent.

That’s not what is going on here. What’s going on here is what goes on all too often on social media. People hear a few details about an incident, leap to unfounded conclusions, and spread baseless rumors. These rumors end up needlessly frightening the public and complicating our investigations.

As usual, most of what is being said about these two matters is full of errors. Unfortunately, I can’t correct those errors right now without jeopardizing investigations and eventual prosecutions.

I would ask that, if you are seeing inflammatory claims on social media about some incident, and if you are NOT seeing related statements from EPD, please consider the most likely explanation. That is, the rumors are false or exaggerated, the gossips have gotten important details wrong as usual, and there is nothing to make a statement about.

The fact is, just because a serious crime is alleged to have been committed, this is not necessarily grounds for issuing a statement. We make statements when there is vital information to be shared in order to protect the community or otherwise clarify details about a situation of broad, legitimate public interest. Sexual assaults and other violent crimes, in the absence of any indication of a further threat to the public, are not in that category.`,
    "https://cityofelkinswv.com/epd-statement-on-social-media-rumors/ (City of Elkins, West Virginia, Elkins Police Department statement on rumours)",
  ),
  real(
    "en",
    "correction",
    undefined,
    "#MAtraffic #FallRiver due to an unknown source reporting the Braga Bridge is closed..the Braga Bridge is OPEN for travel.",
    "https://www.heraldnews.com/story/news/2017/07/19/the-braga-bridge-is-not/20118410007/ (Massachusetts State Police, tweet @MassStatePolice of 18 July 2017 as quoted)",
  ),
  real(
    "en",
    "correction",
    undefined,
    "New Hanover County Schools has been notified of a text message that is circulating around Williston Middle and New Hanover High School that mentions a confirmed case of Coronavirus (COVID-19) at New Hanover Regional Medical Center (NHRMC). This information is false. It is important that we avoid the spread of misinformation and false statements to prevent panic.",
    "https://www.wect.com/2020/03/04/new-hanover-county-leaders-squash-coronavirus-rumor/ (New Hanover County Schools, statement by the district spokeswoman as quoted, 4 March 2020)",
  ),
];

export const BAD_BLIND34: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: flawed bulletins
  bad(
    "sv",
    "bulletin",
    "speculation about cause, linked to earlier fires on hearsay",
    FACTUAL,
    KRIS,
    "Brand i industrilokal på Hammarvägen i Ekängen",
    `Uppdaterad 3 mars kl. 07.40

I natt vid 02-tiden började det brinna i en industrilokal på Hammarvägen i Ekängen. Räddningstjänsten Tallmo har branden under kontroll, men efterbevakning pågår under förmiddagen. Röken har minskat och driver österut, bort från bostäderna. Ingen person har skadats.

Branden är troligen anlagd. Enligt uppgifter i sociala medier ska det ha synts personer vid lokalen strax innan, och det kan finnas ett samband med containerbränderna i februari.

Hammarvägen är avstängd mellan Verkstadsgatan och Ekängsleden. Har du frågor, ring Tallmo kommuns kontaktcenter 0570-47 10 00. Nästa uppdatering kommer kl. 11.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political blame on the previous majority in a leak update",
    IMPARTIAL,
    RF,
    "Vattenläcka i centrala Norrvik – så påverkas du",
    `Tisdag 9 december kl. 10.15

En huvudledning har gått sönder vid korsningen Storgatan/Kyrkbacken i Norrvik. Ungefär 400 hushåll i centrala Norrvik har lågt tryck eller inget vatten alls. Vi har personal på plats och räknar med att läckan är lagad under eftermiddagen.

En vattentank står vid Norrviks torg. Ta med egna dunkar.

Läckan är tyvärr ingen överraskning. Under förra mandatperioden valde den dåvarande majoriteten att skjuta upp förnyelsen av ledningsnätet år efter år, och det är invånarna som nu får betala priset för den politiken.

Vi uppdaterar här senast kl. 14.00. Frågor: Svanå kommuns VA-jour 0480-12 34 50.`,
  ),
  bad(
    "sv",
    "bulletin",
    "drastic closure decision with no reason given",
    OPEN,
    MSB,
    "Hamnbron stängs för all trafik",
    `Publicerad 21 oktober kl. 15.30

Svanå kommun har beslutat att stänga Hamnbron för all trafik, även gående och cyklister, från i dag kl. 18.00 och tills vidare.

Biltrafik hänvisas till Ringleden via Norra infarten, vilket ger cirka 10 minuter längre restid. Gående och cyklister kan ta den tillfälliga färjan Hamnpendeln, som går var 20:e minut mellan Östra kajen och Fiskartorget kl. 06–23. Skolskjutsarna till Strandskolan går enligt ordinarie tidtabell men via Ringleden.

Vi informerar om nästa steg på svana.se/hamnbron senast torsdag 23 oktober kl. 12.00. Frågor besvaras av kontaktcenter, 0480-12 30 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "toxic smoke over homes with no protective instruction",
    ACTIVE,
    CERC,
    "Brand i däcklager i Rödberga",
    `Måndag 17 augusti kl. 13.05

Sedan klockan 11 brinner det i ett däcklager i Rödberga industriområde. Branden ger en kraftig, svart och giftig rök som just nu driver mot bostadsområdena Rödberga och Västra Lövsta. Räddningstjänsten Tallmo räknar med att släckningsarbetet pågår hela eftermiddagen och kvällen.

Räddningstjänsten är på plats med sex enheter och polisen har spärrat av Industrivägen. Ingen person har skadats.

Nästa uppdatering publiceras kl. 15.00 på tallmo.se. Frågor: kontaktcenter 0570-47 10 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "officialese and unexplained water jargon in a boil notice",
    ADAPTED,
    KLAR,
    "Driftstörning VA – Sandvreten",
    `Onsdag 4 februari kl. 16.20

Till följd av ledningsbrott på huvudvattenledning i Sandvreten har sektionering av berörd ledningssträcka genomförts, varvid trycksättning av nätet kommer att ske etappvis efter avslutad reparation. Vid provtagning har förhöjda halter av koliforma bakterier och E. coli konstaterats, varför abonnenter inom förbrukningsområdet ombeds tillse att vatten avsett för förtäring genomgår kokning intill dess att två på varandra följande tjänliga prov föreligger. Nödvattenförsörjning via tankvagn iordningställs vid Sandvretens bygdegård.

Nästa uppdatering sker torsdag 5 februari kl. 10.00. Frågor besvaras av Tallmo Vatten, 0570-47 20 00.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed sms
  bad(
    "sv",
    "sms",
    "unconfirmed detail from pupils passed on as fact",
    FACTUAL,
    KRIS,
    undefined,
    "Tallmo kommun: Lövstaskolan är stängd i dag tis 10 mars efter ett hot mot skolan. Gärningspersonen ska enligt elever ha haft ett vapen med sig i går. Polisen är på plats. Mer info kl 12 på tallmo.se",
  ),
  bad(
    "sv",
    "sms",
    "shop promoted in an unsafe-water alert",
    IMPARTIAL,
    RF,
    undefined,
    "Svanå kommun: Drick inte kranvattnet i Östra Hagen, det är otjänligt sedan i dag ons 5 aug. Vattentank finns vid Hagaskolan. Bäst pris på flaskvatten har Hagens Livs – passa på! Ny info kl 16 på svana.se",
  ),
  bad(
    "sv",
    "sms",
    "storm warning with no protective advice",
    ACTIVE,
    CERC,
    undefined,
    "Tallmo kommun: SMHI har utfärdat röd varning för storm i natt. Vindbyar upp till 32 m/s väntas över hela kommunen från kl 22 i kväll tis 13 jan till kl 06 ons. Info: tallmo.se",
  ),
  bad(
    "sv",
    "sms",
    "one long officialese sentence for an SMS",
    ADAPTED,
    KLAR,
    undefined,
    "Meddelande från Svanå kommun, samhällsbyggnadsförvaltningen, VA-enheten, 3 juni: Med anledning av konstaterad bakteriell påverkan på det kommunala dricksvattnet inom distributionsområdet Strandvik–Lövsta, vilket framkommit vid ordinarie provtagning enligt gällande kontrollprogram, rekommenderar kommunen samtliga abonnenter att tills vidare koka vatten avsett för dryck och matlagning – ytterligare information avseende åtgärder, provsvar och eventuell nödvattenförsörjning kommer att tillhandahållas via kommunens webbplats svana.se samt i Sveriges Radio P4.",
  ),
  bad(
    "sv",
    "sms",
    "no time of the outage, no estimate, no next update",
    FAST,
    MSB,
    undefined,
    "Strömavbrott i Lövstaby och Björkfors. Vi felsöker. /Tallmo Energi",
  ),

  // ---------------------------------------------------------------- Swedish: flawed social posts
  bad(
    "sv",
    "social",
    "residents' rumour about the cause repeated as news",
    FACTUAL,
    KRIS,
    undefined,
    "Uppdatering kl. 14.30 om utrymningen på Kvarngatan: Vi har hört från flera boende att det ska ha varit ett gasläckage i källaren och att fler hus kan behöva utrymmas under kvällen. Räddningstjänsten är kvar på plats. Boende på Kvarngatan 2–8 kan vara i Kvarnby fritidsgård, som är öppen till kl. 22. Nästa uppdatering kl. 17.00. /Tallmo kommun",
  ),
  bad(
    "sv",
    "social",
    "loaded blame on young people from one district",
    IMPARTIAL,
    RF,
    undefined,
    "Tisdag 28 juli kl. 08.30: Branden i Ekängsskogen i går kväll är släckt, men marken är knastertorr. Polisen utreder branden som misstänkt anlagd. Vi är trötta på att ansvarslösa ungdomar från Rödberga förstör för alla andra – nu får det vara nog! Eldningsförbudet gäller fortfarande i hela kommunen, även engångsgrillar. Tipsa polisen på 114 14 om du sett något. /Tallmo kommun",
  ),
  bad(
    "sv",
    "social",
    "'no comment' without saying why",
    OPEN,
    MSB,
    undefined,
    "Onsdag 19 mars kl. 07.45: Vi har fått många frågor om uppgifterna i Norrviks-Kuriren om att hotet mot Strandskolan kom från en elev på skolan. Vi kommenterar inte det. Strandskolan är öppen som vanligt i dag och fler vuxna finns på plats. Vi uppdaterar här kl. 15.00. /Svanå kommun, utbildningsförvaltningen",
  ),
  bad(
    "sv",
    "social",
    "services down after a cyber attack with no other way to reach the municipality",
    ACTIVE,
    CERC,
    undefined,
    "IT-angrepp mot Tallmo kommun 🔒 Sedan i natt är kommunens e-post, e-tjänster och telefonväxel ur funktion efter ett IT-angrepp. Vi arbetar tillsammans med experter för att få igång systemen igen. Vi vet ännu inte när allt fungerar. Ny information kommer här i kväll kl. 19. /Tallmo kommun, fredag 6 februari kl. 09.45",
  ),
  bad(
    "sv",
    "social",
    "all-caps shouting with stacked exclamation marks",
    ADAPTED,
    KLAR,
    undefined,
    "VARNING!!! KRAFTIG RÖK FRÅN BRANDEN I HAMNEN!!! STÄNG ALLA FÖNSTER OCH DÖRRAR NU!!! STÄNG AV VENTILATIONEN!!! GÅ INTE UT!!! RÄDDNINGSTJÄNSTEN ÄR PÅ PLATS!!! MER INFO KOMMER KL 16!!! /SVANÅ KOMMUN (TIS 4 AUG KL 14.20)",
  ),

  // ---------------------------------------------------------------- Swedish: flawed faq
  bad(
    "sv",
    "faq",
    "confident prediction of restoration that also discourages using the warm shelter",
    FACTUAL,
    MSB,
    "Hur länge blir vi utan ström?",
    "Stormen i natt har fällt träd över flera ledningar i norra delen av kommunen och cirka 2 300 hushåll är utan ström, enligt Tallmo Energis lägesbild kl. 08.00. Montörer är ute på alla större fel. Strömmen kommer helt säkert tillbaka för alla under kvällen, så det finns ingen anledning att åka till värmestugan. Gå inte nära nedfallna ledningar och ring Tallmo Energis felanmälan 0570-47 30 00 om du ser skador. Uppdaterad 14 januari kl. 08.30.",
  ),
  bad(
    "sv",
    "faq",
    "takes the landlord's side against the tenants' association",
    IMPARTIAL,
    RF,
    "Varför är det fortfarande kallt i lägenheterna i Västra Lövsta?",
    "Fjärrvärmen till Västra Lövsta var avstängd i tisdags efter läckan på Lövstavägen och kom tillbaka onsdag kväll. Det kan ta upp till ett dygn innan elementen blir varma igen. Fastighetsbolaget Lövsta Hem har skött situationen föredömligt, och klagomålen från Hyresgästföreningen om bristande information saknar grund. Är det fortfarande kallt i din lägenhet efter torsdag kl. 18, kontakta din hyresvärd. Uppdaterad 12 november kl. 10.00.",
  ),
  bad(
    "sv",
    "faq",
    "'why' answered with 'because it was decided'",
    OPEN,
    MSB,
    "Varför måste vi koka vattnet i Strandvik?",
    "Kokningsrekommendationen i Strandvik är ett beslut som har fattats av ansvariga inom kommunen och den gäller tills vidare. Koka allt vatten som ska drickas eller användas till matlagning tills det bubblar kraftigt. Vattentank finns vid Strandviks skola. Frågor: Svanå Vatten, 0480-12 34 50. Uppdaterad 3 juni kl. 13.00.",
  ),
  bad(
    "sv",
    "faq",
    "police and legal jargon in an FAQ for parents",
    ADAPTED,
    KLAR,
    "Frågor och svar för vårdnadshavare om hotet mot Björkforsskolan",
    `Vad har hänt?
Med anledning av inkommen information avseende hot om våld riktat mot verksamheten har polisanmälan upprättats och förundersökning inletts rörande olaga hot mot grupp samt förberedelse till grov allmänfarlig ödeläggelse. RLC har i samråd med huvudmannen beslutat om förstärkt närvaro samt genomfört en hotbedömning enligt gällande rutin, vars resultat är att hotnivån inte bedöms föranleda stängning av verksamheten.

Ska mitt barn gå till skolan i morgon?
Ja, verksamheten bedrivs enligt ordinarie schema.

Tallmo kommun, barn- och utbildningsförvaltningen, 15 april kl. 17.00. Frågor: rektor via skolans expedition 0570-47 40 10.`,
  ),
  bad(
    "sv",
    "faq",
    "undated answer, next information only 'when we know more'",
    FAST,
    MSB,
    "När kommer apoteken i Tallmo att ha insulin igen?",
    "Flera apotek i Tallmo har just nu slut på vissa insulinpreparat på grund av leveransstörningar hos grossisten. Region Västerhav och apoteken arbetar med att flytta lager mellan orterna. Ta inte ut mer läkemedel än du behöver. Om ditt läkemedel är slut, kontakta din vårdcentral eller ring 1177, så får du hjälp att byta till ett likvärdigt preparat. Vi informerar när vi vet mer.",
  ),

  // ---------------------------------------------------------------- Swedish: flawed corrections
  bad(
    "sv",
    "correction",
    "correction that contradicts its own corrected figure",
    FACTUAL,
    KRIS,
    "Rättelse: antalet hushåll utan vatten i Kvarnby",
    "Rättelse 8 september kl. 11.20: I vårt inlägg i morse skrev vi att cirka 30 hushåll i Kvarnby är utan vatten. Det rätta är att omkring 300 hushåll berörs. Vattenläckan på Kvarnbyvägen lagas under dagen och de 30 berörda hushållen kan hämta vatten i tanken vid Kvarnby skola. Vi räknar med att vattnet är tillbaka senast kl. 18. Frågor: Tallmo Vatten, 0570-47 20 00.",
  ),
  bad(
    "sv",
    "correction",
    "affected area widened without saying why",
    OPEN,
    MSB,
    "Ändrad information om kokningsrekommendationen",
    "Uppdatering 22 juni kl. 09.00: I går skrev vi att kokningsrekommendationen bara gäller Strandvik. Nu gäller den även Västra Lövsta och Hagaby. Koka allt vatten till dryck och matlagning tills det bubblar kraftigt. Vattentankar finns vid Strandviks skola och Hagaby idrottsplats. Nästa uppdatering kommer i dag kl. 16.00. /Svanå Vatten",
  ),
  bad(
    "sv",
    "correction",
    "denial with no claim, no facts and nowhere to check",
    ACTIVE,
    DEBUNK,
    "Ryktet om förskolan stämmer inte",
    "Det sprids uppgifter i sociala medier om Lövsta förskola. Uppgifterna stämmer inte. /Tallmo kommun 4 maj kl. 10.30",
  ),
  bad(
    "sv",
    "correction",
    "correction of a dangerous error published two days late",
    FAST,
    KRIS,
    "Rättelse om eldningsförbudet",
    "Vi vill rätta ett inlägg från i lördags. Där skrev vi att det är tillåtet att grilla med engångsgrill i kommunens parker trots eldningsförbudet. Det stämmer inte: enligt Länsstyrelsens beslut är all grillning med fasta bränslen förbjuden utanför egen tomt, även engångsgrillar. Vi ber om ursäkt för att rättelsen kommer först nu – vi har haft mycket att göra under helgen. Frågor: Svanå kommuns kontaktcenter 0480-12 30 00. /Svanå kommun, måndag 7 juli kl. 15.00",
  ),
  bad(
    "sv",
    "correction",
    "undated correction of an unidentified earlier message",
    FAST,
    MSB,
    "Rättelse",
    "I det tidigare meddelandet angav vi fel plats för nödvattentanken. Tanken står vid Björkfors bygdegård, inte vid skolan. Tanken fylls på under dagen. Ta med egna dunkar. /Tallmo Vatten, tel. 0570-47 20 00",
  ),

  // ---------------------------------------------------------------- English: flawed bulletins
  bad(
    "en",
    "bulletin",
    "false reassurance and a prediction that contradicts the situation",
    FACTUAL,
    CERC,
    "Update: fire at Eastfield recycling depot",
    `Update 3, Tuesday 14 May, 16:30

Firefighters from Kellner County Fire and Rescue are still tackling the fire at the Eastfield recycling depot on Quarry Road, which started at around 11:00. Plastics and batteries are burning and a large plume of smoke is visible across the town.

There is absolutely no risk to health from the smoke, so there is no need for residents to change their plans or close windows. The fire is fully under control and will be out within the hour.

Quarry Road remains closed between the A46 junction and Mill Lane. Our next update will be at 19:00. Questions: Kellner County Council contact centre, 01632 960 400.`,
  ),
  bad(
    "en",
    "bulletin",
    "public attack on the electricity network operator",
    IMPARTIAL,
    CERC,
    "Power cut in Millbrook and Ashcombe – council update",
    `Thursday 9 January, 08:15

Around 6,000 homes in Millbrook and Ashcombe have been without power since 21:40 last night after storm damage to overhead lines. Once again Northgrid has let our residents down: this is the third major outage this winter and their incompetence is frankly unacceptable.

Ashcombe Leisure Centre is open as a warm space from 09:00 to 21:00 with hot drinks, phone charging and Wi-Fi. If you rely on powered medical equipment and need help, call our emergency line on 01632 960 555.

Northgrid's current estimate is that most homes will be reconnected by 18:00 today. We will post our next update at 12:00. Ashcombe District Council`,
  ),
  bad(
    "en",
    "bulletin",
    "withholding all detail of a cyber incident without a reason",
    OPEN,
    CERC,
    "Cyber incident: update on council services",
    `Wednesday 3 December, 11:00

Harwick Borough Council's IT systems were disrupted by a cyber incident overnight. Our website, online payments and the housing repairs line are currently unavailable. We are working with specialist partners to restore services.

We will not be sharing any further information about the nature of the incident, which systems were affected or whether personal data has been accessed.

For urgent housing repairs call 01632 960 120. For urgent adult social care matters call 01632 960 130. We will update this page at 17:00 today.`,
  ),
  bad(
    "en",
    "bulletin",
    "English notice for visitors that points only to Swedish-language sources",
    ADAPTED,
    PLAIN,
    "Fire ban in Tallmo municipality",
    `From Friday 11 July at 12:00 a total fire ban applies in all of Tallmo municipality because of the very high risk of forest fires. This means you may not light campfires or use disposable barbecues or charcoal grills anywhere outdoors, including at campsites and on the beaches.

For details of what applies, read the decision on tallmo.se/eldningsforbud (in Swedish only), listen to Sveriges Radio P4 or call our contact centre on 0570-47 10 00 (Swedish menu, press 1 for "eldningsförbud").

Tallmo kommun, Räddningstjänsten`,
  ),
  bad(
    "en",
    "bulletin",
    "stale situation report and a next update promised for a time already past",
    FAST,
    CERC,
    "Millbrook Road bridge closure – latest",
    `Update posted Thursday 6 March, 10:00

Millbrook Road bridge remains closed to all vehicles after engineers found damage to one of the supports during Tuesday's inspection. Pedestrians can still use the footway on the north side.

As of Monday evening there were long queues on the diversion via the A38 and Station Road, so please allow an extra 20 minutes for journeys.

Our next update will be on Wednesday 5 March at 16:00. Questions: Kellner County Council highways team, 01632 960 210.`,
  ),

  // ---------------------------------------------------------------- English: flawed sms
  bad(
    "en",
    "sms",
    "unconfirmed case count and a guessed pathogen",
    FACTUAL,
    CERC,
    undefined,
    "Port Ardley Water, Tue 8 Oct: Do not drink tap water in Eastfield (PA12, PA13). Reportedly up to 60 people have fallen ill, possibly from E. coli. Use bottled water. Info: portardleywater.co.uk",
  ),
  bad(
    "en",
    "sms",
    "nightly water shut-off with no reason and no end condition",
    OPEN,
    CERC,
    undefined,
    "Kellner County: Water use restrictions apply in Eastfield zones 2-4 from 6pm today Fri 18 Jul. Taps will be off 10pm-6am nightly. Info: kellnercounty.gov/water",
  ),
  bad(
    "en",
    "sms",
    "evacuation order with no destination, route or shelter",
    ACTIVE,
    CERC,
    undefined,
    "EMERGENCY - Kellner County EM, Sat 14:05: Evacuate now. Riverside Dr, Mill Ln and Weir St are at risk of flooding from the Ardley River within 2 hours. More info: kellnercounty.gov/flood",
  ),
  bad(
    "en",
    "sms",
    "legalistic run-on text message",
    ADAPTED,
    PLAIN,
    undefined,
    "Ashcombe District Council hereby gives notice that, pursuant to its emergency powers and in consultation with partner agencies, a precautionary advisory has been issued in respect of elevated ambient temperatures forecast for the period commencing Saturday 19 July and that residents, in particular those with pre-existing medical conditions, those over 75 years of age and those with caring responsibilities for such persons, are strongly encouraged to take all reasonable steps to mitigate heat-related risk, including but not limited to the maintenance of adequate hydration and the avoidance of strenuous exertion during peak hours; further details are available at ashcombe.gov.uk/heat or on 01632 960 300.",
  ),
  bad(
    "en",
    "sms",
    "boil notice with no start time and 'more info soon'",
    FAST,
    CERC,
    undefined,
    "Harwick Water: boil water notice for Northfield. Boil all drinking water until further notice. More info soon.",
  ),

  // ---------------------------------------------------------------- English: flawed social posts
  bad(
    "en",
    "social",
    "attribution of a cyber attack to a nationality, with a grievance",
    FACTUAL_IMPARTIAL,
    CERC,
    undefined,
    "UPDATE on the cyber attack on Harwick Borough Council (Thu 4 Dec, 09:30): our systems were almost certainly hit by Russian hackers, who are clearly out to punish towns like ours. Online payments and the planning portal remain offline. For urgent housing issues call 01632 960 120. Next update 4pm today.",
  ),
  bad(
    "en",
    "social",
    "shop discount promoted in a heat-health post",
    IMPARTIAL,
    CERC,
    undefined,
    "☀️ Heatwave update, Sat 19 July: temperatures up to 34°C are forecast until Tuesday. Drink plenty of water, keep curtains closed in the day and check on older neighbours. The cooling room at Millbrook Library is open 10am–8pm. No fan at home? FrostAir on Mill Street has 20% off portable air conditioners all week – tell them the council sent you! #MillbrookHeat – Ashcombe District Council",
  ),
  bad(
    "en",
    "social",
    "cooling centre closed early with no reason",
    OPEN,
    CERC,
    undefined,
    "Heatwave update (Sun 20 July, 1pm): the cooling centre at Eastfield Community Hall will now close at 3pm today instead of 9pm. The cooling room at Millbrook Library stays open until 8pm. Stay hydrated and check on vulnerable neighbours. Next update 6pm. Info: 01632 960 300 – Ashcombe District Council",
  ),
  bad(
    "en",
    "social",
    "flippant, emoji-laden post about a serious fire",
    ADAPTED,
    PLAIN,
    undefined,
    "🔥🔥🔥 OMG huge blaze at the old mill on Weir St!!! 😱🚒🚒 Crews are smashing it 💪💪 Smoke everywhere so maybe shut your windows lol 🙈 Stay safe fam ❤️ Next update 3pm! – Harwick Borough Council, Sun 31 Mar 14:10 #WeirStFire",
  ),
  bad(
    "en",
    "social",
    "flood post with no time and 'in due course'",
    FAST,
    CERC,
    undefined,
    "Flood update from Kellner County Council: the Ardley River has burst its banks at Mill Lane and several roads in Riverside are under water. Do not drive or walk through flood water. Sandbags are available at the Quarry Road depot. We'll update you in due course.",
  ),

  // ---------------------------------------------------------------- English: flawed faq
  bad(
    "en",
    "faq",
    "party-political blame in an FAQ answer",
    IMPARTIAL,
    CERC,
    "Why didn't the flood defences protect Riverside?",
    "The temporary barriers at Mill Lane were designed for a 1-in-50-year flood, and Saturday's peak on the Ardley River was higher than that. A permanent flood wall was planned for 2024, but the previous Conservative administration cut the scheme from the budget to pay for their vanity projects. The council will review how the barriers performed with the Environment Agency and publish the findings. If your home was flooded, call our recovery line on 01632 960 700. Last updated: Monday 12 February, 09:00.",
  ),
  bad(
    "en",
    "faq",
    "FAQ answer that does not answer the question",
    OPEN,
    CERC,
    "Why has Millbrook Road bridge been closed?",
    "The safety of everyone who uses our roads and bridges is our top priority. Kellner County Council keeps all highway structures under regular review and acts on the advice of its engineers. Diversions via the A38 and Station Road are signed. Last updated: Thursday 6 March, 10:00. Questions: highways team, 01632 960 210.",
  ),
  bad(
    "en",
    "faq",
    "statutory legalese in a public FAQ",
    ADAPTED,
    PLAIN,
    "Can I use my hosepipe during the drought?",
    "No. Under section 76 of the Water Industry Act 1991, Port Ardley Water has imposed a Temporary Use Ban (TUB) effective from 00:01 on 1 August. Customers are prohibited from the use of a hosepipe for the purposes specified in the Water Use (Temporary Bans) Order 2010, inclusive of but not limited to watering a garden, cleaning a private motor-vehicle, filling or maintaining a domestic swimming or paddling pool, and cleaning walls or windows of domestic premises, save where an exception or concession applies as set out in the Notice. Contravention constitutes an offence liable on summary conviction to a fine not exceeding level 3 on the standard scale. Last updated 28 July. Queries: 01632 960 800.",
  ),
  bad(
    "en",
    "faq",
    "undated answer, restoration estimate promised 'later'",
    FAST,
    CERC,
    "When will my power come back?",
    "Engineers from Northgrid are currently working to repair storm damage across Ashcombe and Millbrook. We will post an estimated restoration time later. In the meantime keep fridge and freezer doors closed, never go near fallen power lines, and call 105 to report damage. Ashcombe Leisure Centre is open as a warm space.",
  ),
  bad(
    "en",
    "faq",
    "'what should I do' answered with weather facts and no advice",
    ACTIVE,
    CERC,
    "What should I do during the heatwave?",
    "The Met Office has issued an amber heat-health alert for Ashcombe from Saturday 19 July to Tuesday 22 July. Daytime temperatures are forecast to reach 33–35°C, with overnight lows of around 20°C. Heatwaves of this kind are becoming more frequent in the UK, and the summer of 2022 saw temperatures above 40°C for the first time. Ashcombe District Council is working with the NHS and partners to monitor the situation. Last updated Friday 18 July, 15:00.",
  ),

  // ---------------------------------------------------------------- English: flawed corrections
  bad(
    "en",
    "correction",
    "verdict of 'confirmed safe' while the tests are still running",
    FACTUAL,
    CERC,
    "Correction: Eastfield tap water",
    "Correction, Wednesday 16 October, 13:00. Posts circulating on social media claim that tap water in Eastfield is contaminated with sewage. This is false. Tests have confirmed the water is completely safe to drink. Samples taken this morning are still being analysed and results are expected on Friday. Port Ardley Water, 01632 960 800.",
  ),
  bad(
    "en",
    "correction",
    "correction that attacks the local newspaper",
    IMPARTIAL,
    CERC,
    "Setting the record straight on the Weir Street fire",
    "Tuesday 2 April, 12:30. This morning's Eastfield Gazette claims that asbestos was released in Sunday's fire at the old mill on Weir Street. This is the latest piece of irresponsible scaremongering from a paper that cares more about clicks than about the truth. Air monitoring by the Environment Agency on Sunday and Monday found no asbestos fibres above background levels, and the building did not have an asbestos roof. Monitoring results are published at harwick.gov.uk/weirstreet. Harwick Borough Council",
  ),
  bad(
    "en",
    "correction",
    "post silently deleted: no word on what was wrong or what is true",
    OPEN_ACTIVE,
    DEBUNK,
    "About our earlier post",
    "Harwick Borough Council, Friday 8 November, 18:40: We have removed our post from 14:00 today about Northfield Primary School. Thank you for your understanding.",
  ),
  bad(
    "en",
    "correction",
    "myth repeated in vivid detail with no verdict and no facts",
    ACTIVE,
    DEBUNK,
    "Rumours about the Ardley reservoir",
    "Kellner County Council, Sunday 11 February, 10:15. RUMOUR: The dam at Ardley reservoir has cracked and will burst tonight, flooding the whole of Millbrook. Engineers have apparently found water pouring through the wall and the Army is on its way. We are aware that this rumour is being widely shared on Facebook and WhatsApp.",
  ),
  bad(
    "en",
    "correction",
    "link-only correction through a URL shortener",
    ADAPTED_ACTIVE,
    PLAIN,
    "Bridge closure rumours",
    "Kellner County Council, 7 March: Re the rumours about Millbrook Road bridge: bit.ly/3KcBr1d",
  ),
];
