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
  const input: EvalMessage["input"] = { kind, body, language, channels: ["web"] };
  if (title !== undefined) input.title = title;
  return { id, input, source, mustFlag: [] };
}

export const GOOD: EvalMessage[] = [
  good("good-sv-001", "sv", "Uppdaterad 30/11 kl. 21.15 – Akut vattenläcka",
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
    "https://robertsfors.se/2021/11/30/akut-vattenlacka-vid-sjon-asjon-30-11/ (Robertsfors kommun, 2021-11-30)"),

  good("good-sv-002", "sv", "[Uppdatering – koka vattnet] Fåglavik – Stor störning i vattenleveransen",
`Uppdatering 2017-11-19 kl 14:59: Läckan är lokaliserad till en större ledning som inte kan sektioneras bort. Platsen för läckan är dessutom otillgänglig. Förberedelser för reparation är inledda men själva reparationsarbetet kan påbörjas först imorgon. Vi återkommer med information här på hemsidan ca kl 13:00 imorgon måndag.

Uppdatering 2017-11-19 kl 11:38: Dricksvattennätet har sektionerats och delar av nätet kommer enligt plan att trycksättas under dagen. Eftersom nätet varit utan tryck SKA DU KOKA KRANVATTEN FÖR MAT OCH DRYCK. Rekommendationen att koka vattnet gäller fram till dess vi meddelar något annat. Vi återkommer med mer information här på hemsidan ca kl 15:00 idag.

Uppdatering kl 22:18: Felsökningen avbryts på grund av mörker och återupptas imorgon söndag. Nödvatten finns nu på plats via Räddningstjänsten.

Vi felsöker just nu en vattenläcka i Fåglavik. Alla abonnenter är berörda. Nödvatten ställs ut vid ”Fåglavikstorget”.`,
    "https://www.el.herrljunga.se/storning/faglavik-stor-storning-i-vattenleveransen/ (Herrljunga Elektriska / Herrljunga kommun, 2017-11-19)"),

  good("good-sv-003", "sv", "Vattenläcka i Sandhem",
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
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-18-vattenlacka-i-sandhem (Mullsjö kommun, 2023-09-18/19)"),

  good("good-sv-004", "sv", "Kokningsrekommendation i Sandhem upphävs",
`Nu hävs rekommendationen att koka vattnet. Provresultaten från de senaste dagarna visar att vattnet åter kan drickas och inte utgör någon risk för hälsan.

Uppdatering 2023-09-14, kl 09.00
Kokningsrekommendationen hävs från och med nu.
De bakterier som detekterats har varit koliforma bakterier. Inga e-coli har förekommit. Halterna har varit låga och nu kan vi med säkerhet säga att ingen risk för magsjuka eller annan påverkan på hälsan har förelegat.
Orsaken till störningen på vattenverket var att ytligt vatten läckt in i brunnen på grund av de ovanligt stora regnmängderna den sista tiden.
Vi tackar er alla för ert tålamod och till er som har hört av er tackar vi för trevligt bemötande!

Uppdatering 2023-09-11, kl 13:00
Kokningsrekommendationen kvarstår. Vi ser att kloreringen har fått positiv verkan på provresultaten. Det är för tidigt att säga något om när kokningsrekommendationen kan hävas. Ytterligare analysresultat inväntas och nya prover på dricksvattnet tas varje dag tills störningen är över.
Som komplement till att koka vatten finns en vattentank uppställd vid Träffpunkten. Där får man hämta vatten. Kom ihåg att ta med egen dunk eller annan behållare för vatten.`,
    "https://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-14-kokningsrekommendation-i-sandhem-upphavs (Mullsjö kommun, 2023-09-14)"),

  good("good-sv-005", "sv", "Kokningsrekommendationen hävd i Gådeå by, Järsta och Fröland",
`Det är nu fritt fram att dricka vattnet i Gådeå by, Järsta och Fröland igen.
Vid misstänkt förorening följer vi en rutin som innebär två av varandra oberoende provtagningar av vattnet. Vi har nu fått svar på båda proverna och det finns inget att anmärka på i något av dem. Därmed häver vi nu kokningsrekommendationen och det går åter bra att dricka vattnet utan att koka det.
Vi beklagar den olägenhet som kokningspåbudet eventuellt medfört.`,
    "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/kokningsrekommendationenhavdigadeabyjarstaochfroland.5.7ecacd6d15f68fae5125041a.html (Härnösand Energi & Miljö AB, HEMAB)"),

  good("good-sv-006", "sv", "Kokningsrekommendationen upphävs",
`Kokningsrekommendationen upphävs – det kommunala dricksvattnet är tjänligt att dricka.
Det har inte funnits bakterier i det kommunala dricksvattnet från Knipkällan.
Det ackrediterade laboratoriet har, av misstag, larmat om ett otjänligt prov onsdag 2020-01-08. Både det första provet och omprovet visar nu inget e-koli. Därmed häver vi kokningsrekommendationen och allt kommunalt dricksvatten är säkert att dricka direkt ur kranen.
Kontakt: Åsa Kling, Enhetschef, 0224-74 75 61, asa.kling@sala.se`,
    "https://www.sala.se/message/18312/ (Sala kommun, servicemeddelande 2020-01-09)", "correction"),

  good("good-sv-007", "sv", "Kokningsrekommendation i Trekanten och Tomtebyholm",
`Dricksvattnet i Trekanten och Tomtebyholm kan vara förorenat av bakterier på grund av tidigare vattenläcka. Koka allt vatten som ska användas för matlagning, dryck och tandborstning.`,
    "https://kalmar.se/kommun-och-politik/ungnytt/arkiv-ungnytt/nyhetsarkiv/arkiv/2024-09-23-kokningsrekommendation-i-trekanten-och-tomtebyholm.html (Kalmar kommun, 2024-09-23)"),

  good("good-sv-008", "sv", "När dricksvattnet måste kokas",
`Tekniska nämnden i Torsby kommun uppmanar idag alla invånare i Torsby tätort och Oleby, som är anslutna till kommunalt vatten, att koka sitt vatten innan man dricker det eller använder det till matlagning. För aktuell information se Torsby kommuns hemsida.
När det finns misstanke om att kranvattnet förorenats och kan innehålla bakterier, virus eller parasiter som kan göra dig sjuk rekommenderar din kommun att vattnet ska kokas innan det kan drickas eller användas i matlagning.`,
    "https://www.regionvarmland.se/vardgivarwebben/vard-och-behandling/smittskydd-varmland/Nyheter-Smittskydd/2019/04/nar-dricksvattnet-maste-kokas/ (Region Värmland, Smittskydd Värmland, 2019-04)"),

  good("good-sv-009", "sv", "Om dricksvattnet måste kokas",
`Om det finns risk för att dricksvattnet innehåller mikroorganismer som kan göra dig sjuk, utfärdar Miva en kokningsrekommendation. Kokning dödar mikroorganismer som bakterier, virus och parasiter.
När det händer meddelas det alltid på vår webbplats samt vanligen Sveriges Radio P4 Västernorrland.

Riktlinjer vid kokning
- Koka vatten som ska drickas eller användas i matlagning.
- Koka upp vattnet i en kastrull eller vattenkokare tills det bubblar kraftigt. Bakterier, virus och parasiter dör när vattnet kokas.
- Häll upp det kokta dricksvattnet i väl rengjord kanna, flaska eller annan behållare och låt det svalna.

Använd kokt dricksvatten till att blanda saft eller andra drycker med vatten, brygga kaffe, göra is, skölja frukt och grönsaker som inte kokas och borsta tänderna.
Dricksvattnet kan användas som vanligt till att tillaga mat som ska kokas i vatten, tvätta händer, duscha (men se till att små barn inte sväljer vatten), diska, tvätta kläder och spola toaletten.
Fastighetsägare ansvarar för att informera sina hyresgäster vid en kokningsrekommendation.`,
    "https://miva.se/vatten-och-avlopp/dricksvatten/vattenkvalitet/om-dricksvattnet-maste-kokas (Miva, Mitt Sverige Vatten och Avfall; generic advisory page)", "faq"),

  good("good-sv-010", "sv", "Förslövs skola utan el och eleverna är hemskickade",
`Efter en mindre brand i ett elskåp är Förslövs skola utan el. Rektorn fattade därför beslut att stänga skolan. Vårdnadshavare har blivit informerade via skolans informationsplattform Unikum om att de ska hämta sina barn alternativt säkerställa att de äldre barnen lämnar skolan.
Elskåpet som brann låg utanför skolan och personal är nu på plats för att reparera skadan. Branden innebar aldrig någon risk för eleverna på plats.
– Vi har till exempel ingen fungerande belysning, ventilation eller värme. Vi kan inte heller servera någon skolmat till våra elever. Jag har därför, efter kontakt med skolchefen, beslutat att stänga skolan för dagen. Nu vid 11-tiden är nästan alla barn upphämtade, säger Camilla Persson, rektor på Förslövs skola.
Vårdnadshavare hittar aktuell information på informationsplattformen Unikum.
UPPDATERING: Skadan är reparerad och elen är tillbaka. Skola öppnar som vanligt i morgon torsdag den 17 november.`,
    "https://www.bastad.se/forslovs-skola-utan-el-och-eleverna-ar-hemskickade/ (Båstads kommun, 2022-11-16/17)"),

  good("good-sv-011", "sv", "Vattenledning avgrävd utanför Rosenborgskolan",
`Ledningen som förser Rosenborgskolan med vatten är avgrävd och skolan saknar vatten. Det innebär att skoldagen avslutas i och med skollunchen.
Skolan önskar att vårdnadshavarna hämtar de barn som inte kan ta sig hem själva så snart som möjligt.
Om barnen går på klubben och vårdnadshavarna inte kan hämta dem tar Magnus Olsson med sig barnen till Majtorpskolan där verksamheten fungerar som vanligt. Kontakta Magnus för vidare info på 08-523 019 15.
Åker ditt barn taxi försöker skolan ändra tider, men det bästa är att du i dialog med ditt barn kommer och hämtar själv.
Prognosen just nu är att det kommer att ta minst tre timmar innan vattnet är tillbaka. Som det ser ut nu kommer skoldagen imorgon (onsdag) att se ut som vanligt.`,
    "https://www.sodertalje.se/nyhetsarkiv/2018/vattenledning-avgravd-utanfor-rosneborgskolan/ (Södertälje kommun, 2018)"),

  good("good-sv-012", "sv", "SMHI utfärdar stormvarning i södra Sverige",
`SMHI har utfärdade på lördagen en klass 2-varning för stormvindar i flera län i södra Sverige under söndagskvällen och natten mot måndag.
Nyheten uppdaterad 29/11 11:00: Varningen gäller nu Halland, Skåne, Blekinge, västra delen av Kronoberg, Gotland, Öland, Kattegatt och Bälten.
En klass 2-varning för mycket högt vattenstånd är också utfärdad för södra Kattegatt och Öresund norr om Helsingborg.
Den danska vädertjänsten har döpt stormen till Gorm vilket blir det officiella namnet även i Sverige.
Du kan ringa informationsnumret 113 13 om du har frågor eller vill lämna information om stormen.
En klass 2-varning innebär en väderutveckling som kan innebära fara för allmänheten, orsaka stora materiella skador och ge upphov till störningar i viktiga samhällsfunktioner.`,
    "https://www.krisinformation.se/nyheter/2015/november/smhi-utfardar-stormvarning (Krisinformation.se / MSB, 2015-11-28/29)"),

  good("good-sv-013", "sv", "SMHI varnar för stormbyar i södra Sverige",
`SMHI har utfärdat en klass 2-varning för stormbyar i Skåne län utom Österlen, Hallands län, Gotlands län och på Öland i Kalmar län.
I Skåne väntas det börja blåsa under fredag eftermiddag för att fortsätta under lördagen. För Halland, Öland och Gotland gäller varningen under lördagen.
Klass 1-varning är utfärdad i hela Götaland och delar av Svealand.
En klass 2-varning betyder att vädret kan innebära fara för allmänheten, stora materiella skador och stora störningar i viktiga samhällsfunktioner. Allmänheten uppmanas att följa upp ny information på Internet, radio eller TV.
Källa: SMHI`,
    "https://www.krisinformation.se/nyheter/2015/januari/smhi-varnar-for-stormbyar-i-sodra-sverige (Krisinformation.se / SMHI, 2015-01)"),

  good("good-sv-014", "sv", "Varning för stormen Otto",
`SMHI har utfärdat en orange varning för vind längs södra delarna av västkusten upp till sydvästra Bohuslän och ute till havs under eftermiddag och kväll, idag fredag den 17 februari. Längre in över land är varningen på gul nivå.
Där kommer det bli starka vindar och stormbyar. Det finns bland annat risk för nedfallande träd och omkringflygande föremål, vilket kan leda till skador på egendom och begränsningar i trafiken.
Håll dig uppdaterad hos SMHI. Väderläget kan bli besvärligt. Det är viktigt att du håller dig uppdaterad. Det gör du främst på smhi.se och lyssna på Sveriges radio P4.
Förbered dig
- Plocka undan lösa föremål i trädgården och på balkongen så att de inte blåser iväg.
- Säkra byggnadsställningar så att inget löst material kan lossna och orsaka skador.
- Ladda mobilen och se över din hemberedskap om strömmen skulle gå.`,
    "https://www.lansstyrelsen.se/vastra-gotaland/om-oss/nyheter-och-press/nyheter---vastra-gotaland/2023-02-17-varning-for-stormen-otto.html (Länsstyrelsen Västra Götaland, 2023-02-17)"),

  good("good-sv-015", "sv", "Viktigt meddelande till allmänheten i Jönköpings län",
`Viktigt meddelande till allmänheten i Vaggeryd i Vaggeryds kommun, Jönköpings län. På grund av en brand i avfallsanläggning strax norr om Vaggeryds tätort, med kraftig rökutveckling, uppmanar räddningsledaren alla i området att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Jönköping.`,
    "https://www.krisinformation.se/om-krisinformation (VMA as shown on Krisinformation.se, 2024-06-25 02:39; source Sveriges Radio / räddningsledaren)", "sms"),

  good("good-sv-016", "sv", "Viktigt meddelande till allmänheten i Västra Götalands län",
`Viktigt meddelande till allmänheten på Hisingen i Göteborgs kommun, Västra Götalands län. Det brinner i en industribyggnad på Kongahällavägen, mellan Björlanda och Säve flygplats, med kraftig rökutveckling. Räddningsledaren uppmanar alla i området inom en radie av 3 km att gå inomhus och stänga dörrar, fönster och ventilation. För mer information lyssna på Sveriges Radio P4 Göteborg.`,
    "https://www-front01.krisinformation.se/detta-gor-samhallet/mer-om-sveriges-krishanteringssystem/samhallets-ansvar/sos-alarm/11313 (VMA shown on Krisinformation.se, 2022-05-24 11:13)", "sms"),

  good("good-sv-017", "sv", "Viktigt meddelande till allmänheten – skogsbränder i Gävleborg",
`Viktigt meddelande till allmänheten i Finneby, Ljusdals kommun, i Gävleborgs län. På grund av skogsbranden uppmanar räddningsledaren alla som befinner sig i området att lämna det, utrymningsväg är väg mot Ramsjö.

Viktigt meddelande till allmänheten i Kårböle, Ljusdals kommun, i Gävleborgs län. På grund av skogsbranden i Kårböle beslutar räddningsledaren att alla i berört område ska vara utrymda. Furugården i Los har beredskap att ta emot personer.

Viktigt meddelande till allmänheten i Ängra och Ljusdals kommun, i Gävleborgs län. Det brinner kraftigt i skog och mark. Branden är på väg mot bebyggt område. Räddningsledaren uppmanar alla som befinner sig i berört området att utrymma. De som befinner sig i närområdet uppmanas att gå inomhus och stänga dörrar, fönster och ventilation.`,
    "https://svt.se/nyheter/nyhetstecken/viktigt-meddelande-till-allmanheten-4 (VMA texts from räddningsledaren, as broadcast by SVT Nyhetstecken, 2018-07)", "sms"),

  good("good-sv-018", "sv", "Skärpt eldningsförbud – länsstyrelsen uppmanar",
`Hög brandrisk råder i skog och mark. Räddningscheferna i länet betonar vikten av att eldningsförbudet respekteras. Brandrisken är mycket hög och läget är allvarligt.
Skärpt eldningsförbud innebär att förbudet nu omfattar all eldning utomhus, även vid särskilda iordningsställda grillplatser samt användande av portabla sprit- och gasolkök, engångsgrillar eller annan utrustning som har direkt markkontakt.
Länsstyrelsen uppmanar den som upptäcker en brand att: Varna andra som kan hotas av branden. Flytta dig till en säker plats. Larma genom att ringa 112. Släck om du kan.
Rök från skogsbränder kan sprida sig långt. Ring bara räddningstjänsten om du vill rapportera att du sett öppen eld, inte om du ser rök.
SOS Alarm uppmanar allmänheten att använda 113 13 för information om skogsbränder, inte larmnumret 112.
Vid brand, följ Sveriges Radio P4 för att få den senaste informationen.`,
    "https://sverigesradio.se/sida/artikel.aspx?programid=109&artikel=7004462 (Länsstyrelsen Västerbotten / räddningscheferna, relayed by Sveriges Radio P4 Västerbotten, 2018-07)"),

  good("good-sv-019", "sv", "Räddningstjänsten avråder från eldning",
`Just nu torkar det upp i skog och mark, vilket gör att risken ökar för att bränder ska sprida sig. Räddningstjänsten avråder från all form av eldning tills vidare.
Ytlagren i skog och mark torkar just nu upp, vilket gör att risken ökar för att bränder ska sprida sig. Räddningstjänstens brandriskprognos visar att det kommer att torka upp ytterligare i skog och mark under den kommande dagarna.
Undvik därför all form av eldning av ris, gräs eller liknande. Räddningstjänsten avråder från eldning tills vidare, tills brandriskprognosen ändrar sig.`,
    "https://mittbohuslan.se/nyhetsarkiv/nyheter-startsida/2022-05-04-raddningstjansten-avrader-fran-eldning.html (Räddningstjänsten Mitt Bohuslän, 2022-05-04)"),

  good("good-en-001", "en", "BOIL WATER NOTICE 10-23-17 @ 5:11 pm",
`DRINKING WATER WARNING - Boil Your Water Before Using
Due to loss of water pressure in the distribution system on October 23, 2017, potentially harmful bacteria could be present in the water supply. If these bacteria are present, they could make you sick, and are a particular concern for people with weakened immune systems. The affected area is limited, but if you have received this notice directly from your water provider, you are in the affected area.
Customers should bring water to a rolling boil for 1 full minute, allow the water to cool before using, and store the cooled water in a clean container with a cover. Customers should use boiled water that has cooled or bottled water for: brushing teeth; washing fruits and vegetables; preparing food and baby formula; making ice; cleaning food contact surfaces.
Crews are working on computer controlled water supply equipment and working to increase water levels at the reservoir. We will inform you when tests show no bacteria and you no longer need to boil your water. We anticipate resolving the problem within 36 hours (testing time included).
This boil water advisory is a precaution. To limit risk to health, customers should follow the instructions contained in the advisory.`,
    "https://www.cityofamityoregon.org/public-notice (City of Amity, Oregon, 2017-10-23)"),

  good("good-en-002", "en", "Important public announcement for Göteborg and Mölndal",
`Update 26 april 16.25pm: The message is no longer valid.
Original message: Important public announcement for the Göteborg and Mölndal municipalities, Västra Götaland county.
There is a fire in a dumpster containing lithium batteries in the Sisjön industrial area. There is intense smoke from the fire.
The leader of rescue operations urges everyone in the area to go inside, and to shut doors and vents.
Information in Swedish is available from Swedish Radio Channel 4, Göteborg.
You can also call information number 113 13 if you have questions about the fire.`,
    "https://www.krisinformation.se/en/news/2023/april/important-announcement-for-goteborg-and-molndal (Krisinformation.se / MSB, 2023-04-26)"),

  good("good-en-003", "en", "Important public announcement in Västerbottens län",
`Important public announcement for Skelleftehamn and Örviken in Skellefteå Municipality, Västerbotten County. There is a fire in an industrial area causing thick smoke. The incident commander urges everyone in the area to go indoors and close doors and windows, and shut off ventilation. For more information listen to Sveriges Radio P4 Västerbotten.`,
    "https://krisinformation.se/en/news/2021/november/important-public-announcement-regarding-helsingborg (Krisinformation.se, VMA banner updated 2024-12-22 11:32; source Sveriges Radio)", "sms"),

  good("good-en-004", "en", "An Important Public Announcement for Helsingborg",
`The warning has been withdrawn.
Original text: An Important Public Announcement regarding fire and smoke has been issued for Helsingborg, Skåne län. People are urged to avoid the area, to go inside and close doors, windows and vents. The fire is expected to produce heavy smoke throughout the night.
For more information in Swedish about this situation, listen to Swedish Radio P4.`,
    "https://krisinformation.se/en/news/2021/november/important-public-announcement-regarding-helsingborg (Krisinformation.se, 2021-11)"),

  good("good-en-005", "en", "Update on Storm Arwen 11.45am 27/11",
`The County Council is working round the clock as part of its response to Storm Arwen.
Staff have been very busy during the night with the Fire Service responding to 96 incidents, Local Services teams dealing with over 100 calls about trees coming down and other issues on the road network whilst also having to deal with snow clearance and gritting on all routes in very treacherous conditions.
However there is still a Met Office yellow warning in place for wind until 6pm today and we now have a yellow warning for ice from 5pm today until 11am Sunday.
Unfortunately, our out of hours phone lines were affected by the storm and we are currently working to restore this. Residents are asked to be patient at this time. In an emergency 999 can still be contacted.
This is a dynamic situation and while winds speeds have reduced issues are continuing to arise, with regular updates being provided to the public via the council's communications channels.
Due to the very poor on-going conditions people are asked not to travel if at all possible.`,
    "http://www.northumberland.gov.uk/News/2021/Nov/Update-on-Storm-Arwen-11-45am-27-11.aspx (Northumberland County Council, 2021-11-27)"),

  good("good-en-006", "en", "Flood Advice",
`We are advising residents of road closures throughout the county. Road closures can be viewed on our Road Closures page and we advise those travelling to check to make sure their route is accessible.
When travelling please obey traffic signs. Flood warning boards will be out on the road network and advise you to slow down where parts of the road surface are submerged. If there is a road closed sign please do not attempt to drive through the flood water. As the road surface is not visible whilst travelling through floodwater it is not safe to do so.
We advise people not to walk through flood water as this is potentially hazardous. Manhole covers may become dislodged, the power of the water flow may not be apparent and the water may be contaminated. For more information on floodwater hazards please check the Environment Agency website.`,
    "http://newsroom.herefordshire.gov.uk/2014/february/flood-advice.aspx (Herefordshire Council, 2014-02)"),

  good("good-en-007", "en", "Statement on flooding",
`Council staff, community flood wardens and contractors have been working hard with residents to manage the flood threat from the rainstorm. While there has been some localised flooding of highways and low lying spots, defences have generally held.
Six gangs of staff and two gully wagons have been out and about in the Valley responding to rising waters. Roads are beginning to re-open and becoming passable with care, but please consider whether your journey is really necessary.
Another rain bearing depression is due shortly but it should be a little less intense than Saturday night's deluge. The outlook for the week remains wet and Council staff will be focusing on flood prevention and response work.`,
    "https://news.calderdale.gov.uk/statement-on-flooding/ (Calderdale Council)"),

  good("good-en-008", "en", "Do Not Drink Water Advisory",
`Local health authorities issue a do not drink water advisory when your community's water is, or could be, contaminated with harmful chemicals and toxins, and when boiling water will not make it safe.
During a do not drink water advisory, use bottled water for: drinking and cooking; brushing teeth; washing fruits and vegetables; preparing food; mixing baby formula; making ice; giving water to pets.
In some instances, it will be safe to wash hands, flush toilets and shower; in other instances, it will not. You should be cautious when bathing a baby and young children; they might swallow water.
Do not drink or use water from any appliance connected to your water supply lines. This includes the water and ice dispensers in your refrigerator, freezer and dishwasher.`,
    "https://www.cdc.gov/healthywater/emergency/drinking/drinking-water-advisories/do-not-drink-advisory.html (CDC; generic advisory page)", "faq"),

  good("good-en-009", "en", "Dunkerrin water supply customers reminded Boil Water Notice still in operation",
`Irish Water has reminded customers supplied by Dunkerrin Public Water Scheme that the Boil Water Notice issued on Tuesday, September 22, remains in place until further notice to protect public health.
Following consultation with the Health Service Executive (HSE), Irish Water and Offaly County Council issued a Boil Water Notice as a precaution to protect approximately 1,200 customers following a mechanical failure at the water treatment plant that resulted in the disinfection process being compromised.
Customers in Dunkerrin, Lisryan and surrounding areas are advised to boil water before use until further notice.
Moneygall Village is on a separate supply and is not impacted by this notice.
As part of the process to lift the Boil Water Notice, Irish Water and Offaly County Council are progressing with flushing of the network and sampling and monitoring of water supplies.`,
    "https://www.tipperarylive.ie/news/news/577016/dunkerrin-water-supply-customers-reminded-boil-water-notice-still-in-operation.html (Irish Water statement as published by Tipperary Live, 2020-09-28)", "bulletin"),

  good("good-en-010", "en", "Boil water notice update for Carrick-on-Suir",
`Irish Water is reminding customers in Carrick-on-Suir that the boil water notice put in place on December 26 is still in place.
"Experts from Irish Water and Tipperary County Council are undertaking works at the Water Treatment Plant and are continuing to conduct water quality sampling to enable lifting of the notice as quickly and as safely as possible. At this time, the exact date the notice will be lifted is unknown; however, we anticipate that it will remain in place until next week at least.
"I would like to thank everyone for their patience and cooperation while we work to restore a safe water supply to the community. Please continue to boil water before use until further notice," said Mr Cunningham.
Water must be boiled for: drinking; drinks made with water; preparation of salads and similar foods, which are not cooked before eating; brushing of teeth; making of ice - discard ice cubes in fridges and freezers and filtered water in fridges. Make ice from cooled boiled water.`,
    "https://www.tipperarylive.ie/news/carrick-on-suir/714946/boil-water-notice-update-for-carrick-on-suir.html (Irish Water statement as published by Tipperary Live, 2022-01-04)"),

  good("good-en-011", "en", "Doneraile boil water notice",
`Following consultation with the HSE, a Boil Water Notice has been issued with immediate effect for all customers on the Doneraile Regional Public Water Supply. Customers are advised to boil and cool water before use until further notice.
The boil water notice has been put in place due to inadequate disinfection of the water supply which has entered the local network. The notice applies to approximately 2,400 customers.
Experts from Irish Water and Cork County Council are working to assess the situation and are investigating the issue with a view to implementing solutions to lift the notice as quickly and as safely as possible.
Vulnerable customers who have registered with Irish Water will receive direct communication on this boil water notice and schools and creches in the area will also be informed.`,
    "https://www.echolive.ie/corknews/arid-40709459.html (Irish Water statement and @IrishWater post, as published by the Echo, 2021-09-29)", "social"),
];
