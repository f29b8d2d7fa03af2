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
 * Thirty-second blind set, written 2026-12-06 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind29.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * The real messages are published text copied from public authorities (whole sentences or paragraphs may be left
 * out, nothing reworded). Each flawed message is written to show one failure pattern and is otherwise meant to look
 * competent; some flaws are deliberately subtle.
 */
const { real, bad } = evalSet("", perLanguage("good32", "bad32"));

export const GOOD_BLIND32: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "bulletin",
    "Sollefteå kommuns skolor hålls stängda även (13/1)",
    `På grund av det mycket extrema vädret och SMHIs klass 3-varning har Sollefteå kommun beslutat att stänga alla skolor även under onsdagen (13/1).

Det mycket extrema vädret fortsätter och Sollefteå kommun har beslutat att ställa in all undervisning även imorgon. Vårdnadshavare uppmanas att så långt det är möjligt hålla sina barn hemma även den 13/1.

Det är just nu oklart hur eventuella skolskjutsar kan genomföras under morgondagen.

Förskola: Verksamheten bedrivs som vanligt. Vårdnadshavare som har möjlighet uppmanas att hålla barnen hemma under onsdagen och inte komma till verksamheten.

Fritids: Verksamheten bedrivs som vanlig. Vårdnadshavare som har möjlighet uppmanas att hålla barnen hemma under onsdagen och inte komma till verksamheten.

Grundskolan: Skolan är öppen för de elever som behöver tillsyn.
Ingen undervisning kommer att bedrivas och vårdnadshavare uppmanas att hålla barnen hemma.

Grundsärskolan bedrivs som vanligt. Vårdnadshavare som har möjlighet uppmanas att hålla barnen hemma under onsdagen och inte komma till verksamheten.

För elever i årskurs 7-9 gäller distans- och fjärrundervisning för samtliga elever under onsdagen.

Gymnasiet: Fortsätter bedriva sin verksamhet via fjärrundervisning enligt tidigare beslut.

Gymnasiesärskolan: Verksamheten bedrivs som vanligt. Vårdnadshavare som har möjlighet uppmanas att hålla eleverna hemma och inte komma till verksamheten.`,
    "https://www.solleftea.se/utbildning--barnomsorg/utbildning--barnomsorg-nyheter/utbildning--barnomsorg/2021-01-12-solleftea-kommuns-skolor-halls-stangda-aven-13-1 (Sollefteå kommun, nyhet 2021-01-12)",
  ),
  real(
    "sv",
    "bulletin",
    "Provsvar visar lägre värden av legionella",
    `Publicerad 28 april 2017 17:31

Vid en tidigare kontroll visades förhöjda värden av legionellabakterier på tre särskilda boenden.
Under utredningstiden har de boende inte kunnat använda duscharna utan tvättats med tvättlapp. Rören har hetvattenspolats och rengjorts. Nya prover visar lägre värden av legionellabakterier.

Smittskyddsenheten i Linköping, som är rådgivande organ till arbetet inom miljö- och hälsoskydd, har bedömt att duscharna nu kan användas igen. Ytterligare provsvar inväntas.`,
    "https://www.norrkoping.se/nyheter/provsvarvisarlagrevardenavlegionella.5.3ef6b1d158f1bd46e1280fd.html (Norrköpings kommun, 2017-04-28)",
  ),
  real(
    "sv",
    "bulletin",
    "När det blir för varmt – Råd till dig, dina vänner och anhöriga vid värmebölja",
    `Artikeln publicerades 17 maj 2024

Sommarvärmen kan bli jobbig för många, speciellt under perioder med långvarig hög värme. Särskilt utsatta är äldre personer, personer med vissa typer av sjukdomar eller funktionsnedsättningar, små barn och gravida. Därför finns information och råd vid värmebölja framtagen av Folkhälsomyndigheten.

Nu är sommaren snart här på allvar, och sommarvärmen kan bli jobbig för många. Folkhälsomyndigheten tar fram information, råd och rutiner både till sjukvården, omsorgen och till allmänheten. Här hittar du råd till dig, dina vänner och anhöriga från Folkhälsomyndighetens broschyr.

  • VAR UPPMÄRKSAM PÅ INOMHUSTEMPERATUREN
    Risken för hälsoproblem ökar så snart temperaturen stiger inomhus. Risken ökar påtagligt när temperaturen utomhus når upp till 26 °C eller mer under tre dagar i följd.
  • DRICK MER
    Vänta inte på att du blir törstig. Ät vätskerik mat som t.ex. grönsaker och frukt. Undvik stora mängder söta drycker och alkohol. Tänk på att personer i din närhet kan behöva hjälp med att dricka.
  • ORDNA SVAL MILJÖ
    Använd gardiner, persienner och markiser. Försök att vara på den svalaste platsen i bostaden. Vädra på natten när det är svalt.
  • ORDNA SVALKA
    En sval dusch är mest effektiv. En blöt handduk runt nacken är ett alternativ. Använd löst sittande kläder i naturmaterial, de är svalare än åtsittande syntetkläder.
  • TA DET LUGNT
    Undvik fysisk ansträngning under dygnets varmaste timmar.
  • FÖRVARA LÄKEMEDEL RÄTT
    Om ditt läkemedel är temperaturkänsligt finns information om förvaring på förpackningen eller i bipacksedeln.`,
    "https://ronneby.se/omsorg--hjalp/nyheter-omsorg--hjalp/nyhet-omsorg--hjalp/2024-05-17-nar-det-blir-for-varmt---rad-till-dig-dina-vanner-och-anhoriga-vid-varmebolja.html (Ronneby kommun, 2024-05-17)",
  ),
  real(
    "sv",
    "bulletin",
    "IT-störningar på Heimdalls hälsocentral i Skellefteå",
    `Heimdalls hälsocentral saknar sedan i morse tillgång till nätverk till följd av IT-störningar hos leverantören Skellefteå Kraft. Personalen på Heimdall arbetar efter manuella rutiner och det kan därför bli längre väntetider och svårare att nå fram på telefon till hälsocentralen.

– Vi vet inte hur länge avbrottet pågår men vi gör vårt bästa för att ta emot våra patienter och inbokade besök, säger avdelningschef Monica Steinwall.

För mer information om störningarna och felavhjälpning, hänvisas till leverantören Skellefteå Kraft.

Fakta

Om du eller någon närstående blir sjuk eller får en skada, gör så här:

  • Besök webbplatsen 1177.se. Där får du kvalitetssäkrade råd om vad du kan göra själv för att lindra dina besvär och när du ska söka vård.
  • Kontakta din hälsocentral genom att ringa eller logga in på 1177.se.
  • Ring telefonnummer 1177. Du får prata med en sjuksköterska som ger dig råd och vägleder dig rätt i vården. Öppet dygnet runt.
  • Om det är akut och du råkat ut för ett allvarligt olycksfall eller en plötslig svår sjukdom, vänd dig till akutmottagningen.

Har du besvär som inte kan vänta ska du aldrig tveka att ta kontakt med vården. Om det är fara för livet, ring 112.`,
    "https://regionvasterbotten.mynewsdesk.com/pressreleases/it-stoerningar-paa-heimdalls-haelsocentral-i-skellefteaa-3309546 (Region Västerbotten, pressmeddelande via Mynewsdesk)",
  ),
  real(
    "sv",
    "bulletin",
    "Trafikändring på Strömsnäsvägen (även kallad Klippanvägen)",
    `Vi har blivit uppmärksammade på sprickor i vissa murpartier längs Strömsnäsvägen. Murarna har en bärande och stödjande funktion för vägen.
För att undvika ytterligare belastning mot slänten har vi tillfälligt infört enfilig trafik på en kortare sträcka.

Åtgärden är en försiktighetsåtgärd för att säkerställa vägens stabilitet och trafikanternas säkerhet.
Trafikomläggningen kommer att vara kvar tills vi har tagit fram och genomfört en långsiktig lösning.

Trafikreglering

På platsen gäller växelvis trafik i ett körfält.
Den som kör i riktningen mot den röda pilen på skylten ska lämna företräde för mötande trafik.
Följ anvisningarna på plats och kör försiktigt förbi arbetsområdet.`,
    "https://degerfors.se/bo-bygga-trafik-och-miljo/driftinformation/driftinformation/2025-11-03-trafikandring-pa-stromsnasvagen-aven-kallad-klippanvagen (Degerfors kommun, driftinformation 2025-11-03)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppmaning till väghållare – kontrollera vägar, vägtrummor och broar",
    `2021-08-19

Detta på grund av höga vattenflöden och stora regnmängder den senaste tiden.

Räddningstjänsten ser att vägtrummor/broar riskerar att undermineras och uppmanar de som ansvarar för vägar i kommunen att snarast kontrollera dess skick. Vid frågor samt rapport om skadade eller misstänkt skadade vägar och broar kontakta räddningstjänsten Rättvik på telefon 0248-70 990 eller mejla raddningstjansten@rattvik.se`,
    "https://www.rattvik.se/nyheter/nyheter/2021-08-19-uppmaning-till-vaghallare---kontrollera-vagar-vagtrummor-och-broar.html (Rättviks kommun, räddningstjänsten, 2021-08-19)",
  ),
  real(
    "sv",
    "faq",
    "Om stormar och elavbrott",
    `Här finns myndigheternas svar på vanliga frågor om stormar och oväder.

Hemberedskap och bostaden

Långvariga strömavbrott kan drabba din tillgång på vatten, värme, mat och kommunikation.

Saker som kan vara bra att ha hemma inför ett strömavbrott är bland annat gasolkök med bränsle eller en annan alternativ värmekälla. För att få tillgång till viktig information via Sveriges Radio P4, använd en batteridriven radio eller vevradio, alternativt bilradion.

Se gärna till att ha stearin- och värmeljus, tändare, ficklampa och batterier tillgängliga inför ett strömavbrott. Kontrollera regelbundet batterierna i exempelvis ficklampor, klockradio och alarmsystem så att de fungerar. Det kan också vara bra att skaffa en så kallad powerbank till datorer, surfplattor och mobiltelefoner och att se till att den är laddad om till exempel en stormvarning utfärdas.

Dricksvattnet i kranen kan utebli vid långvariga strömavbrott. Se till att du har tillgång till vatten och livsmedel som inte kräver tillagning för några dygn.

Fjärrvärme kan också sluta fungera vid större elavbrott. Är det kallt, så kyls trähus ut snabbare än sten- och betonghus. Det finns flera sätt att förhindra utkylning, bland annat att avdela en del av bostaden. Väljer du ett rum i söderläge får du värme från solen dagtid. Om du har en fast fungerande braskamin, eller öppen spis, välj det rummet.

Täck för fönster med filtar för att isolera mot kylan ute. Reglera din egen kroppstemperatur med varma kläder och filtar och tänd ljus eller värmeljus om du inte har en kamin eller öppen spis som du kan elda i. Öppen eld förbrukar syre i bostaden så vädra regelbundet men kort.

Källa: Energimyndigheten,Energiföretagen Sverige,Vattenfall,E.ON,Ellevio,Myndigheten för samhällsskydd och beredskap | 8 apr 2019 12:49`,
    "https://www.krisinformation.se/faqer/stormar-och-ovader (Krisinformation.se, vanliga frågor, 2019-04-08)",
  ),
  real(
    "sv",
    "bulletin",
    "Information och råd vid algblomning i havet",
    `Algblomning har upptäckts längs med västkusten, troligen har den spridit sig från Östersjön. De gröna algansamlingarna blommar vanligtvis inte på västkusten dock har de synts bland annat längs med Hallandskusten. Vi har inte fått några rapporter om att de synts vid våra badplatser.

Alger flyttar sig snabbt beroende på hur vinden blåser och strömmarna rör sig. Alg-ansamlingar kan blåsa in på mycket kort tid men kan också försvinna lika snabbt.

Algerna är i nuläget inte så förekommande att det finns anledning att helt avråda från bad. Är vattnet klart är det ingen fara att bada - finns det alger så märker man det och bör välja annan plats att bada.

Hinna eller klumpar i grumligt vatten

Vid algblomning täcks vattnet täcks av en hinna eller klumpar med olika gröna och/eller bruna nyanser. Vattnet är kraftigt grumlat av små trådar eller "gryn" och siktdjupet kan vara mindre än meter. Allt grumligt är dock inte blomning. Losslitna alger och pollenansamlingar liknar också algblomning.

Algblomning

Var uppmärksam och undvik bad eller onödig kontakt med vatten när vattnet inte längre är lika klart som det brukar vara. Har du ändå badat i vatten med algblomning så skölj noga av kroppen och tvätta sedan med tvål och vatten. Vid ögonirritation, skölj ögonen med rinnande vatten. Information om hur du gör om du badat och känner dig påverkad finns på 1177.se

Miljö & Hälsoskydd tar regelbundet prover på badvattnet under sommaren`,
    "https://www.kungsbacka.se/Archive/Regular-News/2018/8/algblomning-i-havet/ (Kungsbacka kommun, nyhet augusti 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Var uppmärksam på algblomning",
    `Vi får signaler om att algblomning iakttagits på olika badplatser i kommunen. Algblomningen kan vara giftig och du bör därför undvika att bada om vattnet ser grumligt eller missfärgat ut. Algblomning kan förekomma i både sjöar och hav.

Algblomning kallas det när planktonalger på kort tid växer kraftigt. Vattnet blir då grumligt, ändrar färg och algerna bildar ofta ett lager på vattenytan. Starkt solljus och lugnt väder ger goda förutsättningar för algblomning. Algblomning förekommer i alla sorters vatten – hav, sjöar och vattendrag.

Algmassan kan vara giftig och du bör därför undvika att bada vid kraftig algblomning. Även hundar bör hållas borta från vattnet vid algblomning.

Mer information om algblomning

På Havs- och vattenmyndighetens webbplats kan du läsa mer om algblomning:

Algblomning (havochvatten.se)

På 1177 kan du läsa om algförgiftning och vad du ska göra om du misstänker algförgiftning:

Algförgiftning (1177.se)`,
    "https://www.hudiksvall.se/Arkiv/Nyheter/Nyheter-2023/2023-06-30-Var-uppmarksam-pa-algblomning.html (Hudiksvalls kommun, 2023-06-30)",
  ),
  real(
    "sv",
    "bulletin",
    "Orsa kommun avråder från bad i Orsasjön, Skattungen och övriga vattendrag i kommunen",
    `Publicerad: 13 augusti 2023 Uppdaterad: 14 augusti 2023

På grund av den senaste tidens regn har så kallad bräddning genomförts. Det innebär nödutsläpp av avloppsvatten. Det innebär att det kan förekomma bakterier i vattendrag och kommunen avråder därför från bad i kommunens vattendrag.

Efter intensivt regnande kan badvattnet bli otjänligt i vattendrag och sjöar eftersom ämnen och mikroorganismer spolas av och följer med flödet.

Det oväder som drabbat oss den senaste tiden med kraftiga regn och höga vattenflöden har också lett till att så kallad bräddning (nödutsläpp) av utspätt avloppsvatten har skett. Nödutsläppen görs när det kommer in så mycket regn- och dagvatten i ledningarna att reningsverken inte har kapacitet att ta hand om det. Det sker oftast i samband med kraftiga regn och därför kan det vara olämpligt att bada i anslutning till när nederbörden faller. Bräddning och nödutsläpp är viktiga systemfunktioner som finns för att förhindra att avloppsvatten går baklänges om ledningarna blir överfulla.

Direkt efter en bräddning kan badvattenkvaliteten påverkas. Men det bräddade vattnet sprids fort och åt olika håll beroende på strömmar och vind. Det är därför svårt att säga exakt var och hur det påverkar badvattnet.

På grund av rådande omständigheter avråder kommunen tills vidare från bad till dess att nederbördsmängderna har minskat och vattennivåerna i våra sjöar och vattendrag har återgått till det normala.`,
    "https://orsa.se/arkiv/nyhetsarkiv/nyheter/2023-08-13-orsa-kommun-avrader-fran-bad-i-orsasjon-skattungen-och-ovriga-vattendrag-i-kommunen.html (Orsa kommun, 2023-08-13, uppdaterad 2023-08-14)",
  ),
  real(
    "sv",
    "bulletin",
    "Så får du information vid ett hastigt och potentiellt långvarigt elbortfall",
    `Stigande elpriser är ett problem för många hushåll, men den största risken inför kommande vinter är elbortfall. Något som i ett värsta scenario kan vara omfattande, ske med kort varsel och under längre tid. Då är det viktigt att du som invånare vet hur du tar del av information från myndigheter.

Sveriges radio P4 har ett särskilt uppdrag att bistå myndigheter med samhällsviktig information vid en extraordinär händelse. Se till att ha en batteridriven radio alternativt vevradio i hemmet. Kom ihåg att även bilradion är ett alternativ. Lyssna regelbundet på uppdateringar om när elen kan återvända och hur omfattande elbortfallet är.

Sms och SR P4

Trosa kommun ska vid ett elbortfall få information från ansvariga myndigheter och leverantörer av el. Det kan ske med mycket kort varsel. Trosa kommun har förberett för att skicka ut sms till dig som invånare så att du får en viss varning, och även information om var du utöver SR P4 kan ta del av information. Anmäl dig även till Vattenfalls sms-tjänst för alla typer av strömbortfall i ditt närområde.

Informationspunkter

Informationspunkter öppnas upp på våra tre bibliotek, Trosa stadsbibliotek, biblioteket Navet i Vagnhärad samt Bibblan Birk i Västerljung vid omfattande elavbrott. Där kan du som invånare ta del av information i den utsträckning Trosa kommun har tillgång till den. Det kan vara enklare information på handskrivna lappar, men även bemanning som kan hjälpa till att svara på frågor samt vidareförmedla frågor och information från dig som invånare. Informationspunkterna följer initialt bibliotekens öppettider.`,
    "https://www.trosa.se/nyheter/sa-far-du-information-vid-ett-hastigt-och-potentiellt-langvarigt-elbortfall/ (Trosa kommun, nyhet)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenavstängning vid Hedvigsborg i Mörbylånga",
    `Uppdatering onsdag 26 februari klockan 15.30:

Ventilerna håller på att öppnas och samtliga abonnenter kommer ha vattnet tillbaka inom kort.

Under dagen drabbades fler abonnenter än planerat av avstängningen, vilket vi beklagar. Ledningsnätet kommer undersökas de kommande veckorna för att kunskapen om ledningsnätet i området ska öka. På så sätt hoppas vi kunna förhindra att liknande överraskningar sker vid framtida avstängningar.

Uppdatering onsdag 26 februari klockan 10.30:

På grund av oförutsedda omständigheter drabbades ett större område än beräknat av störningar i vattenförsörjningen under morgonen. De flesta abonnenter som drabbades har nu åter vatten medan övriga underrättas.

Ursprungligt meddelande:

Onsdagen den 26 februari kommer vattenförsörjningen att påverkas för abonnenter vid Hedvigsborg i östra Mörbylånga. Vattenavstängningen inleds klockan 8.00 och vattnet beräknas vara tillbaka senast klockan 16.00. Driftstörningen beror på ett arbete på kommunens vattenledningsnät inför byggandet av den nya brandstationen i Mörbylånga.

Under avstängningen kommer ett vattensläp finnas utplacerat vid Hedvigsborsvägen, norr om korsningen med Havrevägen, där vatten kan hämtas med egen dunk.

Att tänka på:

  • Tappa upp vatten för hushållsbehov.
  • Starta inte disk- och tvättmaskiner.
  • Låt kranarna vara stängda som vanligt eftersom vattnet släpps på när arbetet är avslutat.
  • Om vattnet är missfärgat efter avstängningen, låt det rinna en stund tills det blir klart. Missfärgningen är inte farlig. Vattnet blir missfärgat då det blandas med luft. Annan färg kan vara rost från ledningar.
  • Det kan vara bra att vänta med vittvätt direkt efter avstängningen.`,
    "https://www.morbylanga.se/drift-och-servicemeddelanden/vattenavstangning-vid-hedvigsborg-i-morbylanga/ (Mörbylånga kommun, drift- och servicemeddelande, 26 februari)",
  ),
  real(
    "sv",
    "bulletin",
    "Larm om rökpelare, skog Ånge",
    `Allmänhet har sett rökpelare från håll som såg ut att komma från skogen norr om E14.

Räddningstjänsten har varit på plats och har inte lokaliserat någon rök från skog eller mark. Däremot ryker det en hel del från asfaltsarbete på E14, vilket sannolikt är det som inringaren sett.

Räddningstjänsten passar även på att göra alla uppmärksamma på att det är torrt i markerna. De närmaste dagarna höjs alla riskvärden med ännu högre brandrisk som följd. Var försiktiga med all hantering av eld, grillning, fimpar etc. Det finns stor risk att en liten gnista antänder marken.

//Inre befäl Mattias Andersson`,
    "https://news.cision.com/se/raddningstjansten-medelpad/r/larm-om-rokpelare--skog-ange,c3138897 (Räddningstjänsten Medelpad, nyhet via Cision)",
  ),

  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "bulletin",
    "Restoration Update Sunday, July 23 800am",
    `Our current outage count is down to 4751 members; we are making good progress and are thankful for another clear day.

The storm that passed through left thousands out of power and we know how difficult this is to our members.  We apologize for your inconvenience and continue to ask for your patience as we continue working.

It is important to remember that power restoration must be done following all industry safety protocols to protect our line workers.  Restoration must also follow a progression of getting the main line on that feed large areas, then focusing on the lines feeding subdivisions and smaller areas, otherwise areas on down the line would not receive power even if their service line, etc. had been repaired.

Please remember to stay away from any downed power lines, and always assume they are still energized, while we continue to fight through the challenging work to get all power restored.

Posted on July 23, 2023`,
    "https://www.amicalolaemc.com/restoration-update-sunday-july-23-800am/ (Amicalola Electric Membership Corporation, Georgia, 2023-07-23)",
  ),
  real(
    "en",
    "bulletin",
    "Outage Update",
    `Crews are still working diligently to get everyone’s power back on. It’s hard to find a spot on the outage viewer without a hard hat showing crews working nearby. Thank you for your patience as our crew members keep battling.

1:20 p.m. down to 473 members out, at 25 separate locations. Closing in!

2:46 p.m. We are down to 274 members who remain out. Quite a successful journey considering we had thousands of members out after the storm passed through Wednesday night into Thursday. Thank you all for your understanding and your support!

Posted on May 11, 2024`,
    "https://www.amicalolaemc.com/outage-update-3/ (Amicalola Electric Membership Corporation, Georgia, 2024-05-11)",
  ),
  real(
    "en",
    "bulletin",
    "PUBLIC NOTICE - Water Main Works York Street",
    `Council has recently been inundated with breaks along a 150m Potable Water Line along York Street, from Millchester Road onwards, which has resulted in water being turned off in those areas on a number of occasions whilst crews make repairs.

These breaks are not isolated to a single point of failure, and Council is working to install a more robust supply in the area which will be able to accommodate the current ground conditions.

Whilst this is occurring, to ensure the current water supply is maintained, two temporary lines are currently being installed and will remain active whilst the upgrade is implemented.

Council apologises for any inconvenience and thanks residents for their understanding whilst these issues are rectified.`,
    "https://www.charterstowers.qld.gov.au/news/article/1598/public-notice-water-main-works-york-street (Charters Towers Regional Council, Queensland)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Published: Jan 16, 2024

The district will try to determine school closures due to inclement weather by 6:30 a.m. Updates will be delivered using social media and school and district websites.

No radio or television announcement will be made saying that schools are open. Only school closures will be announced by the media. To reach as many people as possible - as quickly as possible - we work closely with our local media to share information. Listen to local radio stations and follow local news outlets online to also get information about the impact of severe weather or emergencies in our schools.

If snowfall begins while school is in session, in most circumstances, schools will remain OPEN until the end of the school day.

If schools are open, and you wish to keep your child home due to weather conditions, you may do so. Please let your school know of this decision.

Parents/guardians are responsible for their child's safe travel to school. If possible, we encourage parents to walk their children to school in poor weather conditions.`,
    "https://sd38.bc.ca/news/2024-01-16/school-closures-due-inclement-weather (Richmond School District No. 38, British Columbia, 2024-01-16)",
  ),
  real(
    "en",
    "bulletin",
    "Boil Water for Cloud Country Subdivision Has Been Rescinded",
    `The boil water notice for the Cloud Country Subdivision has been rescinded as of 7:30 a.m. December 16, 2023.
Because the lines have been flushed and the tests have come back clean, your water is now safe for consumption. There are a few precautionary steps listed below that we recommend you take if your home has an ice maker or water filters/softeners.
To ensure that all water filters or softeners are completely clean, it is recommended that you run your softener through a regeneration cycle and replace any water filters that were used during the period of the boil water notice.
As a precaution, it is recommended that to flush automatic ice makers, make three batches of ice and discard. You should throw away ice made during the time the notice was issued, as freezing does not kill bacteria.
The water in the distribution system before the complications was treated water and we are not aware of any breaks or leaks. However, with the loss of pressure, the water during the period of the boil water notice could potentially be subject to the conditions below:
- Inadequately treated water may contain disease-causing organisms. These organisms include bacteria, viruses, and parasites which can cause symptoms such as diarrhea, cramps, nausea, headaches, or other symptoms. They may pose a special health risk for infants, young children, some of the elderly and people with severely compromised immune systems.
- The symptoms above are not caused only by organisms in drinking water. If you experience any of these symptoms and they persist, you may want to seek medical advice. People at increased risk should seek advice about drinking water from their health care providers.
There was a planned water-line connection as part of NBU’s Goodwin Lane project and there were unexpected complications. The pressure of the water system within the area fell below 20 psi due to the complications.`,
    "https://nbutexas.com/boil-water-notices (New Braunfels Utilities, Texas, 2023-12-16)",
  ),
  real(
    "en",
    "bulletin",
    "Heat Health Alert",
    `Wednesday, 17 January, 2018 - 09:00

A Heat Health Alert has been issued for Friday 19 January.

This means a very hot day with warm temperatures overnight.

  • Please take 5 simple steps to ensure safety during the heat:
  • Keep cool - stay out of the heat
  • Plan ahead - arrange your day so you are not out in the heat
  • Check on others - particularly those that might need some support
  • Drink lots of water - not sort drinks, tea, coffee or alcohol as they can dehydrate you
  • NEVER leave kids, adults or animals in cars - it can quickly be lethal

For more information on surviving the heat, click here Better Health - Survive the Heat`,
    "https://www.mansfield.vic.gov.au/news/heat-health-alert (Mansfield Shire Council, Victoria, 2018-01-17)",
  ),
  real(
    "en",
    "bulletin",
    "Weather Alert - Heatwave (Level 3) - 24th - 26th June 2020",
    `We've entered into the warmer months and so the Public Health and Wellbeing Team will be sending out alerts ahead of particularly high temperatures to help you stay safe and well.

A Heatwave level 3 warning has been issued from

Wednesday 24th June to Friday 26th June 2020

This means that temperatures are likely to rise to levels that increase the risk of ill health among vulnerable adults, particularly older people and those with long term conditions.
Stay out of the sun. Keep your home as cool as possible – shading windows and shutting them during the day may help. Open them when it is cooler at night. Keep drinking fluids. If there’s anybody you know, for example an older person living on their own, who might be at special risk, make sure they know what to do"

Coping with hot weather Tips

  • Shut windows and pull down the shades when it is hotter outside. You can open the windows for ventilation when it is cooler.
  • Avoid the heat: stay out of the sun and don't go out between 11am and 3pm (the hottest part of the day) if you're vulnerable to the effects of heat.
  • Keep rooms cool by using shades or reflective material outside the windows. If this isn't possible, use light-colored curtains and keep them closed (metallic blinds and dark curtains can make the room hotter).
  • Have cool baths or showers and splash yourself with cool water.
  • Drink cold drinks regularly, such as water and diluted fruit juice. Avoid excess alcohol, caffeine (tea, coffee and cola) or drinks high in sugar.`,
    "https://servicesguide.reading.gov.uk/kb5/reading/directory/site.page?id=58rCeJKBSyQ (Reading Borough Council, Public Health and Wellbeing Team, June 2020)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Update 1/24/2026
Due to current weather conditions, fire crews will be conducting pile burning today. Firefighters will target piles and remain on scene to monitor conditions. Smoke will be visible from the areas where crews are burning.
Please use caution, as smoke may drift into low-lying areas during the evening hours. This is a planned burn—please do not call 911.
Thank you for your cooperation.`,
    "https://mariposafire.com/news/5652/Wildfire/January-24-2026/COSJD-Skyline-Pile-Burn (Mariposa County Fire Department, California, 2026-01-24)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Published on 13 February 2020
With the recent rain Byron Shire Council is reminding residents and tourists to use common sense and avoid contact with stormwater drains, local rivers and waterways.
The torrential rainfall that has occurred throughout the Shire presents greater risks of pollutants being present in waterways, especially after very dry periods of weather.
Phil Warner, Acting Director Infrastructure Services said people should be mindful that stormwater is not treated water and err on the side of caution before entering local rivers or waterways.
"Think twice before surfing in front of stormwater drains, swimming in rivers or playing in flood water straight after heavy rainfall as this can increase risk to your health.
“There’s been no rainfall for a long period of time. Debris that has accumulated from animals, farmlands and urban areas can end up washed into the stormwater system.
"Infrastructure, such as sewage treatment plants are also placed under severe pressure from excess stormwater, and small effluent overflows into nearby waterways can occur in extreme situations.
“Council is advising people to refrain from swimming in front of the stormwater outlets at Clarkes and Broken Head beaches, the Belongil Creek and Brunswick River, and all other local waterways this week as a precaution,” Mr Warner said.
Staff will continue to test and monitor stormwater and sewer discharge to ensure it meets NSW guidelines, as well as ensuring waterways are safe for swimming.
For media enquiries contact Annie Lewis, Media and Communications Coordinator, 6626 7320.`,
    "https://councilnews.com.au/2020/02/9419092-use-common-sense-avoid-waterways (Byron Shire Council media release, 2020-02-13)",
  ),
  real(
    "en",
    "bulletin",
    "Fecal Matters: Howarth Park beach and beach north of Howarth Park CLOSED to Swimming, Everett, Snohomish Co, WA.",
    `BEACH Program Update

On May 9, 2014, the City of Everett in Snohomish County closed two beaches to swimming, Howarth Park beach and the beach north of Howarth Park, Pidgeon Creek beach.  The City will be taking water quality samples today to determine when the beaches can be reopened.  The swimming closure was issued in response to a sewage spill caused by a force main break last night.  The public is to have no contact with the water until further notice.

Contact with fecal contaminated waters can result in gastroenteritis, skin rashes, upper respiratory infections, and other illnesses. Children and the elderly may be more vulnerable to waterborne illnesses.

Stay updated about water quality at your beaches by keeping up with us on our blog Fecal Matters, on Facebook, or join our listserv.

Debby Sargeant is the BEACH Program Manager and is available at 360-407-6139 or debby.sargeant@ecy.wa.gov for questions.`,
    "http://ecologywa.blogspot.com/search/label/Sewage%20Spill (Washington State Department of Ecology, ECOconnect blog, 2014-05-09)",
  ),
  real(
    "en",
    "bulletin",
    "Uisce Éireann is working to restore supply to Cahir Town following a burst on a trunk watermain",
    `Uisce Éireann is working to restore water supply as quickly as possible to Cahir Town following a burst to a trunk watermain serving the town.
Crews are on site undertaking the repair with works expected to be complete by 3pm today. Following the repair it will take approximately three hours for normal supply to be fully restored to all areas. This is particularly true for those on higher ground or at the end of the network, as the water refills the network.
In order to reduce the impact; water has been diverted to return supply to some customers. However all customers in affected area will experience reduced pressure or no water util approximately 6pm this evening.
Colin Cunningham of Uisce Éireann apologised for the disruption to supply. He said, “We understand how disruptive unplanned outages are and we regret the inconvenience caused. We would like to thank impacted customers for their patience while we work on repairs and restore the water supply as quickly as possible.”
Vulnerable customers who have registered with Uisce Éireann receive direct communications from us for planned and unplanned outages lasting more than four hours.
Updates are available on X (formerly Twitter) @IWCare and via our customer care helpline, open 24/7 on 1800 278 278.
Uisce Éireann has also launched a free text service, providing real-time updates for local issues. Customers can sign up with their Eircode and mobile number on the dedicated Water Service Updates page.`,
    "https://water.ie/news/uisce-eireann-working-restore-supply-cahir-town-following-burst-trunk-watermain (Uisce Éireann, news release)",
  ),
  real(
    "en",
    "social",
    undefined,
    `🚨 ADVISORY: Police Operation Underway We are asking motorists and pedestrians to avoid the 1800 & 1900 blocks of Halifax Street, as well as 12th Ave between St. John Street and Broad Street. RPS Emergency Services teams are on scene as part of an ongoing police operation. #YQR`,
    "https://globalnews.ca/news/7429533/regina-police-downtown-operation/ (Regina Police Service post on X/Twitter, @reginapolice, 2020-10-29, as quoted by Global News)",
  ),
  real(
    "en",
    "social",
    undefined,
    `A police operation is currently underway in Fyshwick. There is no access to Cessnock Street and Goolwa Place. More to come.`,
    "http://www.smh.com.au/act-news/police-operation-in-fyshwick-20171207-h00ega.html (ACT Policing post on X/Twitter, @ACTPolicing, 2017-12-07, as quoted by the Sydney Morning Herald)",
  ),
];

