import { evalSet } from "./build.js";
import { FACTUAL, IMPARTIAL, OPEN, ADAPTED, FAST, ACTIVE } from "./guidance.js";
import type { EvalMessage } from "./types.js";

/**
 * Seventh blind set, HELD OUT and INDEPENDENT: never tune rules on it and never print its items (scripts/checklist-eval.ts
 * prints figures only). Written on 2026-12-03 by a crisis-communication specialist who did not read the checklist's
 * rules, lexicons, SPEC or the earlier sets' flawed items (only build.ts, types.ts, the README and the head of one set
 * for the item format), so that its figures estimate how the checklist does on hidden sets written by other people.
 * Measured once, at commit 93b0bd1, in a separate worktree; only the aggregate figures were read (README).
 *
 * GOOD_BLIND7: real messages published by authorities and utilities (Polisen, Swedish municipalities, Räddningstjänsten
 * Väst, Krisinformation.se, energy companies, the Finnish Food Authority, Åbo stad; NSW SES, Logan City Council, Fire and
 * Emergency New Zealand, the National Weather Service, UK councils and waste services, the Environment Agency, FEMA, US
 * county and state health departments, PG&E) found in a stored copy of public web pages, none of them in an earlier set
 * (checked by URL). Condensed to the public-facing message core; the publisher's sentences are kept as published,
 * typing errors included. `source` names the publisher, the URL, the date where the page shows one, and any newspaper or
 * aggregator it came through. `mustFlag` is empty.
 *
 * BAD_BLIND7: messages written for this set (not publications), as a stressed duty officer, a defensive press officer or
 * a careless social-media manager would write them, Swedish (some in easy Swedish, "lättläst") and English. Most carry one
 * dominant flaw inside an otherwise plausible message; some carry several. `pattern` names the flaw, `mustFlag` the
 * principles a competent crisis communicator would send the message back for. Places, people, companies, numbers and
 * addresses in them are invented.
 */

const { real, bad } = evalSet("s7");

const CERC =
  "CDC Crisis and Emergency Risk Communication (CERC) manual: be first, be right, be credible; express empathy";
const MSB = "MSB, Kommunikera i kris – vägledning: korrekt, öppen, snabb och mottagaranpassad information";
const KRIS = "Krisinformation.se: förmedla bara bekräftad information från ansvariga aktörer";
const RF = "Regeringsformen 1 kap. 9 § (saklighet och opartiskhet); MSB om förtroende i kriskommunikation";
const KLAR = "Språklagen (2009:600) 11 § och Isof/Språkrådet, Klarspråk: vårdat, enkelt och begripligt";
const LL = "Myndigheten för tillgängliga medier / Centrum för lättläst: lättläst svenska, korta meningar, vardagsord";
const PLAIN = "Federal Plain Language Guidelines (plainlanguage.gov); CERC 'be clear, be simple'";
const DEBUNK =
  "The Debunking Handbook 2020 (Lewandowsky et al.): lead with the fact, mention the myth once, explain, repeat fact";
const WHO = "WHO Outbreak Communication Guidelines (2005): trust, transparency, announce early, plan";
const FEMA = "FEMA/IPAWS message design: source, hazard, location, time, guidance (Mileti & Sorensen)";

