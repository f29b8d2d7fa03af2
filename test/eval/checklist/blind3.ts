import { evalSet } from "./build.js";
import { CERC, MSB, KRIS, RF, KLAR, PLAIN, DEBUNK, FACTUAL, IMPARTIAL, OPEN, ADAPTED, FAST } from "./guidance.js";
import type { EvalMessage } from "./types.js";

/**
 * Third blind set, HELD OUT: never tune rules on it and never print its items (scripts/checklist-eval.ts prints
 * figures only). Written on 2026-12-03 before the rules were changed, and measured once before any tuning
 * (see README.md, "Figures").
 *
 * GOOD_BLIND3: real messages published by authorities (Swedish municipalities, a municipal energy company, Polisen,
 * Krisinformation.se/Sveriges Radio VMA texts, UK Public Health England, the Environment Agency, the St Helena
 * Government, a Colorado water district, US Forest Service InciWeb, the US Department of Health and Human
 * Services), found by searching a stored copy of public web pages, not used in any other set of this corpus.
 * Condensed to the message core; the authority's own sentences are kept. Where the text reached the web through a
 * newspaper, radio station or aggregator, `source` names both. Some contain what a strict checker may dislike
 * (Bjurholm's "stabsläge" and its thanks to its own staff, Left Hand Water's capitals): real messages look like
 * that. `mustFlag` is empty.
 *
 * BAD_BLIND3: messages written for this set (not publications) from the failure patterns crisis-communication
 * guidance warns about, two or three per pattern, in Swedish and English, worded with different verbs, tenses
 * and word orders than the other sets, some short and some with the flaw inside otherwise sound content. Places,
 * people, companies, numbers and addresses in them are invented.
 */

const { real, bad } = evalSet("z");

