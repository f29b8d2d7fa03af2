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
 * Twenty-sixth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind23.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * The real messages are published text copied from public authorities (whole sentences, paragraphs or list items may
 * be left out, nothing reworded; list bullets are written as "- "). Where the only stored copy of an authority's
 * text is a newspaper's or a republisher's page, the source says so. Each flawed message is written for an invented
 * municipality to show one failure pattern and is otherwise meant to look competent; some flaws are subtle.
 */
const { real, bad } = evalSet("", perLanguage("good26", "bad26"));

export const GOOD_BLIND26: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "bulletin",
    "Miljö- och byggnadsförvaltningen påminner om att man bör iaktta försiktighet vid bad med tanke på eventuell algblomning.",
    `Värmen innebär inte bara en behaglig badtemperatur, utan även gynnsamma förhållanden för tillväxt av växtplankton (s.k. algblomning). Mer information hittar du på kommunens hemsida gällande provtagning av kommunens badplatser.`,
    "http://www.hultsfred.se/artikel/miljo-och-byggnadsforvaltningen-paminner-om-att-man-bor-iaktta-forsiktighet-vid-bad-med-tanke-pa-eventuell-algblomning/ (Hultsfreds kommun, miljö- och byggnadsförvaltningen)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering: Brand i industri, Stenungsund",
    `Branden på en industri i Stenungsund är nu släckt och det viktiga meddelandet till allmänheten som tidigare utfärdades är återkallat. Ett antal enheter kommer att stanna kvar på platsen ytterligare en tid för kontroll och stöd till industrin. Räddningstjänsten har totalt haft ett 20-tal enheter på plats under kvällen och natten. Arbetet har bedrivits i ett tätt samarbete med industrins egen personal och flera andra aktörer. Det kommer fortsatt att ske en kontrollerad avfackling från industrin vilket sannolikt kommer att generera en fortsatt rökutveckling.

Frågor kring orsak till händelsen och avfackling hänvisas till Borealis

Anders Lundblad

Stabschef`,
    "https://news.cision.com/se/raddningstjansten-storgoteborg/r/uppdatering--brand-i-industri--stenungsund,c3108110 (Räddningstjänsten Storgöteborg, pressmeddelande)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsatt stora snömängder",
    `Det har kommit stora mängder snö och det kommer vara pågående snöfall hela måndagen. Alla våra resurser är inkallade och vi plogar hela tiden utan avbrott.

Vädersituationen är besvärlig i länet även om det är lokala skillnader. Det innebär att det även under tisdagen kan förekomma problem för vägtrafik och andra kommunikationer.

- Den som har möjlighet att jobba hemifrån under tisdagen rekommenderas att göra det på grund av risk för fortsatta störningar i vägtrafik och spårbunden trafik.
- Var ute i god tid om du måste resa. Det är risk för fortsatta förseningar inom buss-, tåg-och flygtrafiken samt inställda avgångar.
- Om du behöver köra bil, anpassa körningen till vädret och väglaget och ha rätt utrustning ex. vinterdäck.
- Följ parkeringsreglerna så att du inte hindrar plogning.
- Var beredd på att det kan bli strömavbrott på grund av snön, vilket även kan påverka mobila nät för telekommunikationer.
- Det finns även risk för att träd och grenar kan falla ner på grund av den tunga snön.`,
    "https://www.sigtuna.se/nyheter/nyheter/2022-11-21-fortsatt-stora-snomangder.html (Sigtuna kommun, 2022-11-21)",
  ),
  real(
    "sv",
    "bulletin",
    "Plogning",
    `Det prioriterade vägnätet plogas och saltas från klockan 05.00. Klart framåt 15.00.

Samtliga gång och cykel vägar samt centrum plogas från klockan 05.30. Klart framåt 12.00

Samtliga bostadsgator samt enskilda vägar plogas från cirka 11.00. Klart framåt 20.00.`,
    "https://www.borlange-energi.se/kontakta-oss/vintervaghallning/snodagboken/snodagboken/2025-02-04-plogning (Borlänge Energi, snödagboken, 2025-02-04)",
  ),
  real(
    "sv",
    "bulletin",
    "Afrikansk svinpest: Flertalet av restriktionerna tas bort",
    `Nu häver Jordbruksverket de flesta restriktionerna som funnits med anledning av utbrottet av afrikansk svinpest i Fagersta och Norbergs kommuner. Till exempel blir alla slags skogsbruksåtgärder tillåtna i hela den smittade zonen. Som grund för lättnaderna ligger en ny riskvärdering från Statens veterinärmedicinska anstalt, SVA.

Från och med den 5 juni är det här tillåtet i hela den smittade zonen:

- Alla skogsbruksåtgärder
- Skörd av foder, strö och livsmedel, utan krav på lagring
- Använda motordrivna fordon och maskiner i skog och mark
- Vistas i skog och mark utan begränsningar i antal – tävlings- och träningsarrangemang är därmed tillåtna

De här restriktionerna finns kvar i hela den smittade zonen:

- Förbud mot att hålla tamgrisar och vildsvin
- Endast jägare som har anmält sig till Jägareförbundets koordinator får jaga vildsvin i den smittade zonen. Jordbruksverkets instruktioner ska följas och alla fällda vildsvin ska provtas.
- Jägare som vill använda kött från fällda vildsvin i ytterområdet för privat konsumtion måste ansöka om tillstånd från Jordbruksverket.

Det här är fortfarande viktigt att tänka på:

Om ingen ny smittspridning uppstår kan Sverige vara formellt fritt från afrikansk svinpest i oktober. Då kan också de restriktioner som fortfarande finns kvar hävas.

Fram till dess är det fortfarande viktigt att:

- stänga grindar i stängslet runt kärnområdet och rapportera skadat stängsel
- undvika att gå nära vildsvinsfällor och utfodringsplatser`,
    "https://www.lansstyrelsen.se/vastmanland/om-oss/nyheter-och-press/nyheter---vastmanland/2024-06-05-afrikansk-svinpest-flertalet-av-restriktionerna-tas-bort.html (Länsstyrelsen Västmanland, 2024-06-05)",
  ),
  real(
    "sv",
    "bulletin",
    "Jordbruksverket tar bort restriktionerna vid afrikansk svinpest",
    `Nu häver Jordbruksverket de flesta restriktionerna som funnits med anledning av utbrottet av afrikansk svinpest i Fagersta och Norbergs kommuner. Till exempel blir alla slags skogsbruksåtgärder tillåtna i hela den smittade zonen.

Från och med den 5 juni är alla skogsbruksåtgärder tillåtna i hela den smittade zonen. Det finns fortfarande restriktioner kring att hålla tamgrisar och vildsvin samt att jaga eller använda kött från fällda vildsvin.

Om ingen ny smittspridning uppstår kan Sverige vara formellt fritt från afrikansk svinpest i oktober. Då kan också de restriktioner som fortfarande finns kvar hävas.

Fram till dess är det fortfarande viktigt att:

- stänga grindar i stängslet runt kärnområdet och rapportera skadat stängsel
- undvika att gå nära vildsvinsfällor och utfodringsplatser
- rapportera om du ser några sjuka eller döda vildsvin

Stängslet och Jordbruksverkets skyltar kommer att finnas kvar till dess att Sverige är friförklarat från afrikansk svinpest och den smittade zonen hävs.`,
    "https://www.skogsstyrelsen.se/nyhetslista/jordbruksverket-tar-bort-restriktionerna-vid-afrikansk-svinpest/ (Skogsstyrelsen, nyhet 2024-06-05)",
  ),
  real(
    "sv",
    "faq",
    "Fågelinfluensa - vad är det som gäller?",
    `Fågelinfluensa finns just nu i Sverige och det är olika skyddsnivåer som gäller.
- För fåglar i fångenskap, till exempel hobbyhöns, gäller inte skyddsnivå 2 längre. Det innebär att hobbyhöns inte behöver vara inhägnade när de är ute.
- För kommersiella fjäderfäanläggningar gäller skyddsnivå 2 i hela Sverige.
- För fjäderfän i ett område i Eslövs kommun gäller skyddsnivå 3. Du hittar kartor över detta på vår webbplats, som uppdateras kontinuerligt.

För att hålla dig uppdaterad kring läget kan du prenumerera på den här sidan. Du får då information om när vi uppdaterar sidan med exempelvis nya utbrott av fågelinfluensa och när restriktioner upphör.
Kundtjänst`,
    "https://kundo.se/org/jordbruksverket/d/fagelinfluensa-skyddsnivaer-och-forebyggande-atgar/ (Jordbruksverket, kundtjänstens frågeforum)",
  ),
  real(
    "sv",
    "bulletin",
    "Höjd risk för fågelinfluensa",
    `Fågelinfluensa upptäckt i Skåne! Den senaste tiden har flera fall av fågelinfluensa upptäckts i europeiska länder, därför fattade Jordbruksverket beslut att höja skyddsnivån från nivå 1 till nivå 2 för att skydda svenska fågelbesättningar. Området kring den drabbade gården i Skåne är höjt till skyddsnivå 3.`,
    "https://www.miljoskaraborg.se/ (Miljösamverkan Skaraborgs miljökontor, aktuellt på startsidan)",
  ),
  real(
    "sv",
    "bulletin",
    "Råd och tips vid värmeböljor",
    `Skydda dig och dina anhöriga mot värmen i sommar.

Även om höga sommartemperaturer välkomnas med glädje av många är det samtidigt viktigt att vara rädd om både dig själv och dina anhöriga när den extrema värmeböljan slår till. Särskilt viktigt är det att skydda de som tillhör en riskgrupp och är extra utsatta. Äldre personer, kroniskt sjuka och personer med funktionsnedsättning bör vara särskilt försiktiga, men även små barn, gravida och personer som tar medicin bör vara vaksamma i värmen.

Här är några tips på hur du kan skydda dig:

- Drick mycket vatten
- Ordna sval miljö
- Svalka kroppen
- Lyssna på kroppens egna varningssignaler

Mer information om hur du skyddar dig mot värmen finns på 1177:s hemsida: https://www.1177.se/Kronoberg/liv--halsa/sunda-vanor/rad-vid-mycket-varmt-vader/`,
    "https://uppvidinge.se/om-webbplatsen/nyheter/nyhetsarkiv/2020-06-26-rad-och-tips-vid-varmeboljor.html (Uppvidinge kommun, 2020-06-26)",
  ),
  real(
    "sv",
    "bulletin",
    "Vätska och svalka är viktigt i värmen",
    `Nu när det är mycket varmt är det extra viktigt att dricka mycket och försöka hålla sig sval. Särskilt äldre, sjuka och barn kan behöva dricka mer.

Det är viktigt både för dig själv och för våra patienter att:

- dricka mer vatten än vanligt och gärna äta vätskerik mat som grönsaker och frukt
- försöka vistas där det är som svalast och använda gardiner, persienner och markiser för att skapa en så sval miljö som möjligt
- bära svala kläder och emellanåt kanske svalka oss med till exempel en blöt handduk runt nacken eller en sval dusch.

Riskgrupper vid värmebölja

Personer med nedsatt förmåga att reglera kroppstemperaturen eller att reagera på risker är särskilt sårbara. Det gäller:

- Äldre
- Kroniskt sjuka
- Personer med funktionsnedsättning
- Små barn och gravida
- Personer som tar vissa mediciner som påverkar kroppens förmåga att anpassa kroppsvärme och vätskebalans, till exempel vätskedrivande eller antidepressiva läkemedel och neuroleptika.`,
    "https://vardgivare.skane.se/kompetens-utveckling/nyheter/nyheter/vatska-och-svalka-ar-viktigt-i-varmen/ (Region Skåne, Vårdgivare Skåne)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Den långvariga och extrema värmen kan innebära hälsoproblem.

Långvarig och extrem värme kan vara farligt för alla. Svårast drabbade är äldre och personer som redan har nedsatt hälsa på grund av sjukdom eller funktionsnedsättning. Vänligen uppmärksamma hur nära och kära mår.

För Dalarna har SMHI utfärdat en klass 1-varning, vilket innebär en förväntan om minst 30 graders värme under minst tre dygn. Den extrema värmen påverkar kroppsfunktionerna, i synnerhet blodcirkulationen. Om man inte dricker tillräckligt med vätska för att kompensera det vi svettas ut blir blodet mer koncentrerat, vilket kan i värsta fall kan leda till ett livshotande tillstånd.

– Om du uppmärksammar att någon mår dåligt, uppmana personen att söka vård eller ringa SOS Alarm om läget är akut. Skulle det finnas misstanke om att någon ligger i sin bostad och inte själv kan tillkalla hjälp, ska du ringa Polisen på telefonnummer 114 14.

- Var uppmärksam på inomhustemperaturen
En temperatur av 26 grader eller mer under tre dagar i följd ökar hälsoproblemen påtagligt.`,
    "http://gagnefsbostader.se/?p=867 (Gagnefs Bostäder, kommunens bostadsbolag)",
  ),
  real(
    "sv",
    "bulletin",
    "Rengöring Ingarö vattenverk",
    `Just nu arbetar kommunens VA-drift med att rengöra Ingarö vattenverk. Detta kan innebära att vattenflödena ändrar riktning vilket kan leda till färgat vatten. Flödesriktningarna planeras att återställas under onsdag den 1/11.

Ibland kan det hända att ditt vatten har ett annorlunda utseende än vad du är van vid. Det kan bero på att avlagringar lossnat från ledningarna när vattenhastigheten och strömningsriktningen ändrats, till exempel vid läckage eller när vattnet stängs av. I de flesta fall är det ofarligt att dricka missfärgat vatten.

För små barn och känsliga personer följ Livsmedelsverkets rekommendationer. Om vattnet är missfärgat bör du undvika att tvätta vittvätt.

Låt vattnet rinna i 15 minuter och prova igen någon timme senare om problemet fortfarande kvarstår.`,
    "https://www.varmdo.se/byggabomiljo/driftinformation/driftinlagg/rengoringingarovattenverk.5.764db1b318b654f4ade84db.html (Värmdö kommun, driftinformation)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering kl 8.30 Olycka Sävenäs rangerbangård",
    `Räddningstjänsten är på plats med 10 enheter samt två ledningsenheter ca 40 personer. Samverkan sker med Polis, ambulanssjukvård, trafikverket med flera.

I samband med rangering på Sävenäs rangerbangård har ett par vagnar med farligt gods kolliderat. Larmet inkom kl 04:35 och räddningstjänsten larmade omedelbart ut styrkor från flera brandstationer enligt en fastställd larmplan.

Den ena vagnen är eller har varit lastad med Etylenoxid och den andra med Väteperoxid. Det är i läget oklart om vilka mängder som finns eller har funnits i vagnarna.

En av vagnarna har fått skador i ena gaveln men något läckage har inte upptäckts. Arbetet på plats har inriktats på att säkerställa så att inget läckage förekommer samt förbereda för en eventuell insats.

Ett initialt riskområde på 600 meter gäller och järnvägstrafiken på stambanan är tills vidare stoppad. En del närliggande verksamheter och objekt inom detta område har utrymts.

Inga personskador rapporterade

Meddelande kommer att uppdateras

Infosektionen Martin Berndtsson

031- 335 26 29`,
    "https://news.cision.com/se/raddningstjansten-storgoteborg/r/uppdatering-kl-8-30-olycka-savenas-rangerbangard,c3186443 (Räddningstjänsten Storgöteborg, pressmeddelande, 2020-09-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Sävenäs, Göteborg",
    `Uppdatering 1 september kl. 18.28: Meddelandet gäller inte längre. Faran är över.

Ursprungligt meddelande: Två godsvagnar har kolliderat inne på Sävenäs rangerbangård. I nuläget har inga farliga ämnen läckt ut men det finns risk för läckage. Ämnena i godsvagnarna är explosiva och giftiga.

Olyckan har påverkat tågtrafiken på västra stambanan, men trafiken har släppts på under tisdagseftermiddagen. Kontakta ditt trafikbolag för mer detaljerad information.

Uppdatering 16.28: Det avspärrade området på rangerbangården har minskats till 100 meter.

Uppdatering kl. 18.00: Under kvällen planeras arbetet med att lyfta en av de två vagnarna som tidigt i morse kolliderade. Kranbil är på plats för att utföra detta moment.

Risken för läckage i samband med lyftet kan inte uteslutas eftersom skadan på vagnarna inte varit möjlig att kontrollera fullt ut. Trafikverket har tillsammans med inkallade experter bedömt att risken för läckage är liten. Vid ett eventuellt läckage bedöms det inte föreligga någon risk för allmänheten.

Räddningstjänsten Storgöteborg finns på plats, med räddningsenheter samt räddningsledning, för att vara beredda att ingripa om något skulle inträffa.

Följ händelsen på Sveriges Radio P4 Göteborg.`,
    "https://www.krisinformation.se/nyheter/2020/september/viktigt-meddelande-till-allmanheten-i-savenas-goteborg (Krisinformation.se, 2020-09-01)",
  ),
  real(
    "sv",
    "bulletin",
    "Hävt eldningsförbud",
    `Från och med idag fredag 3 juli 2020 kl 14:00 hävs eldningsförbudet som infördes 25 juni.

Risken för allvarliga konsekvenser av brand i skog och mark har minskat såpass mycket att det inte längre motiverar ett fortsatt eldningsförbud. Som alltid gäller att den person som eldar ansvarar för att det genomförs på ett säkert sätt och att övriga bestämmelser efterlevs.`,
    "http://www.nordmaling.se/default.aspx?id=18175 (Nordmalings kommun, 2020-07-03)",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "bulletin",
    "Potential Measles Exposure at Fallbrook Hospital",
    `An individual recently diagnosed with measles may have exposed others at Fallbrook Hospital on July 17, the County of San Diego Health and Human Services Agency (HHSA) announced today.

The ill person, who is not a county resident, contracted measles after being exposed on a recent international flight from Europe and was treated at Fallbrook Hospital on July 17. Patients, visitors, and hospital staff who were present at the hospital emergency department or who travelled through the waiting room between 9:00 AM and 3:00 PM may have been exposed to the virus.

HHSA public health officials are contacting individuals who were registered patients at Fallbrook Hospital during the exposure period to determine if they have been vaccinated. People who have not been vaccinated, or who have not had measles, should contact their doctors before July 21 for evaluation and post-exposure treatment if appropriate. Those who are without a health provider can contact the HHSA Epidemiology Branch at (619)-692-8499.

“Measles is a highly contagious disease that is spread easily by coughing, sneezing, or coming in contact with an infected person,” said Wilma Wooten, M.D., M.P.H., county public health officer. “Anyone who was in the Fallbrook Hospital emergency department or who traveled through the waiting room should watch for symptoms and contact their healthcare provider by telephone first, if they show any signs of the disease. We ask people to telephone the provider in advance so that infection control measures may be implemented to prevent exposure to others.”`,
    "https://www.countynewscenter.com/potential-measles-exposure-fallbrook-hospital/ (County of San Diego Health and Human Services Agency, County News Center)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `- For the next 24-hours, please do not drink your tap water. To ensure your tap water is safe for drinking, bring it to a rolling boil for at least one minute. LET COOL BEFORE DRINKING.
- After boiling your water, store it in the refrigerator for drinking.
- If you have a water filter, don’t assume that you don’t need to boil your drinking water. Most common water filters are incapable of removing microorganisms.
- Don’t let your pets drink your contaminated water; give them clean, cooled boiled water.
- Be careful not to swallow shower or bath water.
- Use bottled or cooled boiled water for everything in your household, including doing your teeth, making ice, washing salad items, and bathing.
- Throw away any foods, beverages or ice cubes made with your contaminated drinking water.`,
    "https://www.hcmud46.org/latest-news/24-hour-boil-water-notice-for-residents-of-harris-county-mud-46-effective-until-600-pm-on-saturday-august-6-2022/ (Harris County Municipal Utility District No. 46, boil water notice, August 2022)",
  ),
  real(
    "en",
    "bulletin",
    "OUTBREAK ALERT - E.coli in Romaine Lettuce",
    `Multistate outbreak of E.coli 0157:H7 has been linked to chopped romaine lettuce. The Centers for Disease Control and Prevention (CDC) has advised ALL chopped romaine lettuce that was purchased anywhere in the United States be thrown away. This includes romaine lettuce salads or salad mixes that include romaine lettuce.

For more information please visit the CDC website.`,
    "https://fairfieldct.org/healthnews/?FeedID=2028 (Town of Fairfield, Connecticut, Health Department news, 2018-04-13)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Department of Fire and Emergency Services has issued an emergency warning for people living north of Salt River Road, east of Yetermerup Road, south of North Stirling Road,north of Branson Road, and west of Chester Pass Road in Shire of Gnowangerup.

ALERT LEVEL:

You are in danger and need to act immediately to survive. There is a threat to lives and homes.

The alert level for this fire has been upgraded as there has been a wind change and fire behaviour is unpredictable.

WHAT TO DO:

If the way is clear, leave now for a safer place.

Do not wait and see, leaving at the last minute is deadly.

Close all doors and windows and turn off evaporative air conditioners, but keep water running through the system if possible.

If you cannot leave, you need to get ready to shelter in your home.

Go to a room in your home away from the fire front and make sure you can easily escape.

Choose a room with two exits and water such as a kitchen or laundry.

If you are not at home, it’s too dangerous to return.

KEEP UP TO DATE:

Visit www.emergency.wa.gov.au, call 13 DFES (13 3337), follow DFES on Twitter: https://twitter.com/dfes_wa, Facebook: https://facebook.com/dfeswa/, listen to ABC Local Radio, 6PR, or news bulletins.`,
    "https://www.perthnow.com.au/news/wa/department-of-fire-and-emergency-services-issues-emergency-warning-for-people-in-the-shire-of-gnowangerup-as-bushfire-poses-a-risk-to-lives-and-homes-ng-b881420989z (DFES Western Australia emergency warning, as published by PerthNow, 2019-12-28)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `WHAT TO DO:
- If the way is clear, leave now for a safer place.
- Do not wait and see, leaving at the last minute is deadly.
- If your plan is to stay and actively defend, do not rely on mains water pressure as it may be affected. If you have access to a water tank and plan to defend your home, start patrolling with your hose and put out spot fires.
- If you cannot leave, you need to get ready to shelter in your home and actively defend it.
- If you are not at home, it is too dangerous now to return.
- Close all doors and windows and turn off evaporative air conditioners, but keep water running through the system if possible.
The bushfire is moving fast in a north easterly direction. It is out of control and unpredictable.
It started on Thursday afternoon.
Visit www.emergency.wa.gov.au or call 13 DFES (13 3337) for updates.`,
    "https://www.smh.com.au/national/western-australia/bushfire-emergency-warning-in-the-shire-of-york-20190110-p50qpc.html (DFES Western Australia emergency warning for St Ronans, Shire of York, as published by the Sydney Morning Herald, 2019-01-10)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Isle of Wight Council has this evening (Friday 14 February) for safety reasons taken the decision to close the remaining vehicular access for nine properties in an area known as ‘Woodlands’ along Undercliff Drive between Niton and St Lawrence.

Residents living in the area have been advised of the deteriorating condition of Undercliff Drive arising from land movement affected by ongoing adverse weather conditions.

Officers from the council have this afternoon visited all of the affected residents to alert them to the changing situation and give them the opportunity to move their vehicles from the area (to a nearby on-street location) prior to the closure.

This has now been completed.

The residents of one property chose to leave their home this afternoon. They were advised to vacate the property following an inspection by building control officers from the Isle of Wight Council.

Residents of the other properties have been advised to consider whether they wish to remain in their homes given the closure of the road and lack of vehicle access for them, together with continual ground movement in the area.

Pedestrian access remains available to residents only, subject to safety instructions.`,
    "http://onthewight.com/2014/02/14/undercliff-drive-house-vehicles-evacuated-safety-concerns/ (Isle of Wight Council statement, published in the council's own words by OnTheWight, 2014-02-14)",
  ),
  real(
    "en",
    "bulletin",
    "Hepatitis A case confirmed in food service worker employed at Saint Lawrence Gridiron, located at 705 W. Bannock Street in Boise",
    `The food service employee worked various days and shifts during the period they were contagious. Based on the infectious period of hepatitis A, anyone who ate at Saint Lawrence Gridiron on the following dates should check their immunization records to see if they have received a hepatitis A vaccine:

June 21, 22, 23, 24 (2019)
June 27, 28, 29, 30 (2019)
July 1 (2019)
July 5, 6, 7, 8 (2019)
July 11, 12, 13, 14, (2019)

The risk of becoming infected with hepatitis A through an infected food service worker is low but CDHD encourages anyone who ate on any of the dates identified, and has not received a hepatitis A vaccine, or is unsure about their vaccine status, to consider getting vaccinated. CDHD is offering free hepatitis A vaccine to anyone who ate at this restaurant on an identified date listed above. Call 208-321-2222 to make an appointment at CDHD.

In order for the hepatitis A vaccine to help prevent possible transmission, patrons must get the vaccine within two weeks of the date they may have been exposed.

Those with questions about their immunization record, who wish to make a vaccine appointment or have questions related to hepatitis A and potential exposure at this restaurant may call 208-321-2222.`,
    "https://www.hepatitisblog.com/page/2/ (Central District Health, Boise, Idaho, notice of 2019-07-17, as reproduced by Hepatitis Blog)",
  ),
  real(
    "en",
    "bulletin",
    "MPI confirms fourth fruit fly find in controlled area",
    `Mayor Len Brown says Auckland Council is cooperating closely with Ministry of Primary Industries (MPI) on its Queensland fruit fly operation in central Auckland. The council is making resources available to MPI to assist with the operation. Len Brown urges all residents in the affected zones, and people moving in and out of the zones, to be vigilant and follow MPI guidelines.

The Ministry for Primary Industries (MPI) has confirmed a fourth fruit fly in Grey Lynn and believes it to be part of the same localised population as previous detections. A single male Queensland fruit fly was found on Sunday (22 February) in a trap inside the existing Controlled Area. There are no changes to the Controlled Area as a result of the find at this stage, says MPI Chief Operations Officer, Andrew Coleman.

"We have been expecting to find more flies, so the latest detection is no surprise, and confirms that the trapping systems continues to be successful."

"The find was close to the original detections, so we believe the fly is likely to be part of the same population."

MPI has so far trapped three male fruit flies. A single unmated female was located at a residential property on Friday. MPI and its response partners, including GIA signatories KVH and PipfruitNZ, have moved quickly to respond to the fruit fly threat. MPI currently has more than 180 staff working in the field on the response. The response involves the use of movement controls, traps, public awareness and treatment. Stricter controls continue to be applied at New Zealand’s borders. During the weekend, ground staff laid bait in Zone A of the Controlled Area. It expects to lay bait in the rest of the area today. Ground-based spraying has also been completed under the fruiting trees where positive finds have been made.`,
    "https://www.civildefence.govt.nz/resources/previous-emergencies/historical-emergencies?limit=50&region=&start=100&type=&year= (New Zealand Civil Defence, historical emergencies: Biosecurity – Auckland, 23 Feb 2015)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `This is a notice from the Lincoln County Sheriff’s Office regarding the removal of the Level 3 evacuation area.
Oregon Department of Forestry, North Lincoln Fire & Rescue and Lincoln County Sheriff’s Office have removed the Level 3 evacuation to allow property owners and residents to return to the area permanently.
The initial damage assessment has been completed. Road and utility safety concerns have been mitigated, though utility services will be working in the area for several more days. Be aware that utility outages may occur for several more days as water, gas and power repairs continue.
A multi-agency resource center offering county community services will begin tomorrow. Watch local news sources, website, and Lincoln Alerts for more information in the next few hours. If you need transportation to return home, please contact the call center.
Any additional questions can be forwarded to the Lincoln County Emergency Public Information Call Center at 541-265-0621, www.co.lincoln.or.us/echomountainfire.
Fire Damage and Recovery information is available on our Echo Mtn Fire Complex website.
Lincoln County Sheriff’s Office
541-265-0621`,
    "https://www.thenewsguard.com/news_free/level-3-evacuations-removed-at-echo-mountain-complex/article_5f13250e-fc53-11ea-9075-cf6a9fb16a27.html (Lincoln County Sheriff's Office, Oregon, notice as published by The News Guard, September 2020)",
  ),
  real(
    "en",
    "bulletin",
    "Middle Fork Complex Update 09 13 2024",
    `Firefighters Taking Advantage of Wetting Rain to Strengthen Containment Lines

The Middle Fork Complex is 61,159 acres, with 32% completion. There are 621 personnel assigned.  A warming and drying trend will begin today with mostly sunny skies and higher temperatures climbing into the 60 and 70s. Relative humidity will drop to 30-40% by the afternoon. Little fire activity is expected today as recent stormy weather has provided a wetting rain, giving firefighters the opportunity to strengthen containment lines throughout the Nellie and Bulldog Fires.

Falling trees are a major concern after the recent storm. Many trees within this region have shallow root systems and disturbances such as high winds, thunderstorms, and fire can result in the weakening and tipping over of these trees. Firefighters are working to remove hazard trees along roadways, for safety.

Heavy equipment are grading roads throughout the Bulldog and Nellie Fire areas, improving road conditions due to heavy firefighter traffic.`,
    "https://inciweb.fs2c.usda.gov/incident-publication?page=162 (InciWeb, USDA Forest Service incident news: Middle Fork Complex, 2024-09-13)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `“I sympathise with everyone who has been affected by the localised flooding & urge everyone to take care when moving around the borough.

“Rest assured the council are working with partners to address the issue and we will keep you updated with further information.

“If anyone has been affected they can contact the council straight away on 0208 489 0000.”

The council are currently dealing with localised flooding that has affected several parts of the borough.

Please find below some key information if you have been affected by the flooding.

During a flood the Environment Agency advises you to:

• Gather essential items together either upstairs or in a high place

• Keep children, vulnerable people and pets out of flood water

• Turn off gas, electricity and water supplies if flood water may enter your home

• Flood water can rise quickly, stay calm and reassure those around you. Call 999 if you are in danger

Flood water can be dangerous, so:

• Avoid driving and walking through it where possible, especially if it flowing water, or if you can’t see how deep it is

• Be aware that manhole covers can be lifted by flood water so only travel through flood water as a last resort

• Wash your hands thoroughly if you touch flood water as it may be contaminated.`,
    "https://www.parikiaki.com/2021/07/haringey-council-leaders-statement-localised-flooding/ (Haringey Council leader's statement and council flood advice, as published by Parikiaki, 2021-07-13)",
  ),
  real(
    "en",
    "bulletin",
    "Urgent public health alert for Dublin and North East region",
    `The Department of Public Health HSE Dublin and North East is advising members of the public about the risk of measles infection to non-immune individuals in the Dublin and North East region.

Since the beginning of March a small number of confirmed measles cases have been notified to Public Health HSE Dublin and North East.

In view of these cases occurring in this short period of time there is a risk of on-going community spread.

Following the most recent notification of a confirmed measles case at the end of March, the HSE says it is advising that members of the public may have been exposed to measles while:

- travelling on Go Ahead bus route 238 (Dublin 15) on Tuesday 26th March 2024 afternoon from 14:00-16:00 hours or
- travelling on Dublin Bus route 38A from Blanchardstown to O’Connell St. on Tuesday 26th March 2024 in the early evening from 16:30-19:00 hour

Action needed:

1. Be aware of signs and symptoms of measles for 21 days (i.e. 16th April 2024) from the time of possible exposure.

Measles is a highly infectious disease that can cause serious complications, particularly in children under one year of age, pregnant women, and the immunosuppressed.

If you are in one of these groups, please seek advice from your GP.

If you travelled on these bus routes during the dates and times above, it is especially important to be aware of the signs and symptoms of measles, which include:

- Cold-like symptoms such as a runny nose, sneezing and a cough
- Sore red eyes
- A temperature of 38 degrees Celsius or above
- Rash, which usually appears on head and neck first and spreads to rest of body

If you have these symptoms, please seek medical advice. Phone ahead prior to attending any healthcare setting to let them know that you have these symptoms, so they can make necessary arrangements.`,
    "https://dublinpeople.com/news/northsidewest/articles/2024/04/05/urgent-public-health-alert-for-dublin-and-north-east-region (HSE Dublin and North East, Department of Public Health alert, as published by Dublin People, 2024-04-05)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `“Council and Transport and Main Roads are currently inspecting the network for priority repairs which will take some time.

“Some roads may remain closed until repairs are undertaken.

“Council’s Disaster Dashboard is provided as a guide to the community; information on the dashboard is updated periodically.

“Flash flooding and road damage can occur quickly and without warning. Road closures or road damage due to flash flooding are not always recorded on the Disaster Dashboard.

“Remember, always drive to the conditions, and if it’s flooded, forget it.

“The Dashboard will be updated throughout the coming days as the roads reopen.

“Council urges the public to report flooded and damaged roads to Council by calling (07) 4189-9100.

“Council thanks the community for their understanding and patience as the coming days and weeks will likely present significant damage to the network that will take days and weeks to inspect and repair.”`,
    "https://southburnett.com.au/news2/2024/12/19/disaster-group-stands-down-2 (South Burnett Regional Council spokesperson's statement, as published by southburnett.com.au, 2024-12-19)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `“At approximately 9pm on Tuesday 23 March 2021, the Canal Creek in Leyburn was expected to reach minor to moderate flood level and the first tier of emergency communications was activated.

“This response included 46 voice messages via mobile which were successfully received by 30 devices, as well as 318 SMS messages sent and successfully received by 230.

“The situation did not require the emergency siren to alarm as flooding was deemed at a minor level as reported by the Bureau of Meteorology’s predictive modelling.

“The alarm is only activated in a catastrophic event when it is critical to have the community move to higher ground immediately.

“As at 9:30am (today Wednesday) 24 March the Condamine River in Warwick is holding steady at 6.5m and the OO Marsden Bridge remains open.

“The LDMG is closely monitoring the situation in consultation with BoM and will inform the community via the Disaster Dashboard and other Council owned channels should the situation change.`,
    "https://warwicktoday.com.au/news/2021-03-24/disaster-group-lifts-to-next-level-of-response-sdrc/ (Southern Downs Regional Council spokeswoman's statement, as published by Warwick Today, 2021-03-24)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Dr Helena Murray, Specialist in Public Health Medicine said, “Measles can be a serious illness and is highly infectious. The best protection is to be fully vaccinated with two doses of MMR (Measles, Mumps, and Rubella) vaccine”.

There is a possible risk of measles to people who may have been in the same healthcare setting as these two cases during the infectious period. People at increased risk are those who are not fully vaccinated with two doses of MMR vaccine or have not had measles in the past. The risk of measles is for up to 21 days after contact with a case of measles.

The HSE is asking those who think they have measles to stay at home and phone their GPs for advice, and not to contact or travel to the hospitals.

The pair who contracted measles were in Tallaght Hospital emergency department between 11.30am and 1.30pm on Sunday, July 1, and on Thursday, July 5, between 12am and 8am.

Other places and dates they attended include: Saturday, July 7, 11am-8pm, Mater Misericordiae University Hospital; Friday, July 13, between 3pm and 8pm, Temple Street Children’s University Hospital; Sunday to Monday, July 15 and 16, Temple Street Children’s University Hospital; Monday, July 16, between 12pm and 2.30pm, Our Lady’s Children’s Hospital Crumlin.

Currently the HSE is aware that the two measles cases attended the following healthcare settings while they were most infectious. Please do not contact the hospitals if you think you may have come in contact with a case of measles, seek advice from your GP if you become unwell.

The Public Health Department has sent an alert to all Emergency Departments and GPs in Dublin, Kildare and Wicklow to inform them to be vigilant about measles.`,
    "https://www.leinsterleader.ie/news/home/325138/measles-alert-kildare-parents-urged-to-be-vigilant-as-measles-found-in-adult-and-child-in-dublin.html (HSE public health statement, as published by the Leinster Leader, July 2018)",
  ),
];

