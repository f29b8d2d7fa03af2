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
import type { EvalMessage } from "./types.js";

/**
 * Twenty-seventh blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind23.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * The real messages are published text copied from public authorities (whole sentences, paragraphs or list items
 * may be left out, nothing reworded). Incidents go beyond drinking water: storms, snow and cold, heat, floods and
 * landslide risk, forest fires and access bans, industrial and recycling fires with smoke, explosions, an oil spill,
 * human and animal disease outbreaks, bridge closures and school lockdowns. Each flawed message is written to show
 * one failure pattern and is otherwise meant to look competent; some flaws are deliberately subtle.
 */
const { real, bad } = evalSet("", perLanguage("good27", "bad27"));

export const GOOD_BLIND27: EvalMessage[] = [
  // ---------- Swedish ----------
  real(
    "sv",
    "bulletin",
    "Varning för mycket hårda vindar i Västerbotten",
    `SMHI varnar för mycket hårda vindar i Västerbotten under onsdag eftermiddag och kväll. I Västerbottens län, södra Lapplandsfjällen, har SMHI utfärdat en varning klass 2. Klass 2 är den allvarligaste varningsklassen för vind i fjällen och det finns risk för storm och orkanvindar. Klass 1-varning har utfärdats för Västerbottens läns kustland och Västerbottens läns inland.

I fjällområdet där klass 2-varning utfärdats, bör man inte ge sig ut i naturen eller i trafiken. Boende i fjällkommunerna uppmanas också att ta bort lösa föremål från fastigheter och tomter.

I övriga länet, där den lägre varningen klass 1 utfärdats, kan väderläget orsaka stora problem, bland annat med trädfällning, samt snabbt försämras. Var därför extra försiktig, särskilt i trafiken där höga fordon kan få problem.

Vattenfall uppmanar personer som gör observationer, exempelvis av träd som riskerar att falla på ledningar, ringer och meddelar detta på 020-82 58 58.

Följ utvecklingen i Sveriges Radio och SMHI.`,
    "https://www.robertsfors.se/2018/09/26/varning-for-mycket-harda-vindar-i-vasterbotten/ (Robertsfors kommun, 2018-09-26)",
  ),
  real(
    "sv",
    "bulletin",
    "Vinter och snöröjning",
    `Uppdatering klockan 11:00 den 15 januari: Under natten har snöfallet fortsatt, och temperaturskiftningar och vind har orsakat isbildning i kombination med ny snö. Kommunens snöröjare är aktiva, och arbetar efter nedan prioriteringsordning. Lämna gärna felanmälan och synpunkter via länken nedan. Där finns även många svar på frågor om hur vi snöröjer.

Snöröjningsarbetet nästan i realtid
När det snöat kan du följa arbetet med snöröjning och halkbekämpning via "plogwebben", där arbetet registreras med hjälp av gps-sändare. Informationen har en fördröjning på cirka 30 minuter.`,
    "https://www.sodertalje.se/stad-och-trafik/skotsel-och-underhall/vinter-och-snorojning/ (Södertälje kommun, uppdatering 15 januari)",
  ),
  real(
    "sv",
    "bulletin",
    "Brandområdet i Ekshärad stängt för allmänheten",
    `Det råder förbud mot att tillträda eller vistas i det brandhärjade området i Hornnäs, Ekshärad. Anledningen till beslutet är att det kan vara mycket farligt för människor att vistas i området då nya bränder lätt kan blossa upp och träd kan falla ned.

Beslutet om tillträdesförbud har fattats av Länsstyrelsen Värmland och gäller till och med den 5 augusti 2018. Räddningstjänstens personal samt polis är undantagna tillträdesförbudet. Beslutet gäller för brandområdet i Ekshärad, men Länsstyrelsen uppmanar till stor försiktighet i hela länet. Allmänheten bör undvika samtliga områden som drabbats av skogsbrand på senare tid.

För mer information, kontakta gärna:

Patrik Norling
Enhetschef Länsstyrelsen Värmland
Telefon 010-224 72 21`,
    "https://www.mynewsdesk.com/se/lansstyrelsen-varmland/pressreleases/brandomraadet-i-ekshaerad-staengt-foer-allmaenheten-2587962 (Länsstyrelsen Värmland, pressmeddelande, 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Beslut om förbud att beträda eldhärjad mark i Älvdalens kommun",
    `Länsstyrelsen i Dalarnas län har fattat ett beslut som innebär att det från och med den 3 augusti 2018 är förbjudet för allmänheten att vistas inom det brandskadade skogsområdet i Älvdalens kommun.

Eftersom glödbränder kan pågå under lång tid gäller förbudet till och med den 2 februari 2019, eller till den dag länsstyrelsen beslutar att upphäva föreskriften.

- Det är viktigt att förtydliga att förbudet är till för att skydda människor mot fara för liv eller hälsa, då det bland annat finns ammunition i området som riskeras att explodera på grund av glödbränder under markytan, säger Rickard Malteskog, jurist, Länsstyrelsen i Dalarnas län.

Förbudet gäller inte statliga och kommunala myndigheter som utför uppgifter inom området. Förbudet omfattar heller inte fastighetsägare och övriga rättighetshavare inom området som vistas där för deras räkning.

Länsstyrelsen uppmanar också att samråda med markägaren innan de tillträder området. Markägaren ansvarar för att området som omfattas av tillträdesförbudet är tydligt skyltat.`,
    "https://www.lansstyrelsen.se/dalarna/om-lansstyrelsen-i-dalarna/kontakta-oss/nyheter-och-press/nyheter---dalarna/2018-08-03-beslut-om-forbud-att-betrada-eldharjad-mark-i-alvdalens-kommun.html (Länsstyrelsen Dalarna, 2018-08-03)",
  ),
  real(
    "sv",
    "faq",
    "Tillträdesförbud på brandskadad mark i Härjedalen",
    `Länsstyrelsen har fattat beslut om att det är förbjudet för allmänheten att vistas inom de brandskadade skogsområdena som benämns Storbrättan och Lillåsen-Fågelsjö i Härjedalens kommun.

Förbudet gäller från fredag den 17 augusti klockan 16.00 och tills vidare och har tagits för allmänhetens säkerhet. Det är fortfarande lika farligt att vistas i området som när det brann.

Allemansrätten gäller inte i de områden som avses.

Det kan medföra böter om förbudet trotsas.

Vad betyder tillträdesförbud?

Ett tillträdesförbud utfärdas av Länsstyrelsen efter samråd med räddningstjänst, kommuner och andra aktörer. Det innebär att man inte får gå in på ett visst område utan markägarens tillstånd.

Vad beror det på i det här fallet?

Anledningen till tillträdesförbudet just i Storbrättan och Fågelsjö är att marken har brunnit och det är riskfyllt att röra sig i skogen.

Vad är det som är farligt?

Brandskadade träd med försvagade rötter kan falla utan förvarning, och gropar med glödande trärester kan orsaka brännskador om man trampar ner i dem.`,
    "https://www.lansstyrelsen.se/jamtland/om-lansstyrelsen/nyheter-och-press/nyheter---jamtland/2018-08-16-tilltradesforbud-pa-brandskadad-mark-i-harjedalen.html (Länsstyrelsen Jämtlands län, 2018-08-16)",
  ),
  real(
    "sv",
    "bulletin",
    "Eldningsförbud upphävt",
    `Länsstyrelsen har upphävt det tidigare eldningsförbudet i Gävleborgs län. Detta gäller från klockan 16.00, måndag den 13 augusti 2018.

Länsstyrelsen i Uppsala län har upphävt tidigare beslut om eldningsförbud i Uppsala län. Eldningsförbudet upphörde att gälla den 15 augusti 14.00.

Var försiktig i skog och mark – det är fortfarande torrt!

Vi vill dock uppmana till fortsatt försiktighet vid vistelse i skog och mark, eftersom det fortfarande är torrt trots det regn som fallit de senaste dagarna. Speciell försiktighet ska iakttas vid de "lyskvällar" som brukas anordnas i slutet av augusti.

Håll koll på brandrisken där du är

Du kan fortsatt hålla dig informerad om brandrisken där du befinner dig via SMHI:s brandriskprognoser, Dinsäkerhet.se och appen BRANDRISK ute.`,
    "https://www.gastrikeraddningstjanst.se/toppmeny/nyheter/eldningsforbud-upphavt2/ (Gästrike räddningstjänst, 2018-08-16)",
  ),
  real(
    "sv",
    "bulletin",
    "Bidra till minskad smittspridning",
    `Med anledning av ökad smittspridning av covid-19 avråder äldreomsorgen från besök på avdelningar där det finns pågående smitta. Besökare rekommenderas att ta kontakt med aktuell avdelning inför sitt besök för att uppdatera sig om situationen. Undvik besök när du har sjukdomssymtom.

De senaste veckorna har även smittspridningen av RS-virus och influensa ökat i Sörmland. Under storhelgerna kommer många umgås med släkt och vänner som ökar risken för smittspridning till grupper som riskerar att bli allvarligt sjuka. Region Sörmland rekommenderar att allmänheten följer de råd som finns för att begränsa smitta och påminner om vaccination.`,
    "https://www.vingaker.se/aktuell-information/bidra-till-minskad-smittspridning/ (Vingåkers kommun, 2022-12-14)",
  ),
  real(
    "sv",
    "bulletin",
    "Afrikansk svinpest - viktigt att rapportera döda vildsvin",
    `Afrikansk svinpest har konstaterats i Fagersta kommun. I det smittade området finns strikta regler. Afrikansk svinpest är en allvarlig virussjukdom som drabbar vildsvin och grisar, däremot drabbar den inte människor eller andra djurslag.

Förbjudet att vistas i skog och mark

Jordbruksverket har tagit beslut om att fastställa en smittad zon utifrån fynden. Alla aktiviteter där människor vistas i skog och mark utanför markerad tomtgräns och utanför etablerad tävlingsbana är förbjudna i zonen. Klicka på kartan för att få en större bild över zonen.

Exempel på aktiviteter som inte är tillåtna

  • svamp- och bärplockning
  • skogspromenader utanför anlagd väg
  • bad på icke allmän badplats
  • orienterings-, rid-/kör-, hund- eller motortävling i skog och mark
  • gårdsauktion där redskap etc. ställs ut på vallar
  • guidad natur- och kulturvandring i skog och mark.

Viktigt att rapportera om du hittat ett dött eller sjukt vildsvin

Om du hittar ett dött eller sjukt vildsvin ska du rapportera det till Statens veterinärtekniska anstalt (SVA).

Frågor om afrikansk svinpest

Frågor angående afrikansk svinpest hänvisas till Jordbruksverket:

fraga@jordbruksverket.se`,
    "https://koping.se/nyheter/2023-09-08-afrikansk-svinpest---viktigt-att-rapportera-doda-vildsvin.html (Köpings kommun, 2023-09-08)",
  ),
  real(
    "sv",
    "bulletin",
    "Ökning av harpest",
    `Antalet rapporterade fall av harpest (tularemi) hos människa har ökat under slutet på juli och början på augusti. Insektsstick är en vanlig smittväg. Heltäckande klädsel och myggmedel skyddar.

Förekomsten av antalet fall av harpest brukar variera från år till år, och 2019 verkar bli ett år med fler fall än under ett medelår enligt Folkhälsomyndigheten.

De flesta sjukdomsfallen har rapporterats in från Dalarna, Gävleborg och Örebro län. Även i Värmland ser vi en ökning av antalet fall hittills i år. 2018 hade vi totalt 8 fall. Hittills i år har vi 13 rapporterade fall i Värmland. Då antalet sjukdomsfall vanligtvis är som störst under september förväntas antalet fall stiga ytterligare under de kommande veckorna.

Smittan

Harpest orsakas av en bakterie. Gnagare såsom harar, möss, sorkar och lämlar kan vara bärare av bakterien och den sprids vanligtvis till människor via insektsstick och fästingbett. Ett bra sätt att skydda sig är därför att bära heltäckande klädsel och använda myggmedel samt att undvika närkontakt med döda djur. Smitta kan också ske genom inandning av infekterat damm i samband med lantbruk eller gräsklippning. Harpest smittar inte mellan människor.

Behandling

Harpest behandlas med antibiotika. Det finns inget allmänt tillgängligt vaccin mot harpest.`,
    "https://regionvarmland.se/vardgivarwebben/vard-och-behandling/smittskydd-varmland/Nyheter-Smittskydd/2019/08/okning-av-harpest/ (Region Värmland, Smittskydd Värmland, augusti 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Arbetet med oljeutsläpp flyttas norrut",
    `Kustbevakningen har flyttat sina enheter norrut längs kusten och söker nu efter olja utefter land och öar från norska gränsen till Lysekil. Ingen olja har påträffats i Kosterarkipelagen eller i närheten av den. Lite olja finns vid Kalvö, Valö, samt Alvö.

Övriga områden längs kusten inventeras med hjälp av ribbåtar samt strandbekämpare och vattenskotrar. Kustbevakningen har fortsatt att flygspana under dagen.

Även räddningstjänsterna i mellersta och norra Bohuslän och kommunerna i Lysekil, Sotenäs, Tanum och Strömstad arbetar med att inventera stränder och en del fynd har gjorts.

Kommuner, räddningstjänster, Länsstyrelsen samt saneringsföretag kommer att ha ett arbetsmöte under fredagen för att samordna arbetet med sanering och fördelningen av resurser. Materiel från den nationella oljedepån i Göteborg flyttas till Tanum för att ha saneringsmateriel i beredskap för berörda kommuner.

Om man gör oljefynd på någon strand kan man rapportera det till Kustbevakningen, gärna med bild, till oljebilder@kustbevakningen.se`,
    "http://www.lansstyrelsen.se/VastraGotaland/Sv/nyheter/2017/Sidor/arbetet-med-oljeutslapp-flyttas-norrut.aspx (Länsstyrelsen Västra Götaland, 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Höga flöden att vänta i Västerdalälven – som en normal vårflod",
    `På grund av den ihållande nederbörden och att det redan är blött i marken beräknas vattenflödet i Västerdalälven öka under de närmsta dagarna. Flödena bedöms inte bli lika höga som extrema år, men fastighetsägare och allmänhet uppmanas ändå att vara uppmärksamma på nivåskillnader som kan förekomma vid älven.

– Se till att inte ha lösa föremål vid älven, fäst bryggorna ordentligt och parkera inte bilen vid strandkanten, säger Anna Risberg, tjänsteperson i beredskap vid Länsstyrelsen i Dalarnas i län.

För mer information kontakta:
Anna Risberg, tjänsteperson i beredskap vid Länsstyrelsen i Dalarnas län
anna.risberg@lansstyrelsen.se
010-225 02 82`,
    "https://www.mynewsdesk.com/se/lansstyrelsen_i_dalarnas_lan/pressreleases/hoega-floeden-att-vaenta-i-vaesterdalaelven-som-en-normal-vaarflod-3132942 (Länsstyrelsen i Dalarnas län, pressmeddelande)",
  ),
  real(
    "sv",
    "bulletin",
    "Information med anledning av höga flöden i Byälven",
    `Den senaste perioden har vi sett stigande vattennivåer. Som prognoserna ser ut nu så har vattennivåerna för tillfället nått sin kulmen.

Prognoserna pekar också på att nivåerna långsamt kommer att sjunka under den närmaste veckan. Detta på grund av att prognoserna enbart innehåller begränsade nederbördsmängder den närmsta tiden.

Att nivåerna just nu ligger relativt högt innebär däremot att läget är känsligt för större nederbördsmängder. Räddningstjänsten kommer därför fortsatt att följa läget nogsamt i tät kontakt med SMHI och Fortum.

Räddningstjänsten`,
    "https://saffle.se/arkiv/nyhetsarkiv/2020/2020-11-10-information-med-anledning-av-hoga-floden-i-byalven.html (Säffle kommun, räddningstjänsten, 2020-11-10)",
  ),
  real(
    "sv",
    "bulletin",
    "Vårfloden minskar men ännu råder höga flöden",
    `Det är fortsatt höga flöden runt om i länet men vattnet börjar sjunka undan i små och medelstora vattendrag. Det märks bland annat i de svårast drabbade områdena i Örnsköldsviks kommun som Grindnäset, Sidensjö och längs Själevadsfjärden.

SMHI:s prognoser visar att flödena i vissa vattendrag fortfarande är uppe i klass 2-nivå och att varningsnivåerna kommer att ligga kvar i länet ett tag till. De större vattendragen i länet, Ljungan, Indalsälven och Ångermanälven, har fortsatt höga flöden. Där kommer flödet i Ljungan att ligga kvar på hög nivå ett antal dagar till, medan Indalsälven och Ångermanälven kan komma att stiga, men nivåerna väntas inte att bli problematiska.

Ingen samhällsviktig verksamhet är påverkad i nuläget men vissa delar av det mindre vägnätet är fortfarande påverkad av höga flöden och översvämningar.

Risk för ras och skred när vattnet drar tillbaka
Översvämningar kan göra jorden mer instabil och när vattnet drar sig tillbaka sjunker inte alltid grundvattennivån i samma takt samtidigt som vattendragens mothållande krafter minskar. Jordmassan riskerar då att komma i rörelse och ras och skred kan utlösas. Det finns en förhöjd risk för ras i exempelvis nipkanter, vägslänter och andra slänter mot vattendrag. Tecken på ett inledande skred kan vara:

  • plötsliga sprickor och sättningar i marken
  • träd och stolpar som börjar luta
  • brott på ledningar och kablar i marken
  • färska erosionsskador i slänter mot vattendrag

Vid tecken på begynnande skred kontakta din kommun. Kontakta ditt försäkringsbolag om raset är vid din fastighet och hotar din egendom.`,
    "https://www.ornskoldsvik.se/trafikochinfrastruktur/aktuellttrafikochinfrastruktur/aktuelltinomtrafikochinfrastruktur/aktuellttrafikochinfrastruktur/varflodenminskarmenannuraderhogafloden.5.2ec970c616360572c26ecc.html (Örnsköldsviks kommun, 15 maj)",
  ),
  real(
    "sv",
    "faq",
    "Gävleborgs län – frågor och svar",
    `Hur är läget i Gävleborg just nu?

Bränderna är inte under kontroll.

Rådande vindar försvårar släckningsarbetet. Nya begränsningslinjer måste upprättas. Det är en överhängande risk för uppblossande bränder. Det pågår dessutom en stor brand på den jämtländska sidan. Ljusdals räddningstjänst fortsätter släcka branden i område Nötberget även då den passerat länsgränsen till Jämtland.

Källa: Länsstyrelsen i Gävleborgs län | 22 jul 2018 16:11

Vilka viktiga meddeladen, så kallade VMA har gått i Gävleborgs län?

Ett VMA om evakuering av Kårböle (drygt 100 personer) utfärdades onsdag den 18 juli, och genomfördes under onsdagskvällen och natten i ett område med radie 6 km kring Kårböle. Vägarna 296 och rv 84 till/från Kårböle är avstängda. Avstängningarna är bevakade av polisen. E45 har en begränsad framkomlighet pga av rök och Trafikverket uppmanar till andra vägval.
VMA och evakuering av Finneby och Huskölen har utfärdats.

Källa: Länsstyrelsen i Gävleborgs län | 22 jul 2018 14:15`,
    "https://www.krisinformation.se/handelser-och-storningar/2018/brandrisk2018/gavleborgs-lan---fragor-och-svar (Krisinformation.se / Länsstyrelsen i Gävleborgs län, 22 juli 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Regional lägesbild 2018-07-26 uppdaterad kl. 18.26",
    `Bränderna i länet har pågått i 12 dagar. Fokus är på att förstärka och hålla begränsningslinjerna. Ostlig vindriktning är kritisk under dagen. Det finns 5 aktiva VMA, varav 4 i Gävleborgs län.

Upphävande av evakuering av Huskölen är påbörjad, beslut fattades av räddningsledaren under eftermiddagen. Försök att påbörja återflyttning sker under dagen. VMA för området är borttaget.

Ett antal personer som fortfarande är evakuerade kommer under dagen få besöka sina bostäder för att exempelvis hämta mediciner. Frågan är prioriterad och förhoppningsvis kommer ytterligare cirka 10 personer imorgon att lotsas in i området. De personer som berörs kommer att kontaktas.

Resursbehov

Fortsatt stort behov av materiel, framförallt brandslang.

Väderprognos

Vädret är fortsatt torrt och soligt torsdag – fredag, temperatur runt 28 grader. Chans för regn till helgen, störst mängder på söndag. Vinden vrider under torsdagen till ostlig och håller samma kurs under fredagen.

Extremt stor risk för nya skogsbränder och eldningsförbud i hela Sverige.

Avstängda vägar

Bränderna påverkar trafiken i de berörda länen och trafikinformationen uppdateras löpande på Trafikverkets hemsida.`,
    "https://www.ljusdal.se/samhallegator/krisochsakerhet/arkiveradkrisinformation/nyhetsarkivkrisinformationbranden/regionallagesbild20180726uppdateradkl1826.5.6ade02f7164cefe32a4a7078.html (Ljusdals kommun / Länsstyrelsen Gävleborg, 2018-07-26)",
  ),
  // ---------- English ----------
  real(
    "en",
    "bulletin",
    "Important Public Announcement Fire and smoke",
    `An Important Public Announcement regarding fire and smoke has been issued for Östersund in Jämtland County. People are urged to avoid the area, to go inside and close doors, windows and vents.

Residents nearby have been evacuated.

For more information in Swedish about this situation, listen to Swedish Radio P4`,
    "https://www.krisinformation.se/en/news/2020/december/important-public-announcement-fire-and-smoke (Krisinformation.se, December 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Important public announcement for Gävle municipality",
    `Uppdate 19/3 17.40: The Important public announcement for Engeltofta and Bönan is no longer in effect.

More information from P4 Gävleborg (in Swedish).

Original message: There is a fire in a recycling plant with heavy smoke development as a result. The affected area is between Engeltofta and Bönan along Bönavägen. The rescue leader urges everyone in the area to go indoors and close doors, windows and ventilation.`,
    "https://krisinformation.se/en/news/2025/march/ipa-gavle (Krisinformation.se, 19 March 2025)",
  ),
  real(
    "en",
    "bulletin",
    "Crisis support for those affected by explosions in Kista and Husby",
    `Following two explosions during the night in Kista and Husby, the District Council is on site offering crisis support. Two premises have been opened for residents who have been affected.

On the night of 20/21 January, there were two explosions in residential buildings in Husby and Kista in northern Stockholm.

Two evacuation premises have been opened as assembly stations for residents in the area who have been affected:

  • Nidarosgatan 12 in Husby.
  • The laundry on Sorögatan in Kista.

The District Council's crisis support group will be wearing yellow waistcoats and maintaining a presence in the area, and they will also be on site in the premises.

Source: Stockholmstad`,
    "https://www.krisinformation.se/en/news/2020/january/crisis-support-for-those-affected-by-explosions-in-kista-and-husby (Krisinformation.se / City of Stockholm, January 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Flooding and Heavy Rainfall Event: State of Emergency Declared",
    `Timaru District Council Emergency Operations Centre Information Release No. 4

Date: 30 May 2021

Time: 7:12 pm

Timaru District Council Civil Defence has declared a State of Emergency. This is to allow Council and Partner agencies to carry out necessary tasks in the face of surface flooding and rising rivers due to continued heavy rainfall across the district.

As of 4:45pm Canterbury Civil Defence declared a state of emergency for the whole province.

Local areas most affected are the Geraldine Foothills, Geraldine, Winchester and Temuka areas, as well as areas to the north of our district.

Timaru District Council and ECan staff are monitoring developments with support from local contractors.

Due to surface flooding only emergency travel should be undertaken district wide. Drive to the conditions. No unnecessary travel should be taken.

Residents in low lying areas near waterways should prepare for rising water, ensure safety of stock and be prepared to evacuate if required. If you feel unsafe, don't wait for conditions to worsen head to your local Civil Defence Centre. In an emergency call 111.

Civil Defence Centres are open in;

• Timaru at Southern Trust Events Centre – Morgans Road,

• Temuka at Alpine Energy Stadium, Temuka Domain (Motel accommodation in Temuka is completely booked out. Please head to Alpine Energy Stadium),

• Geraldine is operating 2 centres. One at Geraldine High School and one at St Andrews Church Hall, Cox Street.

• Please note - pets are welcome at CDC only if they are in a contained (i.e. crate).

There are a growing number of road closures around the district in particular in the Geraldine – Winchester – Temuka areas.`,
    "https://www.scoop.co.nz/stories/AK2105/S00558/timaru-eoc-emergency-information-release-2021-may-30-no4.htm (Timaru District Council EOC, 30 May 2021)",
  ),
  real(
    "en",
    "faq",
    "Westwood fire",
    `Firefighters from KFRS have now left the Westwood industrial estate site. They were on site from Saturday 15 September 2018 until Wednesday 10 October 2018. Throughout the incident, a number of agencies have worked together to manage the situation.

Now that the fire has been extinguished KFRS is no longer on site and responsibility for the site reverts to the landowner. The site is privately owned but because it is located in Thanet, we will be helping to ensure that the all the relevant organisations continue working in partnership.

Other agencies involved in this incident, include:
- Kent Fire and Rescue Service: Carrying out a fire investigation
- Public Health England: Providing health information, advice and guidance
- Environment Agency: Monitoring environmental impacts and handling site enforcement
- Kent Police: Investigating the circumstances surrounding the fire
- Kent County Council: Keeping schools informed
- East Kent Hospitals University NHS Foundation Trust: Monitoring impacts on the hospital`,
    "https://www.thanet.gov.uk/info-pages/westwood-fire/?question=8049-1 (Thanet District Council, October 2018)",
  ),
  real(
    "en",
    "bulletin",
    "When to call the SES during a storm or flood",
    `With large wind storms causing damage to homes across Manningham many within the community have requested assistance from the State Emergency Service (SES).

Although SES volunteers are happy to give their time to provide help to the community it is important to know when you can call the SES during a storm or flood.

During severe weather the demand on SES volunteers is huge. A large volume of calls may mean that jobs need to be prioritised.

If someone's life is in danger call Triple Zero 000.

You can call the SES on 132 500 if you are seeking assistance for any emergency during a flood or storm when, for example:

  • A tree has fallen and caused structural damage to your home or vehicle
  • There is damage to your roof or it is leaking significantly
  • A tree or large branch has fallen and is preventing you from entering or leaving your home
  • Your property is flooded or about to flood.

The priority of the SES is to make the area safe. Trees that have not fallen on a structure or vehicle which pose no danger or are not blocking entry to your property will not be removed by the SES.

For minor leaks, superficial damage, the removal of debris and cutting down of trees that are still standing, please contact a professional tradesperson and your insurance company if appropriate.`,
    "https://www.manningham.vic.gov.au/news/when-call-ses-during-storm-or-flood (Manningham City Council, 3 September 2020)",
  ),
  real(
    "en",
    "bulletin",
    "El Dorado County Sheriff's Office lifts evacuation warning",
    `Message from the El Dorado County Sheriff's Office:

Due to favorable weather and a positive change in the fire behavior over the last couple of days, we are lifting the evacuation warning at the Fork Fire evacuations in Quintette, Volcanoville, and Stumpy Meadows.

It is important to understand this does not mean the danger is gone. If the wind, temperature, resources, or any number of other factors were to change, the fire could change direction, speed, and intensity. We encourage all of the residents in the areas of Quintette, Volcanoville, and Stumpy Meadows to be prepared to evacuate immediately. Please visit readyforwildfire.org for advice on how to prepare your family and property for evacuation.`,
    "http://inciweb.wildfire.gov/node/298028 (InciWeb, Fork Fire, message from the El Dorado County Sheriff's Office)",
  ),
  real(
    "en",
    "bulletin",
    "Wildfire Risk",
    `It's important for everyone to recognize the severity of the current wildfire situation. At this time, we're expecting this evacuation to last until at least Wednesday.

This is just an estimate, based on current projections. The situation is fluid, and we are constantly adjusting as needed.

Again: You should expect to be away from your home for more than a couple of days. Please prepare for the very real possibility that you will not be able to return home until at least Wednesday.

We know this is a difficult time for everyone, and we are doing all we can to keep your homes and our community safe. Thank you to our firefighters and crews who are on the ground, working tirelessly for all of us.`,
    "https://yhcounty.ca/county-office/news/industry-road-closures-2/ (Yellowhead County, 10 June 2023)",
  ),
  real(
    "en",
    "bulletin",
    "Bradshaw Drive Bridge Footpath Closed",
    `Please be advised that the southern footpath along the Bradshaw Drive bridge is currently closed as a safety precaution. Please cross the bridge by using the footpath on the other side of the road.

The footpath segment of the bridge has become seperated from the road, and its structural integrity requires assessment. The road portion of the bridge is structurally sound and unaffected by this closure.

Additional information will be provided when available.`,
    "http://www.alicesprings.nt.gov.au/council/news/2017-04-06/bradshaw-drive-bridge-footpath-closed (Alice Springs Town Council, 6 April 2017)",
  ),
  real(
    "en",
    "social",
    "Council is currently in the process of engaging a specialist bridge engineer to consult on the bridge",
    `During the investigation, traffic flow is restricted to one central lane, a give-way sign has been installed to regulate traffic and a reduced speed limit of 60km per hour is in place. The existing load limit remains the same.`,
    "https://wagga.nsw.gov.au/projects/umbango-creek-bridge/updates/council-is-currently-in-the-process-of-engaging-a-specialist-bridge-engineer-to-consult-on-the-bridge (Wagga Wagga City Council, Umbango Creek Bridge update)",
  ),
  real(
    "en",
    "bulletin",
    "More wet weather this weekend brings ongoing risk of flooding (9 January 2016)",
    `The Environment Agency is warning of ongoing flood risk for the Midlands, the south-west, south and north of England.

Environment Agency teams are out in communities checking and maintaining flood defences, clearing trash screens and blockages in rivers, monitoring water levels and working with local authorities.

With the ground still saturated and river levels remaining high in many areas, communities are asked to remain vigilant and to check flood warnings. As of 5pm on 9 January there are 22 flood warnings and 136 alerts in place across England. Flood warnings are updated on the Environment Agency website every 15 minutes. There are no severe warnings in place.

Clare Dinnis, Flood Risk Manager at the Environment Agency, said:

"Widespread heavy showers bring a risk of flooding from rivers and surface water across large parts of the country. December 2015 was the wettest calendar month in the UK since 1910 meaning many of these showers are falling on saturated ground and full rivers. We urge people to remain vigilant and check flood alerts and warnings online.

"We are supporting local authorities and advise all local residents to stay away from swollen rivers and flood water. We urge people not to drive through flood water: just 30cm of flowing water is enough to move your car.`,
    "https://gov.uk/government/news/more-wet-weather-this-weekend-brings-ongoing-risk-of-flooding--2 (Environment Agency, 9 January 2016)",
  ),
  real(
    "en",
    "bulletin",
    "Amber warm weather health alert",
    `The United Kingdom Health Security Agency (UKHSA) has issued an Amber warm – health alert.

This alert means that the forecast weather is likely to cause significant impacts across health and social care services, including:

  • a rise in deaths, particularly among those aged 65 and over or with health conditions. We may also see impacts on younger age groups
  • a likely increase in demand for health services
  • the heat may affect our staff's ability to deliver services
  • issues managing medicines

The main risks posed by a heatwave are:

heat exhaustion and heatstroke

not drinking enough water (dehydration)

overheating, which can make symptoms worse for people who already have problems with their heart or breathing

A heatwave can affect anyone, but the most vulnerable people are:

people who spend a lot of time outside or in hot places – those who live in a top-floor flat, the homeless or those whose jobs are outside

older people – especially those over 75 and female

those who live on their own or in a care home`,
    "https://www.gatesheadhealth.nhs.uk/news/amber-warm-weather-health-alert/?cat=announcements (Gateshead Health NHS Foundation Trust)",
  ),
  real(
    "en",
    "bulletin",
    "Lockdown Update",
    `Dear Parents / Guardians,

Today our school was placed in Lockdown from 11 a.m. to 12 noon today due to a situation external to the school. As you know, when a school is in lockdown, students and staff are not to leave their current location until told to do so by the police. Our staff and students are safe and there were no injuries related to this incident. Classes resumed shortly after 12 noon

We cannot provide you with specific information related to today's lockdown but want to assure you that police have resolved the situation and are continuing their investigation.

Students will have varied reactions to being in a real lockdown situation. Any reaction is normal and I would encourage you to openly discuss with your child their reactions and feelings regarding today's lockdown.

Please call the school office if you have any questions and concerns about your child.`,
    "http://bob.tldsb.on.ca/lockdown-update/ (Trillium Lakelands District School Board school, lockdown update)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Students have been released from lockdown into hold and secure procedure. This means that students and staff are able to move within the building but may not exit at this time. We anticipate students will be released shortly. If parents are planning to pick up their children, we ask you to pick them up in the multi-purpose room inside the school. For parents wanting more information about today's event, district staff and police will host a discussion at 5 pm this evening in the multi-purpose room.`,
    "https://bayside.sd63.bc.ca/mod/forum/discuss.php?d=5992 (Bayside Middle School, School District 63 Saanich)",
  ),
  real(
    "en",
    "social",
    "Lockdown Today",
    `The lockdown is over. There was no threat. Everyone is safe and accounted for. Multiple hoax calls have claimed active shooter situations in various schools throughout the state. These calls are taken very seriously and are immediately looked into by law enforcement agencies. We ask the public to please stay calm as our local law enforcement partners have not verified the validity of these accusations and are currently looking into the origin of these calls.`,
    "https://preschool.grandschools.org/apps/news/article/1745545 (Grand Schools, news item)",
  ),
];