export const GOOD_BLIND3: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Viktigt meddelande till allmänheten i Strömsund",
    `Viktigt meddelande till allmänheten i Strömsunds kommun i Jämtlands län. Det brinner i en villa på Näsvägen i centrala Strömsund med kraftig rökutveckling.
Räddningsledaren uppmanar alla i området att gå inomhus och stänga dörrar, fönster och ventilation.
För mer information lyssna på Sveriges Radio P4 Jämtland.`,
    "https://krisinformation.se/nyheter/2020/juli2/viktigt-meddelande-till-allmanheten-i-stromsunds-kommun-jamtlands-lan (Krisinformation.se, källa Sveriges Radio, 2020-07-25)",
  ),

  real(
    "sv",
    "bulletin",
    "27 maj 05:09, Farligt föremål, misstänkt, Upplands-Bro",
    `Ett föremål har påträffats i anslutning till en byggnad i Kungsängen Centrum och det går inte att utesluta att det kan vara farligt.
En större avspärrning har gjorts runt den aktuella platsen i väntan på att bombtekniker ska komma till platsen och undersöka föremålet. Tills vidare kommer tågen som passerar Kungsängens station inte att stanna där.
Uppdatering klockan 08:10
Efter den första undersökningen av föremålet kan det fortsatt inte uteslutas att det är skarpt. I samband med den fortsatta hanteringen av föremålet kommer vissa boende i en fastighet intill att evakueras. Polispersonal samverkar på plats med personal från kommunen.
Uppdatering klockan 11:20
Bombtekniker har undersökt föremålet och bedömt det som ofarligt. Kriminaltekniker kommer nu att undersöka platsen. De gjorda avspärrningarna kommer efter hand att hävas. Tågtrafiken vid Kungsängens station har släppts på.
Uppdatering klockan 11:30
De personer som evakuerats eller inte haft tillträde till sina arbetsplatser kan nu återgå.`,
    "https://polisen.se/aktuellt/handelser/2020/maj/27/27-maj-0509-farligt-foremal-misstankt-upplands-bro/ (Polisen, 2020-05-27)",
  ),

  real(
    "sv",
    "bulletin",
    "Misstänkt farligt föremål vid polishuset i Falun",
    `Ett paket har anträffats vid polishusets personalentré i Falun. Omständigheter på plats gör att paketet betraktas som farligt föremål. Polishuset är avspärrat och håller på att utrymmas vilket också gör att allmänheten inte har möjlighet att besöka polishuset tillsvidare.
UPPDATERING kl.15.38
Ett område på ca 100 meter runt polishuset i Falun är avspärrat och Nationella bombskyddet kommer åka till platsen för att undersöka föremålet. Skattehuset, Näringslivets hus, verksamheter runt Fisktorget, biblioteket och kommunhuset är utrymda.
Om man arbetar eller bor i närheten av det avspärrade området kan man, om man känner sig orolig, hålla sig undan från fönster mot polishusets nordöstra hörna.
UPPDATERING kl 17.26.
Allmänhet som har sina bilar parkerade inom det avspärrade området eller vill komma ut från sitt boende eller sin arbetsplats inom det avspärrade området ombeds prata med de poliser som bevakar avspärrningarna. Har man lämnat det avspärrade området kommer man inte bli insläppt i området igen så länge avspärrningen pågår.`,
    "https://brottsplatskartan.se/dalarnas-lan/farligt-foremal-misstankt-falun-72823 (Polisens händelsenotis, återgiven av Brottsplatskartan)",
  ),

  real(
    "sv",
    "bulletin",
    "Information om strömavbrottet den 5 juli",
    `Den 5 juli hade vi ett strömavbrott som berörde ca 320 kunder. Under dagen jobbade vi aktivt med att lokalisera och avhjälpa felet som berodde på en skadad högspänningskabel.
Högspänningskabeln behöver nu lagas och återigen kopplas in i elnätet. Medan vi lagar kabeln idag den 6 juli kommer samtliga kunder att ha ström. Däremot behöver vi bryta strömmen under arbetet när kabeln återigen ska kopplas in i elnätet igen. På grund av omständigheterna kan vi inte avisera i lika god tid som vi brukar.
Just nu ser det ut som att arbetet för att koppla in kabeln i elnätet igen kommer att ske runt kl 9.30 imorgon den 7 juli. Det är delar av området som kommer att påverkas och berörda kunder beräknas vara utan ström i ca 3 timmar.
Hur länge håller mat i kyl och frys under ett strömavbrott? En kyl håller sig kall i ett par timmar om du inte frekvent öppnar kylskåpsdörren. En välfylld frys kan hålla kylan flera dygn om du inte öppnar dörren.`,
    "https://aleel.se/nyheter/information-om-stromavbrottet-den-5-juli/ (Ale El)",
  ),

  real(
    "sv",
    "bulletin",
    "Kraftig storm väntas måndag kväll",
    `SMHI har utfärdat en vädervarning klass 2 för Västsverige med stormstyrka i vindbyarna. Kulmen väntas måndag eftermiddag och kväll.
Länsstyrelsen uppmanar allmänheten till stor försiktighet, inte minst i trafiken, och att om möjligt undvika att vistas utomhus under måndagkvällen. Man bör ha batterier, ficklampa, tändstickor med mera hemma för att klara ett eventuellt elavbrott. Det är också viktigt att ta bort lösa föremål från trädgårdar och balkonger så de inte blåser iväg.
Västtrafik meddelar att de ställer in Kinnekulletågets resor under kvällen. Även busslinjer kan bli inställda med kort varsel.
Vad gör kommunen?
Kommunens fastighetsskötare ser över kommunens byggnader. Hemvårdens nattpatruller har bemannat ytterområdena. Räddningstjänsten har höjd beredskap.
Mer information: vädervarningar på SMHI.se och nyheter om stormen på Krisinformation.se.`,
    "http://www.gotene.se/omsorgochstod/nyhetsarkivomsorgochstod/kraftigstormvantasmandagkvall.17044.html (Götene kommun, 2013-10-28)",
  ),

  real(
    "sv",
    "bulletin",
    "Information om den förväntade stormen",
    `SMHI har gått ut med en klass två varning och meddelar att vinden tilltar i natt. Fram på morgontimmarna kan det blåsa 20 meter i sekunden, senare under förmiddagen kan det öka till 25 meter i sekunden i stormbyarna.
Med anledning av den förväntade stormen har barn- och ungdomskontoret i Hylte beslutat att ställa in alla skolskjutsar under morgondagen, torsdag. Förskolorna, grundskolorna, fritidshemmen och gymnasieskolorna kommer att vara öppna men det är inte obligatoriskt för eleverna att komma till skolan torsdagen den 31/1.
Föräldrar som önskar att själva skjutsa eleverna till skolan, kan göra det. Föräldrar till elever som inte har skolskjuts uppmanas att anmäla till skolan om eleven hålls hemma.`,
    "https://www.hylte.se/omwebbplatsen/nyhetsarkivet/arkiveradenyheter/arkiveradenyheter/informationomdenforvantadestormen.5.1955ab6a13c3edc14b93b1.html (Hylte kommun, 2013-01-30)",
  ),

  real(
    "sv",
    "bulletin",
    "Orange varning för översvämning",
    `SMHI har utfärdat en orange varning för översvämning i flera län. Det är den senaste tidens kraftiga regn som har lett till risk för översvämningar.
Varningarna gäller bland annat Lillälven, Vanån, Siljan och Orsasjön i Dalarna, Testeboån, Harmångersån och Voxnan i Gävleborg och Arbogaån i Västmanland. För detaljerad information om varningarna, se SMHI:s varningssida.
Vädervarningar på orange nivå innebär att vädret kan medföra allvarliga konsekvenser för samhället. Vädret kan bli en fara för allmänheten och orsaka stora skador på egendom och miljö. Enskilda personer eller grupper som är särskilt känsliga kan också drabbas mycket allvarligt.`,
    "https://www.krisinformation.se/nyheter/2023/augusti/orange-varning-for-oversvamning (Krisinformation.se, augusti 2023)",
  ),

  real(
    "sv",
    "bulletin",
    "Effekter av IT-angreppet 6 februari",
    `Vi hanterar fortfarande effekterna av IT-angreppet, men mycket fungerar igen som vanligt. Här kan du följa uppdateringar kring sådant som påverkar dig som medborgare.
240409, 13.15 Kommunens faktureringssystem i gång efter IT-angreppet
De försenade fakturorna för februari och mars har nu börjat skickas ut. Det gäller fakturor för exempelvis omsorgsavgifter och hyror. Det innebär att du kan få fakturor tätt inpå varandra. Det tillkommer inga förseningsavgifter och förfallodatum är justerat.
240326, 07.45 En stor majoritet av e-tjänsterna är igång
Vi arbetar vidare med att aktivera samtliga e-tjänster. Om du behöver använda en e-tjänst som inte är igång ännu så behöver du kontakta verksamheten som ärendet gäller. Använd Kontaktcenters nummer 010-352 00 00 för att hitta rätt.`,
    "https://kalmar.se/arkiv/nyhetsarkiv/nyheter/2024-02-06-effekter-av-it-angreppet-6-februari.html (Kalmar kommun, 2024)",
  ),

  real(
    "sv",
    "bulletin",
    "Uppdatering om dataintrånget",
    `Prognosen om när driften ska vara igång igen har förändrats och troligen kommer systemen igång igen på måndag. Detta för att analysen av vad som har hänt och vilken data som har kopierats tar längre tid än uppskattat.
Tillsammans med inhyrda experter analyserar nu IT-avdelningen loggar för att ta reda på vad som hänt. Vi har hittat lösningar för att betala ut löner och försörjningsstöd.
Viktiga funktioner som trygghetslarm till omsorgstagare fungerar. Barn och ungdomar får undervisning och omsorg på förskolor, fritidshem och skolor. Orosanmälningar görs via Servicecenter 0485 – 880 00.
Måndag 12 december upptäcktes ett dataintrång hos Borgholms och Mörbylånga kommun. IT-avdelningen kopplade omedelbart från internet genom att stänga ned servrarna. Intrånget är polisanmält. Det finns i dagsläget ingen information om vem som ligger bakom eller varför.`,
    "https://www.borgholm.se/uppdatering-om-dataintranget/ (Borgholms kommun, december 2022)",
  ),

  real(
    "sv",
    "bulletin",
    "Kokningsrekommendation",
    `Torsdagen den 19 juli 2018 kl 11:00 införde Lerums kommun kokningsrekommendationer av allt kommunalt dricksvatten i orterna Lerum, Stenkullen, Olstorp, Stannum, Floda och Tollered. Ni som bor i Gråbo, Annekärr, Björboholm och Sjövik är kopplade till ett annat vattenverk och behöver inte koka ert dricksvatten.
Beslutet baseras på försämrat råvatten in till vattenverket på grund av torkan, gårdagens driftstörning på vattenverket som även ledde till att ledningsnätet blev tömt på vatten, tillsammans med ett preliminärt prov som visat på något förhöjda halter av E-colibakterier. Definitivt svar kommer vi att få i början av nästa vecka.
Vattnet ska kokas upp så att det bubblar kraftigt. Vid frågor kontakta Lerum kommuns kundcentrum, KomIn, på telefon 0302-52 10 00.`,
    "https://www.lerum.se/Bygga-bo-och-miljo/Vatten-och-avlopp/Kommunalt-vatten-och-avlopp/krisinformation/test/ (Lerums kommun, 2018-07-19)",
  ),

  real(
    "sv",
    "bulletin",
    "IT-attack",
    `Bjurholms kommun drabbades av en IT-attack den 13 maj. Vilket resulterade i att alla interna datasystem, internet, webb, e-tjänster och e-post, ej kunde användas. Alla våra bredbandskunder tappade sitt internet. Kommunen gick upp i stabsläge.
Tack vare IT- och bredbands intensiva arbete fick alla våra bredbandskunder tillbaka sitt internet på kvällen dag två.
Vår webbplats är nu i drift men det går inte att använda alla funktioner: kommunens e-tjänster, webbens olika formulär och kommunens e-post fungerar inte.
För kontakt med kommunens personal ring växeln: 0932-140 00.`,
    "https://www.bjurholm.se/om-webbplatsen/nyheter/nyhetsarkiv/2024-05-21-it-attack (Bjurholms kommun, 2024-05-21)",
  ),

  real(
    "en",
    "bulletin",
    "An important announcement to the general public in Härnösand",
    `An important announcement to the general public, IPA, in Norrstig Strand in the municipality of Härnösand. There is a fire in a sewage treatment plant with heavy smoke as a result. The incident commander requests that everyone in the area south of the building goes indoors and that all doors, windows and vents are closed.
For more information, please tune in to Swedish Radio P4 Västernorrland.`,
    "https://krisinformation.se/en/news/2022/june/ipa-harnosand (Krisinformation.se, source Sveriges Radio, June 2022)",
  ),

  real(
    "en",
    "bulletin",
    "Orange flood warning",
    `SMHI has issued an orange flood warning in the counties of Gävleborg, Halland, Kronoberg, Dalarna and Värmland. The risk of flooding is a result of the recent heavy rainfall.
The flood warnings apply to the following watercourses: Testeboån, Harmångersån, Voxnan and Vallaån in Gävleborg; Himleån and Suseån in Halland; Årosälven and Norsälven in Värmland; Lower Lagan in Kronoberg.
For detailed information about the warnings, see SMHI's warning page.
Orange level weather warnings mean that the weather could have serious consequences for the local community. The weather could endanger the public and cause major damage to property and the environment. Individuals or groups that are particularly vulnerable may also be very seriously affected.`,
    "https://www.krisinformation.se/en/news/2023/august/orange-flood-warning (Krisinformation.se, August 2023)",
  ),

  real(
    "en",
    "bulletin",
    "Health advice for residents affected by Saddleworth Moor fire",
    `With the fire at Saddleworth Moor still alight, Public Health England (PHE) has issued health advice to people affected by the smoke.
Residents in areas affected by smoke should stay indoors, keep their doors and windows closed and tune in to their local radio station for advice and information.
Motorists who have to travel through the smoke should keep windows closed and switch air conditioning systems to recycle or recirculate air. If people need to be outdoors, they should try to avoid areas affected by any smoke or ash, or to limit the time that they spend in them.
Smoke can irritate air passages, the skin and the eyes, leading to coughing and wheezing, breathlessness and chest pain. It can also worsen existing problems such as asthma so people should carry their inhaler with them at all times.
Anyone concerned about their symptoms should contact their GP or NHS 111.`,
    "https://www.gov.uk/government/news/health-advice-for-residents-affected-by-saddleworth-moor-fire (Public Health England, June 2018)",
  ),

  real(
    "en",
    "bulletin",
    "Flood warning: act now",
    `The Environment Agency has issued a flood warning for areas across Cornwall. Flooding is expected this morning (Monday, February 12). Locations at risk include Fore Street, Town Quay and Albert Quay at Fowey, Polperro Harbour and The Quay at Looe.
High water at Plymouth is at 07.27 on Monday morning. A significant high spring tide is expected due to low pressure and will be accompanied by force four north-westerly winds and wave heights exceeding one metre. This could result in property flooding possible one to two hours either side of high tide.
Take action to protect yourself and your property and monitor local weather conditions.
Move vehicles to higher ground if it's safe to do so. Move family and pets to safety. Turn off gas, electricity and water supplies if it's safe to do so; never touch an electrical switch if you're standing in water.`,
    "https://www.cornish-times.co.uk/news/flood-warnings-issued-to-areas-across-cornwall-665592 (Environment Agency statement, reported by the Cornish Times, February 2024)",
  ),

  real(
    "en",
    "bulletin",
    "White Gate Road Closure",
    `10 December 2024
Please be advised that the road from White Gate to 'W' Road will close with immediate effect and until 15:00 today, Tuesday, 10 December 2024.
The Highways Authority has approved this emergency closure to allow the Roads Section to remove a tree that is obstructing the road.
We apologise for any inconvenience this may cause and thank the public in advance for their understanding and cooperation.`,
    "https://www.sainthelena.gov.sh/2024/public-announcements/white-gate-road-closure-2/ (St Helena Government, 2024-12-10)",
  ),

  real(
    "en",
    "bulletin",
    "All Evacuation Orders Lifted",
    `This morning, July 2, 2023, all voluntary evacuation orders have been rescinded. Residents are welcome to enter the area and their homes. Fire crews will still be in the area patrolling around the fire and residents are advised to use caution on the roadway driving around our responders.
Trees and power poles may be weakened by the fire and potentially fall in some areas. Use caution when traveling through burned areas, especially when there are utility poles or trees overhead.
Small flames and smoke may be visible within the burned area for some time after the fire is declared contained or controlled. Use caution in these burned areas and work to reduce your smoke exposure during poor air quality days.`,
    "https://inciweb.wildfire.gov/incident-publication/txtxs-storage-fire/all-evacuation-orders-lifted (InciWeb, Storage Fire, 2023-07-05)",
  ),

  real(
    "en",
    "bulletin",
    "Boil Advisory is in Effect UNTIL FURTHER NOTICE",
    `Please note, the BOIL ADVISORY will remain in place UNTIL FURTHER NOTICE. We did have District technicians in the field taking samples today, and will be coordinating with the state health department to monitor the safety of the water. The boil advisory will not be lifted until we can be absolutely certain of the safety of the water. Also please note – the boil advisory applies to ALL District water, regardless of whether service was uninterrupted or interrupted and restored. It still applies even after restoration of service.`,
    "http://lefthandwater.org/2013/09/boil-advisory-is-in-effect-until-further-notice/ (Left Hand Water District, Colorado, September 2013)",
  ),

  real(
    "en",
    "bulletin",
    "Residents advised to stay indoors as Salisbury Plain fires send smoke across Wiltshire",
    `Residents in the affected areas of Wiltshire are being asked to stay indoors and keep doors and windows closed due to smoke from fires on Salisbury Plain. Smoke is being seen in a number of local areas including Salisbury and the surrounding areas, as well as Devizes and parts of Swindon.
Wiltshire Council, Wiltshire Police, Dorset and Wiltshire Fire and Rescue Service, UK Health Security Agency and Swindon Borough Council have met to discuss the fire and ensure local residents, schools and care homes have the information they need.
People should stay hydrated as much as possible. Simple measures like closing curtains on rooms that face the sun can keep the temperature lower. People in the affected areas are also asked to look in on any vulnerable neighbours and family to check they have everything they need.
The Defence Infrastructure Organisation, which is managing the fire, said: "No properties are at risk and we are closely monitoring the situation."`,
    "https://salisburyradio.co.uk/residents-advised-to-stay-indoors-as-salisbury-plain-fires-send-smoke-across-wiltshire/ (Wiltshire Council advice, reported by Salisbury Radio, 2024-05-30)",
  ),

  real(
    "en",
    "social",
    undefined,
    `This is an important message from the U.S. Department of Health and Human Services. During a power outage, never use generators, grills, or other gasoline-, propane-, or charcoal-burning devices inside your home, garage, or carport or near doors, windows, or vents. They produce carbon monoxide, an odorless, colorless gas that kills more than 500 Americans each year. If your home is damaged, stay with friends or family or in a shelter. To learn more, call the CDC at 800-CDC-INFO.`,
    "http://ultimatehomehealth.com/2024/12/13/avoiding-carbon-monoxide-poisoning-during-a-power-outage (HHS/CDC public-service announcement script, reproduced)",
  ),
];