export const BAD_BLIND26: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  bad(
    "sv",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    KRIS,
    "Koka dricksvattnet i Norrvik",
    `Norrviks kommun, VA-enheten, 14 mars kl. 09.40

Vid ett rutinprov i går hittades E. coli-bakterier i dricksvattnet från Norrviks vattenverk. Vi rekommenderar därför alla i Norrvik, Strandby och Lillsund att koka vatten som ska drickas eller användas i matlagning. Koka upp vattnet tills det bubblar kraftigt och låt det svalna.

Mycket talar för att någon tagit sig in på området vid vattentäkten under helgen och att det rör sig om sabotage, men det är för tidigt att säga säkert.

Tankbilar med dricksvatten står vid Norrviks skola och vid ICA Lillsund från kl. 12.

Frågor: kommunens kontaktcenter 0123-45 60 00 eller norrvik.se/vatten. Nästa uppdatering kommer i dag kl. 16.`,
  ),
  bad(
    "sv",
    "bulletin",
    "unconfirmed casualty figures",
    FACTUAL,
    KRIS,
    "Brand på Ekbacka äldreboende",
    `Ekbacka kommun, lördag 2 november kl. 06.15

I natt började det brinna på Solgårdens äldreboende i Ekbacka. Räddningstjänsten är på plats och branden är nu begränsad till en av avdelningarna. Alla boende har flyttats till Ekbacka sporthall.

Enligt uppgifter som nått oss kan upp till fem personer ha omkommit och flera är skadade.

Anhöriga som vill ha besked om sina närstående kan ringa kommunens krisnummer 0321-55 10 10, som är öppet hela dygnet. Stöd finns i sporthallen för den som behöver prata med någon.

Vi uppdaterar på ekbacka.se klockan 10.`,
  ),
  bad(
    "sv",
    "social",
    "passing on a rumour",
    FACTUAL,
    KRIS,
    undefined,
    `Stenåsa kommun informerar, onsdag kl. 14.20: Räddningstjänsten släcker en brand i en lagerbyggnad på Industrigatan. Boende i Västra Stenåsa uppmanas att hålla sig inomhus och stänga fönster, dörrar och ventilation.

Det sprids just nu uppgifter i lokala Facebookgrupper om att det också ska ha börjat brinna vid Kyrkskolan. Vi för vidare detta så att ni kan vara uppmärksamma om ni har barn där.

Mer information på stenasa.se/aktuellt. Nästa uppdatering senast kl. 16.`,
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance while evacuating",
    FACTUAL,
    CERC,
    "Gasläcka på Hallviks torg",
    `Hallviks kommun, tisdag 8 april kl. 11.05

En gasledning har skadats vid grävarbeten på Hallviks torg. Polisen har spärrat av området inom 200 meter och de som bor eller arbetar i kvarteren runt torget har ombetts lämna sina lokaler.

Vi vill understryka att det inte finns någon som helst risk för någon. Allt är under full kontroll.

Den som har utrymt kan gå till Hallviks bibliotek, där personal från kommunen finns på plats. Frågor besvaras på 0511-20 20 00. Vi uppdaterar på hallvik.se kl. 13.`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming residents",
    IMPARTIAL,
    RF,
    "Stopp i avloppet i Björkmora",
    `Björkmora kommun, Vatten och avlopp, 22 januari kl. 08.30

Sedan i natt är det stopp i avloppsledningen på Granvägen och Lönnvägen. Avloppsvatten har trängt upp i några källare.

Stoppet beror på att de boende i området under lång tid spolat ner våtservetter, fett och annat som inte hör hemma i avloppet. Det är tråkigt att så många inte klarar att följa de enkla regler som gäller.

Undvik att spola, diska och duscha mer än nödvändigt tills vi meddelar att ledningen är rensad. Har du fått vatten i källaren, kontakta ditt försäkringsbolag och vår felanmälan på 0480-11 22 33. Nästa uppdatering kl. 13 på bjorkmora.se.`,
  ),
  bad(
    "sv",
    "bulletin",
    "blaming another organisation",
    IMPARTIAL,
    RF,
    "Strömavbrott i Lillsjö – trygghetspunkt öppen",
    `Lillsjö kommun, söndag 5 december kl. 10.00

Efter nattens storm är cirka 2 300 hushåll i Lillsjö och Kärrby utan ström. Kommunen har öppnat en trygghetspunkt i Lillsjö folkets hus, där du kan värma dig, ladda telefonen och hämta dricksvatten. Den är öppen dygnet runt tills vidare.

Att så många återigen står utan el är ett resultat av att elbolaget i åratal struntat i att röja kring sina ledningar. Kommunen har påpekat detta gång på gång utan att något hänt.

Hemtjänsten når alla sina brukare. Information om elavbrottet finns hos ditt elnätsbolag och på lillsjo.se. Vi uppdaterar i dag kl. 15.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political self-praise",
    IMPARTIAL,
    RF,
    "Vattnet tillbaka i Västerby",
    `Västerby kommun, 3 oktober kl. 17.30

Vattenläckan på Storgatan är nu lagad och alla hushåll i centrala Västerby har vatten igen. När vattnet kommer tillbaka kan det vara missfärgat. Spola kallvatten en stund tills det blir klart och vänta med vittvätt.

Att läckan kunde åtgärdas på under ett dygn är ett direkt resultat av att den nya majoriteten i kommunfullmäktige, till skillnad från den förra, har prioriterat pengar till ledningsnätet. Det lönar sig att rösta på ett styre som tar ansvar.

Har du fortfarande problem med vattnet, ring VA-jouren på 0570-88 00 00. Ingen fler uppdatering planeras om inget nytt inträffar.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    RF,
    "Fall av tuberkulos i Granhed",
    `Region Norrmark, smittskyddsenheten, 11 februari

Tre personer i Granhed har fått diagnosen tuberkulos den senaste månaden. Smittan har kommit in med de utländska säsongsarbetarna på bärföretagen, och det är där vi lägger kraften nu.

Tuberkulos smittar inte lätt. Det krävs nära och långvarig kontakt. Den som har haft hosta i mer än tre veckor, feber eller nattliga svettningar bör ringa 1177 eller sin vårdcentral.

Smittskyddsenheten kontaktar själv alla som behöver undersökas. Läs mer på regionnorrmark.se/tbc. Vi berättar om läget igen fredag 14 februari.`,
  ),
  bad(
    "sv",
    "social",
    "joke that trivialises",
    ADAPTED,
    MSB,
    undefined,
    `Sjöberga kommun 🚰 Fredag kl. 08.00: Nu är det dags att damma av kastrullerna! 😄 Provsvaren visar bakterier i vattnet i Sjöberga tätort, så koka allt vatten som ska drickas eller användas i mat. Se det som en chans att äntligen lära sig koka vatten ordentligt – vissa av oss behöver öva 😉

Tankar med dricksvatten står vid Sjöberga torg och vid Idrottsplatsen. Mer info: sjoberga.se/vatten eller 0140-30 30 30. Vi uppdaterar här i kväll kl. 18.`,
  ),
  bad(
    "sv",
    "bulletin",
    "alarmist wording",
    FACTUAL,
    CERC,
    "VARNING: Livsfarlig rök över Åkersta",
    `Åkersta räddningstjänst, onsdag 17 juli kl. 15.10

En KATASTROFAL brand härjar just nu på återvinningsanläggningen vid Åkersta industriområde. Ett giftigt rökmoln driver mot centrum och ingen kan känna sig säker. Situationen kan när som helst bli helt ohanterlig.

Om du bor eller befinner dig i centrala Åkersta eller Norra Åkersta: gå inomhus och stäng dörrar, fönster och ventilation.

Följ Sveriges Radio P4 och akersta.se. Nästa uppdatering kl. 17.`,
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Händelse vid Tallmo skola",
    `Tallmo kommun, måndag 9 september kl. 12.45

Polis har varit på plats vid Tallmo skola under förmiddagen. Eleverna har skickats hem och skolan är stängd resten av dagen. Fritids är öppet på Björkens förskola för de barn som behöver.

Vi kommenterar inte vad som har hänt, om någon har kommit till skada eller varför skolan stängdes.

Vårdnadshavare kan ringa skolans expedition på 0660-12 34 50 fram till kl. 16. Besked om morgondagen kommer via Vklass senast kl. 19 i kväll.`,
  ),
  bad(
    "sv",
    "bulletin",
    "hiding who decided",
    OPEN,
    MSB,
    "Ängsviks badplatser stängs",
    `Ängsviks kommun, 2 augusti

Det har beslutats att samtliga kommunala badplatser i Ängsvik stängs från och med i dag kl. 12. Beslutet gäller tills vidare. Vem som fattat beslutet och på vilket underlag kan inte kommenteras.

Bada inte vid Ängsviksbadet, Sandudden eller Lillviken. Hundar ska hållas borta från vattnet.

Frågor besvaras av kontaktcenter på 0410-60 60 60. Vi meddelar på angsvik.se när badplatserna öppnar igen, och ger en lägesbild senast måndag 5 augusti.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no concrete action for those affected",
    ACTIVE,
    CERC,
    "Brand i Råberga hamn",
    `Råberga räddningstjänst, torsdag 21 mars kl. 19.50

Sedan kl. 18.30 brinner det i en lagerlokal i Råberga hamn där det förvaras plast och bildäck. Rökutvecklingen är kraftig och vinden för röken in över Hamnstaden och Östra Råberga. Räddningstjänsten är på plats med sex enheter och räknar med att arbeta hela natten.

Ingen person har skadats. Det är ännu inte känt vad som orsakade branden.

Läget följs på raberga.se och i Sveriges Radio P4. Nästa uppdatering kl. 22.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no route to more information",
    ACTIVE,
    MSB,
    "Kokningsrekommendation i Kvarnby",
    `Kvarnby kommun, 6 maj kl. 10.30

Efter en vattenläcka vid Kvarnby reningsverk i går kväll kan föroreningar ha kommit in i ledningsnätet. Alla i Kvarnby och Kvarnbyholm rekommenderas därför att koka vatten som ska drickas, användas i matlagning eller till tandborstning. Koka upp vattnet ordentligt och låt det svalna.

Det är ännu inte känt hur länge rekommendationen kommer att gälla. Proverna tar minst två dygn att analysera.

Nästa besked lämnas torsdag 8 maj kl. 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague promise of more information",
    FAST,
    CERC,
    "Störning i fjärrvärmen i Forsnäs",
    `Forsnäs Energi, tisdag 14 januari kl. 07.20

På grund av ett haveri i Forsnäs värmeverk är leveransen av fjärrvärme och varmvatten avbruten i stora delar av Forsnäs sedan i natt. Kallvattnet fungerar som vanligt.

Håll fönster och dörrar stängda för att hålla värmen inne. Använd inte gasolkaminer inomhus. Hemtjänsten kontaktar sina brukare under förmiddagen.

Kundservice nås på 0651-77 00 77 och driftinformation finns på forsnasenergi.se. Vi återkommer med mer information så snart vi kan.`,
  ),
  bad(
    "sv",
    "bulletin",
    "times that contradict each other",
    FACTUAL,
    MSB,
    "Eldningsförbud i Älvsbacka",
    `Älvsbacka räddningstjänst, fredag 20 juni

Från och med i dag kl. 14.00 gäller eldningsförbud i hela Älvsbacka kommun. Förbudet, som trädde i kraft i morse kl. 08.00, gäller tills vidare.

Det är förbjudet att elda och att grilla med kol eller engångsgrill i skog och mark och på allmänna platser. Gasolgrill på egen tomt är tillåten.

Läs mer på alvsbacka.se/brandrisk eller ring 0246-10 00 00. Vi gör en ny bedömning måndag 23 juni.`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Dricksvattnet i Bergslunda",
    `Bergslunda kommun, 27 augusti kl. 09.00

Provsvaren från i går visar att dricksvattnet i Bergslunda är tjänligt och säkert att dricka direkt ur kranen.

Fram till nytt besked ska allt vatten som används till dryck, matlagning och tandborstning kokas.

Tankbil med dricksvatten finns vid Bergslunda skola. Frågor: 0520-40 40 40 eller bergslunda.se/vatten. Ny information i morgon kl. 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "heavy jargon and abbreviations",
    ADAPTED,
    KLAR,
    "Driftinfo VA Holmsjö",
    `Holmsjö kommun, VA-avd., 2 sept. kl. 13.15

P.g.a. påvisad förekomst av koliforma bakt. och E. coli > gränsvärde vid PP3 (reservoar Holmsjö N) enl. LIVSFS 2022:12 har VA-huvudmannen i samråd med MHK beslutat om kokn.rek. för DVA Holmsjö samt del av DVA Lövnäs (se GIS-skikt). Ledn.nätet spolas och kloreras, omprov tas i enl. m. Svenskt Vattens P-publ. Kokn.rek. kvarstår t.o.m. två tjänliga prov.

Mer info: holmsjo.se/va, VA-jour 0290-12 12 12. Uppdatering ons. kl. 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive and nominal style",
    ADAPTED,
    KLAR,
    "Information avseende vattenavstängning",
    `Lindåsa kommun, samhällsbyggnadsförvaltningen, 15 november

Med anledning av uppkommen skada på huvudvattenledning i Kyrkbacken kommer ett genomförande av avstängning av vattentillförseln att ske under torsdagen den 16 november med början kl. 09.00 och ett beräknat avslut kl. 15.00. Under avstängningstiden kommer tillhandahållande av dricksvatten att ske genom utplacering av vattentank vid Kyrkbackens skola. Ett iakttagande av försiktighet vid återpåsläpp av vattnet rekommenderas, varvid spolning av kallvatten bör ske till dess att missfärgning ej längre föreligger.

Upplysningar lämnas av kontaktcenter på 0383-50 50 50 samt på lindasa.se. Ytterligare information lämnas vid behov torsdag kl. 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "very long sentences",
    ADAPTED,
    KLAR,
    "Översvämning i Norrå",
    `Norrå kommun, måndag 4 mars kl. 08.00

Eftersom det har regnat mycket de senaste dygnen samtidigt som snön har börjat smälta och marken fortfarande är frusen på många ställen så att vattnet inte kan tränga ner har Norråns nivå stigit kraftigt under natten och den väntas enligt SMHI:s prognos fortsätta stiga fram till onsdag, vilket innebär att källare och tomter längs Ågatan, Kvarngatan och delar av Strandvägen kan komma att översvämmas, och vi ber därför dig som bor där att redan nu flytta undan värdefulla saker från källaren, täta golvbrunnar och se till att bilen står på högre mark, samtidigt som du håller dig informerad om läget genom att följa kommunens webbplats och lokalradion eftersom situationen kan förändras snabbt.

Sandsäckar kan hämtas vid kommunförrådet på Verkstadsvägen 4 kl. 07–19. Frågor: 0612-70 70 70. Nästa uppdatering kl. 14 på norra.se.`,
  ),
  bad(
    "sv",
    "correction",
    "myth first in a correction",
    ADAPTED,
    DEBUNK,
    "Myten om giftigt kranvatten i Hallbo",
    `Hallbo kommun, 12 juni kl. 11.00

MYT: ”Kranvattnet i Hallbo är förgiftat av kemikalier från branden vid sågverket och den som dricker det kan bli allvarligt sjuk.”

Den här uppgiften har spridits snabbt i sociala medier sedan i helgen. Många har hört att vattnet är förgiftat av släckvattnet, att barn har blivit sjuka och att kommunen tystar ner det.

Det stämmer inte. Vattentäkten ligger uppströms sågverket och provsvaren från i måndags visar inga spår av släckmedel.

Frågor besvaras på 0451-60 00 00 och provsvaren finns på hallbo.se/vatten. Nästa provsvar publiceras fredag.`,
  ),
  bad(
    "sv",
    "sms",
    "SMS far too long",
    ADAPTED,
    MSB,
    undefined,
    `Viktigt från Strömsby kommun 18/9 kl 07.10: På grund av ett ledningsbrott vid Strömsby vattenverk har det kommit in orenat vatten i ledningsnätet under natten och därför rekommenderar kommunen alla hushåll i Strömsby, Backa, Övre Strömsby och Solberga att koka allt vatten som ska användas till dryck, matlagning, tandborstning och till att göra is, och du ska koka upp vattnet i kastrull eller vattenkokare tills det bubblar ordentligt och sedan låta det svalna innan du häller det i en ren tillbringare, och tänk på att barn inte ska bada eller leka i vattenspridare och att djur helst ska få kokt vatten, vattentankar ställs ut vid Strömsby skola, Backa bygdegård och Solberga idrottsplats från kl 10, och om du har frågor kan du ringa kontaktcenter på 0300-12 00 00 mellan 07 och 20 eller läsa mer på stromsby.se/vatten där vi också publicerar nästa uppdatering som kommer kl 15 i dag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no word on what is not yet known",
    OPEN,
    CERC,
    "Magsjuka på Åsby förskolor",
    `Åsby kommun, barn- och utbildningsförvaltningen, 30 september

Sedan i torsdags har 34 barn och 6 anställda på förskolorna Solrosen och Myran insjuknat i kräkningar och diarré. Smittan kommer från maten som levererades från centralköket i torsdags, och vi har nu full kontroll över läget.

Håll barn som har haft kräkningar eller diarré hemma tills de varit friska i 48 timmar. Tvätta händerna noga med tvål och vatten.

Har du frågor kan du ringa förskolechefen på 0150-22 22 22 eller läsa mer på asby.se. Vi lämnar nästa lägesbild onsdag 2 oktober kl. 12.`,
  ),
  bad(
    "sv",
    "bulletin",
    "late first message",
    FAST,
    MSB,
    "Om vattnet i Rönnvik under helgen",
    `Rönnviks kommun, måndag 10 mars kl. 15.00

I fredags eftermiddag visade ett rutinprov att dricksvattnet i Rönnvik innehöll E. coli. Under helgen har vi utrett saken internt innan vi gick ut med information. Kommunen rekommenderar nu alla i Rönnvik att koka vatten som ska drickas eller användas i matlagning.

Koka vattnet tills det bubblar kraftigt och låt det svalna. Vattentank finns vid Rönnviks kyrka från i morgon kl. 08.

Frågor: 0589-30 30 30 eller ronnvik.se/vatten. Nya provsvar väntas onsdag och vi informerar då kl. 12.`,
  ),
  bad(
    "sv",
    "correction",
    "correction that hides the earlier error",
    OPEN,
    MSB,
    "Uppdaterad information om kokningsrekommendationen",
    `Ekeby kommun, 19 april kl. 13.30

Kokningsrekommendationen gäller Ekeby, Västra Ekeby och Ekebyholm. Boende i dessa områden ska koka vatten som ska drickas eller användas i matlagning.

Vattentankar finns vid Ekebyholms skola och vid Västra Ekeby bygdegård.

Frågor: 0240-90 90 90. Se karta på ekeby.se/vatten. Ny information lämnas i morgon kl. 10.`,
  ),

  // ---------------------------------------------------------------- English
  bad(
    "en",
    "bulletin",
    "speculation about the cause",
    FACTUAL,
    CERC,
    "Fire at Marlow Creek recycling centre",
    `Marlow Creek Borough Council, Tuesday 4 June, 3.15pm

Firefighters are tackling a large fire at the Marlow Creek recycling centre on Mill Lane. Residents in Northfield and the town centre should keep windows and doors closed while smoke is in the area.

It looks very much like the fire was started deliberately, possibly by the same people behind the recent car fires on the estate, although this has not yet been confirmed by the fire service.

The recycling centre will be closed until further notice. For updates visit marlowcreek.gov.uk/fire or call 01632 960 400. We will post our next update at 6pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "unconfirmed casualty figures",
    FACTUAL,
    CERC,
    "Bus crash on the A419",
    `Westbrook County Council, Friday 12 April, 8.40am

A school bus carrying pupils to Westbrook Academy has been involved in a collision on the A419 near Hollins Cross. Emergency services are at the scene and the road is closed in both directions.

We are hearing that as many as ten children may have been seriously injured.

Parents and carers of pupils who travel on the 7.55am route 22 bus should go to Westbrook Academy's main hall, where staff and police family liaison officers will meet them. Please do not go to the scene. A helpline is open on 01632 960 555. Next update at 10am on westbrook.gov.uk.`,
  ),
  bad(
    "en",
    "social",
    "passing on a rumour",
    FACTUAL,
    KRIS,
    undefined,
    `Dunmere District Council, 11.20am Sat: The chemical spill on the River Tane at Ashworth is being contained by the Environment Agency and the fire service. Please keep children and dogs out of the river between Ashworth and Lower Dunmere.

We have had lots of messages saying the spill has also reached the reservoir that supplies Dunmere's drinking water, so you may want to use bottled water to be on the safe side.

More at dunmere.gov.uk/river. Next update by 2pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Boil water notice for Harlow Springs",
    `Harlow Springs Water Department, Monday 3 March, 7.00am

Following a water main break overnight, pressure dropped across the north side of Harlow Springs. As a precaution, customers north of Route 9 should boil water for one minute before drinking, cooking or brushing teeth until further notice.

There is absolutely nothing to worry about and no chance that anyone will get sick.

Bottled water is available at the Harlow Springs Community Center from 9am. Questions: (555) 010-4400 or harlowsprings.gov/water. We expect test results on Wednesday and will update you then by noon.`,
  ),
  bad(
    "en",
    "bulletin",
    "blaming another organisation",
    IMPARTIAL,
    RF,
    "Flooding in Kestrel Bay",
    `Kestrel Bay Town Council, Sunday 19 November, 9.30am

Around 40 homes on Shore Road and Quay Street were flooded during last night's high tide. A rest centre is open at St Anne's church hall for anyone who cannot stay in their home.

This flooding would not have happened if the Environment Agency had done its job and repaired the sea wall it has known about for years. Once again our residents are paying for its failures.

Sandbags are available at the council depot on Harbour Lane until 6pm. If you are in immediate danger call 999. For updates visit kestrelbay.gov.uk or call 01632 961 100. Next update at 4pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "political self-praise",
    IMPARTIAL,
    RF,
    "Power restored across Pinecrest",
    `City of Pinecrest, Office of Emergency Management, Thursday 7 February, 6.00pm

Power has now been restored to all but about 200 homes in Pinecrest after Tuesday's ice storm. Crews expect to reconnect the remaining homes in the Oak Hollow area by midnight.

This fast recovery is thanks to Mayor Daniels' bold leadership and the investments her administration pushed through over the objections of the previous council.

The warming center at Pinecrest High School stays open until 8am on Friday. Report downed lines to (555) 010-2200. Our next update will be posted on pinecrest.gov at 8am.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label",
    IMPARTIAL,
    RF,
    "Grass fire near Riverside Park",
    `City of Ashford Falls, Saturday 10 August, 4.45pm

A grass fire that started near the homeless camp by Riverside Park has burned about five acres. Fire crews have it surrounded and expect to have it fully out by tonight. Riverside Drive is closed between 3rd and 7th Street.

Homes on Elm Court and Birch Court were briefly evacuated as a precaution. Residents have now been allowed to return.

Please avoid the area so crews can work. Updates: ashfordfalls.gov/alerts or (555) 010-7300. Next update at 8pm.`,
  ),
  bad(
    "en",
    "social",
    "mockery of people",
    IMPARTIAL,
    CERC,
    undefined,
    `Brackenfield Council, 7.15am Tue: Ford Lane and Mill Road remain closed because of flooding. Yesterday we had to help pull out three drivers who decided the road closed signs didn't apply to them. Some people clearly need a swimming lesson as well as a driving lesson 🙄

Please do not drive through flood water – 30cm of moving water can float a car. Check road closures at brackenfield.gov.uk/roads. We will update this page again at noon.`,
  ),
  bad(
    "en",
    "bulletin",
    "alarmist wording",
    FACTUAL,
    CERC,
    "Deadly toxic cloud over Greyhaven",
    `Greyhaven County Emergency Management, Wednesday 22 May, 2.10pm

A DEADLY toxic cloud is spreading over Greyhaven after a tank leak at the Ridgeway chemical plant. Nobody in the area is safe, and conditions could turn catastrophic at any minute.

If you are in Ridgeway, Eastgate or downtown Greyhaven: go inside, close all windows and doors, and turn off heating and air conditioning.

Tune to KGHV 1040 AM and check greyhavencounty.gov. Next update at 3.30pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Incident at Lowfield Leisure Centre",
    `Lowfield District Council, Thursday 15 August, 1.30pm

Lowfield Leisure Centre has been closed and evacuated this afternoon. All customers and staff have left the building and the car park is closed.

The council will not be commenting on the nature of the incident, whether anyone has been hurt or why the centre was evacuated.

Anyone who left belongings in the lockers can collect them from reception once the centre reopens. Customers with bookings can call 01632 962 300. A decision on reopening will be posted on lowfield.gov.uk by 9am tomorrow.`,
  ),
  bad(
    "en",
    "bulletin",
    "hiding who decided",
    OPEN,
    MSB,
    "Schools closed in Stonebridge",
    `Stonebridge County, Monday 6 January, 6.05am

It has been decided that all primary and secondary schools in Stonebridge will be closed today because of ice and snow. Who made this decision, and on what basis, is not something we can share.

Please keep children at home and avoid unnecessary journeys. Gritting teams are out on the main routes.

School updates and a full list of closures are on stonebridge.gov.uk/schools. Information about tomorrow will be published there by 6pm today.`,
  ),
  bad(
    "en",
    "bulletin",
    "no concrete action for those affected",
    ACTIVE,
    CERC,
    "Wildfire near Cedar Ridge",
    `Cedar County Sheriff's Office, Saturday 17 August, 5.20pm

The Pine Hollow Fire has grown to about 800 acres this afternoon and is moving north-east towards Cedar Ridge and Lone Pine Road. It is 0% contained. Strong winds are expected this evening.

Around 200 firefighters and three air tankers are working on the fire. No homes have been lost so far.

Updates at cedarcountysheriff.gov and on our social media channels. Next update at 8pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    MSB,
    "Measles exposure at Hartwell Medical Centre",
    `Hartwell Public Health Department, Tuesday 9 April

A person with confirmed measles visited Hartwell Medical Centre's walk-in clinic on Thursday 4 April between 10am and 1.30pm. Anyone who was in the clinic or waiting room during that time may have been exposed.

If you were there and are not vaccinated against measles, or are unsure, you may be able to get a vaccine or immune globulin to lower your risk. Watch for fever, cough, runny nose, red eyes and a rash until 25 April. If you develop symptoms, phone your doctor before visiting so staff can protect other patients.

We will share another update on Friday 12 April.`,
  ),
  bad(
    "en",
    "bulletin",
    "vague promise of more information",
    FAST,
    CERC,
    "Water outage in Elmstead",
    `Elmstead Water Utility, Sunday 14 January, 8.30am

A burst main on Church Road has left about 1,500 homes in Elmstead without water since 5am. Crews are on site and working to isolate the break.

Bottled water is being handed out at Elmstead Village Hall from 10am. If someone in your home relies on water for medical equipment, call us on 0800 555 0199 and we will prioritise a delivery.

Please keep taps turned off so homes don't flood when supply returns. We will provide further information in due course.`,
  ),
  bad(
    "en",
    "bulletin",
    "heavy jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Tier 2 PN – TTHM MCL exceedance, PWS ID 0455012",
    `Ridgeview Municipal Water, 2 October

Per 40 CFR 141.204, Ridgeview MW (PWS ID 0455012) hereby issues Tier 2 PN re: TTHM LRAA exceedance at DBP2 monitoring locations 3 and 7 (0.094 mg/L vs MCL 0.080 mg/L) for Q3. No acute risk; chronic exposure above MCL may assoc. with liver/kidney/CNS effects and incr. cancer risk. Corrective action: optimization of chloramine residual & flushing program per CAP. Alt. water supply not req'd.

Contact: Compliance Div., (555) 010-3300, ridgeviewwater.gov/pn. Next PN update w/ Q4 LRAA.`,
  ),
  bad(
    "en",
    "bulletin",
    "very long bureaucratic sentences",
    ADAPTED,
    PLAIN,
    "Road closure and temporary access arrangements, Clifftop Road",
    `Seabrook Borough Council, 27 February

Further to the ground movement identified on Clifftop Road during the course of last weekend and following the completion of an initial assessment by the council's engineering consultants, it has been determined that, in the interests of public safety and pending the undertaking of further investigative works and the implementation of such remedial measures as may subsequently be deemed appropriate, vehicular access to Clifftop Road between its junction with Harbour Hill and number 48 will be suspended with effect from 10am on Wednesday 28 February until further notice, with pedestrian access for residents being maintained subject to compliance with instructions issued by council officers on site.

Residents with questions can contact the highways team on 01632 963 900 or visit seabrook.gov.uk/clifftop. A further update will be issued by Friday 1 March.`,
  ),
  bad(
    "en",
    "correction",
    "myth first in a correction",
    ADAPTED,
    DEBUNK,
    "Myth: the flu vaccine gives you flu",
    `Northvale Health Board, 4 November

MYTH: "The flu vaccine gives you the flu – lots of people get ill right after the jab, so it's safer to skip it this year."

This claim has been widely shared this week, including stories of people ending up in hospital with flu days after being vaccinated at our clinics.

In fact the injected flu vaccine contains no live virus and cannot give you flu. Some people get a sore arm or feel tired for a day or two.

Walk-in vaccination clinics run at Northvale Community Hospital every weekday 9am–4pm. Questions: 0300 555 0123 or northvalehealth.nhs.uk/flu. We will publish this week's flu figures on Friday.`,
  ),
  bad(
    "en",
    "sms",
    "SMS far too long",
    ADAPTED,
    PLAIN,
    undefined,
    `ALERT from Fairhaven County Emergency Management, 14 Sep 6.40am: Because the Fairhaven River is expected to rise above flood stage by early this afternoon following last night's heavy rain upstream, an evacuation warning is now in effect for all homes and businesses in the River Flats, Lower Mill and Cotton Row neighborhoods, which means you should get ready to leave now by gathering medicines, documents, phone chargers, pet supplies and enough clothes for several days, moving valuables and electrical items upstairs where you can, checking on elderly neighbors and anyone who may need help to leave, and planning to stay with friends or family outside the area, while anyone who cannot find somewhere to go can use the shelter opening at Fairhaven Middle School at 10am, and if the warning is upgraded to an evacuation order you must leave immediately using Highway 12 north because Bridge Street will be closed; updates at fairhavencounty.gov/flood and on KFHV 98.1, next update at 9am.`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Gas leak in Oakmont",
    `Oakmont Fire Department, Tuesday 11 June, 10.50am

A gas main has been damaged by contractors on Linden Avenue. There is no need for anyone to leave their home, and the area is perfectly safe.

Everyone living on Linden Avenue between 2nd and 5th Street must leave their homes immediately and go to the Oakmont Library until the leak is fixed.

Do not use light switches or anything that could make a spark. Questions: (555) 010-8800 or oakmontfire.gov. Next update at 1pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "no word on what is not yet known",
    OPEN,
    CERC,
    "Legionnaires' disease cases in Bellbrook",
    `Bellbrook City Health Department, Wednesday 24 July

Four people in Bellbrook have been treated in hospital for Legionnaires' disease in the past ten days. The source was a cooling tower at an office building on Market Street, which has now been shut down and disinfected. The outbreak is over.

Legionnaires' disease does not spread from person to person. Anyone who has a cough, fever, muscle aches or shortness of breath should contact their doctor and mention that they have been in downtown Bellbrook.

More information: bellbrookhealth.gov/legionella or (555) 010-6100. Our next update will be on Monday 29 July.`,
  ),
];