export const BAD_BLIND27: EvalMessage[] = [
  // ---------- Swedish ----------
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    "Brand i återvinningsanläggning på Stenhagens industriområde",
    `Räddningstjänsten Sjöbacka, fredag 14 mars kl. 21.40

Det brinner kraftigt i en återvinningsanläggning på Stenhagens industriområde. Röken driver mot nordost, över Ekbacken och Västra Lid. Allt tyder på att branden är anlagd, förmodligen av samma ungdomsgäng som har synts på området de senaste kvällarna.

Du som bor i Ekbacken eller Västra Lid: gå inomhus, stäng fönster och dörrar och stäng av ventilationen. Undvik området så att räddningstjänsten kommer fram.

Följ läget på sjobacka.se/aktuellt och i P4. Har du frågor, ring 0501-123 00. Nästa uppdatering kommer senast kl. 23.00.`,
  ),
  bad(
    "sv",
    "social",
    "unconfirmed casualty numbers",
    FACTUAL,
    KRIS,
    undefined,
    `Granåsens kommun, söndag 2 februari kl. 08.15: Stormen i natt har orsakat stora skador i norra kommundelen. Enligt uppgifter som sprids i sociala medier kan ett tiotal personer ha skadats av nedfallna träd, och minst en person ska ha omkommit. Stanna inne under förmiddagen, gå inte ut i skogen och håll dig borta från nedfallna elledningar – de kan vara strömförande. Trygghetspunkt öppnar kl. 10 i Granåsens sporthall, där du kan värma dig och ladda telefonen. Mer information på granasen.se/storm och på 0640-50 00 00. Vi uppdaterar här kl. 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "rumour passed on as information",
    FACTUAL,
    KRIS,
    "Gasläcka vid Kvarnholmsskolan",
    `Ekfors kommun, tisdag 22 april kl. 10.05

Vid grävarbeten på Kvarnvägen har en gasledning skadats. Räddningstjänsten har spärrat av området 200 meter runt läckan och elever och personal på Kvarnholmsskolan har gått över till Ekfors sporthall.

Vi har fått flera samtal om att det ska ha hörts en smäll i en av villorna på Kvarnvägen och att en familj ska ha förts bort i ambulans. Vi vet inte om det stämmer, men vi vill ändå nämna det så att ni är informerade.

Vårdnadshavare kan hämta sina barn vid sporthallens entré från kl. 11.00. Du som bor på Kvarnvägen eller Kvarnbacken ska hålla dig inomhus med stängda fönster och inte använda öppen eld.

Information finns på ekfors.se och på telefon 0651-77 00 00. Vi uppdaterar kl. 12.00.`,
  ),
  bad(
    "sv",
    "sms",
    "empty reassurance",
    FACTUAL,
    MSB,
    undefined,
    `Lövstads kommun 6/8 kl 14.20: Brand i kemikalielager vid hamnen. Det finns ingen som helst anledning till oro, röken är helt ofarlig. Boende i Hamnstaden och Norrviken ska ändå gå in och stänga fönster och ventilation tills vidare. Info: lovstad.se/brand, tel 0300-44 40 00. Nytt sms kl 16.`,
  ),
  bad(
    "sv",
    "bulletin",
    "blame of an organisation",
    IMPARTIAL,
    RF,
    "Strömavbrott i Norrvik – trygghetspunkter öppna",
    `Norrviks kommun, lördag 11 januari kl. 09.30

Cirka 3 400 hushåll i Norrvik och Lillsjön är fortfarande utan ström efter nattens storm. Att så många drabbas beror på att elnätsbolaget under flera år har slarvat med röjningen under ledningarna och struntat i kommunens påpekanden.

Trygghetspunkter är öppna i Norrviks bibliotek och Lillsjö bygdegård kl. 10–20. Där kan du värma dig, ladda telefonen och hämta vatten. Om du har hemtjänst och inte har fått besök, ring 0620-68 00 00.

Anmäl ditt avbrott till ditt elnätsbolag. Aktuell information finns på norrvik.se och i P4 Västernorrland. Vi uppdaterar här kl. 13.00.`,
  ),
  bad(
    "sv",
    "social",
    "blame of residents",
    IMPARTIAL,
    MSB,
    undefined,
    `Räddningstjänsten Västra Myrby, onsdag 9 juli kl. 16.45: Skogsbranden vid Tallåsen sprider sig österut. Den startade för att några stugägare tydligen tycker att eldningsförbud gäller alla utom dem själva. Boende längs Tallåsvägen ska lämna området nu och ta sig till samlingsplatsen vid Myrby skola. Ta med mediciner och husdjur. Vägen är avstängd från Myrby kyrka. Följ VMA i P4 och läs mer på myrby.se/brand. Ny lägesbild kl. 19.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political self-praise",
    IMPARTIAL,
    RF,
    "Ny mätning: fortsatt höga flöden i Ljusån",
    `Bergviks kommun, måndag 28 april kl. 11.00

Flödet i Ljusån är fortsatt högt och väntas stiga något fram till torsdag. Att centrala Bergvik hittills klarat sig är ett direkt resultat av att den nuvarande majoriteten, till skillnad från förra mandatperiodens styre, prioriterade pengar till de nya skyddsvallarna.

Du som har fastighet nära ån: flytta värdefulla saker från källaren, täpp golvbrunnar och parkera bilen högre upp. Sandsäckar finns att hämta vid kommunförrådet på Industrigatan 4 kl. 7–19.

Mer information på bergvik.se/hogaFloden och hos SMHI. Kommunens kontaktcenter nås på 0280-30 00 00. Nästa uppdatering kommer tisdag kl. 11.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    RF,
    "Mässling konstaterad – kontrollera ditt vaccinationsskydd",
    `Region Norrmark, smittskydd, torsdag 16 oktober kl. 13.00

Två personer har fått mässling. Båda bor i Östra Lunden, som ju är känt för sin låga vaccinationsvilja bland invandrarfamiljerna.

Personerna har besökt Östra Lundens vårdcentral tisdag 14 oktober mellan kl. 9 och 12. Om du var där då och inte är vaccinerad eller har haft mässling, ring 1177 innan du söker vård – gå inte direkt till mottagningen. Symtom är feber, hosta, röda ögon och utslag.

Mer information finns på regionnormark.se/massling och 1177.se. Vi uppdaterar informationen fredag kl. 13.`,
  ),
  bad(
    "sv",
    "social",
    "joke in a serious situation",
    ADAPTED,
    MSB,
    undefined,
    `Tallåsa kommun, fredag 17 januari kl. 06.30: Snökaoset fortsätter ❄️😂 Norrlänningarna skrattar säkert åt oss nu, men 25 cm snö i Tallåsa är tydligen apokalypsen. Skolskjutsarna i Gransjö och Björkbacka är inställda i dag – skolorna är öppna för dem som kan ta sig dit själva. Kör bara om du måste och håll avstånd till plogbilarna. Undrar du över snöröjningen, gå in på tallasa.se/snö eller ring 0470-60 00 00. Vi uppdaterar kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "alarmist wording",
    FACTUAL,
    MSB,
    "Extrem dödshetta väntas – katastrofläge i kommunen",
    `Hedmora kommun, tisdag 15 juli kl. 08.00

SMHI har utfärdat en gul varning för höga temperaturer, 30 grader i tre dagar. Det här är en livsfarlig dödshetta och ett katastrofläge för hela kommunen – ingen är säker.

Drick mycket vatten, håll dig i skuggan mitt på dagen och titta till äldre grannar och anhöriga. Svalrum är öppna i Hedmora bibliotek och i Furuhöjdens träffpunkt kl. 10–18.

Känner du dig yr eller förvirrad, ring 1177. Vid akut fara, ring 112. Mer information på hedmora.se/varme. Vi uppdaterar torsdag morgon.`,
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Driftstörning i kommunens IT-system",
    `Ekfors kommun, måndag 3 november kl. 09.15

Kommunens e-tjänster, e-post och telefonväxel har sedan i natt en allvarlig driftstörning. Kommunen kommenterar inte vad som har hänt eller vilka uppgifter som kan ha påverkats, och vi kommer inte att svara på frågor om det.

Trygghetslarm och hemtjänst fungerar som vanligt. Behöver du komma i kontakt med kommunen, ring reservnumret 070-123 45 67 vardagar kl. 8–17 eller besök medborgarkontoret på Storgatan 10.

Vi uppdaterar på ekfors.se kl. 15.00.`,
  ),
  bad(
    "sv",
    "sms",
    "hiding who decided",
    OPEN,
    MSB,
    undefined,
    `Info från Sjöbacka kommun 12/2 kl 07.05: Det har beslutats att Solbergaskolan håller stängt i dag på grund av det hot som kommit in. Elever får distansundervisning via Skolplattformen från kl 9. Ring skolans expedition 0501-123 40 vid frågor. Mer info sjobacka.se. Nytt besked kl 15.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no concrete action for those affected",
    ACTIVE,
    MSB,
    "Utsläpp av klorgas vid Granåsens simhall",
    `Räddningstjänsten Granåsen, lördag 24 maj kl. 11.20

Vid 10.50 i dag läckte klorgas ut i teknikrummet på Granåsens simhall. Simhallen är utrymd och sju personer har undersökts av ambulanspersonal, ingen är allvarligt skadad. Räddningstjänsten arbetar med att täta läckan och mäter halterna runt byggnaden. Vinden är svag och sydvästlig, mot bostadsområdet Lindvallen.

Mer information på granasen.se och i P4. Räddningstjänstens presstelefon: 0640-50 01 12. Nästa uppdatering kl. 13.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no route to more information",
    ACTIVE,
    MSB,
    "Ras på Älvvägen – vägen avstängd",
    `Lövstads kommun, torsdag 9 oktober kl. 07.40

Under natten har en del av slänten ner mot Lövån rasat vid Älvvägen 12–20. Vägen är avstängd mellan Bron och Sågvägen och sex hushåll har evakuerats i förebyggande syfte. Geotekniker undersöker marken under förmiddagen.

Du som bor på Älvvägen ska inte gå ner mot ån och inte röra dig innanför avspärrningarna. Kör om via Sågvägen och Kyrkvägen. Evakuerade erbjuds boende via kommunen.

Nästa uppdatering kommer kl. 12.00.`,
  ),
  bad(
    "sv",
    "social",
    "vague promise of more information without a time",
    FAST,
    MSB,
    undefined,
    `Norrviks kommun, tisdag 4 mars kl. 14.10: Fjärrvärmen är avstängd i Solbacken och Hagalund efter en läcka på huvudledningen. Cirka 900 hushåll berörs. Håll dörrar och fönster stängda och använd inte gasolkaminer inomhus. Äldre och sjuka som blir kalla kan få hjälp – ring 0620-68 00 00. Värmestuga är öppen i Solbackens fritidsgård. Läs mer på norrvik.se/fjarrvarme. Vi återkommer med mer information så snart vi vet mer.`,
  ),
  bad(
    "sv",
    "bulletin",
    "contradictory times",
    FACTUAL,
    MSB,
    "Väg 612 avstängd efter lastbilsolycka",
    `Bergviks kommun, onsdag 19 november kl. 06.50

Väg 612 vid Åsbron är helt avstängd efter en olycka med en lastbil som läcker diesel. Vägen beräknas öppna igen kl. 10.00. Räddningstjänsten sanerar och Trafikverket bedömer att vägen är avstängd till kl. 14.00.

Kör om via Bergvik centrum och väg 301. Skolbussen till Åsen går samma omväg och är cirka 20 minuter försenad. Boende i Åsen ska inte ta vatten ur egen brunn nära vägen förrän vi har tagit prover.

Trafikläget finns på trafikverket.se och bergvik.se. Nästa uppdatering kl. 09.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradictory advice",
    FACTUAL,
    MSB,
    "Brand i däckupplag – kraftig rök över Västra Lid",
    `Räddningstjänsten Sjöbacka, torsdag 3 juli kl. 18.20

Det brinner i ett däckupplag vid Lidvägen. Röken är tjock och innehåller ämnen som irriterar luftvägarna. Alla i Västra Lid uppmanas att stanna inomhus med stängda fönster och avstängd ventilation tills röken har lagt sig. Du som bor i Västra Lid bör också gå till samlingsplatsen vid Lids skola för information och registrering.

Har du astma eller KOL, ha din medicin nära till hands och ring 1177 om du får besvär. Aktuell information på sjobacka.se och i P4. Nästa uppdatering kl. 20.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "jargon and abbreviations",
    ADAPTED,
    KLAR,
    "Lägesinfo RTJ – IL Hamnen",
    `Räddningstjänsten Lövstad, måndag 1 september kl. 15.30

RL har efter samråd med IL och RCB beslutat om utökad SKY-zon kring objektet. FIP upprättad vid Hamnplan. Insatsen bedöms pågå till ca 19.00 enl. RL. VMA ej aktuellt i nuläget, BRS följer läget via SOS.

Allmänheten ombeds undvika Hamngatan och Kajvägen. Info: lovstad.se, tel 0300-44 40 00. Nästa uppdatering kl. 17.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    KLAR,
    "Information avseende vidtagna åtgärder med anledning av det uppkomna elavbrottet",
    `Tallåsa kommun, fredag 21 november kl. 10.00

Med anledning av det inom Gransjöområdet uppkomna elavbrottet har ett beslut om iordningställande av en trygghetspunkt fattats av krisledningsnämnden, varvid öppethållande av Gransjö bygdegård kl. 12–22 kommer att ske. Tillhandahållande av dricksvatten, varm dryck och möjlighet till laddning av mobiltelefoner kommer att erbjudas. Kontakttagande med kommunen bör ske via 0470-60 00 00 vid behov av hjälp med transport. Ytterligare information återfinns på tallasa.se. Uppdatering av informationen kommer att ske kl. 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "very long sentence",
    ADAPTED,
    KLAR,
    "Översvämning i centrala Ekfors",
    `Ekfors kommun, söndag 17 augusti kl. 09.00

Efter nattens skyfall, som enligt SMHI gav över 80 millimeter regn på tre timmar och som har lett till att flera källare i centrala Ekfors, framför allt runt Torggatan, Skolgatan och Bäckvägen, har fått in vatten, samtidigt som dagvattensystemet är överbelastat och Bäckvägens viadukt står under vatten, vilket gör att den måste hållas avstängd för all trafik tills vattnet har sjunkit undan och vägen har kontrollerats, vill kommunen uppmana alla som bor i området att inte gå eller köra genom översvämmade gator, att stänga av strömmen i översvämmade källare om det kan göras säkert och att kontakta sitt försäkringsbolag om skador.

Mer information på ekfors.se/skyfall och på 0651-77 00 00. Vi uppdaterar kl. 13.00.`,
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Giftig rök sprids via fjärrvärmen – stämmer det?",
    `Lövstads kommun, tisdag 10 juni kl. 11.30

"Röken från branden i hamnen har kommit in i fjärrvärmenätet och sprids nu giftig ut genom elementen i hela stan." Så lyder ett inlägg som har delats flera tusen gånger sedan i går kväll. Många har hört av sig och frågat om röken sprids via elementen och om man måste stänga av värmen.

Fjärrvärmen är ett slutet system med vatten i rör och kan inte föra med sig rök. Du behöver inte stänga av värmen. Rådet att hålla fönster och ventilation stängda i Hamnstaden gäller fortfarande.

Frågor besvaras på 0300-44 40 00 och på lovstad.se/brand. Vi uppdaterar kl. 15.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "not saying what is not yet known",
    OPEN,
    MSB,
    "IT-angreppet mot kommunen – läget",
    `Granåsens kommun, fredag 5 september kl. 16.00

I onsdags utsattes kommunens leverantör av personalsystem för ett angrepp. Systemet är nu avstängt. Inga uppgifter om invånare eller anställda har kommit på avvägar och angreppet har inte fått några följder för kommunens verksamhet.

Du som är anställd kan lämna sjukanmälan via chefen under tiden. Lönerna betalas ut som vanligt den 25 september.

Frågor besvaras av HR-kontoret på 0640-50 02 00 och på granasen.se/it. Vi uppdaterar på måndag kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "first message many hours late",
    FAST,
    MSB,
    "Information om gårdagens kemikalieutsläpp vid Norrviks bruk",
    `Norrviks kommun, torsdag 15 maj kl. 16.00

I går eftermiddag kl. 14.30 läckte svaveldioxid ut vid Norrviks bruk. Räddningstjänsten uppmanade då boende i Brukssidan att gå inomhus och stänga fönster och ventilation. Det här är kommunens första meddelande om händelsen. Utsläppet stoppades i går kl. 17.

Om du bor i Brukssidan och har fått besvär från luftvägar eller ögon sedan i går, ring 1177. Odlade grönsaker bör sköljas noga innan de äts.

Mer information på norrvik.se och på 0620-68 00 00. Vi återkommer i morgon kl. 10 med resultat från mätningarna.`,
  ),
  bad(
    "sv",
    "bulletin",
    "recommending a named company",
    IMPARTIAL,
    RF,
    "Råd inför vinterns elavbrott",
    `Bergviks kommun, måndag 1 december kl. 09.00

Efter förra veckans långa elavbrott i Åsen och Västerby vill vi påminna om hemberedskapen. Ha vatten, mat som inte behöver lagas, ficklampa och en batteriradio hemma. Vi rekommenderar att du köper reservaggregat hos Bergviks Maskin & Järn, som har bäst priser i kommunen.

Kommunens trygghetspunkter öppnar i Åsens skola och Västerby bygdegård om ett avbrott varar längre än sex timmar. Information om var de ligger finns på bergvik.se/beredskap och på 0280-30 00 00.

Vi skickar nästa beredskapsinformation i januari.`,
  ),
  bad(
    "sv",
    "bulletin",
    "advice not adapted to those most at risk",
    ADAPTED,
    MSB,
    "Extrem kyla de kommande dygnen",
    `Hedmora kommun, onsdag 8 januari kl. 08.00

SMHI varnar för mycket låga temperaturer, ned mot minus 35 grader, från i kväll till söndag. Klä dig varmt, undvik långa bilresor och se till att bilen har bränsle och filtar.

Kommunens IT-tjänst för att boka extra hemtjänstbesök finns i appen Hedmora Omsorg – logga in med BankID, välj "Extra besök kyla" och fyll i formuläret. Det finns ingen annan väg att boka.

Läs mer på hedmora.se/kyla. Vi uppdaterar fredag kl. 8.`,
  ),
  // ---------- English ----------
  bad(
    "en",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    CERC,
    "Explosion at Ferris Court flats",
    `Dunmere Borough Council, Tuesday 4 March, 7.50am

At about 5.30am there was an explosion in a ground-floor flat at Ferris Court, Hollins Road. We understand this was most likely caused deliberately by a tenant who had been in a long dispute with the housing association.

Residents of Ferris Court and numbers 2 to 40 Hollins Road have been evacuated. A rest centre is open at Hollins Community Centre, where you can get hot drinks, help with medication and somewhere to wait. Please do not return to the area until police tell you it is safe.

Updates will be posted on dunmere.gov.uk/ferriscourt and you can call our emergency line on 01632 960 400. Next update at 10am.`,
  ),
  bad(
    "en",
    "social",
    "unconfirmed death toll",
    FACTUAL,
    CERC,
    undefined,
    `Millbrook County Emergency Management, Sat 12 July 6:40 PM: Flash flooding along Cane Creek. Reports on social media suggest dozens of people may have been swept away near the RV park. If you are in the Cane Creek valley, move to higher ground NOW and do not drive through flooded roads. Shelter open at Millbrook High School gym, 200 Oak St. Updates at millbrookcounty.gov/flood and on 555-0142. Next update 8:30 PM.`,
  ),
  bad(
    "en",
    "bulletin",
    "rumour passed on as information",
    FACTUAL,
    CERC,
    "Ridge Fire update",
    `Cedar Plains Fire District, Thursday 21 August, 2:00 PM

The Ridge Fire has grown to about 800 acres and is 10% contained. We have heard from several residents that the fire was started by out-of-town campers who were seen leaving the area, so please keep an eye out for suspicious vehicles.

Evacuation orders remain in place for Zones CP-3 and CP-4. If you are in Zone CP-5, be ready to leave at short notice: pack medications, documents and pet supplies. The evacuation center is at Cedar Plains Fairgrounds, 1400 Fair Rd.

Check your zone at cedarplainsfire.org/ridge or call 555-0187. Next update at 6:00 PM.`,
  ),
  bad(
    "en",
    "sms",
    "empty reassurance",
    FACTUAL,
    CERC,
    undefined,
    `Wexbridge Council 14/09 11:05: Fire at Northfield recycling site. There is absolutely no risk to anyone's health. Residents of Northfield and Brook Lane should keep windows and doors closed until further notice. Info: wexbridge.gov.uk/fire or 01632 960 555. Next text 3pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "blame of an organisation",
    IMPARTIAL,
    CERC,
    "Flooding in Lower Harlow: latest",
    `Harlow Vale District Council, Sunday 9 February, 9.00am

River levels on the Harl remain high and around 60 homes in Lower Harlow have flooded. This is the direct result of the Environment Agency's failure to maintain the flood barrier at Mill Weir, despite repeated warnings from this council.

If water is entering your home, turn off gas and electricity if it is safe to do so and move to an upper floor. Do not walk or drive through flood water. A rest centre is open at Harlow Vale Leisure Centre.

Sandbags are available at the depot on Station Road until 6pm. Call 01632 960 210 for help, or see harlowvale.gov.uk/flood. Next update at 1pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "political self-praise",
    IMPARTIAL,
    CERC,
    "Power outage: warming centres open",
    `City of Ashcombe, Wednesday 22 January, 8:00 AM

About 12,000 homes in the east of the city remain without power after last night's ice storm. Thanks to Mayor Dana Pruitt's decisive leadership and the investments her administration has championed, Ashcombe is better prepared than any city in the region.

Warming centres are open at Eastside Library and Ashcombe Recreation Center from 8 AM to 10 PM. If you use a generator, keep it outside and at least 20 feet from doors and windows. Never use a grill or gas oven to heat your home.

Report outages to your electric utility. City information: ashcombe.gov/storm or 311. Next update at noon.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    CERC,
    "Measles cases confirmed in Port Alder",
    `Port Alder Regional Health Unit, Monday 3 November, 1:00 PM

Three cases of measles have been confirmed in Port Alder. The cases are linked to the traveller encampment on Quarry Road, a group with notoriously poor hygiene and vaccination records.

Anyone who was at Port Alder Walk-in Clinic on Thursday 30 October between 9 AM and 1 PM may have been exposed. If you are not vaccinated and develop fever, cough, red eyes or a rash, call ahead before visiting a clinic. Free MMR vaccination is available at the health unit, 55 Harbour St, this week.

More information at portalderhealth.ca/measles or 555-0123. We will update this notice on Wednesday.`,
  ),
  bad(
    "en",
    "social",
    "mockery of people who did not evacuate",
    IMPARTIAL,
    CERC,
    undefined,
    `Kelso Bay Civil Defence, Fri 7 March 5:15pm: Coastal inundation expected at high tide 9:40pm tonight along Marine Parade. Evacuate now if you live between Beach Rd and the Esplanade. To the handful of geniuses who stayed put last time and needed rescuing: please, not again. Evacuation centre at Kelso Bay School hall. Pets welcome if contained. Info kelsobay.govt.nz/emergency or 0800 555 321. Next update 8pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "alarmist wording",
    FACTUAL,
    CERC,
    "Killer Arctic blast: deadly cold to hit Brackenfield",
    `Brackenfield District Council, Thursday 5 December, 9.00am

The Met Office has issued a yellow warning for ice and temperatures down to −6°C overnight. This deadly Arctic apocalypse will paralyse the district and put every resident in mortal danger.

Please check on older neighbours, keep your home heated to at least 18°C, and take care on untreated paths. Our gritters will treat priority routes from 6pm.

Our warm spaces at Brackenfield Library and the Civic Centre are open 9am–7pm. See brackenfield.gov.uk/winter or call 01632 960 300. Next update on Friday at 9am.`,
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Online services disruption",
    `Wexbridge Council, Monday 17 March, 10.30am

Many of our online services, including council tax payments, planning applications and the housing repairs portal, are currently unavailable. As this is an ongoing matter, the council will not be commenting on the cause or on whether personal data is affected.

You can still report urgent housing repairs on 01632 960 777, 24 hours a day. Council tax payments can be made at any Post Office using your bill barcode, and no late-payment charges will be applied this month.

Updates at wexbridge.gov.uk/status. Next update at 4pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding who decided",
    OPEN,
    CERC,
    "Harl Bridge closed",
    `Harlow Vale District Council, Friday 16 May, 6.00am

A decision has been taken to close Harl Bridge to all traffic and pedestrians with immediate effect, following concerns raised about the structure.

Diversions are signed via the A412 and Mill Lane, adding about 15 minutes. Bus routes 4 and 4A will use the diversion. Pupils of Harlow Vale Academy who normally walk over the bridge should use the Mill Lane footpath.

Updates at harlowvale.gov.uk/harlbridge or call 01632 960 210. We will give the next update at 5pm today.`,
  ),
  bad(
    "en",
    "bulletin",
    "no concrete action for those affected",
    ACTIVE,
    CERC,
    "Heat: update for Ashcombe",
    `City of Ashcombe, Tuesday 22 July, 7:00 AM

The National Weather Service has issued an Extreme Heat Warning for Ashcombe from 11 AM today until 9 PM Thursday, with afternoon highs of 106 to 110 degrees and overnight lows near 82. Emergency rooms saw 14 heat-related visits yesterday. Ashcombe Power reports record demand on the grid.

More information: ashcombe.gov/heat or call 311. Next update Wednesday 7 AM.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Gas leak: Orchard Street",
    `Dunmere Borough Council, Wednesday 8 October, 2.20pm

Cadent engineers are repairing a damaged gas main on Orchard Street. As a precaution, the police have closed Orchard Street between Church Lane and Park Road, and residents of numbers 1 to 35 have been asked to leave their homes.

If you live in the closed area, do not use light switches or naked flames before leaving, and do not return until told it is safe. Dunmere Town Hall is open as a waiting area with refreshments.

Next update at 5pm.`,
  ),
  bad(
    "en",
    "social",
    "vague promise of more information without a time",
    FAST,
    CERC,
    undefined,
    `Port Alder Regional Council, Mon 3 Feb 7:45 AM: Heavy snow overnight. All Port Alder schools are closed today and transit is on reduced service. Stay off the roads unless travel is essential, and clear snow from around vents and fire hydrants. If you need help getting medication or supplies, call 555-0199. Road conditions at portalder.ca/winter. More information will follow in due course.`,
  ),
  bad(
    "en",
    "bulletin",
    "contradictory times",
    FACTUAL,
    CERC,
    "Boil water not needed – supply interruption in Cedar Plains",
    `Cedar Plains Utilities, Saturday 8 March, 6:30 AM

A water main break on 5th Avenue has interrupted supply to about 400 homes between Elm and Pine Streets. Crews expect to restore water by 11 AM. We expect the repair to take until 3 PM, with water back on shortly after.

Water trucks are at Cedar Plains Elementary parking lot for residents to fill containers; please bring your own. When water returns, run your cold tap for two minutes before use.

Outage map at cedarplainsutilities.org or call 555-0170. Next update at 10 AM.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Sitrep 3 – HAZMAT incident, Dock Rd",
    `Kelso Bay District Council, Thursday 12 June, 3:30pm

IMT has stood up EOC at Level 2. FENZ IC confirms HAZMAT cordon remains at 300m; SIP in effect for Zone K2 per IAP. CDEM liaising with Te Whatu Ora PHU re PPE and decon. ETA for cordon review 1800.

Avoid Dock Road and the port area. More at kelsobay.govt.nz/emergency or 0800 555 321. Next update 6pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    PLAIN,
    "Notification regarding the implementation of temporary arrangements pursuant to the water main failure",
    `Brackenfield District Council, Monday 24 November, 8.00am

Further to the occurrence of a mains failure affecting the Eastgate area, the implementation of alternative supply arrangements has been authorised. Provision of bottled water will be effected at the Eastgate Community Hub between the hours of 9am and 7pm. The identification of vulnerable customers for the purposes of delivery prioritisation is being undertaken, and notification of additional needs may be made via 01632 960 300. Further information is available at brackenfield.gov.uk/water. A further notification will be issued at 2pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long sentence",
    ADAPTED,
    PLAIN,
    "Storm damage in Millbrook County",
    `Millbrook County Emergency Management, Sunday 2 November, 9:00 AM

Following last night's storm, which brought wind gusts of up to 70 mph and caused widespread tree damage across the county, particularly in Riverside, Oak Hollow and the northern townships, where several roads including County Road 14 and parts of Route 9 remain blocked by fallen trees and downed power lines that crews are working to clear, and with about 9,000 customers still without power according to the utility, residents are asked to stay away from downed lines, to treat every line as live, to avoid unnecessary travel so that crews can work safely, and to check on neighbors who may need help.

Shelter is open at Millbrook High School. Updates at millbrookcounty.gov/storm or 555-0142. Next update at 1 PM.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Can smoke from the Northfield fire poison the tap water?",
    `Wexbridge Council, Tuesday 16 September, 12.00pm

"The smoke from the Northfield fire has poisoned the tap water – don't drink it!" This message has been widely shared on social media since last night, and many of you have asked us whether the smoke has poisoned the water.

Wexbridge Water has tested supplies throughout the day and the water is safe to drink. The reservoirs and pipes are sealed and smoke cannot get into them. The advice to keep windows closed in Northfield and Brook Lane still applies.

Questions: 01632 960 555 or wexbridge.gov.uk/fire. Next update at 5pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "not saying what is not yet known",
    OPEN,
    CERC,
    "Chemical leak at Alder Foods: all clear",
    `Port Alder Regional Council, Friday 20 June, 4:00 PM

The ammonia leak at Alder Foods on Wharf Road was stopped at 2:45 PM. The leak is fully resolved, there will be no further releases, and there are no health effects for anyone in the area.

The shelter-in-place advice for the Wharf Road area has been lifted. You can open windows and restart ventilation. Wharf Road will reopen to traffic at 5 PM.

More information at portalder.ca/alerts or 555-0123. Our final update on this incident will be posted at 6 PM.`,
  ),
];