export const BAD_BLIND3: EvalMessage[] = [
  // ---- speculation about cause ------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    `${MSB}; ${CERC}`,
    "Brand i Fyrbergsskolans gymnastiksal",
    "Räddningstjänsten släckte under natten en brand i gymnastiksalen på Fyrbergsskolan. Ingen person skadades. Skolan håller stängt i dag, fredag, och eleverna undervisas på distans enligt schemat i lärplattformen. Mycket tyder på att ungdomar som brukar hänga på skolgården har tänt på, men polisen har inte sagt något om orsaken än. Vårdnadshavare som har frågor kan ringa rektor på 0243-88 10 00. Nästa information kommer i dag klockan 15.",
  ),
  bad(
    "en",
    "social",
    "speculation about cause",
    FACTUAL,
    CERC,
    undefined,
    "Gas leak on Harbour Street: the smell reported since 9am most likely comes from a contractor hitting the main, and we suspect the works were unsupervised. Keep away from Harbour Street until further notice.",
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause",
    FACTUAL,
    CERC,
    "Illness at Westfield care home",
    "Eleven residents of Westfield care home have fallen ill with vomiting since Sunday. Public health officers visited today and took samples. Our working assumption is that the kitchen's new supplier delivered contaminated chicken, and we would not be surprised if this turns out to be salmonella. Visiting is suspended until Friday. Relatives can call the home on 01632 960 455 between 9am and 8pm.",
  ),

  // ---- casualty figures from social media ------------------------------------------------
  bad(
    "sv",
    "sms",
    "unconfirmed deaths or injuries",
    FACTUAL,
    KRIS,
    undefined,
    "Trafikolycka på E18 vid Bålsta. På sociala medier rapporteras fyra döda och flera svårt skadade. Välj annan väg, kör via Enköping.",
  ),
  bad(
    "en",
    "bulletin",
    "unconfirmed deaths or injuries",
    FACTUAL,
    `${CERC}; ${KRIS}`,
    "Building collapse on Kingsway",
    "Part of a three-storey building on Kingsway collapsed at 14.20. Fire and rescue crews are searching the site. Videos shared on TikTok suggest at least a dozen people were trapped and two bodies have been seen. Kingsway is closed between Market Square and Bridge Road. If you are looking for a relative, call the police casualty line on 0800 056 0944.",
  ),
  bad(
    "sv",
    "bulletin",
    "unconfirmed deaths or injuries",
    FACTUAL,
    KRIS,
    "Bussolycka vid Lindesberg",
    "En buss med 40 resenärer har kört av vägen på riksväg 50 norr om Lindesberg. Räddningstjänst, ambulans och polis är på plats. I en Facebookgrupp för Lindesbergsbor skriver flera att sex personer ska ha dött. Riksväg 50 är avstängd och trafiken leds om via Frövi. Anhöriga kan ringa kommunens upplysningsnummer 0581-810 00. Nästa uppdatering kommer klockan 18.",
  ),

  // ---- blame -------------------------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "blame",
    IMPARTIAL,
    RF,
    "Vattenavstängning i Östra Torp",
    "Vattnet i Östra Torp är avstängt sedan klockan 10 efter en ledningsskada på Bygatan. Skadan uppstod när fiberbolaget Nordnät slarvigt grävde rakt igenom huvudledningen trots att de fått ledningskartor. En vattentank står vid Östra Torps skola. Vi räknar med att vattnet är tillbaka klockan 17. Mer information på torp.se/vatten.",
  ),
  bad(
    "en",
    "social",
    "blame",
    IMPARTIAL,
    `${RF}; ${CERC}`,
    undefined,
    "Power is out across Millbrook again tonight. Frankly the regional grid operator has failed this town for years and residents deserve better. Warm space open at Millbrook Library until 10pm.",
  ),
  bad(
    "sv",
    "social",
    "blame",
    IMPARTIAL,
    RF,
    undefined,
    "Översvämningen på Strandvägen hade kunnat undvikas om Trafikverket brytt sig om att rensa dikena i höstas. Kör inte genom vattnet, använd Kvarngatan.",
  ),

  // ---- partisan praise ---------------------------------------------------------------------
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Rest centre open at Hilltop Leisure Centre",
    "A rest centre is open at Hilltop Leisure Centre, Park Road, for anyone who has had to leave home because of the flooding. Hot food, bedding and phone charging are available. This is only possible because our Conservative administration kept the emergency reserve that the opposition wanted to spend. Bring any medicines you need. Call 01632 960 100 if you need transport.",
  ),
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Nödvatten i Bergsjö",
    "Dricksvattnet i Bergsjö är avstängt på grund av en läcka. Nödvatten finns vid Bergsjö torg och vid Coop från klockan 12. Ta med egna dunkar. Vänsterpartiets kommunalråd Per Nyqvist förtjänar ett stort tack för att han personligen såg till att tankarna kom fram så snabbt. Vi beräknar att läckan är lagad i kväll.",
  ),

  // ---- stigmatising labels ---------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "stigmatising group labels",
    IMPARTIAL,
    `${RF}; ${CERC}`,
    "Tuberkulos på språkskolan",
    "Smittskydd har konstaterat två fall av tuberkulos bland elever på Vuxenskolans svenskundervisning. Invandrare från den delen av världen bär ofta på sjukdomen. Den som har haft nära kontakt med de smittade kontaktas personligen av vårdcentralen och erbjuds provtagning. Tuberkulos smittar inte genom tillfällig kontakt. Frågor: ring 1177.",
  ),
  bad(
    "en",
    "social",
    "stigmatising group labels",
    IMPARTIAL,
    CERC,
    undefined,
    "Another spate of car break-ins near the station. The homeless junkies who sleep under the bridge are the obvious suspects. Do not leave valuables in your car and report anything suspicious on 101.",
  ),

  // ---- empty reassurance -------------------------------------------------------------------
  bad(
    "sv",
    "sms",
    "empty reassurance",
    FACTUAL,
    `${MSB}; ${CERC}`,
    undefined,
    "Lukten av gas i centrum är helt ofarlig och det finns inget att oroa sig för. Allt är under full kontroll.",
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Chemical fire at Riverside industrial estate",
    "Crews are tackling a fire at a chemical storage unit on the Riverside industrial estate. There is absolutely no danger to anyone living nearby and people can carry on with their day as normal. The fire service remains at the scene. More updates will follow on our website.",
  ),

  // ---- refusing to comment ---------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "refusing to comment",
    OPEN,
    `${MSB}; ${CERC}`,
    "Frågor om förskolan Tallkotten",
    "Med anledning av de frågor som kommit in om händelsen på förskolan Tallkotten kan kommunen i dagsläget inte uttala sig. Vi hänvisar till polisen. Verksamheten fortsätter som vanligt.",
  ),
  bad(
    "en",
    "social",
    "refusing to comment",
    OPEN,
    CERC,
    undefined,
    "We are aware of reports about contamination at the Eastgate reservoir. The water company will not be commenting on this matter while the investigation is ongoing.",
  ),

  // ---- internal jargon / abbreviations ----------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "internal jargon",
    ADAPTED,
    KLAR,
    "Läget i Sörby",
    "KSO har i samråd med RCB beslutat om förstärkt ledning. KLG sammanträder kl. 14.00 och TiB håller kontakt med Lst. VA-enheten genomför spolning av ledningsnätet i DMA 4. Boende i Sörby ska koka vattnet tills vidare. Nästa lägesrapport kl. 18.00 på sorby.se.",
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon",
    ADAPTED,
    PLAIN,
    "Update on the Eastfield incident",
    "The SCG stood up at 09:00 and a TCG is now running from Bronze at the RVP on Eastfield Road. LRF partners have agreed a METHANE report and CCA category 1 responders are deployed. Residents within the inner cordon should stay indoors. Next update 13:00 on eastfield.gov.uk.",
  ),

  // ---- bureaucratic passive, no action -----------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    KLAR,
    "Information om händelsen vid reningsverket",
    "Ett utsläpp har konstaterats vid reningsverket. Provtagning har beställts och utredning har påbörjats. Berörda myndigheter har underrättats och kontakt har upprättats med länsstyrelsen. Beslut om eventuella åtgärder kommer att fattas när underlaget har sammanställts.",
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive with no action for readers",
    ["audienceAdapted", "active"],
    PLAIN,
    "Statement regarding the water supply",
    "An issue affecting the water supply has been identified. Mitigation measures have been implemented and the situation is being monitored by the relevant teams. Stakeholders have been engaged and a review will be undertaken in due course.",
  ),

  // ---- myth-first correction ---------------------------------------------------------------
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Blir man sjuk av röken från branden i Västra hamnen?",
    "Många har hört att röken från branden i Västra hamnen innehåller cancerframkallande ämnen och att man bör lämna stan. Räddningstjänsten har mätt luften hela dagen. Mätningarna visar inga farliga halter utanför området närmast branden. Stäng fönster om du känner lukt. Mer information på vastrahamnen.se.",
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Are schools closing because of measles?",
    "A message going round parents' WhatsApp groups says all primary schools in the borough will close on Monday because of a measles outbreak. The council's public health team confirms there are two cases in the borough. Schools remain open. Check your child's red book for two MMR doses and call your GP surgery if you are unsure.",
  ),

  // ---- self-contradiction ------------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Kranvattnet i Lyckeby",
    "Kranvattnet i Lyckeby är säkert att dricka och du kan använda det som vanligt. Proverna från i tisdags visade koliforma bakterier. Koka därför vattnet i minst en minut innan du dricker det. Nästa provsvar kommer torsdag.",
  ),
  bad(
    "en",
    "sms",
    "self-contradiction",
    FACTUAL,
    CERC,
    undefined,
    "All roads in Ashby are open and safe to use this morning. The B5003 and Station Road remain closed due to flooding, avoid them. Update at 12:00.",
  ),

  // ---- near-empty texts --------------------------------------------------------------------
  bad("sv", "bulletin", "near-empty message", ["active", "factual"], MSB, "Meddelande", "Vi följer utvecklingen."),
  bad(
    "en",
    "social",
    "near-empty message",
    ["active", "factual"],
    CERC,
    undefined,
    "Something is happening downtown. More later.",
  ),
  bad("sv", "sms", "near-empty message", ["active", "factual"], MSB, undefined, "Störning. Info kommer."),

  // ---- mockery -------------------------------------------------------------------------------
  bad(
    "sv",
    "social",
    "mockery and jokes",
    IMPARTIAL,
    `${CERC}; ${RF}`,
    undefined,
    "Nej, kranvattnet i Vik är inte radioaktivt, hur man nu lyckas tro på sådant 🙄 Vattnet är provtaget och godkänt av Livsmedelsverkets laboratorium i tisdags. Drick på!",
  ),
  bad(
    "en",
    "social",
    "mockery and jokes",
    IMPARTIAL,
    CERC,
    undefined,
    "For the geniuses who keep driving past the ROAD CLOSED signs on Ford Lane: congratulations, the river has your car now 😂. The lane stays closed until the water goes down.",
  ),

  // ---- all caps ------------------------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "all caps alarm",
    IMPARTIAL,
    `${KLAR}; ${CERC}`,
    "VARNING FÖR HALKA",
    "ALLA SOM MÅSTE UT I MORGON BITTI MÅSTE VARA MYCKET FÖRSIKTIGA. ISBARK PÅ ALLA VÄGAR I KOMMUNEN FRÅN KL 04. SANDA TRAPPOR OCH UPPFARTER. KOMMUNENS SANDLÅDOR FYLLS PÅ UNDER NATTEN.",
  ),
  bad(
    "en",
    "sms",
    "all caps alarm",
    IMPARTIAL,
    PLAIN,
    undefined,
    "URGENT!!! WATER OFF IN NORTHGATE FROM 8PM TONIGHT UNTIL 6AM. FILL BOTTLES NOW. BOWSER AT NORTHGATE CHURCH.",
  ),

  // ---- vague promises --------------------------------------------------------------------------
  bad(
    "sv",
    "bulletin",
    "vague promise of more information",
    FAST,
    `${MSB}; ${CERC}`,
    "Avbrott i fjärrvärmen i Söder",
    "Fjärrvärmen i Söder är avbruten efter ett fel i en pumpstation. Cirka 600 lägenheter berörs. Håll fönster och dörrar stängda så att värmen stannar inne, och använd inte gasolkök inomhus. Reparatörerna arbetar på plats. Vi återkommer med besked längre fram.",
  ),
  bad(
    "en",
    "bulletin",
    "vague promise of more information",
    FAST,
    CERC,
    "Water supply interruption in Oakridge",
    "Around 300 homes in Oakridge are without water after a burst main on Elm Avenue. Bottled water is available at Oakridge Community Centre until 9pm. Our engineers are on site. We will provide further information in due course.",
  ),
  bad(
    "sv",
    "sms",
    "vague promise of more information",
    FAST,
    MSB,
    undefined,
    "Vattnet är avstängt på Björkvägen på grund av en läcka. Vattentank står vid nr 12. Besked om när vattnet kommer tillbaka lämnas snarast möjligt.",
  ),
];