export const GOOD_BLIND7: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  real(
    "sv",
    "bulletin",
    "Polisinsats/kommendering",
    `Polisinsats under kvällen i Trollhättan samt Uddevalla med anledning av bilträffar.

Under kvällen kommer polisen genomföra ytterligare en insats i Trollhättan/ Uddevalla med anledning av att hantera eventuella bilträffar. Polisen kommer att närvara med bland annat trafikpoliser, personal från rytteriet samt personal från vår hundenhet. Målsättningen är att stävja ordningsstörningar samt minimera risken till fortsatt spridning av den pågående pandemin.

Med anledning av detta kan det innebära viss begränsad framkomlighet i området kring Överby samt Torp. Försök om möjligt att välja annan väg för att slippa långa köer samt underlätta polisens arbete i samband med insatsen.

Eventuella frågor besvaras av insatsledningen under kvällen på 010 - 5655485.`,
    "Polisen (region Väst) via Brottsplatskartan, https://brottsplatskartan.se/vastra-gotalands-lan/polisinsats-kommendering-trollhattan-uddevalla-193836 (pandemic period, 2020–2021; exact date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Salmonella har konstaterats i salami",
    `21. februari 2023

Lidl har meddelat att man återkallar en italiensk salamiprodukt, eftersom salmonella har konstaterats i kontrollprover som gjorts i ett annat land. Produkten är Italiamo Strolghino-salami, dess vikt är 250 gram och återkallelsen gäller produkter med datum 28.4.2023 och partikod 16.

Produkten har sålts i 62 Lidl-butiker i huvudsak i Birkaland och Egentliga Finland. Produktpartiet har inte varit till salu i huvudstadsregionen, Östra Finland, Mellersta Finland eller Norra Finland.

Lidl ber på sin webbplats sina kunder att returnera produkterna från dessa partier till en Lidl-butik där produktens pris gottgörs.

Mer information till kunderna: På webbplatsen: asiakaspalvelu.lidl.fi, tfn 09 424 52 111

Vid Livsmedelsverket sköts ärendet av specialexpert Mika Varjonen, tfn 050 38 68 416, fornamn.efternamn@ruokavirasto.fi.`,
    "Livsmedelsverket (Ruokavirasto, Finland), https://www.ruokavirasto.fi/sv/livsmedel3/instruktioner-for-konsumenter/aterkallelser-2023-/salmonella-har-konstaterats-i-salami/, 2023-02-21",
  ),
  real(
    "sv",
    "bulletin",
    "Stormvarning under dagen",
    `Publiceringsdatum: 2015-01-01

SMHI har utfärdat en stormvarning för Västra Götaland från idag, fredag. Varningen är nu nedklassad från klass 2 till klass 1 för Lerums kommun.

Från fredag förmiddag till fredag eftermiddag väntas sydvästlig vind med byar upp till 26 meter per sekund. Prognosen är att kulmen nås klockan 10-12.

Håll dig uppdaterad via radio och TV, eller via webben.

Du som har trygghetslarm/ trygghetstelefon: Vid fel på ditt trygghetslarm eller tillhörande larmknapp, ring trygghetslarmets servicetelefon: 0302-52 19 00. Lämna namn och telefonnummer så kontaktar vi dig.

Kommunen bedömer i dagsläget att det inte kommer att innebära några längre eller omfattande strömavbrott. Vi bedömer heller inte att förskolor, skolornas fritidsverksamheter, särskilda boenden, hemsjukvård eller hemtjänst ska störas i sin verksamhet.

Om ni upptäcker fel som uppkommit av stormen kan ni kontakta medborgarkontoret KomIn 0302-52 20 00 / komin@lerum.se hela dagen.`,
    "Lerums kommun, https://www.lerum.se/Kommun-och-politik/Nyhetsarkiv/nyheter-2015/Stormvarning-klass-2/, 2015-01-01",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI uppgraderat till en klass 3-varning",
    `SMHI har nu uppgraderat den väntade stormen till en klass 3-varning, den värsta sorten. Det innebär stora risker för skador på människor och egendom.

Stormen gör att tågtrafiken ställs in på sträckor där risken är stor att träd faller ned över spåren. Vägtrafikanter varnas att ge sig ut på vägarna. Anpassa hastigheten och planera resan i god tid.

Föräldrar med barn i förskolan och fritidsverksamhet uppmanas att hämta hem sina barn så tidigt som möjlig. Du kan läsa mer om stormen på följande webbplatser: Krisinformation.se, Länsstyrelsen i Halland, Vädervarningar på SMHI, Trafikverkets webbplats, Hallands Nyheter, Sveriges Radio.`,
    "Räddningstjänsten Väst, https://www.rvast.se/nyheter/smhi-uppgraderat-till-en-klass-3-varning (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Räddningstjänsten avslutar sitt akuta arbete",
    `Räddningstjänsten avslutar det akuta släckningsarbetet vid skogsbanden i Ljusdals kommun och överlämnar eftersläckningsarbetet till markägarna torsdag den 9 augusti klockan 16:00.

Polisområde Gävleborg fortsätter sin särskilda händelse fram till söndag den 12 augusti klockan 22:00.

Polisens arbete fram till söndag är inriktad på att omfatta:
- bevaka den ev. tilltagande trafiken i området
- kontroll av områdena som har beträdandeförbud så att skyltar m.m. är uppsatta
- genomföra fordons-personkontroller, då man vet att i tidigare utrymda områden kan det dra till sig tjuvar som är ute efter brottsobjekt

De avlysta områdena har beträdandeförbud och det finns information på Länsstyrelsen Gävleborg att läsa mer om beslut beträdandeförbud.

Målsättningen efter att den särskilda händelsen avslutas är att polisens verksamhet successivt ska återgå till det normala.

Lokalpolisområde Hälsingland övertar ansvaret och arbetet kommer ske i nära samverkan med Ljusdals kommun och berörda aktörer.

Per Ågren, Kommenderingschef
Karl von Krusenstjerna, t.f lokalpolisområdeschef Hälsingland`,
    "Polisen (polisområde Gävleborg), https://polisen.se/aktuellt/nyheter/2018/augusti/raddningstjansten-avslutar-sitt-akuta-arbete/, August 2018",
  ),
  real(
    "sv",
    "bulletin",
    "Klartecken för vattnet i Fröland, Järsta och Gådeå by",
    `HEMAB har nu återtagit sin rekommendation att koka dricksvattnet i Fröland, Järsta och Gådeå by.

Rekommendationen att koka vattnet berodde på misstankar om att det kunde ha kommit in föroreningar i ledningarna i samband med ledningsarbeten. Vid sådana misstankar tas två vattenprover oberoende av varandra. Båda provsvaren visar nu att det inte finns något att anmärka på och det är alltså fritt fram att dricka vattnet igen.`,
    "Härnösands kommun, https://www.harnosand.se/boendemiljoochtrafik/nyheterboendemiljoochtrafik/nyhetsarkivboendemiljo/klarteckenforvattnetifrolandjarstaochgadeaby.5.7ecacd6d15f68fae5125d21b.html (date not shown on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppdatering om stormen Laura",
    `Under torsdagen 12 mars svepte stormen Laura in över Sverige och fick stora konsekvenser. Kraftringens elnät drabbades av ett flertal avbrott. Många kunder kunde få strömmen åter tack vare omkopplingar men möjligheterna till felavhjälpning i fält försvårades dels av den pågående stormen, dels av att även större vägar blockerades av nedfallna träd.

Stormen bedarrade under natten till fredagen vilket innebar att all tillgänglig personal kunde börja jobba redan tidigt på fredagmorgonen. Under dagen fick de flesta av våra kunder strömmen åter. Tyvärr var dock skadorna på nätet så omfattande att ett 50-tal hushåll kvarstod utan elleverans även in på helgen. Helikopterbesiktning under fredag och lördag har gett en tydlig bild av de kvarstående felen och hur de ska prioriteras. Arbetet pågår med extrainsatt personal för att så fort som möjligt få strömmen tillbaka till de sista permanentboendena.

Vi beklagar alla olägenheter stormen Laura medfört och ber om överseende för de gånger vi kommer behöva kort stänga strömmen korta perioder igen för att mer permanent kunna åtgärda kvarvarande fel.

Du kan följa utvecklingen på vår avbrottskarta, som uppdateras var 5:e minut dygnet runt. Observera dock att fel på lågspänningsnätet inte syns på kartan och att vissa fel kan vara kvar utan att ha någon påverkan för våra kunder, exempelvis sommarboenden eller liknande.`,
    "Kraftringen, https://www.kraftringen.se/nyheter/2020-q1/20200312-storm/, March 2020",
  ),
  real(
    "sv",
    "bulletin",
    "Lägesrapport från Ellevio: Stormen Helga söndag kl 21",
    `2015-12-06 PRESSMEDDELANDE

Arbetet med att laga elnätet har pågått hela dagen. Samtliga fel som uppstod i högspänningsnätet under stormen har åtgärdats, det vill säga de fel som berör många kunder, och dessutom är de allra flesta lågspänningsfelen där varje fel berör färre kunder lagade.`,
    "Ellevio, https://www.ellevio.se/om-oss/Pressrum/newsroom/2015/december/lagesrapport-fran-ellevio-stormen-helga-sondag-kl-21/, 2015-12-06",
  ),
  real(
    "sv",
    "bulletin",
    "Störningar i elnätet",
    `Aktuellt läge 2013-12-01, klockan 21.45

Vattenfall har sedan lunchtid idag haft störningar i eldistributionen på grund av mycket hårda vindbyar över Södra Norrland samt östra Svealand som orsakat trädpåfall på elledningar. Vindbyarna har drabbat våra kunder hårt, framförallt i Bergslagen, Roslagen, Uppland och Stockholms-området.

På söndagskvällen var som mest cirka 15.000 kunder utan ström och för närvarande saknar cirka 8.000 kunder ström. All tillgänglig personal är engagerad för fellokalisering och felavhjälpning. Det går just nu inte att lämna besked om när kunderna beräknas få strömmen tillbaka.

Vattenfall har haft all beredskap i arbete under dagen och har även satt in extra personal och materiella resurser. Träd har fallit på kraftledningar och vägar vilket gjort många mindre vägar svårtrafikerade vilket hindrar framkomligheten och därmed röjningsarbetet. Ledningar, stolpar, reglar, stag med mera har i vissa avsnitt skadats svårt.

Då säkerheten för vår personal alltid prioriteras så kan vi på grund av hård vind och sjö för tillfället inte nå skärgårdsöarna med båt vilket fördröjer reparationsarbetet. Personal från andra delar av Sverige har satts in för att lösa av de som jobbat under söndagsdygnet och som förstärkning till personalen på plats.`,
    "Vattenfall (pressmeddelande), https://corporate.vattenfall.se/press-och-media/pressmeddelanden/2013/storningar-i-elnatet/, 2013-12-02",
  ),
  real(
    "sv",
    "bulletin",
    "Statusuppdatering efter stormen Johannes",
    `Stormen Johannes orsakade stora skador på elnäten i Dalarna och Gävleborg. I Borlänge drabbade vi också, men i lite mindre omfattning. Som mest var cirka 500 kunder påverkade.

Alla kunder har fått tillbaka strömmen och nu fortsätter arbetet med att åtgärda provisoriska lagningar.

Väderläget har varit mycket utmanande under helgerna. Den efterföljande stormen Anna har endast orsakat mindre enstaka fel.

Ser du träd som fortfarande ligger över elledningar eller annat som kan hjälpa oss i vårt arbete? Ring 0243-730 00 och följ instruktionen.

Stort tack till alla som arbetat med felavhjälpning och till alla våra kunder som drabbats av strömavbrott för ert tålamod.`,
    "Borlänge Energi, https://www.borlange-energi.se/aktuellt/arkiv/2026-01-05-statusuppdatering-efter-stormen-johannes, 2026-01-05",
  ),
  real(
    "sv",
    "bulletin",
    "SMHI klass 2-varnar för snöfall",
    `Uppdatering 6/11 17.20. Klass 2-varningen gällde endast Gotlands län under det kommande dygnet. SMHI utfärdade på lördagen den 5 november en klass 2-varning för stora snömängder i Östergötlands län, östra delen av Jönköpings län och Kalmar län utom Öland.

Det väntades snöfall på många håll i landet och SMHI utfärdade flera klass 1-varningar med anledning av snön.

En klass 2-varning innebär väderutveckling som kan medföra fara för allmänheten, orsaka stora materiella skador och stora störningar i viktiga samhällsfunktioner. Allmänheten uppmanas att följa upp ny information på internet, radio eller TV.

Vädersituationen kan medföra stora trafikproblem samt innebära störningar i el- och teleförsörjningen, enligt SMHI.`,
    "Krisinformation.se, https://www.krisinformation.se/nyheter/2016/november/smhi-klass-2-varnar-for-snofall, 2016-11-05/06",
  ),
  real(
    "sv",
    "bulletin",
    "Tips och råd vid värmebölja",
    `Gäller från: Pågår just nu

Just nu är det varmt ute. Ihållande perioder av värme under sommaren kan både orsaka hälsoproblem och påverka hur vi behöver bete oss. Här ger vid råd och tips vid värmebölja.

Under torra perioder behöver vi gemensamt spara på kranvattnet. Det är viktigt för att vattenverket ska hinna med att producera vatten, så att det räcker till alla. Det kommunala dricksvattnet är en av samhällets allra viktigaste resurser och är främst till för matlagning, dryck och hygien. Under varma och torra dagar används väldigt mycket dricksvatten för bevattning samt till att fylla pooler och vattenförbrukningen kan öka med över 35 %. Tillsammans måste vi hjälpas åt att få vattnet att räcka.

Så kan du hjälpa till att spara vatten:
- Använd inte vattenslang och vattenspridare. Vattna hellre med vattenkanna och vattna tidig morgon, kvälls- eller nattetid då vattnet inte dunstar.
- Undvik vattenkrävande aktiviteter som att fylla pooler, högtrycksspolning och att tvätta bilen.
- Duscha istället för att bada.
- Ta korta duschar istället för långa. Stäng av vattnet i duschen när du tvålar in dig.
- Kör fulla disk- och tvättmaskiner.`,
    "Danderyds kommun (driftinformation), https://www.danderyd.se/driftinformation/aterkommande-driftinfo/sommarvarme/ (recurring notice, no date on the stored copy)",
  ),
  real(
    "sv",
    "bulletin",
    undefined,
    `Varmt väder och värmeböljor är en hälsorisk. Risken för allvarliga hälsoskador gäller i synnerhet äldre personer och personer med kroniska sjukdomar.

Under heta dagar är det bäst att hålla svalt inomhus, undvika gassande sol och varma platser, samt onödig fysisk ansträngning. Det lönar sig att stänga fönstren då utomhusluften är varmare än inomhusluften och att vädra inomhus på kvällen eller natten när utomhusluften har kylts ner.

Vid värmebölja ska var och en se till sina närståendes välbefinnande. Man ska i synnerhet ta hand om närstående som är äldre, som lider av grundsjukdomar eller som har försämrad funktionsförmåga. Fråga dagligen hur de som hör till riskgrupperna mår, till exempel genom att ringa.

Om du har kraftiga symtom eller om symptomen på en grundsjukdom förvärras betydligt ska du kontakta hälso- och sjukvården, i första hand per telefon (egen hälsovårdscentral eller Åucs Akuten). I brådskande situationer ska man ringa nödnumret 112.`,
    "Åbo stad (Turku), https://www.turku.fi/sv/nyhet/2020-06-26_skydda-dig-sjalv-och-dina-narstaende-mot-risker-av-varmeboljor, 2020-06-26",
  ),

  // ---------------------------------------------------------------- English
  real(
    "en",
    "bulletin",
    undefined,
    `NSW SES is directing residents and businesses within parts of Sandy Point to evacuate the following area by 9am Thursday 3 March: St George Crescent. Once floodwater reaches 1.4 metres at the Picnic Point Gauge, the area will be isolated. If residents remain in the area after 9am Thursday 3 March they may be trapped without power, water and other essential services and it may be too dangerous to be rescued. Where to go: Stay with family, friends or at accommodation outside of flood areas. If you are unable to do so, an evacuation centre has been established at Club Menai, 44-60 Allison Cres, Menai or Cabra-Vale Diggers, 1 Bartley St, Canley Vale. Minor flooding is likely at Picnic Point and Woronora on Thursday morning on the high tide. Further heavy rainfall is forecast for Thursday which could cause renewed river level rises. Thesituation is being closely monitored and revised predictions will be issued as necessary.`,
    "NSW State Emergency Service, evacuation order quoted by The Leader (St George & Sutherland Shire), https://www.theleader.com.au/story/7642605/update-ses-issues-evacuation-warning-for-sandy-point/, 2022-03-03",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `NSW SES is warning residents and businesses within parts of St Georges Basin and Sussex Inlet to prepare themselves to evacuate the following areas by no later than midday Tuesday, March 8. Please note that an evacuation warning differs from an evacuation order. A warning is issued when flooding is likely to cut evacuation routes or inundate property, and is a 'heads up' to start preparing for possible evacuation. Residents should monitor the situation and be prepared to evacuate when instructed to do so. If residents remain in the area after midday Tuesday, March 8, they could run the risk of becoming trapped and it may be too dangerous for NSW SES to conduct a rescue. Two evacuation centres have been established and will open Tuesday morning. Once floodwater reaches 1.20 metres at St Georges Basin, it is expected that homes on the Eastern end of The Park Drive, following Tomerong Creek will become flooded and residents may not be able to leave once this occurs.`,
    "NSW State Emergency Service, warning as reported by the South Coast Register, https://www.southcoastregister.com.au/story/7648119/evacuation-warning-for-parts-of-st-georges-basin-sussex-inlet-issued-ses/, 2022-03-07 (the newspaper's attributions removed, SES wording kept)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Roads are flooding, yards are flooding, and the rains are expected to continue today and tomorrow with more flooding expected.
If you need sandbags, you can now fill your own on a self-service basis at Daisy Hill State Emergency Services (SES) Depot today, Monday, January 1, from 3pm to 8pm.
It is important to note sandbags are not available at all Logan City Council depots.
Sand and bags will be provided but you will need to bring your own shovels.
The SES Daisy Hill Depot is located at 26-36 Winnetts Rd, Daisy Hill.
If it is not possible to visit the depot and it is an emergency, contact the SES on 132 500 to make alternative arrangements.
Council is continuing to monitor the developing conditions and encourages residents to keep up-to-date with weather information.
Check Council's Disaster Dashboard – disaster.logan.qld.gov.au – for updates on road hazards.
In a life-threatening emergency phone Triple Zero (000) immediately.`,
    "Logan City Council notice via Living in Logan, https://livinginlogan.com.au/logan-city-news/fill-your-own-sandbags-at-daisy-hill/, Monday 1 January (2024)",
  ),
  real(
    "en",
    "bulletin",
    "Whangārei Vegetation Fire Update #4",
    `Fire and Emergency New Zealand is continuing to battle the vegetation fire in Whangārei today.
Incident Controller Graeme Quensell says the fire now covers an area around 14ha in size, with a perimeter of 1.7km.
"We're aiming to complete a firebreak around the outside of the fireground by the end of today," he says.
"There are around 40 firefighters working to control the fire, and we had two helicopters in the air supporting us this morning."
Fire investigators are at the site today, working to determine the cause of the fire.
The next update will be around 5pm this afternoon.
If there's smoke in your area:
- Households in the affected area down-wind of the fire should close windows, doors and ventilation systems. If your house is affected by the smoke, wipe down surfaces - especially cooking surfaces.
- Anyone who remains in the vicinity is advised to keep out of the smoke.
- If you experience shortness of breath, wheezing, asthma or chest pain please see your doctor immediately or call 111. For health advice you can also call Healthline for free anytime on 0800 611 116.`,
    "Fire and Emergency New Zealand press release via Scoop, https://scoop.co.nz/stories/AK2501/S00188/whangarei-vegetation-fire-update-4.htm, January 2025",
  ),
  real(
    "en",
    "bulletin",
    "7.30pm UPDATE - Fire, Evergreen Crescent, Trentham",
    `Fire and Emergency is asking Silverstream residents to please conserve water in their houses as the reservoir fills back up. Wellington Water has allowed firefighters access to the reservoir for firefighting use.
Helicopters will continue operations at the fire until 8.30pm tonight. Ground crews will remain on scene, but we are planning to scale crew numbers back around 9.30pm. Some ground crews will remain on scene to monitor overnight. There is still a lot of smoke around. If you are affected by the smoke, particularly those downwind of the fire, please keep your windows and doors closed. If you need medical advice please call healthline on 0800 611 116. If you need urgent medical attention, please call 111.`,
    "Fire and Emergency New Zealand press release via Scoop, https://www.scoop.co.nz/stories/AK2201/S00411/730pm-update-fire-evergreen-crescent-trentham.htm, 2022-01-22 19:37",
  ),
  real(
    "en",
    "bulletin",
    "Fire and Emergency New Zealand severe weather and vegetation fires update",
    `Kaikoura fires update.

Firefighters dealt with multiple fires breaking out around the same time across Kaikoura today.

Assistant National Commander Ken Cooper says wind and fire conditions were extreme and fourteen structures were destroyed across the Kaikoura District.

Five of these were houses. There was no loss of life.

"Our crews worked tirelessly and were able to save five houses from being destroyed," Ken Cooper says.

"I'd like to extend my sympathy to the people affected by these fires today," he says.

"Crews remain on standby overnight, and will be back on the firegrounds in the morning.

"We expect a comparative lull in the wind tomorrow before it is forecast to strengthen significantly again on Wednesday night and our crews will use this opportunity to make sure the fires are contained and extinguished."

Hawke's Bay fires

Four vegetation fires continue to burn in the Pōrongahau area in Hawke's Bay tonight.`,
    "Fire and Emergency New Zealand, https://www.fireandemergency.nz/incidents-and-news/news-and-media/fire-and-emergency-new-zealand-severe-weather-and-vegetation-fires-update (date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "Kirwee fire update #10",
    `Firefighters have continued to make good process on extinguishing the fire at Kirwee on Tuesday.

However, Incident Controller Brian Keown says the fire is deep seated and burning underground, meaning it will take some time to fully extinguish.

"It is hot, dirty, dangerous work for our crews, so we need to be diligent and methodical with how we carry out this work as the safety of our firefighters is always a priority.

"We have excavators working alongside our crews, including to remove dangerous trees in the area, and we have one helicopter operating with a monsoon bucket as needed."

Fire breaks are now well established around the fire, Keown says.

The plan for overnight will be similar to Monday night, with ground crews monitoring and patrolling, while a drone team maps the fire and identifies hotspots.

Keown thanked the public for their diligence so far today, with only one other minor vegetation fire reported in the region.

"But we are not out of the woods yet, with a long, hot afternoon ahead.`,
    "Fire and Emergency New Zealand, https://fireandemergency.nz/mi_NZ/incidents-and-news/news-and-media/kirwee-fire-update-10 (date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The National Weather Service in Huntsville Alabama has issued a

Tornado Warning for... South central Lauderdale County in northwestern Alabama... Colbert County in northwestern Alabama...

Until midnight CDT.

At 1128 PM CDT, a tornado producing storm was located 10 miles south of Cherokee, or 12 miles east of Tishomingo State Park, moving northeast at 40 mph.

HAZARD...Damaging tornado.

SOURCE...Radar confirmed tornado.

IMPACT...Flying debris will be dangerous to those caught without shelter. Mobile homes will be damaged or destroyed. Damage to roofs, windows, and vehicles will occur. Tree damage is likely.

Locations impacted include... Florence, Muscle Shoals, Sheffield, Tuscumbia, Cherokee, Underwood-Petersville, Posey Loop, Srygley Church, New Bethel and Oakland.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

To repeat, a tornado is on the ground. TAKE COVER NOW! Move to a basement or an interior room on the lowest floor of a sturdy building. Avoid windows. If you are outdoors, in a mobile home, or in a vehicle, move to the closest substantial shelter and protect yourself from flying debris.`,
    "National Weather Service Huntsville, warning text via WAAY-TV, https://www.waaytv.com/content/news/Tornado-Warning-issued-for-Colbert-Lauderdale-counties-574337501.html, 2021-05-02",
  ),
  real(
    "en",
    "sms",
    undefined,
    `THE NATIONAL WEATHER SERVICE IN OMAHA HAS ISSUED A * TORNADO WARNING FOR... SOUTHEASTERN MONTGOMERY COUNTY IN SOUTHWESTERN IOWA... NORTH CENTRAL PAGE COUNTY IN SOUTHWESTERN IOWA... * UNTIL 400 PM CST. * AT 324 PM CST, A SEVERE THUNDERSTORM CAPABLE OF PRODUCING A TORNADO WAS LOCATED 6 MILES SOUTH OF STANTON, OR 19 MILES WEST OF CORNING, MOVING NORTHEAST AT 50 MPH. HAZARD...TORNADO. SOURCE...WEATHER SPOTTERS REPORTED MULTIPLE FUNNEL CLOUDS EAST OF ESSEX. IMPACT...FLYING DEBRIS WILL BE DANGEROUS TO THOSE CAUGHT WITHOUT SHELTER. MOBILE HOMES WILL BE DAMAGED OR DESTROYED. DAMAGE TO ROOFS, WINDOWS, AND VEHICLES WILL OCCUR. TREE DAMAGE IS LIKELY. * THIS DANGEROUS STORM WILL BE NEAR... VILLISCA AROUND 330 PM CST. PRECAUTIONARY/PREPAREDNESS ACTIONS... TAKE COVER NOW! MOVE TO A BASEMENT OR AN INTERIOR ROOM ON THE LOWEST FLOOR OF A STURDY BUILDING. AVOID WINDOWS. IF YOU ARE OUTDOORS, IN A MOBILE HOME, OR IN A VEHICLE, MOVE TO THE CLOSEST SUBSTANTIAL SHELTER AND PROTECT YOURSELF FROM FLYING DEBRIS.`,
    "National Weather Service Omaha/Valley, warning text (all capitals, as issued) via KMAland, https://www.kmaland.com/news/breaking_weather/tornado-warning-issued-for-montgomery-page-counties-until-4-pm/article_e2472358-9cca-11ec-bd7a-5f2c3ea43132.html, March 2022",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `If a scheduled collection is missed residents are advised to leave their bin out and the waste team will do their best to empty it by Sunday (12 January).
Extra waste will also be taken if it is left in a securely tied bag and place by the bin. If the waste has not been collected by Sunday, please take the bin back in and present it on the next scheduled collection day.
All household waste recycling centres in the city are open as usual.
The council apologises for any inconvenience around these unexpected changes caused by the weather, and thanks residents for their ongoing support and assistance.
Priority remains on keeping primary routes clear.
The current forecast indicates that road surface temperatures could reach -8.8 ⁰C overnight Wednesday into Thursday (9 January).
There is no snow currently forecast for this period. Our teams continue to monitor the road surface temperature forecast and will deploy our gritters as required.
Due to recent rainfall freezing we urge people to take extra care on footways during this period.`,
    "Leeds City Council statement quoted by the Yorkshire Evening Post, https://www.yorkshireeveningpost.co.uk/news/weather/leeds-city-council-issues-update-on-cold-weather-chaos-after-bin-collections-delayed-and-gritting-continues-4935027, January 2025",
  ),
  real(
    "en",
    "bulletin",
    "Service update after recent snowfall",
    `Wednesday 8 March 2023
Following the snow overnight, bin collection crews started their rounds later than usual today.
While we aim to continue collections as normal, roads that are unsafe to access will not receive a collection until conditions improve. This is to reduce the risk of vehicles slipping or becoming stuck. If your road is not collected, please leave your bin out until crews are able to return. Other missed collections can be reported as normal online.
We will continue to monitor the situation and update our website with information as it comes in. Please check your service update page for the latest news in your area.`,
    "Joint Waste Solutions (Surrey Heath, Woking, Elmbridge and Mole Valley councils), https://jointwastesolutions.org/service-update-after-recent-snowfall, 2023-03-08",
  ),
  real(
    "en",
    "social",
    undefined,
    `Good morning all.
Upon inspection this morning of the district roads we have decided it's too dangerous for the crews to collect today.
The forecast shows it not reaching plus temperatures until around 1300 today meaning what is on the ground will stay there.
Main gritted roads are ice-covered but not all bad, it's the side streets that are solid ice and not fit for driving large vehicles on.
All missed collections of black bins will be collected a day late (weather permitting).
We will manage this by halting the brown bin collections on Tuesday/Wednesday. All brown bin collections affected will be collected on Saturday 4th of December again weather permitting.
All of the SDDC staff are aware of what is planned and have agreed to work Saturday to catch up.
Sorry for any inconvenience caused, the safety of the workforce, members of the public and our fleet is our main concern.`,
    "South Derbyshire District Council message relayed by Burnaston Parish Council, https://burnastonparish.co.uk/news/page/12, late November 2021",
  ),
  real(
    "en",
    "bulletin",
    "Weather conditions - recycling & refuse services",
    `Published: 02 March 2018

Due to the on-going difficult road conditions, particularly in the residential roads off the main arterial routes, we have suspended Thursday's scheduled recycling & refuse collections. Again crews have been out this morning assisting with clearing snow and gritting in key pedestrian areas.

The website has been updated with the latest advice to residents.

Current forecasts indicate further snow overnight and during tomorrow, so it is likely services will also be suspended then but we will make a firm decision first thing tomorrow morning and will update you all accordingly.`,
    "Tonbridge and Malling Borough Council waste service notice relayed by East Peckham Parish Council, https://www.eastpeckham-pc.gov.uk/_VirDir/CoreContents/News/Display.aspx?id=12742, 2018-03-02",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Alabama Department of Public Health (ADPH) and the Houston County Health Department, in consultation with the Centers for Disease Control and Prevention, are investigating a cluster of respiratory illnesses of unknown origin in southeast Alabama.

Seven people have been admitted to a hospital with fever, cough and shortness of breath. Two of the seven have died. Laboratory samples have been obtained from all patients. Laboratory testing continues at both ADPH Bureau of Clinical Laboratories and CDC's Respiratory Laboratory. ADPH and CDC have recommended the hospital use respiratory precautions, which include staff using N95 masks when caring for patients presenting with respiratory symptoms.

If you or your family members have respiratory symptoms of fever, cough and shortness of breath, please contact your health care provider to be evaluated.`,
    "Alabama Department of Public Health and Houston County Health Department statement via WTVY, http://www.wtvy.com/home/headlines/Health-Offices-Investigate--208341261.html (2013; date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Jefferson County Public Health Department is requesting that participants in the Carthage High School class reunion and associated activities on Friday July 16, 2021 and Saturday July 17, 2021 monitor themselves for symptoms of COVID-19 until until July 31, 2021.
The New York State Department of Health has identified a cluster of positive cases as a result of these events. In addition to the positive cases identified among residents of Jefferson County, residents of other counties in New York and other states have also tested positive. The New York State Department of Health, all affected local health departments in New York State, and other state health departments are working together to contact research and isolate these cases.
If symptoms develop in other participants or close contacts of participants, the department urges these people to get tested, stay home, and contact their doctor for further advice if needed.
Potential symptoms of COVID-19: Fever or chills, Cough, Shortness of breath or difficulty in breathing, Fatigue, Muscle or body pain, Headache, New loss of taste or smell, Sore throat, Congestion or runny nose, Nausea or vomiting, Diarrhea`,
    "Jefferson County (NY) Public Health Department press release, republished by naaju.com, https://naaju.com/class-reunion-linked-to-cluster-of-positive-covid-19-cases-health-officials-say, July 2021",
  ),
  real(
    "en",
    "bulletin",
    "No Case Information to Report at This Time",
    `At this time we have no case numbers to report, we anticipate having new numbers to release this afternoon. The first step in sharing this information with the public is to make sure the affected individual has been notified. At this time, not all residents with positive results have been notified. As soon as this happens, we will share case numbers. As our cases continue to grow, our protocols for releasing information will change.`,
    "Putnam County (NY) government, https://www.putnamcountyny.com/no-case-information-to-report-at-this-time/, March 2020 (date not shown on the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Due to weather forecasts indicating potential for a historic wind event this weekend, Pacific Gas and Electric Company (PG&E) confirmed it will implement a Public Safety Power Shutoff (PSPS) affecting approximately 940,000 customers—an increase of about 90,000 from previous estimates—in portions of 36 counties. Widespread dry, hot and windy weather is expected to begin impacting the service area today between 6 p.m. and 10 p.m. and through midday Monday.

As this weather system sweeps from north to south over a period of two to three days, PG&E customers across Northern and Central California will feel the effects of hot, dry winds at different times, which means outage times will vary as well.

Customers are encouraged to visit www.pge.com/eventmaps and use the address look up tool to confirm if they will be impacted by this PSPS event.

The PSPS will occur in six phases, times may change (earlier or later) dependent on weather. The first phase will begin about 2 p.m. on Saturday, October 26.`,
    "Pacific Gas and Electric Company press release via Kym Kemp (Redheaded Blackbelt), https://kymkemp.com/2019/10/26/update-outage-expected-to-impact-940000-customers-in-california-says-pge/, 2019-10-26 (county lists of the six phases left out)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Persistent and widespread heavy rain brings an increased risk of flooding from rivers on Tuesday and surface water flooding continues to be a risk. We have issued a number of flood alerts and one flood warning across the region and encourage the public to be aware and to keep a watchful eye on the situation.

We are monitoring the situation and will work with our partners, including local authorities, to take preventative action where necessary. We advise people to stay away from swollen rivers and urge people not to drive through flood water as just 30cm of flowing water is enough to move your car.

People should check their flood risk, sign up for free flood warnings and keep up to date with the latest situation at https://www.gov.uk/check-flood-risk, call Floodline on 0345 988 1188 or follow @EnvAgency on Twitter for the latest flood updates.`,
    "Environment Agency statement quoted by the Skegness Standard, https://www.skegnessstandard.co.uk/news/warning-not-to-drive-through-flood-water-as-risk-escalates-1-8960123, 2019-06-11",
  ),
  real(
    "en",
    "bulletin",
    "Environment Agency warns of flood risk this week",
    `Communities in Cumbria, Lancashire, Yorkshire, Devon and Cornwall are warned to be prepared for possible flooding and disruption to travel on Tuesday and Wednesday due to heavy rain and high tides.

Residents are being urged to check their flood risk, be prepared for flooding and be cautious if travelling, particularly on Tuesday and Wednesday.

Rivers in Cumbria, Lancashire and Yorkshire already affected by record river levels throughout the wettest December on record are likely to be at risk, with the potential for heavy rainfall causing river levels to rise and flooding drains.

Clare Dinnis, National Flood Duty Manager at the Environment Agency, said:

With heavy rain and high tides this week, people in Cumbria, Yorkshire, Devon and Cornwall need to be prepared for the risk of flooding.

We will issue flood warnings and alerts where necessary as rivers respond to the rainfall. This could also cause drains to overflow, so people need to be ready for flash flooding in some places. Environment Agency teams are already out checking flood defences, clearing trash screens and blockages in watercourses and culverts.

Disruption to travel and some flooding of low-lying land and individual properties is possible. We urge people to take care near coastal paths and promenades, and not to drive through flood water.`,
    "Environment Agency press release, https://gov.uk/government/news/environment-agency-warns-of-flood-risk-this-week, January 2016",
  ),
  real(
    "en",
    "bulletin",
    "Five Days Left To Register For FEMA Disaster Aid",
    `ALBANY, N.Y. – New York State and federal officials remind those who were affected by Hurricane Irene that they have only five days left to register with the Federal Emergency Management Agency (FEMA) for possible federal disaster assistance.

It's important that those who may need to register for aid do so as soon as possible. Registrations cannot be accepted after the October 31, 2011 deadline.

"If you are waiting for an insurance settlement, it is still necessary to register with FEMA before the October 31 deadline in order to be considered for assistance," said Philip E. Parr, FEMA Federal Coordinating Officer.

To register, call the FEMA Helpline at 800-621-3362. Phone lines are open from 7 a.m. to 10 p.m. ET, seven days a week until further notice. People with hearing disabilities can use the TTY number, 800-462-7585. Applicants can also register online at www.DisasterAssistance.gov or with any web-enabled mobile device or smartphone at m.fema.gov.`,
    "FEMA news release 4020-111, http://www.fema.gov/news-release/2011/10/27/five-days-left-register-fema-disaster-aid, 2011-10-27",
  ),
  real(
    "en",
    "bulletin",
    "Disaster Registration Deadline Three Weeks Away",
    `ORLANDO, Fla. -- Floridians are encouraged to register for disaster assistance before the registration period ends on Feb. 28, 2005, at 6 p.m. Those with damage caused by Hurricanes Charley, Frances, Ivan and/or Jeanne should call the Department of Homeland Security's Federal Emergency Management Agency's (FEMA) toll-free registration number, 1-800-621-FEMA (3362), or TTY 1-800-462-7585 for the speech- or hearing-impaired.

Telephone lines are open from 7 a.m. to 7 p.m. through Saturday, Feb. 5. The registration lines will be closed Sunday, Feb. 6 and starting Feb. 7, the registration and helpline number will operate Monday through Saturday from 8 a.m. to 6 p.m. (EST).

The registration process normally takes less than half an hour. Applicants will need to provide a social security number, current and pre-disaster address and phone number, insurance information/type and total household annual income.

"We want to make sure all eligible victims get the assistance to which they are entitled," said Craig Fugate, director of the State Emergency Response Team (SERT). "However, to get help, residents must register."`,
    "FEMA news release 1539-367 (archived by the UNT End of Term web archive), https://webarchive.library.unt.edu/eot2008/20090507155412/http:/www.fema.gov/news/newsrelease.fema?id=16382, 2005-02-03",
  ),
];

