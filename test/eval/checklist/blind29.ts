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
 * Twenty-ninth blind set, written 2026-12-05 by an independent author who did not read the checklist rules, its
 * lexicons or any earlier item (only types.ts, guidance.ts, build.ts, the header of blind23.ts and the earlier sets'
 * source URLs, so that no real message repeats). HELD-OUT status is decided by the lead.
 *
 * The real messages are published text copied from public authorities (whole sentences or paragraphs may be left
 * out, nothing reworded). Each flawed message is written to show one failure pattern and is otherwise meant to look
 * competent; some flaws are deliberately subtle.
 */
const { real, bad } = evalSet("", perLanguage("good29", "bad29"));

export const GOOD_BLIND29: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "faq",
    "Om du drabbats av översvämning",
    `Som fastighetsägare finns det en del saker du kan göra för att förhindra eller åtgärda en översvämning.

Vad kan du själv göra om du drabbats av översvämning?

• Vid översvämning genom avloppsledningar kan du försöka att stoppa flödet av vattnet genom att sätta någon form av propp med tryck på som eventuellt kan stoppa eller minska flödet av uppkommande avloppsvatten.
• Om du har fått in avloppsvatten i din fastighet kan du när du fått stopp på flödet försöka att pumpa ut det.
• Försök inte att pumpa ut vattnet om du inte fått stopp på tillförseln, detta kan bidra till att mer vatten tar sin upp och in i din fastighet.
• Om du drabbats av översvämning av markvatten kan du som fastighetsägare försöka hindra vattnet från att ta sig in i din fastighet genom att bygga upp skyddande barriärer med till exempel sandsäckar.

Kommunen gör inga insatser på den privata fastigheten. Alla avhjälpande åtgärder som kommunen gör sker ute på antingen kommunal mark eller på det kommunala ledningsnätet.

Upplever du att det är fara för liv och hälsa ska du ringa till räddningstjänsten på telefonnummer 112.

Anmäl till kommunen och till ditt försäkringsbolag

Vid översvämning ska du kontakta ditt försäkringsbolag, dokumentera i form av bilder med mera, samt lämna in en anmälan via kommunens e-tjänst. Se länk nedan.

Om du inte kan lämna in en anmälan själv kan Kontaktcenter på 0410-73 30 00 hjälpa dig med detta.

Det är viktigt för dig som är drabbad att du lämnar in en anmälan så att du kan få ett ärendenummer. Ditt försäkringsbolag kommer att kräva det av dig.

Bakgrund

Kommunen upplever just nu problem med stora mängder vatten i marken både i tätorterna och ute på landsbygden.`,
    "https://www.trelleborg.se/driftinformation/om-du-drabbats-av-oversvamning/ (Trelleborgs kommun, driftinformation)",
  ),
  real(
    "sv",
    "bulletin",
    "Koka vattnet – förorenat dricksvatten inom Visby vattenledningsområde",
    `Det kommunala dricksvattnet är förorenat av bakterien Clostridium perfringens. Detta gäller i Visby, Vibble, Västerhejde, Själsö, Brissund, Väskinde, Tofta, Västergarn och Eskelhem. Alla med  kommunalt dricksvatten i området uppmanas att koka allt vatten innan du dricker det eller använder det till matlagning.

Se nedan för aktuell lägesuppdatering. Tidigare lägesbilder hittar du längst ner på sidan.

Spara vatten

Nu spolas vattenledningssystemet i Visby med omnejd och det går åt mycket vatten. Vi måste hjälpas åt att spara vatten.

• Spola inte vatten i onödan.
• Duscha kort.
• Bada inte.
• Fyll disk- och tvättmaskiner innan du kör dem.
• Diska inte under rinnande vatten.

Uppdaterad lägesbild torsdag 7/12 klockan  09:55

• Spolningen av vattenledningssystemet fortgår.
• Spara på vattnet. Det går åt mycket vatten och vi måste hjälpas åt att spara på vattnet så att spolningsarbetet kan fortsätta enligt plan och att vattenreserverna kan fyllas på.
• Spara vatten genom att exempelvis inte spola vatten i onödan, duscha istället för att bada, diska inte under rinnande vatten och fyll disk- och tvättmaskiner innan du kör dem.
• Uppmaningen kvarstår att allt kranvatten ska kokas innan det kan drickas eller användas till matlagning.`,
    "https://www.gotland.se/kokavattnet (Region Gotland, lägesbild 7 december 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Fortsätt koka vattnet – håll dig uppdaterad här",
    `Det har framkommit uppgifter om att kommunala dricksvattnet i Visby, Vibble, Västerhejde, Själsö, Brissund, Väskinde, Tofta, Eskelhem, Västergarn är förorenat av bakterien Clostridium. Som en åtgärd uppmanas alla med kommunalt dricksvatten i området att koka allt vatten innan du dricker det eller använder det till matlagning.`,
    "https://gotland.se/119241 (Region Gotland, publicerad 2023-11-11 16:35)",
  ),
  real(
    "sv",
    "bulletin",
    "Här kan du hämta vatten",
    `Strömavbrotten till följd av stormen Alfrida har medfört störningar på vattenförsörjningen på delar av Gotland.

Region Gotland har därför placerat ut vattentankar och använder reservkraft för att få ge tillgång till vatten. Du som saknar vatten kan hämta på följande platser:

Fårö: Vattentank är utplacerad vid vattenverket.

Så hittar du: Följa stora vägen från Broa. Passera fyrvägskorsningen vid Sudersand. Efter några hundra meter finns vattenverket på vänster sida.

Valleviken: Vattentank är utplacerad vid vattenverket.

Så hittar du: från Valleviken, följ skyltarna mot Fardumeträsk, efter cirka hundra meter finns vattenverket på höger sida.

Åminne: reservkraft är på väg för att få igång pumpar till färskvattnet.

Information om var man kan hämta vatten skickas också via sms till berörda vattenabonnenter. Region Gotland väljer, utöver att informera via webb och radio, att också skicka ut information via mass-sms för att öka möjligheterna att nå drabbade abonnenter. Detta trots att strömavbrotten kan påverka mobiltrafiken och begränsar möjligheterna att nå alla berörda.`,
    "https://www.gotland.se/101880 (Region Gotland, publicerad 2019-01-02 18:15)",
  ),
  real(
    "sv",
    "bulletin",
    "Bevattningsförbudet på Gotland hävs lördag den 29 september",
    `Från och med lördag den 29 september hävs bevattningsförbudet över hela ön. Dricksvattensituationen på ön är dock fortsatt allvarlig, varför bevattningsförbud troligen kommer att behöva återinföras igen under kommande vår, 2019.

Vi vill tacka alla på ön för att vi tillsammans verkligen lyckats spara på vårt dricksvatten. Även om det gick åt stora mängder under årets historiskt varma och torra juli månad så har vi på Gotland hittills i år förbrukat ungefär samma mängd regionalt dricksvatten som under samma period 2017.`,
    "https://gotland.se/100869 (Region Gotland, publicerad 2018-09-26 10:22)",
  ),
  real(
    "sv",
    "bulletin",
    "Svår vattensituation på ön – alla måste hushålla med vatten så mycket det går!",
    `Det är just nu många personer på ön. Det gör att vattensituationen på vissa platser på Gotland är kritisk. Teknikförvaltningen i Region Gotland vädjar till alla, såväl bofasta som besökare, att göra sitt yttersta för att spara på vattnet, oavsett var på ön du befinner dig.

På flera platser på Gotland är vattensituationen mycket kritisk, vattenåtgången är precis på gränsen av den vattenmängd som finns på platsen. I till exempel Ljugarn, Slite och på Östergarnslandet är läget väldigt ansträngt.

Vid Sudersand på Fårö är det mer än ansträngt, där körs det redan ut extra vatten med tankbilar och Åminne kommer att få vatten på samma sätt under torsdagen. Även i Tofta och Västergarn är det väldigt hög vattenförbrukning.

- Alla som är på ön, såväl bofasta som besökare och förstås även företag, måste anstränga sig till det yttersta för att minska vattenförbrukningen just nu, säger Patrik Johansson, chef för dricksvattenenheten/VA-avdelningen i Region Gotland.`,
    "https://www.gotland.se/111622 (Region Gotland, publicerad 2021-07-29 14:18)",
  ),
  real(
    "sv",
    "bulletin",
    "Koka dricksvattnet i Brissund, Själsö, Väskinde, Visby, Vibble och Västerhejde",
    `På grund av förhöjda nivåer av organismer i dricksvattnet inför Region Gotland som en försiktighetsåtgärd en kokrekommendation för boende i Visbyområdet. Detta gäller de som har kommunalt dricksvatten i Brissund, Själsö, Väskinde, Visby, Vibble och Västerhejde. Åtgärderna gäller från och med den 3 december och tills vidare. Berörda hushåll rekommenderas att koka allt vatten som används till dryck, matlagning och tandborstning. Vattnet ska koka upp så att det bubblar kraftigt i minst en minut. Kokrekommendationen gäller tills Region Gotland har utrett och fått en tydligare lägesbild. Senaste nytt om händelseutvecklingen hittar du på www.gotland.se/aktuella-handelser/paverkan-pa-vattenkvaliteten`,
    "https://www.lansstyrelsen.se/gotland/om-oss/nyheter-och-press.html (Länsstyrelsen Gotland, nyheter och press)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering brand Ringön",
    `Räddningstjänsten är fortfarande på plats för släckningsarbete. Byggnaden är till stora delar inrasad och vi har uppblossande bränder från kvarvarande ännu inte antända vätskor och annat brännbart material inom byggnadskonstruktionen. Vinden kantrar och växlar i området och just nu har vi även rökspridning över älven mot Gullbergsvass och Redbergsplatsen. Röklukt kan kännas runt kring olycksplatsen beroende på hur vindriktningen ligger för tillfället, detta kan växla tills dess att branden dämpats tillräckligt mycket.

VMA meddelande kommer att kvarligga ännu ett tag tills dess att intensiteten i rökutvecklingen och spridningen minskar.Fortfarande gäller att undvika röken om man upplever obehag, vid större besvär kontakta sjukvården.

Räddningstjänsten prognos är att vara kvar på platsen tills imorgon.`,
    "https://news.cision.com/se/raddningstjansten-storgoteborg/r/uppdatering-brand-ringon,c3315517 (Räddningstjänsten Storgöteborg, pressmeddelande)",
  ),
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Halmstad",
    `Det viktiga meddelande till allmänheten, VMA, som utfärdades för Halmstad, Hallands län gäller inte längre. Faran är över.

Det brann vid biblioteket med kraftig rökutveckling som följd. Räddningsledaren uppmanade alla som befann sig i området att gå inomhus och stänga dörrar, fönster och ventilation. Orsaken var en kabelbrand under en bro som resulterade i elavbrott och rökutveckling.

För mer information lyssna på Sveriges Radio P4 Halland.`,
    "https://krisinformation.se/nyheter/2018/januari/viktigt-meddelande-till-allmanheten-i-halmstad-hallands-lan (Krisinformation.se, januari 2018)",
  ),
  real(
    "sv",
    "bulletin",
    "Insatsen fortgår på Västra Rönneholmsvägen",
    `Insatsen i samband med branden på Västra Rönneholmsvägen/Maribogatan i Malmö har pågått sedan larmet inkom igår, fredag, klockan 00:42.

Igår eftermiddag kunde Räddningstjänsten Syd assistera merparten av de boende med att hämta personliga tillhörigheter i deras lägenheter.

Det finns fortfarande mindre bränder kvar i fastigheten, vilka hanteras av personalen på plats. Det pågår också ett kontinuerligt arbete med att säkra konstruktionen och hantera risken för ras i delar av byggnaden.

Eftersläckningsarbetet sker i samverkan med försäkringsbolag, restvärdesledare, fastighetsägare och andra aktörer. Räddningstjänsten Syd kommer att ha personal på platsen under hela natten mot söndag.

För mer information

Inre befäl 046-540 51 12`,
    "https://www.rsyd.se/om-oss/press/Pressmeddelanden-larm/2019/insatsen-fortgar-pa-vastra-ronneholmsvagen/ (Räddningstjänsten Syd, 15 juni 2019)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering brand Emilstorp",
    `Avspärrningarna kring den branddrabbade byggnaden på Emilstorpsgatan i Malmö har nu hävts efter att gasflaskorna i lokalen punkterats genom beskjutning utförd av räddningstjänstens specialutbildade skyttar. Avslutande släckning och efterkontroll kommer att göras av den brinnande lokalen och denna del kommer att hållas fortsatt avspärrad. Vidtagna åtgärder har inneburit att avpärrningstiden förkortats med drygt 10 timmar.

Samhällspåverkan

Ingen påverkan efter kl 14.40.

För mer information

Inre befäl 046-540 51 12`,
    "https://www.rsyd.se/om-oss/press/Pressmeddelanden-larm/2017/uppdatering-brand-emilstorp/ (Räddningstjänsten Syd, 14 februari 2017)",
  ),

  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "bulletin",
    "Precautionary District Wide Boil Water Advisory. 11/12/21 10:20 PM",
    `The repair at the pump station is wrapping up, and I wanted to give some expectations of what to expect from here. The water samples will be taken to the lab in the morning (Saturday). It will take 24 hours to hear back from the lab. This means that the District will continue to be on precautionary boil water advisory on Saturday. If the samples come back good on Sunday we will immediately notify customers of the cancellation. I will also post an update on this post once we get to that point.`,
    "https://www.waterdistrict10.org/constructions/precautionary-water-advisory-update-11-12-21-1020pm/ (Water District 10, 12 November 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Keep alert and up to date with latest weather forecasts and warnings",
    `With wind and further rain forecast, residents and businesses across the county are being urged to keep alert to keep up to date with the latest flood forecasts and warnings.

Shropshire Council along with West Mercia Police and other emergency services are working around the clock to ensure residents are kept safe and roads are open.

As the council’s Customer Service Centre is focusing on emergency calls the council is urging people to go to the authority’s dedicated webpage at https://shropshire.gov.uk/flooding-advice/, which provides advice and information of what to do before, after and during bad weather.

The website is being updated on a regular basis.  Shropshire Council is also urging people to follow the council’s twitter account for the latest updates at https://twitter.com/shropcouncil.  You don’t need to be signed up to see our alerts all you need to do is refresh the page to see the latest update.

Wind and Trees

• Residents and road users are being urged to try to avoid passing potential falling trees.
• Please report fallen trees by contacting our Highways team on 0345 678 9006.

Advice for Road Users – As the road situation changes rapidly, drivers are being urged to drive with caution.`,
    "https://newsroom.shropshire.gov.uk/2014/02/keep-alert-and-up-to-date-with-latest-weather-forecasts-and-warnings/ (Shropshire Council newsroom, 12 February 2014)",
  ),
  real(
    "en",
    "faq",
    "Measles locations of interest in Aotearoa New Zealand",
    `A location of interest is a place a person with measles visited.
A location of interest is only listed on this page if public health teams have not been able to identify everyone else who was present at the place at the same time.
Public health will assess each location as a ‘close’ or ‘casual’ contact location to determine the risk of developing measles for those who were present. People who were present at a close contact location of interest are at a higher risk of developing measles than people who were at a casual contact exposure event.
It is important public health finds all people who are at an increased risk of measles through being at the locations on the dates / times specified, to provide them with any support needed and to help reduce the chance of measles spreading widely in the community.
There is no known risk of developing measles from any of these locations outside of the days and times listed.`,
    "https://info.health.nz/conditions-treatments/infectious-diseases/about-measles/measles-locations-of-interest-in-aotearoa-new-zealand (Health New Zealand | Te Whatu Ora)",
  ),
  real(
    "en",
    "bulletin",
    "Recover Rejuvenate Restore",
    `To some the November bushfires that swept through our region may seem like a distant memory, but to others the recovery continues. Community recovery is an important part of the recovery process, and just as it is with individuals, it is important to recognise that every community is unique.

The Local Recovery Committee have released the Recovery Newsletter in digital format, so you can now subscribe and keep up to date with recovery news delivered directly to your email inbox.

Subscribe here for the Recover Rejuvenate Restore Newsletter.`,
    "https://www.esperance.wa.gov.au/news/2016/jul/7/recover-rejuvenate-restore (Shire of Esperance, 7 July 2016)",
  ),
  real(
    "en",
    "social",
    "Outage Info: 4/30/2024 2pm",
    `We have several underground cables that were hit with an auger at our Duran sub while doing some upgrading there. We do not have a timeline for restoration as of yet. We have crews on their way with equipment to begin excavating.

As soon as we see exactly how many cables were hit we should be able to estimate a time.`,
    "https://www.cnmec.org/power-outage-information (Central New Mexico Electric Cooperative, 30 April 2024)",
  ),
  real(
    "en",
    "bulletin",
    "Downtown outage",
    `There is an outage in the downtown area caused by a broken pole on the corner of McIntyre St. and Fisher St., due to a vehicle collision. The outage includes multiple streets (see map). Crews have been dispatched to perform switching to isolate the area and replace the pole. Some streets will see their power restored within the next hour, while the remainder will be out until the pole is replaced. Approximately 693 customers are affected. Restoration time is 12:00am.`,
    "https://northbayhydro.com/?outagehistory=downtown-outage-69-new (North Bay Hydro, outage history)",
  ),
  real(
    "en",
    "bulletin",
    "Current Windstorms and Public Safety Power Shutoff Information",
    `Updated as of Jan. 19, 2021

Windstorms are forecasted to continue through next week, prompting potential power safety shutoffs. The current PSPS outage map reflects the current weather forecast and estimates that power will be restored to all customers at the end of the windstorms. However, we recognize that this is a very long period to be without power, and we have crews standing by to restore power to all customers whenever the winds subside, even if that means that we will be shutting off the power again if the winds pick up.

Please understand that we need to inspect all lines before we restore power, which means there will be a lag between when the winds subside and when power can be restored. We understand that this is extremely frustrating but ask for your support as we work to keep our communities safe from the threat of catastrophic wind-driven wildfires.`,
    "https://www.sce.com/wildfire/psps/windstorms (Southern California Edison, 19 January 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Thursday 22 June: Statement from Cllr Nicholas Paget-Brown",
    `The Grenfell Tower fire has been a catastrophe.  We are so sorry for all the victims, their families, friends and the other residents.

Council workers have been on duty around the clock since 1.30am on the day of the fire, helping local residents and the families of the victims.  I have nothing but praise for their truly heroic efforts.

However, although individual Council officers have worked so hard and delivered so much, it is clear that there has been a failing in our collective response.  We could have done a better job at co-ordinating what happened on the ground and we weren’t able to re-home people as fast as we would have liked.  We are truly sorry for that.  This is a tragedy of enormous proportions, and it has overwhelmed our normal capacity.

“We have assigned a social worker to every affected household that wants one, both those from Grenfell Tower and other families who live near the tower and have been affected. They will act as the key point of contact to ensure that residents get the support they need.`,
    "https://rbkcleadersblog.wordpress.com/2017/06/22/thursday-22-june-statement-from-cllr-nicholas-paget-brown/ (Leader of Kensington and Chelsea Council, 22 June 2017)",
  ),
  real(
    "en",
    "bulletin",
    "Wednesday 21 June: Statement from Cllr Nicholas Paget-Brown",
    `“For many of us, Wednesday 21 June will be a day of remembrance for the victims and the residents of Grenfell Tower, as we mark a week since the start of the tragic fire.

“We remain heart-broken by the appalling loss of life and we are doing everything we can to help the families of the victims and the residents to get the help they need as they try to rebuild their lives.

“We have now allocated a social worker to every household from Grenfell Tower, plus other families who live near the tower and that have been affected. They have been visiting families since last week and will be a key support for families going forward.

“The community assistance centre at Westway has been in operation since last Wednesday morning. In addition to the centre at Westway, which will continue to offer support to the community, we will also be opening a further centre specifically for the friends and family of the victims and the missing, details of which will be provided in the next 24 hours.`,
    "https://rbkcleadersblog.wordpress.com/2017/06/21/wednesday-21-june-statement-from-cllr-nicholas-paget-brown/ (Leader of Kensington and Chelsea Council, 21 June 2017)",
  ),
  real(
    "en",
    "social",
    "Important Information on Fires, Harvest Bans and Community SMS System",
    `This fire season is shaping up to be a busy one, with several large incidents already affecting our Shire and neighbouring areas. Fires can be overwhelming and frightening, but following these steps ensures our bushfire volunteers can act quickly and effectively.`,
    "https://goomalling.wa.gov.au/community/kidsport.aspx (Shire of Goomalling, 19 December 2024)",
  ),
];