export const BAD_BLIND32: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: flawed — active
  bad(
    "sv",
    "bulletin",
    "no protective action for people at risk",
    ACTIVE,
    MSB,
    "Brand i lagerbyggnad på Norra industriområdet",
    `Publicerad 2025-09-23 kl. 06.55

Räddningstjänsten arbetar sedan klockan 05.40 med en brand i en lagerbyggnad på Verkstadsgatan på Norra industriområdet i Ranstad. Branden ger kraftig rökutveckling och röken driver med vinden åt sydost, in över Ekbacken och Lövnäs.

Ingen person har skadats. I byggnaden förvaras bland annat däck och plastemballage, vilket gör att röken är tät och svart. Räddningstjänsten bedömer att släckningsarbetet kommer att pågå under större delen av förmiddagen.

Verkstadsgatan är avstängd mellan Smedjevägen och Industrivägen. Busslinje 641 leds om via Gottsundavägen.

Ekbackens förskola och Lövnässkolan har fått information om branden.

Nästa uppdatering publiceras här senast klockan 09.00.`,
  ),
  bad(
    "sv",
    "sms",
    "vague instruction",
    ACTIVE,
    MSB,
    undefined,
    `Vattenläcka på Storgatan i Björkvik. Vattnet kan behöva stängas av med kort varsel i eftermiddag för fastigheter norr om järnvägen. Tänk på det när du planerar dagen. Mer info: asbroenergi.se/drift /Åsbro Energi`,
  ),
  bad(
    "sv",
    "bulletin",
    "instruction without who or where",
    ACTIVE,
    MSB,
    "Kokningsrekommendation efter provsvar",
    `Publicerad 3 juni kl. 16.20

Vid rutinprovtagning på ledningsnätet i går har vi fått svar som visar förhöjda halter av koliforma bakterier. Som en försiktighetsåtgärd rekommenderar vi därför att du kokar vatten som ska användas till dryck, matlagning och tandborstning.

Så gör du:
• Koka upp vattnet i kastrull eller vattenkokare tills det bubblar ordentligt.
• Låt det svalna och förvara det i en ren, täckt behållare, gärna i kylskåp.
• Vatten till dusch, disk i maskin, tvätt och toalett behöver inte kokas.

Nya prover togs i dag och svaren väntas på torsdag. Rekommendationen gäller tills vi meddelar att den hävs.

Har du frågor kan du ringa vår kundtjänst på 0590-123 45, vardagar 8–16. Vi uppdaterar informationen här på webbplatsen och på Facebook.`,
  ),
  bad(
    "sv",
    "sms",
    "no route to more information",
    ACTIVE,
    MSB,
    undefined,
    `Strömavbrott i Ramsele, Holm och Östra Stavre sedan kl 14.20 efter att träd fallit över en ledning. Beräknas vara åter ca kl 19. Håll kyl och frys stängda. /Mellannorrlands Elnät`,
  ),
  bad(
    "sv",
    "correction",
    "correction without the right information",
    ACTIVE,
    MSB,
    "Rättelse: vattenavstängning på Södra Ringvägen",
    `I gårdagens meddelande om den planerade vattenavstängningen på Södra Ringvägen blev datumet fel. Vi ber om ursäkt för det.

Avstängningen gäller Södra Ringvägen 2–28 och Kvarngatan 1–9. Vattnet stängs av klockan 08.00 och beräknas vara tillbaka senast klockan 15.00. Tappa gärna upp vatten för dryck och matlagning innan avstängningen, och vänta med disk- och tvättmaskin tills vattnet är tillbaka.

Frågor? Kontakta Kundtjänst VA på 0221-290 00.`,
  ),
  bad(
    "sv",
    "faq",
    "FAQ answer that does not answer",
    ACTIVE,
    MSB,
    "Kokningsrekommendation i Västerby – frågor och svar",
    `Uppdaterad 12 juli kl. 10.00

Vem berörs?
Alla fastigheter med kommunalt vatten i Västerby och längs Bäckvägen. Se kartan på kommunens webbplats.

Hur länge gäller rekommendationen?
Minst till och med måndag. Det krävs två godkända provsvar i rad innan vi kan häva den, och varje analys tar ungefär ett dygn.

Kan jag duscha?
Kokningsrekommendationen gäller det vatten som används till dryck och matlagning. Vi följer Livsmedelsverkets riktlinjer och tar nya prover varje dag.

Kan jag ge vattnet till mina djur?
Hundar och katter kan dricka vattnet som vanligt. Är du osäker kan du koka vattnet eller rådfråga en veterinär.

Vad gör jag om jag redan har druckit okokt vatten?
De flesta blir inte sjuka. Får du magbesvär kan du ringa 1177 för rådgivning.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed — fast
  bad(
    "sv",
    "bulletin",
    "no time of publication",
    FAST,
    MSB,
    "Vattenläcka i Skogsbyn – uppdateras löpande",
    `Uppdatering: Läckan är lagad och vi har börjat släppa på vattnet igen. Det kan ta upp till en timme innan alla fastigheter har fullt tryck. Vattnet kan vara missfärgat en stund; spola kallvatten tills det blir klart. Missfärgningen är inte farlig.

Uppdatering: Reparationen tar längre tid än beräknat eftersom ledningen ligger under en bergsknalle. Vattentanken står kvar vid Skogsbyns bygdegård.

Uppdatering: Läckan är lokaliserad till korsningen Skogsbyvägen/Tallstigen. Vi stänger vattnet för Skogsbyvägen 1–40 och Tallstigen. En vattentank med dricksvatten ställs ut vid Skogsbyns bygdegård. Ta med egen dunk.

Vi har en vattenläcka i Skogsbyn och felsöker. Under felsökningen kan vattnet försvinna kortare stunder för hushåll längs Skogsbyvägen.

Frågor: VA-jouren 0570-810 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague promise of next update",
    FAST,
    MSB,
    "Skogsbrand norr om Flatmo",
    `Publicerad 2025-07-08 kl. 13.30

Räddningstjänsten arbetar med en skogsbrand cirka tre kilometer norr om Flatmo, mellan Flatmovägen och sjön Stortjärnen. Branden omfattar i nuläget omkring 15 hektar. Två helikoptrar vattenbombar och ett fyrtiotal personer från räddningstjänst, Skogsstyrelsen och frivilliga finns på plats.

Ingen bebyggelse är hotad just nu. Boende i Flatmo kan känna brandlukt och se rök. Stäng fönster och ventiler om röken besvärar dig.

Flatmovägen är avstängd norr om Bastuvägen. Håll dig borta från området, både till fots och med bil, så att räddningsarbetet inte hindras. Använd inte drönare i området.

Eldningsförbud gäller i hela länet sedan 2 juli.

Vi återkommer med mer information när läget förändras.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stale information republished as new",
    FAST,
    MSB,
    "Snöoväder – läget på kommunens vägar",
    `Publicerad 2025-01-17 kl. 07.05

Under natten mot måndag har det fallit 20–30 centimeter snö i kommunen och det blåser fortfarande kraftigt. Kommunens entreprenörer har plogat sedan klockan 02.

Vi prioriterar huvudgator, busslinjer och vägar till sjukhuset och äldreboendena. Därefter plogas gång- och cykelvägar och sist bostadsgator. Räkna med att bostadsgator inte är plogade förrän under eftermiddagen i dag, måndag.

Skolskjutsarna på landsbygden är inställda under förmiddagen. Skolorna är öppna.

Ställ gärna bilen på tomten eller i garage så att plogbilarna kommer fram. Hjälp gärna äldre grannar att skotta fram till brevlådan.

Frågor om snöröjning: Kontaktcenter 0340-880 00.`,
  ),
  bad(
    "sv",
    "social",
    "information held back until meeting or press conference",
    FAST,
    MSB,
    undefined,
    `Med anledning av händelsen vid Vallaskolan i morse: Alla elever och all personal är oskadda. Polisen och kommunen håller en gemensam presskonferens klockan 15.00 i stadshuset. Där berättar vi mer om vad som har hänt, hur hämtningen av elever går till i eftermiddag och vad som gäller för skolan i morgon. Vårdnadshavare får information via Skolplattformen efter presskonferensen. Presskonferensen sänds även här på Facebook.`,
  ),
  bad(
    "sv",
    "bulletin",
    "late first message without explanation",
    FAST,
    MSB,
    "Avråder från bad vid Strandbadet och Kvarnviken",
    `Publicerad lördag 17 augusti kl. 16.40

Natten mot lördag, strax efter klockan 01, stannade pumparna i pumpstationen vid Strandvägen på grund av ett elfel. Det ledde till att orenat avloppsvatten rann ut i Kvarnviken under cirka två timmar innan felet var åtgärdat.

Kommunen avråder därför från bad vid Strandbadet och i Kvarnviken tills vidare. Låt inte barn eller hundar bada eller leka i strandkanten. Har du badat i dag, duscha och tvätta händerna noga med tvål. Får du magbesvär, ring 1177.

Vi tar vattenprover på måndag morgon och räknar med provsvar på tisdag. Skyltar sätts upp vid badplatserna under kvällen.

Frågor: Kontaktcenter 0150-570 00.`,
  ),
  bad(
    "sv",
    "social",
    "next update time already passed",
    FAST,
    MSB,
    undefined,
    `UPPDATERING kl 13.15: Strömavbrottet i centrala Lindås berör fortfarande ca 850 kunder. Felet är lokaliserat till en kabel vid Torggatan och montörer arbetar med reparationen. Trafikljusen i korsningen Torggatan/Kyrkvägen är släckta – kör försiktigt. Nästa uppdatering kl 12.00.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed — open
  bad(
    "sv",
    "bulletin",
    "hidden decision-maker",
    OPEN,
    MSB,
    "Badhuset Vågen stänger tillfälligt",
    `Badhuset Vågen stänger från och med i dag, tisdag, och håller stängt tills vidare.

Vid en kontroll av taket över simhallen i förra veckan upptäcktes fuktskador i takbalkarna. Efter en samlad bedömning stängs badhuset medan en konstruktör undersöker taket närmare. Undersökningen väntas ta ungefär två veckor.

Skolornas simundervisning flyttas till Sjöviksbadet i Tallmo. Skolorna informerar elever och vårdnadshavare om nya tider. Du som har årskort får det förlängt med motsvarande tid.

Frågor besvaras av fritidsförvaltningen på 0480-45 00 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "false certainty",
    ["open", "factual"],
    MSB,
    "Dricksvattnet i Ås är säkert",
    `Efter gårdagens larm om en misstänkt förorening vid vattenverket i Ås kan vi nu ge besked: dricksvattnet är säkert och det finns ingen anledning till oro. Du behöver inte koka vattnet och kan använda det som vanligt.

Larmet utlöstes av en mätare som visade avvikande värden under cirka 40 minuter i går eftermiddag. Vattenverket stängdes av under tiden och vattnet leddes om från reservoaren i Norrby.

Vattenprover togs i går kväll på sex platser i ledningsnätet. Svaren väntas på fredag och publiceras här.

Frågor: Kundtjänst VA, 0611-34 80 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "refusal to comment",
    OPEN,
    MSB,
    "IT-störning i kommunens system",
    `Publicerad 2025-02-11 kl. 11.30

Sedan i går kväll har kommunen störningar i flera av sina IT-system. Kommunens webbplats och växel fungerar, men vissa e-tjänster och verksamhetssystem är inte tillgängliga.

Kommunen lämnar i dagsläget inga uppgifter om orsaken till störningen eller om vilka system som berörs.

Förskolor, skolor, hemtjänst och särskilda boenden är öppna och arbetar med reservrutiner. Ansökningar som inte kan göras digitalt kan lämnas på papper i Medborgarservice i kommunhuset, öppet 8–17.

Nästa uppdatering publiceras här klockan 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "withholding numbers without reason",
    OPEN,
    MSB,
    "Brand i kemisal på Österskolan",
    `Publicerad 2025-10-02 kl. 14.45

Vid 10-tiden i dag började det brinna i en dragbänk i en av kemisalarna på Österskolan. Skolans personal släckte branden och räddningstjänsten ventilerade ut röken. Hela skolan utrymdes enligt plan.

Några elever och en lärare fördes med ambulans till Länssjukhuset för kontroll efter att ha andats in rök. Ingen bedöms vara allvarligt skadad.

Kemisalen är avstängd, men övriga lokaler är sanerade och skolan har öppet som vanligt i morgon. Elevhälsan finns på plats för elever som vill prata.

Vårdnadshavare som har frågor kan kontakta skolans expedition på 0586-481 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "silent correction of earlier error",
    OPEN,
    MSB,
    "Kokningsrekommendation i Västra Näs",
    `Uppdaterad 10 juni kl. 09.30

Kokningsrekommendationen gäller alla fastigheter i Västra Näs, inklusive Sjöviksvägen och Bryggvägen.

Koka vatten som ska användas till dryck, matlagning och tandborstning. Det räcker att vattnet kokar upp ordentligt. Till dusch, tvätt och disk i maskin kan du använda vattnet som vanligt.

Ett släp med dricksvatten står vid Västra Näs bystuga. Ta med egen dunk.

Vi tar nya prover i dag och räknar med svar på torsdag.

Frågor: Kundtjänst 0411-55 20 00.`,
  ),
  bad(
    "sv",
    "faq",
    "evasive answer",
    OPEN,
    MSB,
    "Frågor och svar om avbrottet i vattenleveransen i Sörby",
    `Varför blev vattnet avstängt?
En huvudledning vid Sörby pumpstation gick sönder på söndagskvällen. För att kunna laga den behövde vi stänga vattnet för hela Sörby.

När kommer vattnet tillbaka?
Reparationen är klar och vattnet släpptes på igen måndag kl. 06.00. Det kan vara missfärgat en stund. Spola kallvatten tills det är klart.

Varför fick jag inget sms om avstängningen?
Vi använder flera kanaler för att nå ut, bland annat webbplatsen, Facebook och lokalradion. Sms-tjänsten är ett komplement. Du kan själv registrera fler telefonnummer på vår webbplats.

Kan jag få ersättning för till exempel förstörd tvätt?
Skicka in en skadeanmälan via e-tjänsten på kommunens webbplats. Varje ärende bedöms för sig.

Var kan jag ställa fler frågor?
Ring Kundtjänst VA på 0157-250 00, vardagar 8–16.`,
  ),

  // ---------------------------------------------------------------- Swedish: flawed — factual, impartial, adapted
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Brand i förrådsbyggnad vid Norrskolan",
    `Publicerad söndag 9 mars kl. 08.15

Under natten brann en förrådsbyggnad på Norrskolans skolgård. Räddningstjänsten larmades strax efter klockan 02 och branden var släckt vid 04-tiden. Ingen person skadades och själva skolbyggnaden har inte påverkats.

Allt tyder på att branden har anlagts av ungdomar som brukar samlas på skolgården på kvällarna. Polisen har inlett en förundersökning.

Skolan har öppet som vanligt på måndag. Området kring förrådet är avspärrat och eleverna har rast på den västra delen av skolgården tills vidare.

Har du sett något i området under natten? Kontakta polisen på 114 14.`,
  ),
  bad(
    "sv",
    "social",
    "contradictory figures",
    FACTUAL,
    KRIS,
    undefined,
    `Stormen Hilde: Just nu är cirka 1 200 hushåll i Lindö, Ekeby och Hagalund utan ström. Vattenfall har fler montörer på väg och räknar med att de flesta av de 900 drabbade hushållen har strömmen tillbaka under kvällen. Trygghetspunkten i Lindö sporthall är öppen till kl 22 – där kan du värma dig, ladda mobilen och få information. Mer info på kommunens webbplats och i P4.`,
  ),
  bad(
    "sv",
    "bulletin",
    "unconfirmed information relayed",
    FACTUAL,
    KRIS,
    "Trafikinformation efter olyckan på väg 56",
    `Publicerad 2025-04-04 kl. 15.10

Väg 56 är avstängd i båda riktningar mellan Kvicksund och Tumbo efter en trafikolycka med en tankbil vid 14-tiden. Räddningstjänsten är på plats. Enligt uppgifter i sociala medier har tankbilen läckt diesel ut i Mälaren.

Trafiken leds om via E20 och väg 53. Räkna med förseningar och långa köer, särskilt i eftermiddagstrafiken.

Trafikverket bedömer att vägen är avstängd åtminstone till klockan 19. Aktuell trafikinformation finns på Trafikverkets webbplats.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political credit-taking",
    IMPARTIAL,
    RF,
    "Vattnet tillbaka i Norrby efter läckan",
    `Publicerad 2025-11-20 kl. 18.05

Vattenläckan på Norrbyvägen är lagad och samtliga fastigheter har vattnet tillbaka sedan klockan 17.30. Vattnet kan vara missfärgat en stund. Spola kallvatten tills det blir klart. Missfärgningen är inte farlig.

Att läckan kunde lagas på under ett dygn beror på den satsning på beredskap inom VA som den nya majoriteten i kommunfullmäktige drev igenom i budgeten för 2025, trots oppositionens motstånd.

Asfaltering av Norrbyvägen sker nästa vecka. Trafiken leds då förbi arbetsplatsen.

Frågor: Kundtjänst VA, 0522-11 22 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "commercial endorsement",
    IMPARTIAL,
    RF,
    "Förbered dig inför planerat vattenavbrott i Hagby",
    `Tisdagen den 14 oktober mellan klockan 08.00 och 18.00 stänger vi av vattnet för hela Hagby. Vi byter en ventil på huvudledningen och arbetet kan inte göras med vattnet påslaget.

• Tappa upp vatten för dryck och matlagning kvällen innan.
• Fyll gärna en hink med vatten för att spola toaletten.
• Vänta med disk- och tvättmaskin tills vattnet är tillbaka.

Behöver du vattendunkar finns de hos Hagby Järn & Fritid på Storgatan 12, som erbjuder 20 procent rabatt på dunkar till Hagbybor fram till den 14 oktober.

En vattentank ställs ut vid Hagby skola under dagen.

Frågor: Kundtjänst VA 0142-850 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "jargon",
    ADAPTED,
    KLAR,
    "Bräddning vid PS Kvarnen",
    `Publicerad 2025-08-03 kl. 10.20

Till följd av hydraulisk överbelastning i spillvattennätet i samband med nattens nederbörd (ca 45 mm/3 h) har bräddning skett vid PS Kvarnen via nödavlopp till recipienten Svartån mellan kl. 02.10 och 05.40. Bräddad volym uppskattas till ca 350 m³.

Risk föreligger för förhöjda halter av E. coli och intestinala enterokocker nedströms bräddpunkten. I avvaktan på analysresultat avseende badvattenkvalitet enligt HVMFS 2012:14 avråds från bad vid badplatserna Ågården och Svartviken.

Provtagning sker 4/8 med förväntat analysbesked 6/8.

Kontakt: VA-avdelningen, 0581-810 00.`,
  ),
  bad(
    "sv",
    "sms",
    "bureaucratic language",
    ADAPTED,
    KLAR,
    undefined,
    `Med anledning av inträffad driftstörning avseende den allmänna vattenförsörjningen inom del av verksamhetsområdet Hagalund meddelas att leverans av dricksvatten tills vidare ej kan garanteras för berörda fastigheter, varvid nödvattenförsörjning anordnas vid Hagalunds IP. Info: hagalundsvatten.se/drift`,
  ),

  // ---------------------------------------------------------------- English: flawed — active
  bad(
    "en",
    "bulletin",
    "no protective action for people at risk",
    ACTIVE,
    CERC,
    "Chemical incident at Riverside Leisure Centre",
    `Posted: Saturday 14 June, 11:40am

Fire crews and paramedics are responding to a chemical incident at Riverside Leisure Centre on Harbour Street, where chlorine gas was released in the plant room shortly after 10:30am.

The leisure centre has been evacuated. Six people have been assessed by paramedics at the scene and two have been taken to hospital as a precaution.

Gas is drifting north-east from the site towards the Quayside and Millpond Street area. Harbour Street is closed between Bridge Road and the ferry terminal.

Specialist hazardous materials crews are working to stop the release. We will post a further update here by 1pm.`,
  ),
  bad(
    "en",
    "social",
    "vague instruction",
    ACTIVE,
    CERC,
    undefined,
    `⚠️ Orange heavy rain warning for the Waimarino district from 6pm tonight until 9am Thursday. MetService expects 80–120mm about the ranges, with peak rates of 20–30mm an hour overnight. Streams and rivers could rise quickly and there may be slips on rural roads. Please keep an eye on conditions and look after each other. We'll post updates here and on our website through the night.`,
  ),
  bad(
    "en",
    "bulletin",
    "instruction without who or where",
    ACTIVE,
    CERC,
    "Evacuation advice for Low Road and Riverside Close",
    `Updated: Tuesday 5 November, 3:15pm

The River Wendle at Ashbridge is expected to reach 3.4 metres this evening, which is above the level at which homes on Low Road and Riverside Close have flooded in the past. The Environment Agency has issued a Severe Flood Warning for this area.

Residents of Low Road and Riverside Close are strongly advised to leave their homes before 7pm tonight. If you can, stay with friends or family away from the flood area.

An evacuation centre has been opened for residents who have nowhere else to go. Pets are welcome. Please bring any medication you need and a phone charger.

If you need help to leave your home, call our emergency line on 01632 960 300, which is staffed 24 hours a day.

We will update this page by 6pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "no route to more information",
    ACTIVE,
    CERC,
    "Cyber incident: council services update",
    `Last updated: Monday 10 March, 9:00am

We are continuing to respond to the cyber incident that affected our systems on Thursday. Our website is working, but our main phone line, online forms and payments system remain unavailable while we restore them safely.

What is working
• Bin collections, schools, libraries and leisure centres are operating as normal.
• Care and support for adults and children continues.

What is affected
• You cannot pay council tax or rent online this week. No one will be charged a late payment fee for March.
• Planning and licensing applications cannot be submitted online.

If you need urgent help from adult or children's social care, or with homelessness, please contact us using our emergency numbers.

Be alert to emails, texts or calls claiming to be from the council and asking for bank details. We will never ask for these.

Our next update will be published here on Wednesday.`,
  ),
  bad(
    "en",
    "correction",
    "correction without the right information",
    ACTIVE,
    CERC,
    "Correction: road closures in this morning's update",
    `Some of the road closures listed in this morning's 8am flooding update were incorrect. We apologise for any confusion this may have caused.

Highways crews are continuing to check roads across the district and will reopen them as soon as it is safe to do so. Please do not drive through flood water or ignore road closed signs – the road surface may be damaged or the water deeper than it looks.

If you come across flooding on a road that isn't signed, please report it to us on 0300 555 0123.`,
  ),
  bad(
    "en",
    "faq",
    "FAQ answer that does not answer",
    ACTIVE,
    CERC,
    "Storm Ewan power cuts: your questions answered",
    `How do I report a power cut?
Call 105 from any phone, or report it on our website. You don't need to report it if it already appears on our power cut map.

When will my power be back on?
Our power cut map shows an estimated restoration time for each area. Most customers should be reconnected by Friday evening.

My fridge and freezer have been off for more than 10 hours. Is my food safe to eat?
Food safety is important, especially for babies, older people and anyone who is unwell. The Food Standards Agency provides guidance on keeping food safe at home.

Can I get compensation?
Yes. If your power has been off for 48 hours or more because of the storm, you are entitled to a payment. You don't need to claim – we will contact you.

I rely on medical equipment that needs electricity. What should I do?
If you are on our Priority Services Register, we will contact you. If you are in immediate danger, call 999.`,
  ),

  // ---------------------------------------------------------------- English: flawed — fast
  bad(
    "en",
    "bulletin",
    "no time of publication",
    FAST,
    CERC,
    "Grass fire near Kelso Road – current situation",
    `Current situation
Firefighters are working to contain a grass fire burning between Kelso Road and the railway line south of Bramble Creek. The fire is moving in a south-easterly direction towards Old Mill Road.

There is currently no threat to homes. Smoke may be visible from Bramble Creek, Heathcote and the Kelso Road industrial estate.

What you should do
• Avoid the area and do not stop on Kelso Road to watch.
• Keep windows and doors closed if smoke affects you.
• If you have asthma or another lung condition, keep your reliever medication with you.

Road closures
Kelso Road is closed between Ridge Street and Old Mill Road. Expect delays on the Heathcote bypass.

For the latest warnings, visit the Emergency WA website or call the information line on 13 3337.`,
  ),
  bad(
    "en",
    "sms",
    "vague promise of next update",
    FAST,
    CERC,
    undefined,
    `Tarrant Water: Burst main on Hillcrest Rd. Water is off for Hillcrest Rd, Ash Gr and Cedar Ct while crews repair it. Bottled water at Hillcrest Community Hall. We'll keep you posted. Info: tarrantwater.co.uk/incidents`,
  ),
  bad(
    "en",
    "bulletin",
    "stale information republished as new",
    FAST,
    CERC,
    "Amber heat-health alert in place",
    `Posted: Friday 2 August 2024

The UK Health Security Agency has issued an amber heat-health alert for the East Midlands, which is in place until 9am on Monday 29 July. Temperatures are expected to reach 31°C in parts of the county.

High temperatures are a particular risk for older people, babies and young children, and people with heart or lung conditions.

• Look out for friends, family and neighbours who may struggle to keep cool, and check in on them regularly.
• Keep out of the sun between 11am and 3pm.
• Close curtains on windows that face the sun.
• Drink plenty of fluids and avoid too much alcohol.

If you or someone you know feels unwell, call NHS 111. In an emergency, call 999.`,
  ),
  bad(
    "en",
    "bulletin",
    "information held back until meeting or press conference",
    FAST,
    CERC,
    "Update: explosion on Carlton Street",
    `Updated: Wednesday 12 February, 5:30pm

Following last night's explosion at a house on Carlton Street, the cordon remains in place from numbers 20 to 58 and on Arden Lane between Carlton Street and Park View. Residents of 22 households within the cordon spent last night in council-arranged accommodation and will do so again tonight.

One person remains in hospital in a serious but stable condition.

Gas engineers and building control officers have been inspecting neighbouring properties today. Residents will be told whether and when they can return home, and what support is available, at a community meeting at St Luke's Church Hall at 7pm tomorrow (Thursday).

If you are a resident affected by the cordon and need support tonight, call 0161 555 0199.`,
  ),
  bad(
    "en",
    "bulletin",
    "late first message without explanation",
    FAST,
    CERC,
    "Sewage spill at Port Hebe beach – avoid swimming",
    `Posted: Thursday 14 March, 4:15pm

A failure at the Beach Road pump station early on Wednesday morning led to wastewater overflowing into the stormwater network and onto Port Hebe beach for around three hours.

As a precaution, please do not swim, surf or gather shellfish at Port Hebe beach or in the estuary until further notice. Keep dogs out of the water. Warning signs have been put up at the main beach accesses.

If you have been in the water since Wednesday and feel unwell with a stomach upset or a skin, ear or eye infection, call Healthline on 0800 611 116.

We are testing the water daily and will remove the signs once two days of results are within safe limits. Results will be posted on Safeswim.`,
  ),
  bad(
    "en",
    "social",
    "next update time already passed",
    FAST,
    CERC,
    undefined,
    `UPDATE 3:40pm: Power is still off for around 2,300 homes in Greyton, Marsh End and Upper Hollow after a fault at the Greyton substation. Engineers are on site and a generator is being brought in for Greyton Medical Centre. If you see fallen lines, stay 10 metres away and call 105. Next update at 3pm.`,
  ),

  // ---------------------------------------------------------------- English: flawed — open
  bad(
    "en",
    "bulletin",
    "hidden decision-maker",
    OPEN,
    CERC,
    "Rural school bus routes suspended today",
    `Following discussions early this morning, school bus services on all rural routes in the north of the county have been suspended for today, Thursday 23 January, because of ice on minor roads.

Schools in the affected area remain open for pupils who can get there safely. If your child cannot get to school today, their absence will be authorised. Please let the school know.

Services on routes into Ashby, Kenton and Farley are running as normal.

A decision about tomorrow's services will be posted on this page by 6am on Friday.`,
  ),
  bad(
    "en",
    "bulletin",
    "false certainty",
    OPEN,
    CERC,
    "Cliff Road reopens after landslip",
    `Cliff Road reopened to traffic at 2pm today following last week's landslip near the Lookout car park.

Our engineers have cleared the debris and installed a new retaining barrier. The slope is now fully stable and the road is completely safe for all vehicles. There is no risk of further movement.

A geotechnical survey of the wider cliff face began on Monday and its findings are expected at the end of the month.

The Lookout car park will stay closed until the survey is complete. Thank you for your patience while the road was closed.`,
  ),
  bad(
    "en",
    "bulletin",
    "refusal to comment",
    OPEN,
    CERC,
    "Statement: water quality at Harbourside Towers",
    `We are aware of reports on social media from residents of Harbourside Towers about discoloured tap water and stomach illness.

As the investigation is at an early stage, the council will not be commenting on these reports at this time.

Residents with concerns about their health should contact their GP or call NHS 111.

Housing officers will be at the Harbourside Towers community room from 10am to 4pm tomorrow.`,
  ),
  bad(
    "en",
    "bulletin",
    "withholding numbers without reason",
    OPEN,
    CERC,
    "Flooding update: Thursday 9am",
    `Overnight rain caused flooding in parts of Brockley, Fenby and Stanton St Mary. A number of homes and businesses were flooded, mainly along Mill Lane and Water Street in Fenby.

Council staff, the fire service and volunteers have been out since 2am pumping water and putting sandbags in place. Several people were helped out of their homes by the fire service overnight and are now staying with family or in council accommodation.

The River Fen is now falling and no further flooding is expected today. Mill Lane remains closed.

If your home has been flooded, call our flood line on 01234 567 890 for help with clean-up, skips and temporary accommodation. Please do not enter flood water.`,
  ),
  bad(
    "en",
    "bulletin",
    "silent correction of earlier error",
    OPEN,
    CERC,
    "Boil water notice – Kellyville East (updated)",
    `Updated: Wednesday 4 September, 10:00am

The boil water notice for Kellyville East remains in place.

Please note: you should use boiled or bottled water for brushing teeth, as well as for drinking, preparing food and making ice. Water should be brought to a rolling boil and allowed to cool.

You can continue to use tap water for showering and bathing, but make sure young children do not swallow it.

Bottled water is available at Kellyville Community Centre from 8am to 8pm for residents who need it.

We expect the results of further testing on Friday. Updates will be posted here and on our Facebook page.`,
  ),
  bad(
    "en",
    "faq",
    "evasive answer",
    OPEN,
    CERC,
    "Westfield flooding: questions from residents",
    `Why did it take so long to warn residents on Low Meadow?
Our priority throughout the incident was the safety of residents. We work closely with the Environment Agency and the emergency services and follow established procedures for issuing warnings. All aspects of the response will be reviewed.

Will the council help with the clean-up?
Yes. We are providing free skips on Low Meadow and Brook Street until Friday, and bulky waste collections can be booked free of charge for the next month.

Am I entitled to any financial support?
Households whose homes were flooded can apply for a £500 community recovery grant. Apply online or call 01632 960 450.

Is the tap water safe to drink?
Yes. The water company has confirmed that the supply was not affected.`,
  ),

  // ---------------------------------------------------------------- English: flawed — factual, impartial, adapted
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Fire at Lakeside Park",
    `Posted: Sunday 27 April, 10:30am

Firefighters were called to Lakeside Park at around 11pm last night after a fire broke out in the wooden play area near the boathouse. No one was hurt, but the play equipment has been destroyed.

It is thought the fire was started deliberately by a group of young people who have been gathering in the park in the evenings. Police are investigating.

The play area has been fenced off and will remain closed while it is made safe. The rest of the park is open as normal.

Anyone with information is asked to contact police on 101, quoting incident 412 of 26 April.`,
  ),
  bad(
    "en",
    "bulletin",
    "myth before fact",
    FACTUAL,
    DEBUNK,
    "Boil water notice: is the water poisonous?",
    `We have seen a lot of comments saying that the boil water notice means our water has been poisoned or contaminated with sewage, and that people could become seriously ill just by showering or washing their hands.

Some people have also been sharing posts saying the water is turning children's skin red and that pets have died after drinking it.

The boil water notice was issued as a precaution after a drop in pressure on Monday, which means there is a risk that bacteria could have entered the pipes. Tests so far have not found any harmful bacteria.

Please keep boiling water for drinking, preparing food and brushing teeth until we tell you the notice has been lifted.`,
  ),
  bad(
    "en",
    "bulletin",
    "political credit-taking",
    IMPARTIAL,
    CERC,
    "Storm Gerda: council response update",
    `Posted: Tuesday 21 January, 4pm

Council crews have cleared more than 60 fallen trees from roads across the borough since Storm Gerda arrived on Sunday night. All main roads are now open. Clean-up continues on some rural lanes, including Wych Lane and Hollow Road, which remain closed.

Thanks to the new administration's decision to double the highways emergency budget last year – reversing the cuts made by the previous leadership – we had more crews and equipment on standby than ever before.

Garden waste collections will resume on Thursday. If your bin was missed on Monday, please leave it out and it will be collected.

To report a fallen tree or damaged street light, use the 'Report it' page on our website or call 01632 960 100.`,
  ),
  bad(
    "en",
    "bulletin",
    "commercial endorsement",
    IMPARTIAL,
    CERC,
    "Sandbags and flood protection",
    `With more heavy rain forecast for Thursday and Friday, we are encouraging residents in low-lying areas to prepare now.

Free sandbags are available from the council depot on Station Road between 8am and 6pm while stocks last. Please take no more than 10 per household so that there are enough for everyone.

For longer-term protection, we recommend the FloodGuard range of door barriers and airbrick covers, available from Johnson's Builders Merchants on Mill Lane. Residents can get 15% off with the code FLOODREADY.

Move valuables and important documents upstairs, and sign up for free flood warnings from the Environment Agency.

If water is entering your home and you are in danger, call 999.`,
  ),
  bad(
    "en",
    "bulletin",
    "jargon",
    ADAPTED,
    PLAIN,
    "Precautionary BWN – Ashcombe SR zone",
    `Following a turbidity exceedance (>4 NTU) at the outlet of Ashcombe WTW at 02:15 and a subsequent chlorine residual failure at Ashcombe SR, a precautionary Boil Water Notice has been issued for all properties supplied from the Ashcombe SR DMA in consultation with the DWI and UKHSA.

Affected customers must bring water to a rolling boil before consumption. Bottled water stations (BWS) are being deployed at Ashcombe Village Hall and Lowford Sports Club. PSR customers will receive doorstep deliveries.

Bacteriological resampling is under way; the BWN will remain in force pending two consecutive compliant sample sets.

Postcode checker and updates: valewater.co.uk/incidents. Customer helpline: 0800 123 4567 (24 hours).`,
  ),
  bad(
    "en",
    "sms",
    "key information buried",
    ADAPTED,
    PLAIN,
    undefined,
    `Dear Valued Customer, As part of our ongoing commitment to keeping you informed about matters which may affect your water supply, and following an unforeseen operational issue on our network earlier today, we would like to advise that customers in the LE12 7 postcode area must boil tap water for drinking, cooking and brushing teeth until further notice. Details: valewater.co.uk/incidents`,
  ),
  bad(
    "en",
    "social",
    "internal codes instead of public terms",
    ADAPTED,
    PLAIN,
    undefined,
    `EVACUATION UPDATE 19:30hrs: Residents in Sectors 4B and 4C must evacuate now via the designated egress route. Sector 5 remains at Watch and Act. Relief centre RC2 is operational. Do not return to Sector 3 until the all-clear is given. Further updates on this page.`,
  ),
];