export const BAD_BLIND7: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    MSB,
    "Vattenläcka på Ekbackevägen – vattnet avstängt",
    `En vattenläcka har uppstått på Ekbackevägen i Norrvik och vi har stängt av vattnet för cirka 60 fastigheter mellan Ekbackevägen och Tallstigen. Orsaken är inte klarlagd, men vi misstänker att tjälen har fått det gamla gjutjärnsröret att spricka, det brukar vara det som händer så här års. En vattentank finns vid Norrviks skola. Se till att kranarna är stängda. Vi uppdaterar här kl. 15.00. /Norrviks Vatten AB`,
  ),
  bad(
    "sv",
    "social",
    "speculation about cause (insinuated arson and culprits)",
    ["factual", "impartial"],
    KRIS,
    undefined,
    `Brand i förskolan Solrosen i Västerby i natt. Räddningstjänsten har släckt branden och ingen person fanns i byggnaden. Det finns tecken som tyder på att branden kan ha varit anlagd, möjligen av de ungdomar som brukar hänga vid skolgården på kvällarna. Förskolans barn tas emot på Ängens förskola från i morgon. /Västerby kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about cause (cyber attack attributed)",
    FACTUAL,
    MSB,
    "Störning i kommunens IT-system",
    `Sedan i morse kl. 06 ligger flera av kommunens IT-system nere, bland annat e-tjänster, växeln och skolplattformen. Allt pekar på att det rör sig om en attack från en främmande makt, sannolikt som svar på Sveriges Natoanslutning. Ring 0570-123 00 för frågor om hemtjänst. Ny information kl. 12.00 på kommunens Facebooksida. /Bergsåkers kommun`,
  ),
  bad(
    "sv",
    "social",
    "unverified casualty figures from social media",
    FACTUAL,
    KRIS,
    undefined,
    `Stormen Ylva har blåst av delar av taket på Hallbergshallen i Östersala. Enligt uppgifter som sprids i sociala medier ska minst tre personer ha skadats, varav en allvarligt. Räddningstjänsten är på plats. Undvik området runt hallen och Skolgatan. Vi uppdaterar kl. 18.00. /Östersala kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "hearsay casualty figures (violence)",
    FACTUAL,
    KRIS,
    "Skottlossning i Lindgården",
    `Polisen larmades kl. 21.40 om skottlossning vid Lindgårdens centrum. Flera polispatruller är på plats och området är avspärrat. På nätet uppges att två personer har avlidit och att gärningsmännen flydde i en vit bil. Vi ber allmänheten att hålla sig borta från Lindgårdstorget. Mer information kommer kl. 23.30. /Polisen region Mitt`,
  ),
  bad(
    "sv",
    "bulletin",
    "blame of a company",
    IMPARTIAL,
    RF,
    "Strömavbrott i Kvarnby",
    `Cirka 1 200 kunder i Kvarnby och Ljungslätt är sedan kl. 09.15 utan ström. Avbrottet beror på att en entreprenör från Grävtjänst Syd AB slarvigt grävde av en 10 kV-kabel, trots att de hade fått ledningsanvisning av oss. Våra montörer är på plats och vi räknar med att de flesta har ström igen kl. 14.00. Håll kyl och frys stängda. /Kvarnby Energi`,
  ),
  bad(
    "sv",
    "social",
    "blame of residents",
    IMPARTIAL,
    RF,
    undefined,
    `Trycket i vattenledningarna i Åsen är fortsatt lågt. Det beror på att villaägarna i Åsen fortsätter att vattna sina gräsmattor och fylla pooler trots bevattningsförbudet – tack för det… Bevattningsförbudet gäller tills vidare i hela Åsen och Rönnby. Spara på vattnet. /Tekniska förvaltningen, Åsens kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise of politicians",
    IMPARTIAL,
    RF,
    "Reservkraften höll under stormnatten",
    `Under natten till lördag var cirka 800 hushåll i Norrhamn utan ström. Tack vare det nya styret i kommunen, som till skillnad från den förra majoriteten har prioriterat beredskapen, fanns reservkraft på plats vid äldreboendena och vattenverket. Alla hushåll har nu ström igen. Ring 0611-150 00 om du fortfarande saknar ström. /Norrhamns kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise of a named politician",
    IMPARTIAL,
    RF,
    "Pressmeddelande: kommunen öppnar trygghetspunkter",
    `Med anledning av det långvariga elavbrottet öppnar Sjöviks kommun tre trygghetspunkter i dag kl. 16.00: Sjöviks bibliotek, Tallbackaskolan och Ekets bygdegård. Där finns värme, vatten, laddning och information. Kommunstyrelsens ordförande Anna Berg (M) har under dygnet visat ett handlingskraftigt ledarskap som oppositionen borde ta efter. Nästa lägesbild publiceras kl. 20.00. Presskontakt: 0455-300 10.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising group label (disease)",
    IMPARTIAL,
    WHO,
    "Mässlingsfall i Norrby",
    `Smittskyddsläkaren har bekräftat fem fall av mässling i Norrby. Smittspridningen har skett bland de ovaccinerade invandrarfamiljerna i området. Mässling smittar mycket lätt. Är du osäker på om du är vaccinerad, ring 1177. Vaccination erbjuds på Norrby vårdcentral vardagar 8–16. /Region Mellanland, smittskydd`,
  ),
  bad(
    "sv",
    "social",
    "stigmatising group label (public order)",
    IMPARTIAL,
    RF,
    undefined,
    `Polisen har under natten haft flera ingripanden vid Stationsparken i Västra Lund efter stök med gäng av EU-migranter och ungdomar från Norrängen. Två personer är gripna. Parken är öppen som vanligt i dag. Tips kan lämnas på 114 14. /Polisen Syd`,
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance without fact",
    FACTUAL,
    MSB,
    "Information om dricksvattnet i Hagby",
    `Det finns ingen anledning till oro. Läget är under full kontroll och vi gör allt vi kan. Dricksvattnet i Hagby är säkert och vi följer utvecklingen noga. /Hagby Vatten`,
  ),
  bad(
    "sv",
    "bulletin",
    "empty reassurance in an otherwise factual message (gas leak)",
    FACTUAL,
    CERC,
    "Gasläcka vid Hamnvägen",
    `I dag kl. 10.20 upptäcktes en läcka av gasol vid Nordgas depå på Hamnvägen i Västerhamn. Räddningstjänsten har spärrat av Hamnvägen mellan rondellen och färjeläget. Vi vill betona att det absolut inte finns någon som helst fara för någon, oavsett var man befinner sig. Vi återkommer kl. 13.00. /Räddningstjänsten Västerhamn`,
  ),
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    MSB,
    "Angående IT-incidenten",
    `Med hänsyn till det pågående arbetet kommer Dalby kommun inte att kommentera IT-incidenten ytterligare. Vi hänvisar till tidigare publicerad information. Frågor från media besvaras inte i nuläget. /Kommunikationsavdelningen`,
  ),
  bad(
    "sv",
    "social",
    "refusing to comment (school incident, parents asking)",
    OPEN,
    MSB,
    undefined,
    `Till vårdnadshavare på Björkskolan: vi kan inte gå in på vad som har hänt på skolan i dag. Vi ber er att inte ringa skolan eller expeditionen. Undervisningen fortsätter enligt schema i morgon. /Rektor`,
  ),
  bad(
    "sv",
    "sms",
    "internal jargon (water utility)",
    ADAPTED,
    KLAR,
    undefined,
    `Driftstörning: Tryckfall zon 3 efter läcka på huvudledning DN400 vid RK12. Avst. ventil V-114 pågår, TA-plan aktiverad. Återst. efter spolning + provtagn. enl. SLVFS. /Mellanbygdens VA`,
  ),
  bad(
    "sv",
    "social",
    "internal jargon (rescue service)",
    ADAPTED,
    KLAR,
    undefined,
    `RCB har beslutat om utökad insats vid objektet på Verkstadsgatan. IL och BIL på plats, rökdykning pågår i sektor 2. Brandgaser driver åt NO, VMA övervägs av RL. Avspärrning upprättad vid BP1. /Räddningstjänsten Älvdalen-Ösby`,
  ),
  bad(
    "sv",
    "bulletin",
    "administrative jargon",
    ADAPTED,
    KLAR,
    "Lägesbild 2",
    `Krisledningsnämnden har aktiverats enligt KLN-reglementet och TiB har eskalerat till stabsläge 2. Samverkan sker i RSS-format med LST och ISF-rapportering görs i WIS kl. 14. Förvaltningarnas kontinuitetsplaner (KP) är aktiverade enligt RSA. Ingen ändring i inriktningsbeslutet. /Stabschef, Bäckeby kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive, no action for the reader",
    ACTIVE,
    KLAR,
    "Beslut om kokningsrekommendation",
    `Beslut har fattats om att en kokningsrekommendation ska utfärdas för berörda delar av distributionsnätet i Lövsta. Information kommer att tillhandahållas berörda fastighetsägare i den ordning som bedöms lämplig. Provtagning har initierats. Hävande av rekommendationen kommer att kommuniceras. /Lövsta kommun, 3 december kl. 11.00`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive (storm), no action",
    ACTIVE,
    KLAR,
    "Information med anledning av väderläget",
    `Med anledning av den av SMHI utfärdade orange varningen för snöfall har det bedömts att viss kommunal verksamhet kan komma att påverkas under tisdagen. Åtgärder har vidtagits och beredskapen har förstärkts. Vidare information kommer att lämnas. /Storvikens kommun, måndag 2 december kl. 15.30`,
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Läcker kärnkraftverket? Därför är snön gul i Bergsjö",
    `Ryktet på Facebook säger att Bergsjöverket läcker radioaktivitet, att snön är gul av nedfall och att man inte ska låta barnen gå ut. Inlägget har delats över 4 000 gånger och flera skriver att de fått huvudvärk och blivit illamående av snön. Länsstyrelsen har kontrollerat mätstationerna och strålningen är normal. Den gula färgen är sand från Sahara som följt med vinden. /Länsstyrelsen Mellanlands län`,
  ),
  bad(
    "sv",
    "correction",
    "myth-first correction (poisoned water)",
    FACTUAL,
    DEBUNK,
    "Rykte: vattnet i Västerby är förgiftat",
    `RYKTE: Vattnet i Västerby är förgiftat med klor och flera barn har blivit sjuka efter att ha druckit kranvatten. Ryktet har spridits i flera Facebookgrupper sedan i går kväll. Det stämmer inte. Provsvaren från i morse visar att vattnet är bra. /Västerby Vatten`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction (boil advice)",
    FACTUAL,
    MSB,
    "Kokningsrekommendationen i Rönnby hävs",
    `Provsvaren från Rönnby har kommit och visar inga bakterier. Kokningsrekommendationen är därför hävd och vattnet kan drickas som vanligt direkt ur kranen. Fortsätt dock att koka vattnet till mat och dryck tills vidare. Spola kallvatten några minuter innan du använder det första gången. /Rönnby Vatten, 3 december kl. 09.00`,
  ),
  bad(
    "sv",
    "bulletin",
    "self-contradiction (injuries)",
    FACTUAL,
    MSB,
    "Brand i flerfamiljshus på Kyrkogatan",
    `Räddningstjänsten släckte i natt en brand i ett flerfamiljshus på Kyrkogatan 12 i Ösby. Inga personer har skadats i branden. De två skadade har förts till Ösby lasarett med ambulans. De boende i trappuppgången har fått tillfälligt boende via kommunen. /Räddningstjänsten Ösby`,
  ),
  bad(
    "sv",
    "social",
    "near-empty text",
    ["open", "active"],
    MSB,
    undefined,
    `Händelse pågår i centrum. Mer info senare.`,
  ),
  bad(
    "sv",
    "bulletin",
    "near-empty text",
    ["open", "active"],
    MSB,
    "Information",
    `Vi har en driftstörning. Vi jobbar på det. /Kundservice`,
  ),
  bad(
    "sv",
    "social",
    "mockery of critics",
    IMPARTIAL,
    MSB,
    undefined,
    `Till alla som klagar på snöröjningen i kommentarsfälten: kanske dags att köpa en egen snöskyffel? 😉 Plogbilarna kör dygnet runt och huvudvägarna är klara. Gång- och cykelvägar i Norrby plogas i kväll. /Gatuenheten, Norrby kommun`,
  ),
  bad(
    "sv",
    "social",
    "joke about the situation",
    ADAPTED,
    MSB,
    undefined,
    `Ingen el? Perfekt tillfälle för en mysig kväll med levande ljus och sällskapsspel! 🕯️🎲 Skämt åsido: cirka 3 000 kunder i Lindås och Berga saknar ström efter stormen. Montörerna är ute. /Lindås Elnät`,
  ),
  bad(
    "sv",
    "sms",
    "ALL CAPS alarmism",
    ADAPTED,
    KLAR,
    undefined,
    `VARNING!!! LÄMNA INTE HEMMET!!! STORMEN ÄR EXTREMT FARLIG OCH LIVSHOTANDE!!! TRÄD FALLER ÖVERALLT!!! /VÄSTERÅNGE KOMMUN`,
  ),
  bad(
    "sv",
    "bulletin",
    "vague time promise instead of next-update time",
    FAST,
    MSB,
    "Strömavbrott i Berga",
    `Sedan kl. 07.40 är cirka 900 kunder i Berga, Ekudden och Sandvik utan ström. Felet finns på en högspänningsledning som skadats av ett nedfallet träd. Våra montörer är på plats och arbetar med att laga ledningen. Håll kyl och frys stängda så håller maten längre. Vi återkommer med mer information inom kort. /Berga Energi`,
  ),
  bad(
    "sv",
    "sms",
    "vague time promise (water)",
    FAST,
    MSB,
    undefined,
    `Vattnet är avstängt på Granvägen och Björkvägen i Ösby p.g.a. läcka. Vattentank finns vid ICA Ösby. Vattnet beräknas vara tillbaka så snart som möjligt och vi uppdaterar när vi vet mer. /Ösby Vatten`,
  ),
  bad(
    "sv",
    "bulletin",
    "missing instruction where one is needed (smoke)",
    ACTIVE,
    MSB,
    "Brand i däckupplag vid Industrigatan",
    `Kl. 11.05 larmades räddningstjänsten till en brand i ett däckupplag på Industrigatan i Norrvik. Branden ger kraftig svart rök som driver mot bostadsområdet Solhem och Solhemsskolan. Räddningstjänsten är på plats med fyra enheter och branden väntas brinna flera timmar. Nästa uppdatering kl. 14.00. /Räddningstjänsten Norrvik`,
  ),
  bad(
    "sv",
    "sms",
    "missing sender",
    OPEN,
    MSB,
    undefined,
    `Vattnet i Åsen är avstängt p.g.a. läcka på Storgatan. Tankvagn står vid Åsens skola. Ny information kl. 16.00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no date or time",
    FAST,
    MSB,
    "Eldningsförbud i hela kommunen",
    `Länsstyrelsen har beslutat om eldningsförbud i hela Norrvikens kommun på grund av den höga brandrisken. Det är förbjudet att grilla och elda i skog och mark, även på iordningställda grillplatser. Förbudet gäller tills vidare. Grilla bara på egen tomt med gasolgrill. /Räddningstjänsten Norrviken`,
  ),
  bad(
    "sv",
    "bulletin",
    "far too long and complex for the audience",
    ADAPTED,
    KLAR,
    "Information med anledning av värmeböljan",
    `Med anledning av den av SMHI utfärdade varningen för mycket höga temperaturer, vilken enligt gällande prognos bedöms kvarstå under åtminstone de kommande fem dygnen med maxtemperaturer som periodvis kan komma att överstiga 30 grader, vill kommunen, i enlighet med Folkhälsomyndighetens vägledning för kommunal verksamhet vid värmebölja och i samverkan med regionens primärvård samt de privata utförare som bedriver hemtjänst på kommunens uppdrag, informera om att äldre personer, personer med kroniska sjukdomar, personer med vissa läkemedel samt små barn och gravida utgör riskgrupper som bör iaktta särskild försiktighet, varvid anhöriga och grannar uppmanas att i den mån det är möjligt och lämpligt hålla regelbunden kontakt med dessa personer och vid tecken på värmepåverkan, såsom förvirring, yrsel eller illamående, kontakta 1177 Vårdguiden eller vid akuta tillstånd 112. /Ekeby kommun, 14 juli`,
  ),
  bad(
    "sv",
    "bulletin",
    "official register to the public (legal reference)",
    ADAPTED,
    KLAR,
    "Kungörelse",
    `Räddningschefen har med stöd av 2 kap. 7 § förordningen (2003:789) om skydd mot olyckor meddelat förbud mot eldning utomhus inom kommunens geografiska område. Förbudet omfattar även sådan eldning som eljest ej fordrar tillstånd. Överträdelse kan föranleda ansvar enligt 10 kap. 3 § lagen (2003:778) om skydd mot olyckor. Beslutet gäller omedelbart och intill dess annat meddelas. /Räddningstjänsten Storsjöbygden, 2 juli`,
  ),
  bad(
    "sv",
    "sms",
    "several flaws: speculation, blame, all caps",
    ["factual", "impartial", "audienceAdapted"],
    MSB,
    undefined,
    `VIKTIGT!!! DRICK INTE KRANVATTNET I LÖVSTA!!! Troligen har bonden vid Lövsta gård spridit gödsel för nära vattentäkten igen. Köp vatten i butik. /Lövsta kommun`,
  ),
  bad(
    "sv",
    "social",
    "several flaws: hearsay, vague time, no sender",
    ["factual", "fast", "open"],
    KRIS,
    undefined,
    `Det sägs att flera bilar har kört i diket på E4 vid Norrby och att en person är död. Vägen är avstängd norrut. Vi hör av oss så fort vi vet mer!`,
  ),
  // easy Swedish (lättläst)
  bad(
    "sv",
    "bulletin",
    "easy Swedish: speculation about cause",
    FACTUAL,
    LL,
    "Brand på Storgatan",
    `Det brinner i ett hus på Storgatan i Ekeby.
Vi tror att någon har tänt eld på huset med flit.
Håll dig borta från Storgatan.
Vi skriver mer klockan 20.
Räddningstjänsten Ekeby`,
  ),
  bad(
    "sv",
    "bulletin",
    "easy Swedish: jargon and vague promise",
    ["audienceAdapted", "fast"],
    LL,
    "Vattnet är avstängt",
    `Vattnet är avstängt i Sandvik.
Det beror på en läcka på VA-nätet vid PS4 och en trasig avstängningsventil.
Vi meddelar nytt besked inom kort.
Sandviks kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "easy Swedish: blame of a company",
    IMPARTIAL,
    LL,
    "Strömmen är borta",
    `Strömmen är borta i Ekby.
Det är elbolaget Nordkraft som har slarvat igen.
Vi vet inte när strömmen kommer tillbaka.
Håll kylskåpet stängt.
Ekby kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "easy Swedish: hearsay about deaths",
    FACTUAL,
    LL,
    "Sjukdom i Västra Bryggby",
    `Många är sjuka i magen i Västra Bryggby.
Folk skriver på nätet att tre äldre har dött.
Tvätta händerna ofta.
Ring 1177 om du blir sjuk.
Region Mellanland`,
  ),
  bad(
    "sv",
    "bulletin",
    "easy Swedish: missing instruction (heat)",
    ACTIVE,
    LL,
    "Det är mycket varmt",
    `Det blir mycket varmt i hela kommunen i veckan.
Det kan bli över 32 grader.
Värmen kan vara farlig för gamla och för små barn.
Vi skriver mer på torsdag klockan 10.
Ekeby kommun`,
  ),

  // ---------------------------------------------------------------- English
  bad(
    "en",
    "bulletin",
    "speculation about cause (contamination)",
    FACTUAL,
    CERC,
    "Boil water notice for Millbrook",
    `A boil water notice is in effect for all Millbrook Water customers in the Eastside and Fairview zones from 10 a.m. today. Routine tests found E. coli at the Eastside reservoir. Officials believe the contamination was most likely caused by last week's heavy rain washing farm runoff into the reservoir. Bring water to a rolling boil for one minute before drinking, cooking or brushing teeth. We will post the next update at 4 p.m. on millbrookwater.org.`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause (explosion)",
    FACTUAL,
    CERC,
    "Statement on the explosion on Harbor Street",
    `At 7:42 a.m. an explosion damaged a commercial building at 410 Harbor Street. Fire crews are on scene and Harbor Street is closed between 3rd and 6th Avenue. While the cause is officially under investigation, early indications suggest a gas leak, possibly linked to recent work by a contractor on the building's boiler. Please avoid the area. Next briefing at 11 a.m. – City of Port Allen Office of Emergency Management`,
  ),
  bad(
    "en",
    "social",
    "unverified casualty figures from social media",
    FACTUAL,
    CERC,
    undefined,
    `Flash flooding on Riverside Drive between Oak St and the Mill Bridge. Reports on Facebook indicate as many as a dozen people may be trapped in vehicles. Crews are on the way. Do not drive through flood water – turn around, don't drown. – Clark County Sheriff's Office`,
  ),
  bad(
    "en",
    "bulletin",
    "hearsay casualty figures (school shooting)",
    FACTUAL,
    CERC,
    "Lockdown at Westfield High School",
    `Westfield High School is on lockdown after reports of shots fired at 1:15 p.m. Police are on scene. Unconfirmed reports circulating online say up to five students were injured. Parents should go to the reunification point at Westfield Community Center, 200 Elm Street, and not to the school. Updates at 2:30 p.m. – Westfield Police Department`,
  ),
  bad(
    "en",
    "bulletin",
    "blame of a group",
    IMPARTIAL,
    WHO,
    "Measles outbreak update",
    `Harlow County Health Department has now confirmed 14 cases of measles. Sadly this outbreak was caused by families who chose to ignore public health advice and skip their children's vaccinations. Measles spreads very easily. Free MMR vaccine is available at the Harlow Health Center, Monday–Friday 8–5. Call 555-0142 with questions.`,
  ),
  bad(
    "en",
    "bulletin",
    "blame of a company",
    IMPARTIAL,
    CERC,
    "Power outage update – 6 p.m.",
    `About 12,000 Lakeview Electric Cooperative members remain without power after this afternoon's storm. The outage was caused entirely by Northgrid Transmission's failure to maintain its lines, and we have made our displeasure very clear to them. Our crews expect to restore most members by midnight. Check the outage map at lakeviewec.coop. Next update at 9 p.m.`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise of politicians",
    IMPARTIAL,
    CERC,
    "Levees hold as Cedar River crests",
    `The Cedar River crested at 24.1 feet at 3 a.m., and the levees protecting downtown Marlow held. Thanks to Governor Hale's bold leadership, in sharp contrast to the previous administration's years of neglect, the flood walls were reinforced in time. Roads in the north end remain closed. Residents of Riverside Park should stay out of their homes until inspected. – Marlow County Emergency Management`,
  ),
  bad(
    "en",
    "social",
    "partisan praise embedded in a storm update",
    IMPARTIAL,
    CERC,
    undefined,
    `Storm update 8 a.m.: 31 roads are now clear and crews are working on the rest. Warming centers remain open at the library and Pine Street church. Mayor Jenkins and the new council majority deserve real credit for finally funding the snow plows the old council refused to buy. Stay off the roads if you can. – Town of Easton`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising group label (disease)",
    IMPARTIAL,
    WHO,
    "Hepatitis A cases in Riverton",
    `Riverton Public Health has confirmed nine cases of hepatitis A. The cluster has been traced to the homeless population living along the river trail, and residents are advised to avoid the area. Hepatitis A vaccine is available free at the Riverton clinic. Wash your hands with soap after using the bathroom and before preparing food.`,
  ),
  bad(
    "en",
    "social",
    "stigmatising group label with speculation",
    ["impartial", "factual"],
    WHO,
    undefined,
    `COVID-19 cases are rising in Dunmore. The virus appears to have been brought in by the foreign workers at the meat plant. Get tested if you have symptoms; testing is free at the fairground from 9 to 4. – Dunmore County Health`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance without fact",
    FACTUAL,
    CERC,
    "Statement on the chemical release",
    `Rest assured the situation is fully under control and there is absolutely no risk to anyone. Our team is handling everything and there is nothing to worry about. – Bayside Chemical Company`,
  ),
  bad(
    "en",
    "bulletin",
    "refusing to comment",
    OPEN,
    CERC,
    "Statement regarding Wardley Hospital",
    `The Trust will not be commenting on the incident at Wardley Hospital while investigations are ongoing. We ask the media not to contact staff or patients. No further statements will be issued at this time. – Wardley NHS Trust Communications`,
  ),
  bad(
    "en",
    "sms",
    "internal jargon (water utility)",
    ADAPTED,
    PLAIN,
    undefined,
    `Severn Vale Water: Customers in DMA 14 may experience LP/NP following a burst on the 12in CI trunk main. PRV reset in progress, network rezoning to follow. ETR 1800.`,
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon (multi-agency)",
    ADAPTED,
    PLAIN,
    "Incident update",
    `SCG convened at 0600 and TCG stood up at Bronze level. METHANE passed at 0612 and a major incident declared under JESIP. RVP established at Gold Street, FCP at the junction of A38/B4120. LRF partners are in the ICC. Next SITREP at 1200. – Westshire Resilience Forum`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive, no action for the reader",
    ACTIVE,
    PLAIN,
    "Advisory extension",
    `It has been determined that the advisory will be extended. Sampling has been conducted and results are being evaluated. Notification will be provided to affected parties in due course. – Greenfield Township Water Department, December 3, 2:00 p.m.`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    FACTUAL,
    DEBUNK,
    "Can bleach cure the new flu?",
    `MYTH: Drinking a teaspoon of bleach in water kills the new flu virus. Many people have been sharing a video of a "nurse" who says she cured her whole family this way in 24 hours, and that hospitals are hiding it. This is false. Drinking bleach is poisonous. If someone has swallowed bleach, call Poison Control at 1-800-222-1222. – Ashford County Health Department`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "Road update – 7 a.m.",
    `All roads in Pike County are open this morning after the ice storm. Route 9 remains closed at the Miller Creek bridge until the state inspects it. Allow extra time and watch for downed branches. Next update at noon. – Pike County Highway Department`,
  ),
  bad("en", "social", "near-empty text", ["open", "active"], CERC, undefined, `Update: situation ongoing. More later.`),
  bad(
    "en",
    "social",
    "mockery of critics",
    IMPARTIAL,
    CERC,
    undefined,
    `To the armchair experts on Twitter telling us how to fight this wildfire: thanks, we'll pass it on to the 200 firefighters who actually know what they're doing 🙄 The Ridge Fire is 40% contained. Evacuation orders for Pine Hollow remain in place. – Sierra County Fire`,
  ),
  bad(
    "en",
    "social",
    "joke about the situation",
    ADAPTED,
    CERC,
    undefined,
    `Looks like Mother Nature forgot to pay her electric bill 😂⚡ About 8,000 customers in Cole and Ferris are without power after the storm. Crews are out. – Cole Valley Power`,
  ),
  bad(
    "en",
    "sms",
    "ALL CAPS alarmism",
    ADAPTED,
    FEMA,
    undefined,
    `EVACUATE NOW!!! THE DAM COULD FAIL AT ANY MINUTE!!! GET OUT GET OUT GET OUT!!! THIS IS NOT A DRILL!!!`,
  ),
  bad(
    "en",
    "bulletin",
    "vague time promise instead of next-update time",
    FAST,
    CERC,
    "Power outage in Northfield",
    `About 4,500 customers in Northfield and Brook Hill lost power at 2:10 p.m. when a transformer failed at the Northfield substation. Crews are on site replacing the damaged equipment. If you see a downed line, stay 30 feet away and call 911. We are working to restore power as soon as possible and will provide an update shortly. – Tri-County Electric`,
  ),
  bad(
    "en",
    "bulletin",
    "missing instruction where one is needed (chemical release)",
    ACTIVE,
    FEMA,
    "Chlorine leak at Eastgate pool facility",
    `At 9:30 a.m. a chlorine gas leak was reported at the Eastgate Aquatic Center, 55 Park Avenue. The building has been evacuated and the fire department hazmat team is on scene. A light wind is carrying the gas toward Eastgate Elementary School and the homes on Park Avenue. Next update at 11 a.m. – City of Eastgate Fire Department`,
  ),
  bad(
    "en",
    "sms",
    "missing sender",
    OPEN,
    FEMA,
    undefined,
    `Heat advisory today and tomorrow, highs up to 104F. Cooling center open 10am-8pm at 12 Main St. Drink water, check on neighbors.`,
  ),
  bad(
    "en",
    "social",
    "no date or time",
    FAST,
    FEMA,
    undefined,
    `All Hillcrest County schools are closed today because of snow and ice. After-school activities are cancelled. – Hillcrest County Public Schools`,
  ),
  bad(
    "en",
    "bulletin",
    "far too long and complex for the audience",
    ADAPTED,
    PLAIN,
    "Drinking water quality notification",
    `In accordance with the applicable provisions of the Revised Total Coliform Rule and in consultation with the State Department of Environmental Quality, the Utility wishes to inform its customers that, as a consequence of a loss of positive pressure within a portion of the distribution network subsequent to a main break affecting the 16-inch transmission line located in the vicinity of Route 4 and Carver Road, the possibility of microbial intrusion cannot at present be excluded, and accordingly it is recommended, as a precautionary measure pending the receipt of confirmatory bacteriological sampling results from a certified laboratory, that water intended for human consumption be brought to a rolling boil for no less than one minute prior to use, such recommendation to remain in effect until rescinded by the Utility. – Carver Municipal Utility, December 3`,
  ),
  bad(
    "en",
    "bulletin",
    "official register to the public",
    ADAPTED,
    PLAIN,
    "Notice of Stage 2 restrictions",
    `Pursuant to Section 7(b) of the Water Shortage Emergency Ordinance No. 2019-14, a Stage 2 restriction is hereby promulgated, effective forthwith. All non-essential outdoor uses, as enumerated in Schedule C, are prohibited save as otherwise exempted under subsection (d). Contravention shall constitute an infraction subject to the penalties prescribed therein. – Board of Public Works, City of Dalton, December 1`,
  ),
  bad(
    "en",
    "social",
    "several flaws: speculation, blame, caps",
    ["factual", "impartial", "audienceAdapted"],
    CERC,
    undefined,
    `DO NOT DRINK THE TAP WATER IN WESTON!!! We think someone at the treatment plant probably messed up the chemicals AGAIN. Buy bottled water. – Weston Water`,
  ),
  bad(
    "en",
    "bulletin",
    "several flaws: jargon and no action",
    ["audienceAdapted", "active"],
    PLAIN,
    "Cyber incident",
    `IT Services has identified anomalous lateral movement consistent with a ransomware TTP. EDR has isolated affected endpoints and the SOC has engaged the IR retainer. Impact on citizen-facing services is being assessed. – Metro City Council, December 3, 10:00`,
  ),
];