export const BAD_BLIND29: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: flawed
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    KRIS,
    "Brand i återvinningsanläggning i Lindviken",
    `Klockan 04.10 i natt larmades räddningstjänsten till en brand i Lindvikens kommuns återvinningsanläggning vid Bergsvägen. Branden är nu begränsad men det ryker fortfarande kraftigt.

Du som bor i Norra Lindviken och Sjöhagen ska hålla dörrar och fönster stängda och stänga av ventilationen fram till klockan 12.00.

Vi vet ännu inte säkert hur branden startade, men allt tyder på att den är anlagd av samma personer som har härjat i området den senaste månaden.

Nästa uppdatering kommer här klockan 10.00.`,
  ),
  bad(
    "sv",
    "sms",
    "unconfirmed casualty figures passed on",
    FACTUAL,
    KRIS,
    undefined,
    `Myrbacka kommun: Gasolläcka vid Torggatan. Området är avspärrat. Enligt uppgifter i sociala medier ska minst fem personer ha förts till sjukhus. Håll dig borta från centrum. Mer info: myrbacka.se`,
  ),
  bad(
    "sv",
    "bulletin",
    "unfounded all-clear before test results",
    FACTUAL,
    MSB,
    "Missfärgat vatten i Hagfjäll",
    `Sedan i går kväll har många i centrala Hagfjäll fått brunt vatten i kranen. Det beror på att en huvudledning vid Kyrkbacken gick sönder under grävarbete.

Ledningen är nu lagad. Vi har tagit vattenprover och väntar på svar från laboratoriet på torsdag. Vattnet är helt ofarligt och du kan dricka det som vanligt.

Spola kallvatten i några minuter tills vattnet blir klart. Vänta med vittvätt.

Frågor? Ring kundtjänst 0123-456 00.`,
  ),
  bad(
    "sv",
    "social",
    "blames a group of residents",
    IMPARTIAL,
    RF,
    undefined,
    `Vi har fortfarande stora problem med nedskräpning och eldning vid Granbacka friluftsområde trots eldningsförbudet. Det är i princip alltid samma gäng från Östra Kvarnby som ställer till det. Eldningsförbudet gäller hela kommunen tills länsstyrelsen häver det. Ser du någon som eldar – ring 112.`,
  ),
  bad(
    "sv",
    "bulletin",
    "political self-promotion in crisis message",
    IMPARTIAL,
    RF,
    "Strömavbrottet i Rönnåsa – så hjälper vi dig",
    `Efter stormen natten till lördag är cirka 2 300 hushåll i Rönnåsa fortfarande utan ström. Elnätsbolaget räknar med att de flesta får tillbaka strömmen under söndagen.

Kommunen öppnar en värmestuga i Rönnåsa sporthall, Idrottsvägen 4, klockan 10–20. Där kan du värma dig, ladda mobilen och hämta dricksvatten.

Tack vare att den nuvarande majoriteten satsade på reservkraft i alla äldreboenden – något oppositionen röstade emot – fungerar omsorgen som vanligt.

Vi uppdaterar informationen klockan 16 i dag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic jargon",
    ADAPTED,
    KLAR,
    "Information avseende förhöjda halter",
    `Med anledning av att analysresultat från provpunkt P7 inom distributionsområde Björkedal uppvisat överskridande av gränsvärde avseende intestinala enterokocker har VA-huvudmannen efter samråd med tillsynsmyndigheten fattat beslut om införande av kokningsrekommendation. Åtgärden omfattar samtliga abonnenter anslutna till ledningsnätet nedströms tryckstegringsstation TS3 till dess att två på varandra följande tjänliga prov föreligger.

Frågor: va@bjorkedal.se`,
  ),
  bad(
    "sv",
    "bulletin",
    "no advice to the public",
    ACTIVE,
    MSB,
    "Kemikalieutsläpp vid hamnen i Fårhamn",
    `Vid 14-tiden i dag läckte svaveldioxid ut från en tankbil i Fårhamns hamn. Räddningstjänsten är på plats och har tätat läckan. Hamnområdet är avspärrat.

Vinden är sydvästlig, vilket gör att gasen driver in över bostadsområdena Strandbacken och Fiskartorget. Mätningar pågår.

Kommunens krisledning följer utvecklingen tillsammans med räddningstjänsten och polisen. Vi återkommer med mer information klockan 16.`,
  ),
  bad(
    "sv",
    "sms",
    "vague instruction",
    ACTIVE,
    MSB,
    undefined,
    `Vallsjö kommun: Höga flöden i Vallsjöån. Risk för översvämning i Nedre Vallsjö under natten. Var uppmärksam och vidta lämpliga åtgärder. Info: vallsjo.se/hogafloden`,
  ),
  bad(
    "sv",
    "bulletin",
    "hides what is not known",
    OPEN,
    MSB,
    "It-störning i Skogsnäs kommun",
    `Skogsnäs kommuns it-system har sedan i morse drabbats av en störning. Vi har full kontroll över situationen och det finns ingen anledning till oro.

E-tjänsterna och växeln fungerar inte just nu. Akuta ärenden inom socialtjänsten når du på 0345-100 00. Hemtjänst och trygghetslarm fungerar som vanligt.

Mer information kommer när arbetet är klart.`,
  ),
  bad(
    "sv",
    "bulletin",
    "refuses to explain decision",
    OPEN,
    RF,
    "Tjärnbyskolan stängd resten av veckan",
    `Tjärnbyskolan håller stängt från och med i morgon onsdag till och med fredag. Beslutet är fattat av förvaltningen och vi kommer inte att kommentera skälen.

Elever i årskurs 4–9 får distansundervisning via lärplattformen. Barn i förskoleklass till årskurs 3 som behöver omsorg tas emot på Algesta skola klockan 7–17.

Har du frågor, kontakta rektor på 0456-20 30 40.`,
  ),
  bad(
    "sv",
    "social",
    "delayed warning known for days",
    FAST,
    MSB,
    undefined,
    `Vi fick i måndags provsvar som visade legionella i varmvattnet på Nordhamra simhall. Simhallen stängs därför från och med i dag fredag och duscharna får inte användas. Har du besökt simhallen de senaste två veckorna och fått feber, hosta eller andningsbesvär – ring 1177.`,
  ),
  bad(
    "sv",
    "bulletin",
    "waits for meeting before urgent warning",
    FAST,
    CERC,
    "Is på sjöarna – information kommer",
    `Efter den milda perioden har isen på Stora Kärrsjön och Lillsjön blivit svag och flera har redan gått igenom isen vid Kärrtorpa badplats.

Kommunens säkerhetsgrupp har möte på torsdag och kommer därefter att gå ut med råd och eventuella avspärrningar.

Frågor om isläget kan ställas till kommunens kontaktcenter, 0567-800 00.`,
  ),
  bad(
    "sv",
    "correction",
    "myth repeated prominently before the fact",
    FACTUAL,
    DEBUNK,
    "Nej, vattnet i Algesta är inte förgiftat",
    `Vattnet i Algesta är förgiftat av kemikalier från fabriken. Vattnet i Algesta gör barn sjuka. Vattnet i Algesta har varit farligt i flera månader. Det här är påståenden som sprids i lokala Facebookgrupper just nu.

Påståendena stämmer inte. Vi tar prover på dricksvattnet varje vecka och samtliga prover i år har varit tjänliga.

Har du frågor om ditt dricksvatten, ring VA-jouren 0678-123 45.`,
  ),
  bad(
    "sv",
    "bulletin",
    "favours one company",
    IMPARTIAL,
    RF,
    "Vattenskadad efter skyfallet?",
    `Skyfallet i går gav översvämningar i källare på flera håll i Ekeby, framför allt runt Mossvägen och Ängsgatan.

Har du fått in vatten, kontakta ditt försäkringsbolag och dokumentera skadorna med foton. Gör en anmälan till kommunen via ekeby.se/oversvamning om du tror att det beror på det kommunala avloppet.

Vi rekommenderar Ekeby Sanering AB, som har lång erfarenhet och snabb utryckning, för pumpning och avfuktning.`,
  ),
  bad(
    "sv",
    "faq",
    "long nominal sentences and unexplained abbreviations",
    ADAPTED,
    KLAR,
    "Frågor och svar om elbristen",
    `Vad innebär MFK?
Vid ett av Svk beslutat MFK-förfarande sker en av elnätsföretaget verkställd bortkoppling av uttagspunkter inom prioriteringsklasserna i enlighet med Styrel-planeringens utfall, varvid samhällsviktig verksamhet i PK 1–3 i största möjliga mån undantas.

Hur länge varar bortkopplingen?
Bortkopplingens varaktighet är beroende av effektbalansens utveckling i SE3 och kan därmed inte i förväg fastställas.

Vart vänder jag mig?
Kontaktcenter, 0789-10 00 00.`,
  ),
  bad(
    "sv",
    "sms",
    "no time or place for where to get water",
    ACTIVE,
    MSB,
    undefined,
    `Björkedals kommun: Vattnet är avstängt i Övre Björkedal pga läcka. Vi ställer ut vattentankar. Laga så snart vi kan.`,
  ),
  bad(
    "sv",
    "bulletin",
    "downplays risk against expert advice",
    FACTUAL,
    CERC,
    "Rök från branden i Tallmo",
    `Branden i lagerbyggnaden vid Tallmo industriområde pågår fortfarande och röken driver mot Tallmo centrum.

Räddningstjänsten har skickat ut ett VMA med uppmaning att gå inomhus och stänga fönster, dörrar och ventilation. Kommunen vill samtidigt lugna invånarna: röken är i princip ofarlig, och den som känner sig frisk kan gott fortsätta med sina ärenden utomhus.

Nästa uppdatering kommer klockan 15.`,
  ),
  bad(
    "sv",
    "social",
    "no route for further information",
    OPEN,
    KRIS,
    undefined,
    `Just nu pågår en stor polisinsats vid Stationsgatan i Sjöbyvik. Undvik området. Bussarna 3 och 7 leds om via Kyrkvägen.`,
  ),
  bad(
    "sv",
    "bulletin",
    "reassuring tone without substance",
    ACTIVE,
    CERC,
    "Om magsjukan i Hälleberga",
    `Vi vet att många är oroliga efter att ett fyrtiotal personer i Hälleberga har insjuknat i magsjuka sedan helgen. Vi vill att du ska känna dig trygg: kommunen, regionen och smittskyddsläkaren arbetar intensivt och tar situationen på största allvar.

Vi har full förståelse för att det här är jobbigt och vi gör allt vi kan. Tillsammans klarar vi det här.

Vi uppdaterar här på hälleberga.se i morgon förmiddag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "contradicting numbers",
    FACTUAL,
    KRIS,
    "Evakuering i Västerbrunn",
    `På grund av risk för jordskred har räddningsledaren beslutat att evakuera 14 hushåll längs Älvkanten i Västerbrunn.

De berörda har kontaktats personligen. Kommunen har ordnat tillfälligt boende på Västerbrunns vandrarhem för de 22 hushåll som inte kan bo hos släkt eller vänner.

Området är avspärrat. Gå inte förbi avspärrningarna. Nästa information kommer klockan 18.`,
  ),
  bad(
    "sv",
    "bulletin",
    "English-only key instruction to Swedish audience",
    ADAPTED,
    KLAR,
    "Brand i Åsmarka – VMA",
    `Det brinner i en plastlagerhall vid Åsmarka hamn. Röken är giftig.

Shelter in place: stay indoors, close all windows, doors and ventilation until further notice.

Lyssna på Sveriges Radio P4 för mer information.`,
  ),
  bad(
    "sv",
    "correction",
    "correction without saying what was wrong",
    OPEN,
    MSB,
    "Rättelse",
    `Vi har uppdaterat informationen om kokningsrekommendationen i Nordhamra. Den tidigare uppgiften gäller inte längre.

Vi beklagar eventuella missförstånd.`,
  ),
  bad(
    "sv",
    "bulletin",
    "blames the victims",
    IMPARTIAL,
    MSB,
    "Översvämningarna i Bäckadal",
    `Efter de kraftiga regnen står vatten i flera källare i Bäckadal. Kommunen vill påminna om att många av de drabbade fastigheterna ligger i lågpunkter där det aldrig borde ha byggts, och att fastighetsägarna själva har valt att inte installera backventiler.

Har du fått vatten i källaren: bryt strömmen till de delar som står under vatten, kontakta ditt försäkringsbolag och anmäl skadan till kommunen på backadal.se/skada.`,
  ),
  bad(
    "sv",
    "sms",
    "all-clear promised before decision",
    FACTUAL,
    KRIS,
    undefined,
    `Lövsjö kommun: Kokningsrekommendationen i Lövsjö tätort upphör i morgon fredag. Fortsätt koka vattnet till dess. /VA-avdelningen`,
  ),
  bad(
    "sv",
    "faq",
    "answers avoid the question",
    OPEN,
    MSB,
    "Frågor och svar om dataintrånget",
    `Har mina personuppgifter läckt?
Kommunen arbetar aktivt tillsammans med externa experter och polisen och tar händelsen på mycket stort allvar.

Behöver jag göra något?
Vi följer utvecklingen noga och återkommer när det finns mer att säga.

Vart kan jag vända mig?
Kontaktcenter, 0890-50 00 00, vardagar 8–16.`,
  ),

  // ---------------------------------------------------------------- English: flawed
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Power outage in Harrowby town centre",
    `Around 1,200 homes and businesses in Harrowby town centre lost power at 6.40am today. Engineers from the network operator are on site and expect to restore supply by 2pm.

While the cause is still being investigated, it is almost certainly the result of cable theft, which has been a growing problem in the area.

If you rely on powered medical equipment and your backup is running low, call 0300 555 0101. The Harrowby Community Centre on Mill Lane is open until 8pm for warmth, hot drinks and phone charging.`,
  ),
  bad(
    "en",
    "sms",
    "vague instruction",
    ACTIVE,
    PLAIN,
    undefined,
    `Millbrook Borough Council: Chemical incident on the A42 industrial estate. Residents nearby should take appropriate precautions. Updates at millbrook.gov.uk/incident`,
  ),
  bad(
    "en",
    "bulletin",
    "legalistic language",
    ADAPTED,
    PLAIN,
    "Notice regarding water supply",
    `Pursuant to the provisions of the Water Supply (Water Quality) Regulations and further to consultation with the relevant health protection authority, Brindle Valley Water hereby advises that, in consequence of a positive coliform detection at sampling location SL-14, a precautionary advisory is in force whereby water intended for human consumption within supply zone BVZ-3 should be subjected to boiling prior to use, such advisory to remain operative until such time as compliant sampling results have been obtained.

Enquiries: 0800 123 4567.`,
  ),
  bad(
    "en",
    "social",
    "unverified rumour passed on",
    FACTUAL,
    CERC,
    undefined,
    `We're aware of reports circulating online that the river embankment at Redmarsh has been breached in two places. We haven't been able to confirm this yet, but residents near Quay Street should assume it's true and move valuables upstairs. We'll post more when we know more.`,
  ),
  bad(
    "en",
    "bulletin",
    "withholds known information",
    OPEN,
    CERC,
    "Update on the Copperton depot fire",
    `Firefighters remain at the scene of the fire at the Copperton council depot, which started shortly after 11pm last night. The fire is under control.

We are aware that some materials stored at the depot may be of concern to residents, but we will not be sharing details of what was stored there at this stage.

Roads around Foundry Lane remain closed. Please avoid the area.`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan framing",
    IMPARTIAL,
    RF,
    "Flood recovery: support now available",
    `Following last week's flooding in Ashvale, households whose homes were flooded can now apply for a £500 recovery grant. Apply online at ashvale.gov.uk/floodgrant or by phone on 01632 960 700.

This support is only possible because this administration, unlike the previous one, refused to cut the emergency reserve. Residents will remember who was there for them when it mattered.

Skips for flood-damaged furniture are at the Ashvale Leisure Centre car park until Sunday.`,
  ),
  bad(
    "en",
    "bulletin",
    "delay until office hours",
    FAST,
    CERC,
    "Carbon monoxide concerns at Oakhollow flats",
    `On Friday evening we received several reports from residents of Oakhollow Court of headaches and a gas smell in the stairwells. Our housing team will begin inspections on Monday morning when the office reopens.

If you have questions about your tenancy, contact the housing team on 01234 567 890 during office hours.`,
  ),
  bad(
    "en",
    "faq",
    "no action for the reader",
    ACTIVE,
    CERC,
    "Wildfire smoke: your questions answered",
    `Where is the smoke coming from?
The smoke is from the Glenrock Ridge fire, about 60 km north-west of Thornbury Vale. It is not a threat to the town.

How bad is the air?
Air quality readings in Thornbury Vale reached "very poor" this morning and are expected to stay at that level until at least Wednesday.

Who is monitoring this?
The council is working with the regional health authority and the environment agency, who monitor air quality hourly.`,
  ),
  bad(
    "en",
    "bulletin",
    "overconfident promise",
    FACTUAL,
    CERC,
    "Storm Gale: we are ready",
    `Storm Gale is expected to reach the Halden Bay coast tonight with gusts of up to 80 mph.

Please secure loose objects in gardens, avoid the seafront and do not travel unless necessary. If you see a fallen tree blocking a road, report it on 0300 111 2222.

Our flood defences have been upgraded and we can guarantee that no homes in Halden Bay will flood tonight.`,
  ),
  bad(
    "en",
    "bulletin",
    "hides uncertainty about duration",
    OPEN,
    CERC,
    "Water supply interruption in Larchfield",
    `Some properties in Larchfield, including Elm Road and Park Crescent, have no water or low pressure following a burst main this morning.

Bottled water is available at Larchfield Library, Church Street, from 10am to 7pm. Priority services customers will have water delivered.

We are not able to say more about the cause of the burst or when supply will return, as these are internal operational matters.`,
  ),
  bad(
    "en",
    "sms",
    "exposure alert sent long after the case was known",
    FAST,
    CERC,
    undefined,
    `Eastfield Health, 19 March: We were told on 6 March that a person with measles visited Eastfield Medical Centre waiting room on 3 March 9am-1pm. If you were there and are not immune, call 0800 222 333.`,
  ),
  bad(
    "en",
    "correction",
    "myth in headline and repeated",
    FACTUAL,
    DEBUNK,
    "5G masts are spreading the illness in Dunmore — is it true?",
    `Many residents have asked whether 5G masts are spreading the stomach illness in Dunmore. Posts claim the new masts on Hill Road and at the school are making people sick, and that the illness started the week the masts were switched on.

Public health investigators have found that the cases are linked to a single catering event on 12 May. Mobile phone masts cannot spread infection.

If you have diarrhoea or vomiting, stay home until 48 hours after symptoms stop and wash your hands often.`,
  ),
  bad(
    "en",
    "bulletin",
    "technical jargon for general public",
    ADAPTED,
    PLAIN,
    "Air quality update",
    `PM2.5 24-hour rolling averages at the Wexmoor AURN site exceeded 75 µg/m³ (DAQI band 10) overnight owing to a persistent inversion trapping emissions from the Moorside landfill combustion event. Susceptible cohorts with COPD, IHD or asthma should follow their management plans and minimise exertional exposure pending dispersion.

Next update 5pm.`,
  ),
  bad(
    "en",
    "bulletin",
    "singles out a community",
    IMPARTIAL,
    RF,
    "Measles cases in Port Calder",
    `Three cases of measles have been confirmed in Port Calder. All three are linked to the Traveller site on Harbour Road, where vaccination rates are known to be low.

Measles spreads very easily. Check that you and your children have had two doses of the MMR vaccine; free catch-up vaccinations are available at all GP practices. If you develop a high fever and rash, phone your GP or NHS 111 before visiting.`,
  ),
  bad(
    "en",
    "social",
    "no next update or source",
    OPEN,
    CERC,
    undefined,
    `Road closed. Emergency services dealing with an incident on the B2150 near Stanmere. Please avoid.`,
  ),
  bad(
    "en",
    "bulletin",
    "describes actions, not what residents should do",
    ACTIVE,
    CERC,
    "Boil water notice in Glenmoor",
    `Routine tests of the Glenmoor water supply have found E. coli. The treatment works has increased chlorine levels, flushing of the network has started and further samples have been sent for analysis. We are working closely with the health protection team.

We will issue a further update when the results are back.`,
  ),
  bad(
    "en",
    "bulletin",
    "claims certainty about ongoing investigation",
    FACTUAL,
    CERC,
    "Incident at Redmarsh Primary School",
    `Emergency services were called to Redmarsh Primary School at 10.15am this morning after a number of pupils and staff reported feeling unwell. The school has been evacuated and all pupils are safe at St Mary's Church hall.

We can confirm the cause was a faulty gas boiler and there is no wider risk.

Parents can collect their children from St Mary's Church hall, Church Lane, from 12pm. Please bring photo ID.`,
  ),
  bad(
    "en",
    "sms",
    "jargon and abbreviations in SMS",
    ADAPTED,
    PLAIN,
    undefined,
    `BVW: PBWN in effect for DMA 7 & 9 following PRV failure. Boil H2O for consumption until LFT negative. Info: bvw.co.uk`,
  ),
  bad(
    "en",
    "bulletin",
    "holds warning back for approval",
    FAST,
    CERC,
    "River levels rising",
    `River levels on the Wexe are rising quickly and are expected to peak overnight. Properties on Riverside Walk and Mill Street may be affected.

A full warning with advice for residents will be issued once it has been signed off by the Cabinet Member at tomorrow's meeting.

For general flood information visit wexmoor.gov.uk/floods.`,
  ),
  bad(
    "en",
    "faq",
    "defensive tone, deflects responsibility",
    OPEN,
    CERC,
    "Questions about the Kettleford sinkhole",
    `Why did the council not act on earlier reports?
The council acted in line with its policies at all times. Any suggestion otherwise is inaccurate.

Is it safe to return home?
Residents of 2–10 Kettleford Road must stay out of their homes until structural engineers have checked the buildings. Temporary accommodation has been arranged; call 01632 960 500.

Who is responsible for the repair?
This is a matter for the relevant parties.`,
  ),
];
