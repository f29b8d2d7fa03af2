import type { EvalMessage } from "./types.js";

/**
 * Real crisis / public-safety messages published by authorities (municipalities,
 * water utilities, Krisinformation.se, county boards, councils, US/IE utilities).
 * Condensed to the message core; the authority's own sentences are kept.
 */
function good(
  id: string,
  language: "sv" | "en",
  title: string | undefined,
  body: string,
  source: string,
  kind: EvalMessage["input"]["kind"] = "bulletin",
): EvalMessage {
  const channels: EvalMessage["input"]["channels"] =
    kind === "sms" ? ["sms"] : kind === "social" ? ["social"] : ["web"];
  const input: EvalMessage["input"] = { kind, body, language, channels };
  if (title !== undefined) input.title = title;
  return { id, input, source, mustFlag: [] };
}

export const GOOD: EvalMessage[] = [
  good(
    "good-sv-001",
    "sv",
    "Uppdaterad 30/11 kl. 21.15 – Akut vattenläcka",
    `Uppdatering kl. 21.15
Vattenläckan är åtgärdad och de har börjat släppa på vattnet igen, samtliga fastigheter bör ha vattnet åter ca klockan 22:30.
När vattnet kommer tillbaka kan missfärgat vatten och tryckförändringar förekomma. Missfärgningen är inte farlig, men var försiktig med tvätt av kläder. Spola då kallvatten några minuter tills vattnet är helt klart. Informationen uppdateras ej.

Uppdatering kl 16.00
Reparationsarbete pågår och beräknas fortsätta under kvällen och natten. För närvarande pågår arbete med att förlägga 30 meter ny vattenledning på den drabbade sträckan.
Dricksvatten finns att hämta vid den röda stugan vid Djäkneboda badplats.
Informationen kommer att uppdateras.

Uppdatering kl. 12.05
Ytterligare en akut vattenläcka har uppstått till följd av arbetet med E4 breddningen. Vi har återigen stängt vattnet till berörda fastigheter. Prognos för när läckan är åtgärdad saknas i nuläget.
Se till att alla vattenkranar är stängda. Dricksvatten finns att hämta vid den röda stugan vid Djäkneboda badplats. Informationen kommer att uppdateras.`,
    "https://robertsfors.se/2021/11/30/akut-vattenlacka-vid-sjon-asjon-30-11/ (Robertsfors kommun, 2021-11-30)",
  ),

  good(
    "good-sv-002",
    "sv",
    "[Uppdatering – koka vattnet] Fåglavik – Stor störning i vattenleveransen",
    `Uppdatering 2017-11-19 kl 14:59: Läckan är lokaliserad till en större ledning som inte kan sektioneras bort. Platsen för läckan är dessutom otillgänglig. Förberedelser för reparation är inledda men själva reparationsarbetet kan påbörjas först imorgon. Vi återkommer med information här på hemsidan ca kl 13:00 imorgon måndag.

Uppdatering 2017-11-19 kl 11:38: Dricksvattennätet har sektionerats och delar av nätet kommer enligt plan att trycksättas under dagen. Eftersom nätet varit utan tryck SKA DU KOKA KRANVATTEN FÖR MAT OCH DRYCK. Rekommendationen att koka vattnet gäller fram till dess vi meddelar något annat. Vi återkommer med mer information här på hemsidan ca kl 15:00 idag.

Uppdatering kl 22:18: Felsökningen avbryts på grund av mörker och återupptas imorgon söndag. Nödvatten finns nu på plats via Räddningstjänsten.

Vi felsöker just nu en vattenläcka i Fåglavik. Alla abonnenter är berörda. Nödvatten ställs ut vid ”Fåglavikstorget”.`,
    "https://www.el.herrljunga.se/storning/faglavik-stor-storning-i-vattenleveransen/ (Herrljunga Elektriska / Herrljunga kommun, 2017-11-19)",
  ),

  good(
    "good-sv-003",
    "sv",
    "Vattenläcka i Sandhem",
    `2023-09-19, 10.30
Vattenläckan är lagad. Alla abonnenterna har tillgång till vatten. Viss igenfyllning och asfaltering är fortfarande kvar att göra.
När vattnet kommer tillbaka, kan det vara färgat och grumligt. Färg och partiklar är inte farliga för hälsan, men det bästa är att spola vatten tills vattnet blir ofärgat och utan grumlingar.

2023-09-18, 15.30
Läckan är hittad. Arbetet att laga vattenledningen beräknas att vara klart inom två timmar om inget oförberett inträffar. Så abonnenterna bör ha tillgång till vatten i kväll.

2023-09-18, 09.00
En vattenläcka har uppkommit på Sjöviksvägen i Sandhem. Vattnet kommer att stängas av från Sjöviksvägen/Vinkelgatan nu på förmiddagen.
- I nuläget saknas prognos för när felet kommer vara åtgärdat.
- Spola upp vatten för eget bruk.
- Vid längre avstängning kommer vattentank att köras ut.
Sidan uppdateras när vi har ny information.`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-18-vattenlacka-i-sandhem (Mullsjö kommun, 2023-09-18/19)",
  ),

  good(
    "good-sv-004",
    "sv",
    "Kokningsrekommendation i Sandhem upphävs",
    `Nu hävs rekommendationen att koka vattnet. Provresultaten från de senaste dagarna visar att vattnet åter kan drickas och inte utgör någon risk för hälsan.

Uppdatering 2023-09-14, kl 09.00
Kokningsrekommendationen hävs från och med nu.
De bakterier som detekterats har varit koliforma bakterier. Inga e-coli har förekommit. Halterna har varit låga och nu kan vi med säkerhet säga att ingen risk för magsjuka eller annan påverkan på hälsan har förelegat.
Orsaken till störningen på vattenverket var att ytligt vatten läckt in i brunnen på grund av de ovanligt stora regnmängderna den sista tiden.
Vi tackar er alla för ert tålamod och till er som har hört av er tackar vi för trevligt bemötande!

Uppdatering 2023-09-11, kl 13:00
Kokningsrekommendationen kvarstår. Vi ser att kloreringen har fått positiv verkan på provresultaten. Det är för tidigt att säga något om när kokningsrekommendationen kan hävas. Ytterligare analysresultat inväntas och nya prover på dricksvattnet tas varje dag tills störningen är över.
Som komplement till att koka vatten finns en vattentank uppställd vid Träffpunkten. Där får man hämta vatten. Kom ihåg att ta med egen dunk eller annan behållare för vatten.`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-14-kokningsrekommendation-i-sandhem-upphavs (Mullsjö kommun, 2023-09-14)",
  ),

  good(
    "good-sv-005",
    "sv",
    "Kokningsrekommendationen hävd i Gådeå by, Järsta och Fröland",
    `Det är nu fritt fram att dricka vattnet i Gådeå by, Järsta och Fröland igen.
Vid misstänkt förorening följer vi en rutin som innebär två av varandra oberoende provtagningar av vattnet. Vi har nu fått svar på båda proverna och det finns inget att anmärka på i något av dem. Därmed häver vi nu kokningsrekommendationen och det går åter bra att dricka vattnet utan att koka det.
Vi beklagar den olägenhet som kokningspåbudet eventuellt medfört.`,
    "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/kokningsrekommendationenhavdigadeabyjarstaochfroland.5.7ecacd6d15f68fae5125041a.html (Härnösand Energi & Miljö AB, HEMAB)",
  ),

  good(
    "good-sv-006",
    "sv",
    "Kokningsrekommendationen upphävs",
    `Kokningsrekommendationen upphävs – det kommunala dricksvattnet är tjänligt att dricka.
Det har inte funnits bakterier i det kommunala dricksvattnet från Knipkällan.
Det ackrediterade laboratoriet har, av misstag, larmat om ett otjänligt prov onsdag 2020-01-08. Både det första provet och omprovet visar nu inget e-koli. Därmed häver vi kokningsrekommendationen och allt kommunalt dricksvatten är säkert att dricka direkt ur kranen.
Kontakt: Åsa Kling, Enhetschef, 0224-74 75 61, asa.kling@sala.se`,
    "https://www.sala.se/message/18312/ (Sala kommun, servicemeddelande 2020-01-09)",
    "correction",
  ),

  good(
    "good-sv-007",
    "sv",
    "Kokningsrekommendation i Trekanten och Tomtebyholm",
    `Dricksvattnet i Trekanten och Tomtebyholm kan vara förorenat av bakterier på grund av tidigare vattenläcka. Koka allt vatten som ska användas för matlagning, dryck och tandborstning.`,
    "https://kalmar.se/kommun-och-politik/ungnytt/arkiv-ungnytt/nyhetsarkiv/arkiv/2024-09-23-kokningsrekommendation-i-trekanten-och-tomtebyholm.html (Kalmar kommun, 2024-09-23)",
  ),

  good(
    "good-sv-008",
    "sv",
    "När dricksvattnet måste kokas",
    `Tekniska nämnden i Torsby kommun uppmanar idag alla invånare i Torsby tätort och Oleby, som är anslutna till kommunalt vatten, att koka sitt vatten innan man dricker det eller använder det till matlagning. För aktuell information se Torsby kommuns hemsida.
När det finns misstanke om att kranvattnet förorenats och kan innehålla bakterier, virus eller parasiter som kan göra dig sjuk rekommenderar din kommun att vattnet ska kokas innan det kan drickas eller användas i matlagning.`,
    "https://www.regionvarmland.se/vardgivarwebben/vard-och-behandling/smittskydd-varmland/Nyheter-Smittskydd/2019/04/nar-dricksvattnet-maste-kokas/ (Region Värmland, Smittskydd Värmland, 2019-04)",
  ),

  good(
    "good-sv-009",
    "sv",
    "Om dricksvattnet måste kokas",
    `Om det finns risk för att dricksvattnet innehåller mikroorganismer som kan göra dig sjuk, utfärdar Miva en kokningsrekommendation. Kokning dödar mikroorganismer som bakterier, virus och parasiter.
När det händer meddelas det alltid på vår webbplats samt vanligen Sveriges Radio P4 Västernorrland.

Riktlinjer vid kokning
- Koka vatten som ska drickas eller användas i matlagning.
- Koka upp vattnet i en kastrull eller vattenkokare tills det bubblar kraftigt. Bakterier, virus och parasiter dör när vattnet kokas.
- Häll upp det kokta dricksvattnet i väl rengjord kanna, flaska eller annan behållare och låt det svalna.

Använd kokt dricksvatten till att blanda saft eller andra drycker med vatten, brygga kaffe, göra is, skölja frukt och grönsaker som inte kokas och borsta tänderna.
Dricksvattnet kan användas som vanligt till att tillaga mat som ska kokas i vatten, tvätta händer, duscha (men se till att små barn inte sväljer vatten), diska, tvätta kläder och spola toaletten.
Fastighetsägare ansvarar för att informera sina hyresgäster vid en kokningsrekommendation.`,
    "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas (Miva, Mitt Sverige Vatten och Avfall; generic advisory page)",
    "faq",
  ),

  good(
    "good-sv-010",
    "sv",
    "Förslövs skola utan el och eleverna är hemskickade",
    `Efter en mindre brand i ett elskåp är Förslövs skola utan el. Rektorn fattade därför beslut att stänga skolan. Vårdnadshavare har blivit informerade via skolans informationsplattform Unikum om att de ska hämta sina barn alternativt säkerställa att de äldre barnen lämnar skolan.
Elskåpet som brann låg utanför skolan och personal är nu på plats för att reparera skadan. Branden innebar aldrig någon risk för eleverna på plats.
– Vi har till exempel ingen fungerande belysning, ventilation eller värme. Vi kan inte heller servera någon skolmat till våra elever. Jag har därför, efter kontakt med skolchefen, beslutat att stänga skolan för dagen. Nu vid 11-tiden är nästan alla barn upphämtade, säger Camilla Persson, rektor på Förslövs skola.
Vårdnadshavare hittar aktuell information på informationsplattformen Unikum.
UPPDATERING: Skadan är reparerad och elen är tillbaka. Skola öppnar som vanligt i morgon torsdag den 17 november.`,
    "https://www.bastad.se/forslovs-skola-utan-el-och-eleverna-ar-hemskickade/ (Båstads kommun, 2022-11-16/17)",
  ),

  good(
    "good-sv-011",
    "sv",
    "Vattenledning avgrävd utanför Rosenborgskolan",
    `Ledningen som förser Rosenborgskolan med vatten är avgrävd och skolan saknar vatten. Det innebär att skoldagen avslutas i och med skollunchen.
Skolan önskar att vårdnadshavarna hämtar de barn som inte kan ta sig hem själva så snart som möjligt.
Om barnen går på klubben och vårdnadshavarna inte kan hämta dem tar Magnus Olsson med sig barnen till Majtorpskolan där verksamheten fungerar som vanligt. Kontakta Magnus för vidare info på 08-523 019 15.
Åker ditt barn taxi försöker skolan ändra tider, men det bästa är att du i dialog med ditt barn kommer och hämtar själv.
Prognosen just nu är att det kommer att ta minst tre timmar innan vattnet är tillbaka. Som det ser ut nu kommer skoldagen imorgon (onsdag) att se ut som vanligt.`,
    "https://www.sodertalje.se/nyhetsarkiv/2018/vattenledning-avgravd-utanfor-rosneborgskolan/ (Södertälje kommun, 2018)",
  ),

  good(
    "good-sv-012",
    "sv",
    "SMHI utfärdar stormvarning i södra Sverige",
    `SMHI har utfärdade på lördagen en klass 2-varning för stormvindar i flera län i södra Sverige under söndagskvällen och natten mot måndag.
Nyheten uppdaterad 29/11 11:00: Varningen gäller nu Halland, Skåne, Blekinge, västra delen av Kronoberg, Gotland, Öland, Kattegatt och Bälten.
En klass 2-varning för mycket högt vattenstånd är också utfärdad för södra Kattegatt och Öresund norr om Helsingborg.
Den danska vädertjänsten har döpt stormen till Gorm vilket blir det officiella namnet även i Sverige.
Du kan ringa informationsnumret 113 13 om du har frågor eller vill lämna information om stormen.
En klass 2-varning innebär en väderutveckling som kan innebära fara för allmänheten, orsaka stora materiella skador och ge upphov till störningar i viktiga samhällsfunktioner.`,
    "https://www.krisinformation.se/nyheter/2015/november/smhi-utfardar-stormvarning (Krisinformation.se / MSB, 2015-11-28/29)",
  ),

  good(
    "good-sv-013",
    "sv",
    "SMHI varnar för stormbyar i södra Sverige",
    `SMHI har utfärdat en klass 2-varning för stormbyar i Skåne län utom Österlen, Hallands län, Gotlands län och på Öland i Kalmar län.
I Skåne väntas det börja blåsa under fredag eftermiddag för att fortsätta under lördagen. För Halland, Öland och Gotland gäller varningen under lördagen.
Klass 1-varning är utfärdad i hela Götaland och delar av Svealand.
En klass 2-varning betyder att vädret kan innebära fara för allmänheten, stora materiella skador och stora störningar i viktiga samhällsfunktioner. Allmänheten uppmanas att följa upp ny information på Internet, radio eller TV.
Källa: SMHI`,
    "https://www.krisinformation.se/nyheter/2015/januari/smhi-varnar-for-stormbyar-i-sodra-sverige (Krisinformation.se / SMHI, 2015-01)",
  ),

  good(
    "good-sv-014",
    "sv",
    "Varning för stormen Otto",
    `SMHI har utfärdat en orange varning för vind längs södra delarna av västkusten upp till sydvästra Bohuslän och ute till havs under eftermiddag och kväll, idag fredag den 17 februari. Längre in över land är varningen på gul nivå.
Där kommer det bli starka vindar och stormbyar. Det finns bland annat risk för nedfallande träd och omkringflygande föremål, vilket kan leda till skador på egendom och begränsningar i trafiken.
Håll dig uppdaterad hos SMHI. Väderläget kan bli besvärligt. Det är viktigt att du håller dig uppdaterad. Det gör du främst på smhi.se och lyssna på Sveriges radio P4.
Förbered dig
- Plocka undan lösa föremål i trädgården och på balkongen så att de inte blåser iväg.
- Säkra byggnadsställningar så att inget löst material kan lossna och orsaka skador.
- Ladda mobilen och se över din hemberedskap om strömmen skulle gå.`,
    "https://www.lansstyrelsen.se/vastra-gotaland/om-oss/nyheter-och-press/nyheter---vastra-gotaland/2023-02-17-varning-for-stormen-otto.html (Länsstyrelsen Västra Götaland, 2023-02-17)",
  ),

  good(
    "good-sv-015",
    "sv",
    "Viktigt meddelande till allmänheten i Jönköpings län",
    `Viktigt meddelande till allmänheten i Vaggeryd i Vaggeryds kommun, Jönköpings län. På grund av en brand i avfallsanläggning strax norr om Vaggeryds tätort, med kraftig rökutveckling, uppmanar räddningsledaren alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Jönköping.`,
    "https://www.krisinformation.se/om-krisinformation (VMA as shown on Krisinformation.se, 2024-06-25 02:39; source Sveriges Radio / räddningsledaren)",
    "sms",
  ),

  good(
    "good-sv-016",
    "sv",
    "Viktigt meddelande till allmänheten i Västra Götalands län",
    `Viktigt meddelande till allmänheten på Hisingen i Göteborgs kommun, Västra Götalands län. Det brinner i en industribyggnad på Kongahällavägen, mellan Björlanda och Säve flygplats, med kraftig rökutveckling. Räddningsledaren uppmanar alla i området inom en radie av 3 km att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Göteborg.`,
    "https://www-front01.krisinformation.se/detta-gor-samhallet/mer-om-sveriges-krishanteringssystem/samhallets-ansvar/sos-alarm/11313 (VMA shown on Krisinformation.se, 2022-05-24 11:13)",
    "sms",
  ),

  good(
    "good-sv-017",
    "sv",
    "Viktigt meddelande till allmänheten – skogsbränder i Gävleborg",
    `Viktigt meddelande till allmänheten i Finneby, Ljusdals kommun, i Gävleborgs län. På grund av skogsbranden uppmanar räddningsledaren alla som befinner sig i området att lämna det, utrymningsväg är väg mot Ramsjö.

Viktigt meddelande till allmänheten i Kårböle, Ljusdals kommun, i Gävleborgs län. På grund av skogsbranden i Kårböle beslutar räddningsledaren att alla i berört område ska vara utrymda. Furugården i Los har beredskap att ta emot personer.

Viktigt meddelande till allmänheten i Ängra och Ljusdals kommun, i Gävleborgs län. Det brinner kraftigt i skog och mark. Branden är på väg mot bebyggt område. Räddningsledaren uppmanar alla som befinner sig i berört området att utrymma. De som befinner sig i närområdet uppmanas att gå inomhus och stänga dörrar, fönster och ventilation.`,
    "https://svt.se/nyheter/nyhetstecken/viktigt-meddelande-till-allmanheten-4 (VMA texts from räddningsledaren, as broadcast by SVT Nyhetstecken, 2018-07)",
    "sms",
  ),

  good(
    "good-sv-018",
    "sv",
    "Skärpt eldningsförbud – länsstyrelsen uppmanar",
    `Hög brandrisk råder i skog och mark. Räddningscheferna i länet betonar vikten av att eldningsförbudet respekteras. Brandrisken är mycket hög och läget är allvarligt.
Skärpt eldningsförbud innebär att förbudet nu omfattar all eldning utomhus, även vid särskilda iordningsställda grillplatser samt användande av portabla sprit- och gasolkök, engångsgrillar eller annan utrustning som har direkt markkontakt.
Länsstyrelsen uppmanar den som upptäcker en brand att: Varna andra som kan hotas av branden. Flytta dig till en säker plats. Larma genom att ringa 112. Släck om du kan.
Rök från skogsbränder kan sprida sig långt. Ring bara räddningstjänsten om du vill rapportera att du sett öppen eld, inte om du ser rök.
SOS Alarm uppmanar allmänheten att använda 113 13 för information om skogsbränder, inte larmnumret 112.
Vid brand, följ Sveriges Radio P4 för att få den senaste informationen.`,
    "https://sverigesradio.se/sida/artikel.aspx?programid=109&artikel=7004462 (Länsstyrelsen Västerbotten / räddningscheferna, relayed by Sveriges Radio P4 Västerbotten, 2018-07)",
  ),

  good(
    "good-sv-019",
    "sv",
    "Räddningstjänsten avråder från eldning",
    `Just nu torkar det upp i skog och mark, vilket gör att risken ökar för att bränder ska sprida sig. Räddningstjänsten avråder från all form av eldning tills vidare.
Ytlagren i skog och mark torkar just nu upp, vilket gör att risken ökar för att bränder ska sprida sig. Räddningstjänstens brandriskprognos visar att det kommer att torka upp ytterligare i skog och mark under den kommande dagarna.
Undvik därför all form av eldning av ris, gräs eller liknande. Räddningstjänsten avråder från eldning tills vidare, tills brandriskprognosen ändrar sig.`,
    "https://mittbohuslan.se/nyhetsarkiv/nyheter-startsida/2022-05-04-raddningstjansten-avrader-fran-eldning.html (Räddningstjänsten Mitt Bohuslän, 2022-05-04)",
  ),

  good(
    "good-en-001",
    "en",
    "BOIL WATER NOTICE 10-23-17 @ 5:11 pm",
    `DRINKING WATER WARNING - Boil Your Water Before Using
Due to loss of water pressure in the distribution system on October 23, 2017, potentially harmful bacteria could be present in the water supply. If these bacteria are present, they could make you sick, and are a particular concern for people with weakened immune systems. The affected area is limited, but if you have received this notice directly from your water provider, you are in the affected area.
Customers should bring water to a rolling boil for 1 full minute, allow the water to cool before using, and store the cooled water in a clean container with a cover. Customers should use boiled water that has cooled or bottled water for: brushing teeth; washing fruits and vegetables; preparing food and baby formula; making ice; cleaning food contact surfaces.
Crews are working on computer controlled water supply equipment and working to increase water levels at the reservoir. We will inform you when tests show no bacteria and you no longer need to boil your water. We anticipate resolving the problem within 36 hours (testing time included).
This boil water advisory is a precaution. To limit risk to health, customers should follow the instructions contained in the advisory.`,
    "https://www.cityofamityoregon.org/public-notice (City of Amity, Oregon, 2017-10-23)",
  ),

  good(
    "good-en-002",
    "en",
    "Important public announcement for Göteborg and Mölndal",
    `Update 26 april 16.25pm: The message is no longer valid.
Original message: Important public announcement for the Göteborg and Mölndal municipalities, Västra Götaland county.
There is a fire in a dumpster containing lithium batteries in the Sisjön industrial area. There is intense smoke from the fire.
The leader of rescue operations urges everyone in the area to go inside, and to shut doors and vents.
Information in Swedish is available from Swedish Radio Channel 4, Göteborg.
You can also call information number 113 13 if you have questions about the fire.`,
    "https://www.krisinformation.se/en/news/2023/april/important-announcement-for-goteborg-and-molndal (Krisinformation.se / MSB, 2023-04-26)",
  ),

  good(
    "good-en-003",
    "en",
    "Important public announcement in Västerbottens län",
    `Important public announcement for Skelleftehamn and Örviken in Skellefteå Municipality, Västerbotten County. There is a fire in an industrial area causing thick smoke. The incident commander urges everyone in the area to go indoors and close doors and windows, and shut off ventilation. For more information listen to Sveriges Radio P4 Västerbotten.`,
    "https://krisinformation.se/en/news/2021/november/important-public-announcement-regarding-helsingborg (Krisinformation.se, VMA banner updated 2024-12-22 11:32; source Sveriges Radio)",
    "sms",
  ),

  good(
    "good-en-004",
    "en",
    "An Important Public Announcement for Helsingborg",
    `The warning has been withdrawn.
Original text: An Important Public Announcement regarding fire and smoke has been issued for Helsingborg, Skåne län. People are urged to avoid the area, to go inside and close doors, windows and vents. The fire is expected to produce heavy smoke throughout the night.
For more information in Swedish about this situation, listen to Swedish Radio P4.`,
    "https://krisinformation.se/en/news/2021/november/important-public-announcement-regarding-helsingborg (Krisinformation.se, 2021-11)",
  ),

  good(
    "good-en-005",
    "en",
    "Update on Storm Arwen 11.45am 27/11",
    `The County Council is working round the clock as part of its response to Storm Arwen.
Staff have been very busy during the night with the Fire Service responding to 96 incidents, Local Services teams dealing with over 100 calls about trees coming down and other issues on the road network whilst also having to deal with snow clearance and gritting on all routes in very treacherous conditions.
However there is still a Met Office yellow warning in place for wind until 6pm today and we now have a yellow warning for ice from 5pm today until 11am Sunday.
Unfortunately, our out of hours phone lines were affected by the storm and we are currently working to restore this. Residents are asked to be patient at this time. In an emergency 999 can still be contacted.
This is a dynamic situation and while winds speeds have reduced issues are continuing to arise, with regular updates being provided to the public via the council's communications channels.
Due to the very poor on-going conditions people are asked not to travel if at all possible.`,
    "http://www.northumberland.gov.uk/News/2021/Nov/Update-on-Storm-Arwen-11-45am-27-11.aspx (Northumberland County Council, 2021-11-27)",
  ),

  good(
    "good-en-006",
    "en",
    "Flood Advice",
    `We are advising residents of road closures throughout the county. Road closures can be viewed on our Road Closures page and we advise those travelling to check to make sure their route is accessible.
When travelling please obey traffic signs. Flood warning boards will be out on the road network and advise you to slow down where parts of the road surface are submerged. If there is a road closed sign please do not attempt to drive through the flood water. As the road surface is not visible whilst travelling through floodwater it is not safe to do so.
We advise people not to walk through flood water as this is potentially hazardous. Manhole covers may become dislodged, the power of the water flow may not be apparent and the water may be contaminated. For more information on floodwater hazards please check the Environment Agency website.`,
    "http://newsroom.herefordshire.gov.uk/2014/february/flood-advice.aspx (Herefordshire Council, 2014-02)",
  ),

  good(
    "good-en-007",
    "en",
    "Statement on flooding",
    `Council staff, community flood wardens and contractors have been working hard with residents to manage the flood threat from the rainstorm. While there has been some localised flooding of highways and low lying spots, defences have generally held.
Six gangs of staff and two gully wagons have been out and about in the Valley responding to rising waters. Roads are beginning to re-open and becoming passable with care, but please consider whether your journey is really necessary.
Another rain bearing depression is due shortly but it should be a little less intense than Saturday night's deluge. The outlook for the week remains wet and Council staff will be focusing on flood prevention and response work.`,
    "https://news.calderdale.gov.uk/statement-on-flooding/ (Calderdale Council)",
  ),

  good(
    "good-en-008",
    "en",
    "Do Not Drink Water Advisory",
    `Local health authorities issue a do not drink water advisory when your community's water is, or could be, contaminated with harmful chemicals and toxins, and when boiling water will not make it safe.
During a do not drink water advisory, use bottled water for: drinking and cooking; brushing teeth; washing fruits and vegetables; preparing food; mixing baby formula; making ice; giving water to pets.
In some instances, it will be safe to wash hands, flush toilets and shower; in other instances, it will not. You should be cautious when bathing a baby and young children; they might swallow water.
Do not drink or use water from any appliance connected to your water supply lines. This includes the water and ice dispensers in your refrigerator, freezer and dishwasher.`,
    "https://www.cdc.gov/healthywater/emergency/drinking/drinking-water-advisories/do-not-drink-advisory.html (CDC; generic advisory page)",
    "faq",
  ),

  good(
    "good-en-009",
    "en",
    "Dunkerrin water supply customers reminded Boil Water Notice still in operation",
    `Irish Water has reminded customers supplied by Dunkerrin Public Water Scheme that the Boil Water Notice issued on Tuesday, September 22, remains in place until further notice to protect public health.
Following consultation with the Health Service Executive (HSE), Irish Water and Offaly County Council issued a Boil Water Notice as a precaution to protect approximately 1,200 customers following a mechanical failure at the water treatment plant that resulted in the disinfection process being compromised.
Customers in Dunkerrin, Lisryan and surrounding areas are advised to boil water before use until further notice.
Moneygall Village is on a separate supply and is not impacted by this notice.
As part of the process to lift the Boil Water Notice, Irish Water and Offaly County Council are progressing with flushing of the network and sampling and monitoring of water supplies.`,
    "https://www.tipperarylive.ie/news/news/577016/dunkerrin-water-supply-customers-reminded-boil-water-notice-still-in-operation.html (Irish Water statement as published by Tipperary Live, 2020-09-28)",
    "bulletin",
  ),

  good(
    "good-en-010",
    "en",
    "Boil water notice update for Carrick-on-Suir",
    `Irish Water is reminding customers in Carrick-on-Suir that the boil water notice put in place on December 26 is still in place.
"Experts from Irish Water and Tipperary County Council are undertaking works at the Water Treatment Plant and are continuing to conduct water quality sampling to enable lifting of the notice as quickly and as safely as possible. At this time, the exact date the notice will be lifted is unknown; however, we anticipate that it will remain in place until next week at least.
"I would like to thank everyone for their patience and cooperation while we work to restore a safe water supply to the community. Please continue to boil water before use until further notice," said Mr Cunningham.
Water must be boiled for: drinking; drinks made with water; preparation of salads and similar foods, which are not cooked before eating; brushing of teeth; making of ice - discard ice cubes in fridges and freezers and filtered water in fridges. Make ice from cooled boiled water.`,
    "https://www.tipperarylive.ie/news/carrick-on-suir/714946/boil-water-notice-update-for-carrick-on-suir.html (Irish Water statement as published by Tipperary Live, 2022-01-04)",
  ),

  good(
    "good-en-011",
    "en",
    "Doneraile boil water notice",
    `Following consultation with the HSE, a Boil Water Notice has been issued with immediate effect for all customers on the Doneraile Regional Public Water Supply. Customers are advised to boil and cool water before use until further notice.
The boil water notice has been put in place due to inadequate disinfection of the water supply which has entered the local network. The notice applies to approximately 2,400 customers.
Experts from Irish Water and Cork County Council are working to assess the situation and are investigating the issue with a view to implementing solutions to lift the notice as quickly and as safely as possible.
Vulnerable customers who have registered with Irish Water will receive direct communication on this boil water notice and schools and creches in the area will also be informed.`,
    "https://www.echolive.ie/corknews/arid-40709459.html (Irish Water statement and @IrishWater post, as published by the Echo, 2021-09-29)",
    "social",
  ),

  good(
    "good-sv-020",
    "sv",
    "Strömavbrott - centrala Karlstad",
    `Vi hade under torsdagsmorgonen ett strömavbrott som berörde delar av centrala Karlstad, bl.a. Herrhagen. Felet är nu löst.
Kl. 08:21: Samtliga ska nu ha strömmen tillbaka igen.
Kl. 08:13: Första omkopplingen är nu gjord, Vågmästaren och stora delar av Herrhagen har nu strömmen tillbaka. Vi fortsätter att arbeta med resterande berörda och där kvarstår prognosen om att allt ska vara löst kl. 9.
Kl. 08:10: Planen för hur omkopplingen ska ske är nu klar, personal är påväg ut. Vår prognos är att samtliga berörda ska ha strömmen tillbaka senast kl. 9 - om inget oförutsett inträffar.
Kl. 07:50: Felet beror på en avgrävd kabel på Herrhagen, vi kopplar om strömmen så snabbt vi kan.`,
    "https://karlstadsnat.se/Kontakta-oss/driftinfo/stromavbrott---centrala-karlstad/ (Karlstads Elnät, municipal utility, 2020-06-11)",
  ),

  good(
    "good-sv-021",
    "sv",
    "Strömavbrott i vårt nätområde.",
    `Ca 1800 kunder i vårt nätområde saknar fortfarande el på grund av den kraftiga stormen Alfrida.
Många träd har fallit på ledningar och vi har hittils gjort omkopplingar ute i nätet så att vi innesluter själva felet till ett så begränsat område som möjligt.
Just nu har vi montörer ute på alla större fel men kan ännu inte säga när dessa är åtgärdade. Efter att dessa är lagade kommer vi troligen att se fel på lågspänningsledningarna och där kan det ta ytterligare tid innan dessa är åtgärdade.
Vi rekommenderar våra kunder att läsa på hemsidan där informationen uppdateras kontinuerligt.
Vi gör allt vad vi kan för att alla ska få tillbaka elen så snart som möjligt. Tills dess är det bra att tänka på att hålla frysen och kylen stängd samt spara på vattnet.`,
    "https://www.upplandsenergi.se/omoss/47874.stromavbrott_i_vart_natomrade.html (Upplands Energi, storm Alfrida, 2019-01)",
  ),

  good(
    "good-sv-022",
    "sv",
    "Flertal samtidiga störningar i elleveransen",
    `Vi har under de senaste dygnen haft ett antal driftstörningar i elnätet på flera olika platser.
I området kring Älandsbro och Vägnön har felet åtgärdats för att sedan dyka upp igen och vissa delar av Härnön, däribland Solumshamn och Fällöudden, har under onsdagen drabbats av avbrott till följd av en avgrävd kabel.
– Det är en komplicerad situation som kräver olika lösningar på olika platser, säger Per Mellberg, AO-chef Elnät. Vi arbetar intensivt med att identifiera felorsakerna och åtgärdar dessa så fort som möjligt men det är besvärliga förhållanden med mycket snö vilket försvårar arbetet.
Omkopplingar har skett så de kunder som drabbats i Älandsbroområdet har åter fått strömmen tillbaka men för 74 hushåll på Härnön pågår arbetet med att få elen på plats igen.
Vi beklagar verkligen det inträffade och gör allt för att det ska bli så liten negativ kundpåverkan som möjligt, säger Per Mellberg. Arbetet i Solumshamn beräknas att vara klart klockan 15.00.`,
    "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/flertalsamtidigastorningarielleveransen.5.413780bb161d894ab474916c.html (Härnösand Energi & Miljö AB, HEMAB)",
  ),

  good(
    "good-sv-023",
    "sv",
    "Nya bra resultat av vattenprover – men fortsätt koka",
    `Under eftermiddagen blev de preliminära resultaten för lördagens vattenprover klara. Av dom var tretton utan anmärkning och två visade tjänligt med anmärkning. Detta är i sig inget ovanligt, speciellt inte med tanke på hur många analyser som gjorts under dessa dagar. Cirka hundra proverna har tagits sedan i onsdags, varav inget har visat positivt för E-coli. De bekräftade resultaten på lördagens prover kommer under måndag förmiddag.
Rekommendationen att koka dricksvattnet kvarstår fortsatt.`,
    "https://www.lidkopingsnytt.nu/2018/08/26/nya-bra-resultat-av-vattenprover-men-fortsatt-koka/ (statement by Lidköpings kommun VA-enheten, as quoted by Lidköpingsnytt, 2018-08-26)",
  ),

  good(
    "good-sv-024",
    "sv",
    "Viktigt meddelande till allmänheten i Nordmaling",
    `Viktigt meddelande till allmänheten i Nordmaling i Nordmalings kommun, Västerbottens län. Det brinner i en villa i centrala Nordmaling med kraftig rökutveckling som följd. Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Västerbotten.`,
    "https://www.svt.se/nyheter/lokalt/dalarna/rokfylld-villa-i-dala-floda-rokdykare-forsoker-lokalisera-orsaken (VMA banner from räddningsledaren as displayed by SVT)",
    "sms",
  ),

  good(
    "good-en-012",
    "en",
    "Roma water testing update",
    `Maranoa Regional Council wish to advise residents in the affected western zone that the second day of water quality tests conducted (Thursday, 28 September 2017) showed no E.coli within the zone.
The tests have also been sent to an external laboratory for verification. Council, in partnership with Queensland Health and the Water Supply Regulator, now continue to monitor these results.
Once three consecutive days' results show no detection of E.coli, the Boil Water Alert will be lifted.
It is anticipated that the Boil Water Alert will be lifted for the affected western zone and services will return to normal by Monday, 2 October.
Council would like to remind all other residents outside the zone that they are not required to boil their water.
Those Roma residents affected by the Boil Water Alert are advised to continue boiling tap water, following the Boil Water Alert issued on Wednesday.
People should use cooled boiled water or bottled water for: drinking; brushing teeth; washing and preparing food or beverages; preparing baby formula; making ice; bathing infants.
Council is reminding residents that consuming unboiled drinking water could lead to illness, especially for vulnerable people - the very young, elderly or immune compromised.`,
    "http://maranoaplusmore.com.au/roma-water-testing-update/ (Maranoa Regional Council, 2017-09-28)",
  ),

  good(
    "good-en-013",
    "en",
    "60 Newlands homes lose water – another burst main",
    `There was another burst water main this afternoon.
This one was at 38 Quigley Street, Newlands at 4.20pm. Approximately 60 properties were at first affected.
Approximately eleven of them will remain out of service while we fix the burst, which triggered an alarm shutting off the reservoir.
We ask customers to conserve as much water as possible.
We expect to resolve the issue by 9pm.
UPDATE at 5.45pm
The burst has been isolated at the intersection of Quigley Street and Bellringer Crescent and we have opened up the reservoir valve, allowing it to refill. Over the next 2 hours, water will return to most of the Newlands area.`,
    "http://wellington.scoop.co.nz/?p=132363 (News from Wellington Water, press release published by Wellington Scoop, 2020-11-09)",
  ),

  good(
    "good-en-014",
    "en",
    "Burst watermain cuts supply to homes in four Newlands streets",
    `Our team responded to a watermain burst at Stewart Drive, Newlands at 4am this morning.
The burst has affected residents on Stewart Drive, Padnell Street, Pritchard Street and Loasby Crescent.
At 9am: A water tanker will be on site located between Batchelor and Padnell Street shortly, supplying temporary water to affected residents.
Service is expected to be restored to the area in 3-4 hours.`,
    "http://wellington.scoop.co.nz/?p=133951 (Wellington Water update, as published by Wellington Scoop, 2021-01-27)",
    "social",
  ),

  good(
    "good-en-015",
    "en",
    "Evacuation Order – Low lying areas of Southgate",
    `Issued: Tuesday 23rd March 2021, at 5:30pm
Issued By: Superintendent, Graeme Craig – Deputy Incident Controller
Evacuate by: 8:00pm tonight
NSW SES is directing people within the low-lying areas of Southgate to evacuate the high danger area.
Once floodwater passes 5.4 metres on the Grafton gauge roads in and around Southgate will begin to close and properties may become inundated.
Why we are directing people to evacuate: Once flood water begins inundating the area road access water, sewerage, power, phones and internet may be lost. If you remain in the area you will be trapped and it may be too dangerous for SES to rescue you.
Where to go if Evacuation is required: Wherever possible, people should go and stay with family or friends, or make other accommodation arrangements. If you are unable to, an evacuation centre has been set up at South Grafton High School – Tyson Street, South Grafton.
What you need to do: Lift possessions and important items above the predicted flood height. Take pets, essential items, warm clothes, medicines, insurance documents and valuables with you. Leave as early as possible to avoid restricted roads. Share this information with family, friends and neighbours and help others where possible.`,
    "https://www.dailyexaminer.com.au/news/evacuate-low-lying-southgate-residents-urged-to-le/4222514/ (NSW SES evacuation order as published by the Daily Examiner, 2021-03-23)",
  ),

  good(
    "good-en-016",
    "en",
    "Tornado Warning – Catawba, Rutherford, Lincoln, Caldwell, Cleveland and Burke counties",
    `The National Weather Service in Greenville-Spartanburg has issued a Tornado Warning for Western Catawba County, East central Rutherford County, Western Lincoln County, Southeastern Caldwell County, Central Cleveland County and Southeastern Burke County until 145 PM EDT.
At 121 PM EDT, a severe thunderstorm capable of producing a tornado was located 8 miles northwest of Shelby, or near Polkville, moving northeast at 55 mph.
HAZARD...Tornado and quarter size hail. SOURCE...Radar indicated rotation.
IMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.
This dangerous storm will be near Belwood around 130 PM EDT.
TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter and protect yourself from flying debris.`,
    "https://www.newsbreak.com/news/2594569501744/severe-thunderstorm-warning-issued-for-davie-iredell-rowan-by-nws (NWS Greenville-Spartanburg warning text, 2022-05-06, as relayed by NewsBreak)",
    "sms",
  ),

  good(
    "good-sv-025",
    "sv",
    "Vad har egentligen hänt?",
    `Uppdatering 8 februari 11:00
Återuppbyggnaden av Vellinge.se går framåt och du kan nu logga in på Mina sidor igen för att använda e-tjänsterna.
Tyvärr är det ännu inte möjligt att se vatten- och avfallsabonnemang och fakturor när du loggar in. Arbetet med återuppbyggnaden av denna tjänst pågår fortfarande.

Information från 29/1 kl. 16.00
Vellinge kommuns IT-leverantör drabbades under natten till den 20 januari av intrång som påverkar en stor del av kommunens IT-miljö. Det innebär bland annat att Vellinge.se ligger nere, liksom e-tjänster och andra system. Vår IT-leverantör arbetar med att lösa problemet och tills vidare hänvisar vi till våra sociala medier, vår alternativwebb och Vellinge Direkt för att komma i kontakt med kommunen.
Det är en djupt olycklig situation och konsekvenserna av attacken har successivt blivit kända för oss. En lång rad system är krypterade och låsta efter attacken. Vellinge kommun betraktar detta som förlorad information.
Vi har hitintills inte fått några indikationer på att personuppgifter har läckt. Men då all dataförlust betraktas som personuppgiftsincident har kommunen anmält händelsen till Integritetsskyddsmyndigheten.`,
    "https://vellinge.se/nyhetsarkiv/2024/01/vad-har-egentligen-hant/ (Vellinge kommun, 2024-01-29 / 2024-02-08)",
  ),

  good(
    "good-sv-026",
    "sv",
    "Störningar hos kommunernas IT-system",
    `Under den senaste veckan har Mora, Orsa och Älvdalens kommuner haft störningar i sina verksamhetssystem, vilket har påverkat både hemsidor, bygglovsansökningar och andra viktiga funktioner. Med hjälp av konsulter och leverantörer är kommunernas IT-enhet nu nära att hitta en lösning på de problem som råder.
– Vissa system har varit helt ur drift och i vårt fall har det påverkat bygglovsenhetens myndighetsutövning. I vissa fall innebär detta förseningar i handläggningen av tillsyn, bygglovsärenden och bostadsanpassningsbidrag. Vi ber om ursäkt för denna olägenhet och nu arbetar vi intensivt för att komma ikapp med handläggningen och övriga arbetsuppgifter, säger Per-Olof Olsson som är bygglovschef i Mora och Orsa.
Vad händer just nu?
Just nu söker ett program igenom kommunernas IT-miljö för att hitta den störning som råder, detta tar några timmar och imorgon bitti ser vi vilket resultat det ger.
– Fungerar sökningen som vi hoppas på så kommer alla system succesivt att kunna fungera som vanligt under onsdagen, berättar Matthias Grahn som är IT-chef för Mora, Orsa och Älvdalens kommuner.`,
    "http://morakommun.se/Kommun--politik/Nyheter-Kommun--politik/Storningar-hos-kommunernas-IT-system/ (Mora kommun, 2018-04-24)",
  ),

  good(
    "good-sv-027",
    "sv",
    "Uppdaterad information 2019-06-18 kl 17: Trygghetstelefonin fungerar igen",
    `Telefoniproblemen hos Tele 2 är nu lösta. I och med det fungerar kommunens trygghetstelefoni som den ska igen.
- Vad vi vet har våra rutiner fungerat och ingen har kommit till skada, säger Rigmor Fahlberg som är biträdande verksamhetschef inom äldreomsorgen.
Tidigare information:
Det är telefoniproblem hos Tele2 just nu vilket drabbar flera kunder i hela landet. Tele2:s kunder har även problem att nå nödnumret 112.
- Vi har precis avslutat ett möte där vi stämt av hur detta påverkar kommunens verksamhet, säger kommundirektör Bengt Friberg. Trygghetstelefonin och tillsynen under natten via trygghetskamera berörs. Därför har vi säkrat upp våra rutiner.
De provlarm som äldreomsorgen har gjort visar att larmen kommer fram men det är svårt att ringa tillbaka till den som larmat. Åtgärden är då att göra ett fysiskt besök. Där det bedöms behövas sätter äldreomsorgen också in extra tillsyn.`,
    "https://hudiksvall.se/Arkiv/Nyheter/Nyheter-2019/2019-06-18-Uppdaterad-information-2019-06-18-kl-17-Trygghetstelefonin-fungerar-igen.html (Hudiksvalls kommun, 2019-06-18)",
  ),

  good(
    "good-sv-028",
    "sv",
    "Brand på Återvinningen - räddningsarbete pågår",
    `Just nu brinner det i vår anläggning på Jaktstigen.
Uppdatering kl 11:48: Räddningstjänsten är fortfarande på plats, men de gör bedömningen att läget för närvarande är under kontroll. Det farliga avfall som fanns i byggnaden har flyttats bort. Räddningstjänsten räknar med att vara på plats minst ett par timmar till.
Uppdatering kl 11:10: Nu är vägen upp till Kretsloppsparken öppen. Räddningstjänsten låter dock meddela att detta kan komma att ändras om det blir förändrade vindförhållanden och då kan vägen med kort varsel stängas igen.
Uppdatering kl 10.30: Räddningstjänsten, som är på plats med tre styrkor, låter meddela att det fortfarande brinner men gör i nuläget bedömningen att branden är under kontroll. Det finns inga rapporter om personskador. Den rök som branden medför är inte giftig men allmänheten uppmanas gå in och stänga fönster och dörrar. Området är avspärrat så länge räddningsarbetet fortgår i det här skedet.
Det är kraftig rökutveckling och boende i närheten uppmanas hålla sig inomhus. Det som brinner är papper och i själva byggnaden. Kretsloppsparken har stängt grindarna tillfälligt.
Kontakt: Andreas Einarsson, 070-657 75 26, andreas.einarsson@hemab.se`,
    "https://www.hemab.se/nyhetsarkiv/nyheter/brandpaatervinningenraddningsarbetepagar.5.321d3261171dd4319fde69d6.html (Härnösand Energi & Miljö AB, HEMAB)",
  ),

  good(
    "good-sv-029",
    "sv",
    "Brand på Fågelmyra",
    `Lördagen den 12 april var Fågelmyra återvinningscentral stängd för besök på grund av en brand.
Publicerat den 12 april klockan 19.45: Branden är släckt och Fågelmyra återvinningscentral är öppen som vanligt imorgon klockan 9-15.
Publicerat den 12 april klockan 8.12: Räddningstjänsten är på plats och släckningsarbete pågår. Branden är under kontroll. Fågelmyra återvinningscentral är därför stängd för samtliga besök lördagen den 12 april.`,
    "https://www.borlange-energi.se/om-oss/pa-gang/arkiv/2025-04-12-brand-pa-fagelmyra (Borlänge Energi, municipal company, 2025-04-12)",
  ),

  good(
    "good-sv-030",
    "sv",
    "Smedby ÅVC stängdes efter mindre brandincident",
    `Under söndagseftermiddagen började det brinna i en container på Smedby ÅVC. Anläggningen har därför utrymts och är för närvarande stängd. Räddningstjänsten är på plats och läget är under kontroll.
Uppdatering kl 20:00: Anläggningen kommer vara öppen som vanligt måndag 9 mars.`,
    "https://www.sorab.se/nyheter/smedby-stangt-pga-mindre-brandincident (SORAB, inter-municipal waste company)",
  ),

  good(
    "good-sv-031",
    "sv",
    "Viktigt meddelande till allmänheten i Botkyrka kommun, Stockholms län",
    `Uppdatering 6 september kl 06:30: Meddelandet gäller inte längre. Faran är över.
Ursprunglig text: Kraftig brand pågår och förväntas pågå under natten i en avfallsanläggning i Kassmyra i Botkyrka kommun. Rök från branden kan spridas i ett stort område. Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation.
För mer information lyssna på Sveriges Radio P4 Stockholm.`,
    "https://krisinformation.se/nyheter/20212/september/vma-botkyrka (Krisinformation.se, 2021-09)",
  ),

  good(
    "good-sv-032",
    "sv",
    "Viktigt meddelande: Brand i återvinningsanläggning i Vaggeryd",
    `Uppdatering 17 september kl 11:15 Torsdagen den 15 september utfärdades ett viktigt meddelande till allmänheten i Vaggeryd. Meddelandet gällde brand i en återvinningsanläggning öster om Vaggeryd och allmänheten uppmanades att gå inomhus vid obehag av röken. Det ryker fortfarande från området och kommer troligen att göra under ett par dagar till. Om du känner obehag av rök bör du gå inomhus - under tiden röken är i ditt närområde. Ser du inte rök, eller på annat sätt känner lukt av rök, är det inga problem med att vistas utomhus, eller ha ventilationen igång.
Ursprunglig text: Viktigt meddelande till allmänheten i Vaggeryd, i Jönköpings län. Det brinner i en återvinningsanläggning öster om Vaggeryd med kraftig rökutveckling som följd. Räddningsledaren uppmanar alla som upplever obehag av röken att gå inomhus och stänga dörrar, fönster och ventilation.
Kommunens växel är öppen under hela helgen, så att boende kan ringa in och få information eller svar på frågor. Du kan följa läget löpande på kommunens webbplats.
För mer information lyssna på Sveriges Radio P4 Jönköping. Du kan även ringa 113 13.
Källor: Sveriges Radio Jönköping, Vaggeryds kommun`,
    "https://www.krisinformation.se/nyheter/2016/september/vma-vaggeryd (Krisinformation.se, 2016-09-15/17)",
  ),

  good(
    "good-sv-033",
    "sv",
    "Viktigt meddelande till allmänheten i Jordbro i Haninge kommun, Stockholms län",
    `Uppdatering 24/5 kl. 11.15: Faran är över. Meddelandet gäller inte längre.
Ursprungligt meddelande: Det brinner i en återvinningscentral på Rörvägen i Jordbro industriområde vilket ger upphov till kraftig rökutveckling. Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation.
För mer information lyssna på Sveriges Radio P4 Stockholm.`,
    "https://www.krisinformation.se/nyheter/2023/maj2/viktigt-meddelande-till-allmanheten-i-jordbro-i-haninge-kommun-stockholms-lan/ (Krisinformation.se, 2023-05-24)",
  ),

  good(
    "good-sv-034",
    "sv",
    "Dagliga uppdateringar över partiklar och kväveoxider upphör",
    `De dagliga uppdateringarna över resultat av mätningar av partiklar och kväveoxider från branden i Kagghamra har avslutats, i och med att den öppna branden är släckt och rökutvecklingen därmed har upphört.
Då röken försvunnit har utsläppen av partiklar och kväveoxider också minskat kraftigt. Om situationen skulle ändras genom att branden återuppstår, återupptas uppdateringen. Mätningar av partiklar och kväveoxider fortsätter dock en tid framöver, tills brandförsvaret bedömer att det inte längre finns någon risk för öppen brand.
Rekommendationen om fortsatt användning av luftrenare kvarstår som tidigare med anledning av det fortfarande kan förekomma flyktiga gaser även efter att branden är täckt.`,
    "https://www.botkyrka.se/boende-och-narmiljo/branden-i-kagghamra/nyhetsarkiv-kagghamra/2021-03-03-dagliga-uppdateringar-over-partiklar-och-kvaveoxider-upphor (Botkyrka kommun, 2021-03-03)",
  ),

  good(
    "good-sv-035",
    "sv",
    "Höga flöden i ån - så förbereder du vid risk för översvämning",
    `De höga flödena i Kävlingeån medför risk för översvämningar. Som fastighetsägare ansvarar du för din egendom. Vi har sammanställt råd kring vad du kan göra om du bor i ett område som riskerar översvämmas.
Det är just nu mycket höga flöden i Kävlingeån och det finns risk för översvämningar. Kävlinge kommun har inga skolor, förskolor eller särskilda boenden i områden som riskerar översvämning, men vi följer läget noga.
Vid en översvämning kan Räddningstjänsten behöva prioritera liv, hälsa och samhällsviktig verksamhet och det är därför inte säkert att du får hjälp om till exempel din källare översvämmas.
Checklista vid risk för översvämning
Före: Placera bilen på en hög plats. Täta källarfönster och ventilationsöppningar. Bygg en tillfällig barriär av sand eller jord – den kan stoppa en mindre översvämning.
Precis innan: Stäng av strömmen med huvudströmbrytaren och flytta möbler och elektriska apparater högre upp i huset. Täpp igen golvbrunnar och toalettstolar med sandpåsar eller liknande. Om avloppsledningarna blir översvämmade kan vatten komma upp den vägen.
Läs MSB:s information om översvämning på krisinformation.se.`,
    "https://www.kavlinge.se/nyhetsarkiv/nyhetsarkiv-allmant/2024-01-25-hoga-floden-i-an---sa-forbereder-du-vid-risk-for-oversvamning (Kävlinge kommun, 2024-01-25)",
  ),

  good(
    "good-sv-036",
    "sv",
    "Stora regnmängder kan orsaka problem",
    `SMHI har utfärdat gul vädervarning. Från kvällen fredag 30 juni fram till eftermiddag lördag 1 juli väntas stora regnmängder i delar av södra Norrland. Det kan bli lokala översvämningsproblem.
Vädervarningen gäller från fredag 30 juni, klockan 18.00 till lördag 1 juli, klockan 15.00. Natt mot lördag och lördag morgon väntas kraftigast intensitet och lokalt kan det då vara skyfallsliknande regn.
De stora regnmängderna kan orsaka lokala översvämningsproblem. Trafiken kan gå långsammare på grund av översvämmade vägar och det finns risk att till exempel källare, dagvattensystem, vägar och viadukter översvämmas.
Vid skyfall och översvämningar prioriterar räddningstjänsten att skydda samhällsviktiga funktioner, till exempel sjukhus, och de personer som inte själva kan sätta sig i säkerhet. Enskilda fastighetsägare och privatpersoner måste därför vara beredda på att själva skydda och ansvara för sin fastighet och egendom.
Före: Håll kontakten med grannarna. Placera bilen på en hög plats. Täta källarfönster och ventilationsöppningar.`,
    "https://rtjmedelpad.se/aktuellt/aktuellt/2023-06-30-stora-regnmangder-kan-orsaka-problem (Räddningstjänsten Medelpad, 2023-06-30)",
  ),

  good(
    "good-sv-037",
    "sv",
    "Vattendragen stiger",
    `Den senaste tidens ihärdiga regnande har medfört höga flöden i mindre vattendrag i vårt område och flödena kommer att öka även i de större vattendragen under de närmaste dagarna.
Se till att båtar och bryggor är ordentligt förtöjda, uppmanar Räddningstjänsten. Väderleksprognoserna är osäkra framöver, men det ser ut att komma mer regn under veckan, oklart i vilka mängder i vårt område.
Myndigheten för samhällsskydd och beredskap har på sin webbplats DinSäkerhet.se listat tips vid översvämning: Skydda ditt hus mot översvämning.`,
    "https://eda.se/h%C3%A5llare-aktuelltbygg/vattendragen-stiger__2238 (Eda kommun, 2021-10-05)",
  ),

  good(
    "good-sv-038",
    "sv",
    "Händelse vid Norrtullskolan",
    `Det har under morgonen torsdag 10 februari inkommit ett bombhot mot Norrtullskolan, men bedöms inte som trovärdigt av Polisen.
–Skolledning har hanterat det snabbt, så också Polisen, skolan är en trygg plats för barn, elever och personal, säger Eva-Britt Hartikainen.
Vi väljer att kommunicera detta för att undvika rykten och onödig oro.`,
    "https://www.soderhamn.se/sidor/arkiv/nyhetsarkiv/nyheter/2022-02-10-handelse-vid-norrtullskolan.html (Söderhamns kommun, 2022-02-10)",
  ),

  good(
    "good-sv-039",
    "sv",
    "Kokning i Höganäs kommun",
    `Dricksvattnet i Höganäs bör kokas. Detta gäller endast Höganäs kommun då provsvar vid en rutinkontroll visade på mikroorganismer som vanligtvis inte förekommer i dricksvattnet. Den tarmbakterie som påträffats ger i de flesta fall ingen symptom på sjukdom men av försiktighetsskäl bör vattnet ändå kokas.
Proverna togs vid en rutinkontroll onsdag den 30 oktober och när svaren från proven kom på fredagen visade de förhöjda halter. Nya prover togs fredag och svar från dessa kommer på måndag. På fredag eftermiddag fanns inga rapporter om insjuknade.
Höganäs kommun rekommenderar därför att alla i kommunen kokar allt dricksvatten och vatten till matlagning fram till och med måndag då nya provsvar väntas.
För allmän sjukvårdsupplysning ring 11 77.
Vid frågor eller annan upplysning hänvisar Höganäs kommun till 113 13, som är ett nationellt informationsnummer.`,
    "https://sydvatten.se/kokning-i-hoganas-kommun/ (Sydvatten AB / Höganäs kommun)",
  ),

  good(
    "good-sv-040",
    "sv",
    "Misstänkt förekomst av cryptosporidium - kranvattnet i Skellefteå ska kokas",
    `Kranvattnet i Skellefteå ska kokas i minst en minut innan det dricks. Den uppmaningen kommer gemensamt från Skellefteå kommun och Västerbottens läns landsting. En magepidemi har drabbat Skellefteå. Vid en presskonferens på tisdagsaftonen redogjorde kommunen och landstinget för det hastigt uppkomna läget.`,
    "https://nyhetsrum.skelleftea.se/pressreleases (Skellefteå kommun, pressmeddelande, 2011-04)",
    "bulletin",
  ),

  good(
    "good-sv-041",
    "sv",
    "Vanliga frågor och svar om kokningspåbudet",
    `När och hur upptäcktes den misstänkta E. coli-bakterien?
På eftermiddagen onsdag den 17:e oktober kom de avvikande provsvaren, efter en rutinmässig provtagning i ledningsnätet. Det var ett prov som innehöll en E. coli-bakterie (en vanlig tarmbakterie som kan orsaka magsjuka) – en (1) bakterie på 100 ml vatten.
Varför har inget VMA gått ut?
Ett VMA går ut om det skett en akut händelse eller fara för någons liv. Ett kokningspåbud av denna grad klassas inte som en sådan händelse. Då finns istället möjlighet att skicka ut ett så kallat myndighetsmeddelande, som går ut i radion och publiceras i alla kommunens kanaler. Östersunds kommun i samråd med SOS Alarm bedömde att kokningspåbudet är en händelse som bör klassas på den nivå där ett myndighetsmeddelande, och inte ett VMA, går ut.
Bland kommunens kanaler finns Facebook och vår egen app Östersunds kommun. Om du tillåter notiser från appen kommer du att få pushmeddelanden när kommunen går ut med nyheter och meddelanden.`,
    "https://ostersund.se/tillfalliga-sidor/vanliga-fragor-och-svar-om-koknings-pabudet.html (Östersunds kommun, FAQ on boil-water order, 2018-10)",
    "faq",
  ),

  good(
    "good-sv-042",
    "sv",
    "Fortsatta störningar efter snöoväder",
    `Snövädret som dragit in över området har orsakat svårigheter att komma fram på vägarna. Skolskjuts, färdtjänst och sophämtning är några verksamheter som påverkats.
Mark- och anläggningsverksamheten har varit ute med plog- och grusmaskiner även under fredagen för snöröjning och halkbekämpning i alla orter i kommunen.
Räkna dock med att det fortsatt kan förekomma störningar i trafiken och att det påverkar exempelvis skolskjuts, omsorgsresor och färdtjänst.
Sophämtningen påverkad: Halkan och de stora snömängderna har även orsakat förseningar i sophämtningen. Sopbilar har inte kunnat komma fram till fastigheter där det inte plogats eller skottats. Uppdaterad information om sophämtningen kan läsas på sidan för avfall.
Följ väderutvecklingen: Väderinformation från SMHI.`,
    "https://www.harryda.se/arkiv/nyhetsarkivtrafikvagarochresor/fortsattastorningareftersnoovader.5.3734b6c917d5e349a306061e.html (Härryda kommun, 2021-12-01)",
  ),

  good(
    "good-sv-043",
    "sv",
    "Aktuellt läge kring snöröjning",
    `Det faller fortfarande mycket snö vilket medför stora problem på många platser.
Vi ber därför allmänheten om hjälp med att underlätta för de som arbetar med snöröjning:
– Parkera inte fordon på gator.
– Skotta så att du underlättar för grannar och de som arbetar med snöröjning.
– Tänk på att höga vallar bildas i många korsningar. Räddningstjänsten uppmanar till mycket stor försiktighet i trafiken.
– Om möjligt lämna bilen hemma.`,
    "http://osk.hultsfred.se/artikel/aktuellt-lage-kring-snorojning/ (Hultsfreds kommun, Kommunledningsförvaltningen)",
    "social",
  ),

  good(
    "good-sv-044",
    "sv",
    "Snöröjning pågår",
    `Kommunens alla snöröjare och upphandlade entreprenörer är ute och arbetar hårt för att få våra vägar framkomliga.
Kommunens gata/parkenhet har varit ute sedan klockan 02:00 inatt och plogar så att de större vägarna och brantaste backarna ska vara körbara. De fortsätter under dagen så länge det behövs.
I första hand prioriteras framkomligheten för kollektivtrafiken och på huvudgator. Mer information om vinterväghållning hittar du på sidan Snöröjning och sandning.
Hoppas du har överseende, kör och gå försiktigt.`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2021-12-02-snorojning-pagar (Mullsjö kommun, 2021-12-02)",
  ),

  good(
    "good-en-017",
    "en",
    "Civil Defence Centres and Shelters open around Auckland",
    `Auckland Mayor Wayne Brown has declared a State of Local Emergency for Auckland in response to torrential rain, with widespread flooding and thunderstorms affecting the Auckland region.
MetService New Zealand has issued a number of Thunderstorm Warnings for Auckland throughout the day and a watch remains in place.
Civil Defence Centres and Shelters are now open for those needing to evacuate or seek shelter. For the most up-to-date information visit the Auckland Emergency Management Website.
Auckland Emergency Management Deputy Controller Rachel Kelleher says that Aucklanders on their way home should take extra care.
"There is also the possibility that people will arrive home to damaged or flooded properties, so make sure you are aware of the locations of our CDCs and shelters if needed.
"If you need to evacuate, seek shelter with friends and family and take important items with you."
Auckland Transport are urging Aucklanders to take extreme care when travelling today and delay all non-essential travel.`,
    "https://ourauckland.aucklandcouncil.govt.nz/news/2023/05/civil-defence-centres-and-shelters-open-around-auckland/ (Auckland Council, OurAuckland, 2023-05-09)",
  ),

  good(
    "good-en-018",
    "en",
    "Emergency Mobile Alert – heavy rain, Auckland",
    `Auckland Emergency Management has tonight issued an Emergency Mobile Alert (EMA) to provide important safety messages ahead of the potential for extremely heavy rain to hit the Auckland region.
MetService has issued an orange heavy rain warning due to an active line of thunderstorms currently sitting over the Hauraki Gulf. Between now and 7am tomorrow (Monday), this line of thunderstorms could produce localised downpours of 50-90mm of rainfall.
People in the area between Ōrewa/Waiwera and down to Papakura/Drury, from coast to coast including Aotea Great Barrier Island are advised to:
• Make sure you stay informed. Watch the forecast at https://www.metservice.com/
• Avoid unnecessary travel. Check road conditions if you have to travel.
• Floods and flash floods can happen quickly. Act immediately if you see rising water – do not wait for official warnings. Head for higher ground and stay away from flood water.
• Check https://www.aucklandemergencymanagement.org.nz/ for updates and information. Listen to emergency services and self-evacuate if you feel unsafe.
• If life is in danger, call 111 immediately.
Any further updates will be posted to the Auckland Emergency Management social media channels.`,
    "https://www.aucklandemergencymanagement.org.nz/major-incident/flooding-2023 (Auckland Emergency Management, 2023-01)",
  ),

  good(
    "good-en-019",
    "en",
    "Update – incident in Chirk",
    `The Fire and Rescue Service remain on site in Chirk damping down hotspots and it is hoped the incident will be handed back to Kronospan for their personnel to continue damping down any material in the near future.
All agencies agreed that this is a significant incident and as such, Natural Resources Wales has brought in a specialist mobile pollution monitoring station up from South Wales to Chirk to monitor air quality. Air quality data is now being used to help inform our advice and response.
Officers from Wrexham Council will continue to liaise with all other agencies and endeavour to keep residents advised of any issues relating to this incident.
Public Health Wales advice remains as follows: If you are in a place affected by smoke, stay indoors and keep doors and windows closed when affected by the smoke, but open them again to air your home when the smoke passes. If you need to be outdoors, avoid areas affected by smoke or ash, or limit the time you spend in them.
Anyone concerned about their symptoms should contact their GP or NHS Direct on 0845 46 47. The symptoms usually disappear quickly and should not lead to long-term health problems.`,
    "https://news.wrexham.gov.uk/update-incident-in-chirk-16-01-20 (Wrexham County Borough Council, 2020-01-16)",
  ),

  good(
    "good-en-020",
    "en",
    "Deptford Fire",
    `The City Council is continuing to work with partners including the Fire Service, the Environment Agency, Northumbria Police and Public Health England on the response to the fire at the abandoned Alex Smiles recycling plant in Deptford which started on Monday evening.
We are continuing to closely monitor the situation, including air quality equipment to monitor the smoke from the fire.
In the meantime the advice from Public Health England remains to:
- Keep doors and windows closed.
- Residents in areas affected by the smoke should stay indoors, keep their doors and windows closed, and tune in to the local radio station for advice and information.
- Motorists who have to travel through the smoke should keep windows closed, turn off air conditioning and keep their air vents closed.
- People with asthma and other respiratory conditions may be particularly susceptible to the smoke and should carry and use their medication (such as inhalers) as usual.
- If you have any concerns about the smoke's impact on your health please call your GP surgery for advice or contact the NHS 111 service.`,
    "https://www.sunderland.gov.uk/article/15497/Deptford-Fire- (Sunderland City Council)",
  ),

  good(
    "good-en-021",
    "en",
    "Advice given as operation continues to tackle Newhaven fire",
    `East Sussex Fire and Rescue Service will remain at the site of a serious fire in Newhaven throughout tonight (7 December 2014).
The Service was first called at 10.30 am on Friday 5 December 2014 and at the height of the incident, eight fire engines were at the scene. Around 200 tonnes of household waste was involved.
As of 16.00, four fire engines are on scene at Skip It Containers on North Quay Road, along with an aerial ladder platform and a water carrier.
Cordons remain in place. The town remains affected by smoke, which is causing problems with visibility on the roads.
If you know of a vulnerable person living in the Newhaven area, we ask that you give them a telephone call to ensure they are aware of the following advice from Public Health England.
"Residents in areas affected by the smoke should stay indoors and keep their doors and windows closed. Motorists who have to travel through the smoke should keep windows closed, turn off air conditioning and keep their air vents closed. If symptoms occur, people should seek medical advice or call NHS 111."`,
    "http://esfrs-news.blogspot.com/2014/12/advice-given-as-operation-continues-to.html (East Sussex Fire and Rescue Service news, 2014-12-07)",
  ),

  good(
    "good-en-022",
    "en",
    "Water Service Interruption",
    `Water service may be temporarily interrupted to residents in the areas listed below while ECUA crews work to isolate and repair a broken 12-inch water main that was damaged by a contractor working in the area. ECUA crews had just finished a repair, which they had been working on since 9 am this morning, and will work as quickly and safely as possible to restore service to any customers experiencing a service interruption or loss of pressure. A Precautionary Boil Water Notice (PBWN) was issued for this area following the repair work performed today.
Updates will be posted as work progresses and information becomes available.`,
    "https://ecua.fl.gov/advisories/water-service-interruption-2025-03-25 (Emerald Coast Utilities Authority, Florida, 2025-03-25)",
  ),

  good(
    "good-en-023",
    "en",
    "Environment Agency warns communities to be prepared for flooding",
    `Communities in the south west, particularly Devon and Somerset, and parts of the north of England are warned to be prepared for possible flooding and disruption today and tomorrow (Tuesday 22 November).
Widespread heavy rain and showers are forecast and will affect most parts of England over the next 36 hours. This may cause river and surface water flooding, particularly in areas that have seen heavy rain over the weekend. As a result there could be some property flooding and disruption to travel with a number of road closures.
Environment Agency teams are closely monitoring river levels and are working hard to reduce flood risk by checking and maintaining flood defences, clearing blockages in watercourses and monitoring water levels. Temporary defences are ready to be deployed where necessary.
Clare Dinnis, National Flood Duty Manager at the Environment Agency, said: People in the south west and north in particular need to be prepared for the risk of flooding and we urge people check their flood risk on GOV.UK or call Floodline for advice on 0345 988 1188.
We want to remind people not to take unnecessary risks and avoid driving through flood water or walking near swollen rivers.`,
    "https://gov.uk/government/news/environment-agency-warns-communities-to-be-prepared-for-flooding (Environment Agency flood statement, 2016-11-21)",
    "bulletin",
  ),

  good(
    "good-sv-045",
    "sv",
    "01 oktober 03.54, Explosion, Stockholm",
    `Någonting exploderar vid en port i Dalen.
Flera personer ringer 112 efter att ha hört en kraftig smäll i Dalen. På platsen har någonting exploderat vid en port och orsakat materiella skador, men inga personskador.
Polisen hör vittnen, spärrar av och genomför en teknisk undersökning på platsen. Händelsen rubriceras som allmänfarlig ödeläggelse. Det finns ingen misstänkt.
Händelsenotiserna ger kortfattad information om ett urval av de utryckningar som polisen gör. Observera att det är inledande uppgifter som ligger till grund för notiserna. Det betyder att uppgifterna kan komma att ändras.`,
    "https://polisen.se/aktuellt/handelser/2024/oktober/1/01-oktober-03.54-explosion-stockholm (Polisen, händelsenotis, 2024-10-01)",
  ),

  good(
    "good-sv-046",
    "sv",
    "Lägesrapport fjärrvärmeavbrottet i nordvästra Stockholm",
    `Vi har arbetat intensivt under gårdagen och natten för att få igång reservkapacitet, men tyvärr kan det hända att vi inte får igång fjärrvärmeproduktionen till alla kunder förrän framåt 14 idag, söndag. Områden som berörs är Märsta, Sigtuna och Arlanda.
Fjärrvärmeavbrottet beror på problem i Bristaverket. Fram till att det är åtgärdat använder vi oss av mobila pannor för att förse kunderna med fjärrvärme. Två mobila pannor är inkopplade och ytterligare en är under inkoppling.
När produktionen är igång igen kommer värmen succesivt tillbaka till kunderna. För de som ligger närmast produktionsanläggningen går det relativt fort att få tillbaka värmen och för de som ligger längst ut på fjärrvärmenätet tar det lite längre tid.
Tips vid fjärrvärmeavbrott: Under ett avbrott i fjärrvärmeleveransen finns fortfarande kallvatten. Vid längre avbrott påverkas temperaturen i huset. Vad man kan tänka på är att inte öppna fönster och dörrar i onödan.`,
    "https://www.stockholmexergi.se/nyheter/lagesrapport-fjarrvarmeavbrottet-i-nordvastra-stockholm/ (Stockholm Exergi, co-owned by Stockholms stad)",
  ),

  good(
    "good-sv-047",
    "sv",
    "Låg temperatur i fjärrvärmenätet till Vikmanshyttan",
    `Under natten drabbades Vikmanshyttan av en akut driftstörning på fjärrvärmenätet. Vi har lokaliserat felet och arbetar med att säkerställa temperaturen på nätet. Konsekvensen för fjärrvärmeanslutna fastigheter är att vattenleveransen kan upplevas lägre än normalt. Vi arbetar med att säkerställa vattentemperaturen och beräknar att samtliga fastigheter skall återfå normal leverans senast kl. 16:00 idag.`,
    "https://www.hedemoraenergi.se/2018/02/ (Hedemora Energi, municipal company, 2018-02)",
  ),

  good(
    "good-sv-048",
    "sv",
    "Legionella – aktuellt",
    `Legionellabakterier har påträffats på Köpenhamnsvägen 24B den 15 december 2016. Åtgärder är vidtagna. För mer information kontakta husvärd Patrik Askelund 040 31 33 00.
Människor kan smittas genom vattendimma, inte genom att dricka vatten. Om du varit borta från lägenheten en längre tid som t ex vid semester, och därmed inte använt duschen, så kan spola några minuter innan du använder den, så att avsvalnat vatten spolas ut.
Märker du att vattnet är kallare än normalt, gör en felanmälan hos din husvärd.`,
    "https://mkbfastighet.se/hyresgast/att-bo-hos-mkb/legionella/ (MKB Fastighets AB, Malmö stad housing company, 2016-12)",
  ),
];
