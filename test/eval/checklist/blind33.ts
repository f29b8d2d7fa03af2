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
 * Thirty-third blind set, written 2026-12-07 by an independent author who did not read the checklist rules, its
 * lexicons, the eval README, SPEC.md or any earlier set's items (only types.ts, guidance.ts, build.ts, the header of
 * blind31.ts, shared/DESIGN.md, shared/research/checklist-rules.md and the earlier sets' source URLs, so that no real
 * message repeats). The author never ran the checklist or the eval on these items. HELD-OUT status is decided by the
 * lead.
 *
 * Mix: 30 real messages (17 Swedish, 13 English) and 50 flawed ones (30 Swedish, 20 English). The real side is
 * published text copied from public authorities and utilities (Swedish and Finland-Swedish municipalities and
 * municipal companies, SMHI, a Swedish rescue service, NZ, UK, US and Australian councils, school districts, police,
 * emergency management and a utility co-operative); whole sentences or paragraphs may be left out, nothing is
 * reworded and no date, sender or contact line has been added. Several are ordinary, imperfect messages (all-caps
 * headings, a typo in a time stamp, a jargon-heavy county page, a shouted tweet) of the kind the checklist must let
 * through. Kinds on the real side: 16 web bulletins, 8 FAQ answers, 2 corrections, 4 social posts. The flawed side
 * has 19 web bulletins, 11 SMS, 8 social posts, 7 FAQ answers and 5 corrections (Swedish: 12 bulletins, 7 sms, 4
 * social, 4 faq, 3 corrections; English: 7 bulletins, 4 sms, 4 social, 3 faq, 2 corrections). About half of the
 * flawed messages show a factual, impartial or audience failure or a guideline failure (no clear sender, not dated,
 * not plain, not accessible); the rest spread over active, open and fast, many of them flaws of absence (a
 * boil-water notice that never says how to boil, an evacuation SMS without a place to go, an outage update that
 * promises nothing). Scenarios: water contamination, storm, fire, cyber attack on the municipality, power cut,
 * flooding, heat wave, school lockdown, landslide and chemical leak. Places, organisations and telephone numbers in
 * the flawed messages are invented.
 */
const { real, bad } = evalSet("", perLanguage("good33", "bad33"));

export const GOOD_BLIND33: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: real
  real(
    "sv",
    "bulletin",
    "Kokuppmaning!",
    `23.4.2024, kl. 16:00

MILJÖHÄLSAN KALLAN MEDDELAR

JAKOBSTADS VATTENS DRICKSVATTEN MÅSTE KOKAS

Jakobstads Vatten förser staden Jakobstad och södra delar av Larsmo kommun med hushållsvatten. I ett vattenprov som togs 22.4.2024 har det konstaterats Koliforma bakterier.

Allt dricksvatten och allt vatten som används vid matlagning ska kokas i 5 minuter.

Vattenbolaget kommer att inleda effektiverad klorering av hushållsvattnet och det kommer att förekomma en starkare lukt av klor än vanligt. Klor dödar skadliga mikrober. Kloret i vattnet orsakar inte sanitära olägenheter, det tryggar hushållsvattnets mikrobiologiska kvalitet. Man kan tvätta sig som normalt med vattnet och man kan diska kärl med okokt vatten, men de måste torkas omsorgsfullt efter diskningen.

Miljöhälsan Kallan kommer att ta nya prov på onsdag 24.4.2024

Uppmaningen att koka vattnet gäller tills vidare.

Mer information fås av:

Annika Porthin
Chef för miljöhälsovården
050 502 2049

Mia Hautala
Hälsoinspektör
050 362 3479`,
    "https://www.jakobstadsvatten.fi/se/aktuellt/189-Kokuppmaning.html (Jakobstads Vatten / Miljöhälsan Kallan, boil-water notice on the utility's news page, 23 April 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Uppmaning att koka vatten har upphört!",
    `Vattenproven som togs i Furuholmen den 24 april 2024 visar att det inte finns bakterier i dricksvattnet. Det betyder att man inte behöver koka vattnet mera och det är tryggt att använda.

MYNDIGHETSMEDDELANDE FRÅN MILJÖHÄLSAN KALLAN 26.4.2024 kl. 30.30

Jakobstads Vattens hushållsvatten behöver INTE längre kokas

Uppmaningen som utfärdades 23.4.2024, om att koka Jakobstads Vattens mat- och dricksvatten, är inte längre i kraft.

I provet som togs onsdagen 24.4.2024 har inga enterokocker kunnat påvisas.

För tillfället är klorhalten i hushållsvattnet på en högre nivå än vanligt och det förekommer en starkare lukt av klor. Klor dödar skadliga mikrober. Kloret i vattnet orsakar inte sanitära olägenheter, det tryggar hushållsvattnets mikrobiologiska kvalitet. Se mera information och vanliga frågor och svar gällande hushållsvatten på Miljöhälsan Kallans hemsida (hushållsvatten).`,
    "https://larsmo.fi/uppmaning-att-koka-vatten-har-upphort/ (Larsmo kommun, news item lifting the boil-water notice, April 2024; the impossible time stamp 'kl. 30.30' is as published)",
  ),
  real(
    "sv",
    "bulletin",
    "Regionen fick köra extra dricksvatten till Fårö",
    `Publicerad 2020-07-02 13:06
Det kommunala dricksvattnet i området i och omkring Sudersand på Fårö tog nästan helt slut under det gångna dygnet.

En extra tankbil med 30 kubik vatten fick snabbt åka till Fårö för att fylla på så att det inte det blev torrt i ledningarna. Den stora förbrukningen beror inte på någon vattenläcka. Teknikförvaltningen undersöker nu vad förbrukningen beror på.

Det är allvarligt för abonnenterna och själva ledningsnätet om vattnet helt plötsligt tar slut.
- Vi vet ännu inte vad detta beror på. Vi undersöker om det är någon som fyller på sin pool, bevattnar eller så. Vi vet i alla fall med säkerhet att vi inte har någon vattenläcka i systemet, berättar enhetschefen Leif Thomsson på teknikförvaltningen.

Teknikförvaltningen har även gått ut med information i området.

Det är angeläget att bevattningsförbudet följs och det innebär bland annat att man inte får fylla pooler med kommunalt dricksvatten.`,
    "https://www.gotland.se/107695 (Region Gotland, news item on the water supply, 2 July 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläcka Själevad - hela centralorten uppmanas spara vatten",
    `Miva arbetar med att laga en vattenläcka i Själevad. För att underlätta reparationsarbetet har alla tryckstegringar runt centralorten med omnejd stängts av, vilket får till följd att trycket i vattenledningarna minskar eller helt uteblir samt att våra vattenreservoarer inte fylls på. Fram till att läckan är helt åtgärdad uppmanas därför alla i centralorten med omnejd att spara på vattnet i så stor utsträckning som möjligt. Detta för att inte ett större område ska bli helt utan vatten.

Följ ärendet på Miva.se.`,
    "https://ovikshem.se/omovikshem/nyhetsarkiv/nyhetsarkiv/vattenlackasjalevadhelacentralortenuppmanassparavatten.5.61df671e18b3de11a1826f35.html (Övikshem, municipal housing company, news item passing on Miva's water-leak notice, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Begränsad vattentillgång i Västberg, Rovgärdet och Sätra i Rättvik pga elavbrott",
    `Ett oplanerat strömavbrott hos Dalaenergi påverkar eltillföreseln till pumpstegringarna som pumpar upp vattnet till fastigheterna i Västberg, Rovgärdet och Sätra i Rättvik. Arbetet utförs skyndsamt under dagen.

När vattnet kommer tillbaka i kranen kan det vara missfärgat och vi rekommenderar att ni spolar i några minuter tills vattnet åter blivit klart. Undvik att tvätta vittvätt tills vattnet är klart igen.`,
    "https://www.dalavattenavfall.se/kundservice/driftinformation/driftinformation/2023-08-15-begransad-vattentillgang-i-vastberg-rovgardet-och-satra-i-rattvik-pga-elavbrott.html (Dala Vatten och Avfall, operational notice, 15 August 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Trygghetspunkter",
    `Kommunen kan vid extraordinära eller allvarliga händelser upprätta trygghetspunkter i tätort och byar.

Dessa trygghetspunkter kan ha olika syfte beroende på typ av händelse. Det kan handla om att informera om telenätet inte fungerar, att erbjuda värme, mat och dryck vid långvarig kyla och strömavbrott, att erbjuda en ställe för att hämta dricksvatten om det är problem med vatten och avlopp m.m.

Kontaktperson: Veronica Tengman Bylund`,
    "http://bjurholm.se/?id=6532 (Bjurholms kommun, preparedness page on emergency meeting points, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Markstabiliteten i sydvästra Aröd behöver utredas",
    `Under förberedelserna inför utbyggnaden av kommunalt VA till västra Aröd har det uppstått frågetecken kring markstabiliteten.  Detta gäller marken på båda sidor om Södra Arödsvägen där den följer havet.

Vi vill understryka att det inte är någon omedelbar fara för skred och därför är de kommunala badplatserna iordningställda och öppna som vanligt. Vi har också gjort en rad insatser för att nå ut till alla som bor och rör sig i området framöver.

- Vi har kontaktat företrädare för den lokala vägföreningen. Vår rekommendation är att inte tillåta tung trafik i området.
- Alla fastighetsägare har fått ett brev från kommunen om den här situationen och
- vi sätter också upp flera skyltar i området för att nå de som besöker området framöver.

Under sommaren kommer marken att undersökas ytterligare i samarbete med Statens geotekniska institut (SGI). Ta del av mer information om ras och skred på deras hemsida.`,
    "https://www.kungalv.se/kommun--politik/nyheter/markstabilitet-i-arod/ (Kungälvs kommun, news item on ground stability, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Nu blir det enklare för fastighetsägare i skredområdet",
    `Länsstyrelsen har tagit beslut om att upphäva tillträdesförbudet i skredområdet från och med tisdag 6 februari 2024. Beslutet innebär att det blir enklare för fastighetsägarna inom området att kunna påbörja arbeten med att återställa byggnader och mark. Allmänhetens möjlighet att röra sig i området är fortsatt mycket begränsad då stora delar av området är avspärrade som byggarbetsplatser.

Sedan skredet inträffade i september förra året har förhållandena i området stabiliserats. Kommunen och Trafikverket har genomfört utredningar av stabiliteten och utfört skredstabiliserande åtgärder inom delar av området med tillträdesförbud.

Betonar att det fortfarande finns risker

Helena Schultz, tillförordnad rättschef på Länsstyrelsen, betonar att det fortfarande finns risker att röra sig i området:

– Vi vill betona att det fortfarande finns risker med att röra sig på området och delar av området kommer vara avspärrat eftersom det är en byggarbetsplats eller för att en fastighetsägare bedömt att det behövs. Området ska beträdas med försiktighet och även om nu tillträdesförbudet inte längre är kvar så bör allmänheten inte vistas inom stora delar av området. Det är viktigt att alla tar ett eget ansvar för att vara uppmärksamma på alla tänkbara risker när man vistas inom området.

Läs nyheten i sin helhet på Länsstyrelsens webbplats.`,
    "https://www.stenungsund.se/webbsidor/huvudmeny/nyheter/nyhet2/nublirdetenklareforfastighetsagareiskredomradet.5.5714132a18d54ac590a5520e.html (Stenungsunds kommun, news item on the landslide area, February 2024)",
  ),
  real(
    "sv",
    "bulletin",
    "Om larmet går",
    `Sker det en olycka som leder till brand, explosion och utsläpp av farliga ämnen behöver du känna till vad du ska göra.

Inträffar en allvarlig olycka med farliga ämnen får du veta det på flera olika sätt

- Via utomhussignalen ”Viktigt meddelande till allmänheten” (VMA), också kallad hesa Fredrik. Signalen består av 7 sekunder långa signaler med 14 sekunders paus mellan. Detta upprepas i minst 2 minuter.
- Informations- eller varningsmeddelande som sänds ut via TV och radio.

Gör så här när du hör utomhussignalen eller får ett varningsmeddelande

- Gå inomhus
- Stäng dörrar, fönster och ventilation
- Lyssna på radio och tv.

Om du hamnar i rök eller gasmoln

Rök och gas kan ha en stark och stickande lukt. Den kan ge sveda i ögon och näsa och ge irritation i halsen och hosta.

- Tänk på vindriktningen!
- Sök dig bort från olyckan.
- Gå från vindriktningen.

Du kan göra ett tillfälligt ”flyktfilter” genom att andas genom en fuktad trasa.`,
    "https://rtjmedelpad.se/privatperson/farlig-verksamhet/om-larmet-gar (Räddningstjänsten Medelpad, guidance page on chemical accidents, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Utrymning och evakuering",
    `Om samhällskrisen hotar liv eller hälsa kan det finnas behov av att utrymma ett område eller en fastighet. Det kan ske vid exempelvis vid en naturolycka som dammhaveri, gräs- eller skogsbrand.

För att veta vad som gäller är det viktigt att hålla dig informerad, exempelvis genom att lyssna på Sveriges Radio P4. Information om utrymning kommer att förmedlas via ett Viktigt meddelande till allmänheten, ett så kallat VMA.

Utrymning vid dammhaveri

Vid ett dammhaveri kan du behöva utrymma. Lyssna på rapporteringen om händelserna i Sveriges Radio P4 och se till att du snabbt kan ge dig iväg. Följ kommunens, räddningstjänstens och polisens anvisningar.

Om du kan, ordna din egen transport och hjälp andra. Har du av någon anledning svårt att utrymma på egen hand så kan du få hjälp av kommunen. När du har utrymt, registrera dig vid kommunens mottagningsplats eller hos polisen där du befinner dig.`,
    "https://vannas.se/kommun-och-politik/beredskap-och-sakerhet/skydd-och-evakuering/utrymning-och-evakuering (Vännäs kommun, preparedness page on evacuation, date not shown)",
  ),
  real(
    "sv",
    "bulletin",
    "Elavbrott",
    `Då och då drabbas vi av elavbrott. Oftast är elavbrotten korta, men ibland kan elen vara borta under en längre tid.Det finns flera saker man kan tänka på och förbereda i sin vardag för att bättre klara av ett eventuellt elavbrott.

Orsaker till elavbrott kan vara många. Ovädersstörningar som åska, storm och kraftigt snöfall påverkar luftledsningsnäten. Avgrävda kablar eller fel i utrustningar orsakar också avbrott. Vid elavbrott ska du kontrollera den egna utrustningen, säkringar och jordfelsbrytare. Kontrollera om grannarna också har elavbrott.

Kommunens information vid långvarigt elavbrott

- I vanliga fall informerar kommunen via sin webbplast www.arboga.se, via kommunens växel, via annonser i tidningar och så vidare. Vid ett stort elavbrott fungerar inte alltid de vanliga informationskanalerna.
- Eftersom Rådhuset i Arboga är försett med reservkraft, går det i viss mån att skapa information även vid elavbrott. I händelse av ett långt elavbrott kommer information att skrivas ut och sättas upp på Rådhusets entrédörr (Smedjegatan 5), på stadsbiblioteket (Kapellgatan 19) och vid Turistbyråns lokaler i Arboga station.
- Information sätts även upp vid Götlunda skola och vid Medåkers skola.
- Information ges även via radio: P4 Västmanland. Frekvensen är 100,5 MHz.`,
    "https://www.arboga.se/omsorg--hjalp/raddning-sakerhet-och-kris/elavbrott.html (Arboga kommun, preparedness page on power cuts, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Meddelande om höga temperaturer",
    `Meddelande om höga temperaturer vänder sig främst till riskgrupper som är särskilt känsliga för perioder med värme och den ökade påfrestning som det kan innebära.

Äldre och sjuka personer löper störst risk vid värme. När prognoserna visar att temperaturen når 26°C eller mer tre dagar i följd, skickas en förhandsinformation till ansvariga inom vård och omsorg via länsstyrelserna och kommunerna, för att öka beredskapen.

För att ett meddelande om höga temperaturer ska utfärdas ska den maximala dagstemperaturen vara mellan 26 och 30 grader under tre dagar i följd.

Meddelande om höga temperaturer kan uppgraderas till varning för höga temperaturer som kan utfärdas på gul och orange nivå.

Konsekvenser vid höga temperaturer

Höga temperaturer i nivå med SMHIs meddelande innebär generellt en ökad påfrestning på kroppen som framförallt kan ge problem för riskgrupper.`,
    "https://www.smhi.se/kunskapsbanken/meteorologi/varningar-och-meddelanden/meddelanden/meddelande-om-hoga-temperaturer-1.169223 (SMHI, knowledge-bank answer on heat messages, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Hur mycket vatten får jag?",
    "Vid en vattenbristsituation kan det bli ransonering. Vattenbehovet beräknas till fem liter per person under första dygnet. Därefter femton (15) liter per person och dygn.",
    "https://www.vargarda.se/medborgare/bo-bygga-och-miljo/vatten-och-avlopp/kommunalt-vatten-och-avlopp/nodvatten.html (Vårgårda kommun, question on its emergency-water page, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Vattnet är gult eller brunt",
    "Det beror på att rost av olika orsaker kan följa med vattnet från ledningarna. En anledning kan till exempel vara att ett ledningsarbete utförts i närheten. Rost är inte skadligt för hälsan, men ser inte trevligt ut och bör åtgärdas. Oftast räcker det med att öppna en kran och spola ordentligt tills vattnet blir klart igen. Det är inte farligt att dricka gult/brunt vatten.",
    "https://www.odeshog.se/byggaboochmiljo/vattenochavlopp/dricksvatten/kommunaltdricksvatten/missfargatvatten.4.a122a701776dd021884a2c.html (Ödeshögs kommun, answer on its discoloured-water page, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Hur får jag information om vad som hänt?",
    `Du som bor i tätorten:

Vid ett elavbrott inom Landskrona kan du få information från Landskrona Energi, både på deras hemsida och på sociala medier. Där hittar du oftast en prognos på hur lång tid avbrottet beräknas ta. Tänk på att vid ett större avbrott är det troligen många som ringer deras journummer. Ring inte i onödan.

Du som bor utanför tätorten:

Utanför tätorten kan du vända dig till E.on. På deras hemsida finns en avbrottskarta som visar antalet drabbade, orsak och tidsprognos. Är det ett omfattande avbrott ska du lyssna på Sveriges Radio P4 för att få information om vad som har inträffat. Om du inte har tillgång till elektricitet kan det vara bra att ha tillgång till en batteridriven radio, solcellsradio, bilradio eller vevradio. Om du har internet, titta på landskrona.se och krisinformation.se för att få veta mer.`,
    "https://www.landskrona.se/en/invanare/leva-bo/krisberedskap/krisscenarion-och-hur-du-kan-forbereda-dig/elavbrott/ (Landskrona stad, question on its power-cut preparedness page, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Viktigt meddelande till allmänheten",
    `Signalen viktigt meddelande till allmänheten (VMA) eller Hesa Fredrik som den också kallas, används när fara hotar, både i fred och i krig. När utomhussignalen ljuder varnas allmänheten om en viktig händelse, till exempel giftig gas eller annan händelse.

När du hör signalen ska du:

- Gå inomhus
- Lyssna på radio P4
- Stänga dörrar, fönster och ventilation.`,
    "http://www.norrkoping.se/organisation/trygghet-och-folkhalsa/kris-och-sakerhet/krisberedskap---72-timmar/utfallningslista-fragor-och-svar/viktigt-meddelande-till-allmanheten.html (Norrköpings kommun, questions-and-answers page on the VMA signal, date not shown)",
  ),
  real(
    "sv",
    "faq",
    "Vad är nödvatten?",
    `Dricksvatten är vårt viktigaste livsmedel. Om den ordinarie vattenförsörjningen inte skulle fungera som vanligt kan vi distribuera dricksvatten genom att ställa ut tankar. Detta dricksvatten kallas nödvatten.

Vattnet från tankarna behöver du hämta i egna medhavda kärl. Det är bra om du redan idag funderar på om du har lämpliga kärl att hämta dricksvatten i.

Tankarna placeras på förutbestämda platser i de områden där det finns behov. Tankarna fylls sedan på kontinuerligt så länge behov finns.`,
    "https://sandvikenenergi.se/vattenochavlopp/dricksvatten/kokningsrekommendation/nodvattentankar.796.html (Sandviken Energi, municipal utility, question on its emergency-water page, date not shown)",
  ),

  // ---------------------------------------------------------------- English: real
  real(
    "en",
    "bulletin",
    "Cyclone Gabrielle update 12 – General update",
    `Published 18 Feb 2023

Quick summary

- Our community outreach continues to assess needs
- Welfare support is available, please call us
- Please continue to report damage using Antenno or by calling us
- Akitio Water Treatment Plant is back up and running, Boil Water Notice to remain in place until further notice
- Road updates can be found at: www.tararuadc.govt.nz/services/roading

Focus for the Day

Our focus continues to be the welfare of our communities. Our community outreach team are heading out to Weber and Akitio today to continue our work identifying people’s needs so that we can respond to them.  If you know of someone who you think needs our help please contact us and please remember to check on your neighbours.

If you are isolated and have welfare needs, please contact us on 06 374 4080 or 06 376 0110 and let our teams know. We are able to support with:

- access to food, water and household goods, such as fuel and medicine
- shelter/accommodation for anyone that is displaced
- assistance with animal/stock welfare (including access, rescue, evac, food/water, sick/injured, escaped or critical services for production animals)
- advice on financial support that is available
- any other welfare needs

Roads update

Open

- Access to Pongaroa via Pahiatua-Pongaroa Road
- Access to Herbertville via Weber/Wimbledon

Closed

- Access to Akitio
- Access to Route 52 between Weber and Pongaroa

Road updates can be found at: www.tararuadc.govt.nz/services/roading

Akitio Water Treatment Plant

The Plant is back up and running and levels in the reservoir and beginning to retore.  The boil water notice will remain in place until further notice.`,
    "https://www.tararuadc.govt.nz/news/2023/february/cyclone-gabrielle-update-12-general-update (Tararua District Council, NZ, emergency update, 18 February 2023)",
  ),
  real(
    "en",
    "bulletin",
    "City Responding to Cyber Security Incident",
    `At 6:22 a.m. on Wednesday, Sept. 25, an external party temporarily gained access to the City’s servers and attempted to encrypt data files within the network. Automated security systems immediately responded, containing the impact to a small number of files. As a precautionary measure, internal network communication lines were shut down, temporarily affecting online customer portals on the City’s website and mobile applications. An exact timeline for the restoration of online services is not available, but a general estimate is that noticeable outages of online services will last through Sunday evening.
Most online services available on the City’s website and mobile application will be affected, including:
- Building permits,
- Brush and Bulky Item Collection (BABIC) service requests,
- Code enforcement complaints,
- Eisemann Center event ticket sales,
- Municipal Court payments,
- Pet registration,
- Utility payments (solid waste/water), and
- Other customer service portals.
The specific type of data compromised is still under assessment, and there is no early indication sensitive data was accessed.
While access is limited, essential services such as emergency response via 911 and the City’s 24-hour response line (972-744-4111) remain available.
The City is cooperating with the FBI, which is investigating the incident, and efforts are underway to restore internal systems by replacing equipment and recovering information from backups. The Department of Homeland Security has also been notified of the incident and is alerting other agencies to increase awareness for any sign of other incidents.
Additional updates will be provided at the City’s website when further information is available.`,
    "https://richardsontoday.com/city-responding-to-cyber-security-incident (City of Richardson, Texas, city news site, 25 September, year not shown on the page)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `At 12:25 PM today, a staff member observed suspicious activity in a campus parking lot and what appeared to be a weapon. Following established safety protocols, the campus was immediately placed into lockdown and 911 was contacted.
School administration worked closely with law enforcement to thoroughly investigate the situation. After a comprehensive assessment, authorities determined that there was no weapon present and no credible threat to student safety. The lockdown was lifted once the all-clear was given. All students and staff are safe, and normal operations have resumed.
The safety and security of our students and staff remains our highest priority. We want to commend our staff members for their vigilance and for following proper emergency procedures, which ensured everyone's protection throughout this incident.
We understand that lockdown situations can be concerning for families and the community. We are committed to transparent communication regarding any incidents that affect our campus safety.
If you have any questions or concerns, please do not hesitate to contact the school administration.`,
    "https://www.brushschools.org/o/bhs/article/2230548 (Brush School District, Colorado, high-school news post after a lockdown, date not shown)",
  ),
  real(
    "en",
    "bulletin",
    "Cooling Centers",
    `When significantly higher temps are forecasted, information about cooling centers will be posted here.

The forecast for significantly higher daytime temperatures means an increase in thermal inertia. Thermal inertia refers to the slowness with which the temperature of a body approaches that of its surroundings. This means an individual will have a lower chance of experiencing overnight recovery cooling.

Higher risk individuals, including elderly, infants, and those with pre-existing health conditions that affect thermo regulation and are living in older and/or poorly insulated/ventilated dwellings are at greater risk during extreme heat events.`,
    "https://www.co.benton.or.us/boc/page/cooling-centers (Benton County, Oregon, heat page, date not shown)",
  ),
  real(
    "en",
    "bulletin",
    "Public urged to stay safe as heavy rain is expected across Warwickshire",
    `With a Yellow Weather warning in effect from tomorrow due to heavy rainfall across the county, emergency services and local partners are urging the public to exercise caution when travelling or walking near floodwaters.

The warning follows a weekend of intense rain, leaving many areas of the county already saturated. In response, agencies within the Warwickshire Resilience Forum are working closely to plan and prepare for potential flooding incidents, which could pose a risk to life and property if water levels continue to rise.

Residents are advised to take extra care when out and about, especially around flood-prone areas, and to follow these key safety tips:

Avoid driving through floodwater. Even a few inches can cause your vehicle to float or damage the engine. Tragically, many flood-related fatalities occur when people are trapped in their vehicles.

Do not attempt to cross floodwater if the road is obscured. You won’t be able to tell if there are hidden dangers, such as displaced manhole covers.

Stay clear of rivers and other flooded areas when walking, especially with pets. Flooded paths can be slippery, and the current of the water can pose a serious threat, increasing the risk of being swept away.

Ben Brook, Co-Chair of the Warwickshire Resilience Forum and Chief Fire Officer for Warwickshire Fire and Rescue Service, said:

“It’s essential that Warwickshire residents take all necessary precautions to protect themselves and others during this period of heavy rain and potential flooding. One of the most important actions is to avoid driving or walking through floodwater and to follow the advice provided by emergency services. If you see signs warning against driving through flooded areas, please don’t ignore them. They are there for your safety and the safety of the communities directly impacted by the floods.”

Stay Informed and Prepared:

To check for flood alerts or warnings affecting your area, visit: Check for Flooding`,
    "https://www.warwickshire.gov.uk/news/article/5592/public-urged-to-stay-safe-as-heavy-rain-is-expected-across-warwickshire (Warwickshire County Council, news release, date not shown)",
  ),
  real(
    "en",
    "faq",
    "When should I evacuate?",
    `If you are worried about your safety, it is recommended to evacuate early. Conditions can get worse very quickly, making it harder to evacuate the longer you wait.

If emergency services have concerns regarding your wellbeing and safety it may be recommended that you evacuate. If you choose not to accept or act on these recommendations, and the situation becomes more critical, the Police have the authority to instruct you to evacuate.`,
    "https://www.hobartcity.com.au/Community/Emergency-management/Emergency-evacuation (City of Hobart, Tasmania, emergency-evacuation questions, date not shown)",
  ),
  real(
    "en",
    "faq",
    "When will my power be restored?",
    `It is very difficult, especially in the early stages of storm restoration, to provide reliable estimates of restoration times for specific locations. The situation is often fluid because of the constantly changing conditions that occur during and after a storm.

Work to assess damage and repair service are assigned as outages arise and crews become available, with the goal of restoring power to the most consumers in the shortest amount of time. Visit our Storm Restoration page for more information.`,
    "https://svec-coop.com/faqs/when-will-my-power-be-restored/ (Shenandoah Valley Electric Cooperative, Virginia, FAQ answer, date not shown)",
  ),
  real(
    "en",
    "correction",
    undefined,
    "FBI Portland and local law enforcement agencies have been receiving reports that extremists are responsible for setting wildfires in Oregon. With our state and local partners, the FBI has investigated several such reports and found them to be untrue. Conspiracy theories and misinformation take valuable resources away local fire and police agencies working around the clock to bring these fires under control. Please help our entire community by only sharing validated information from official sources.",
    "https://hillreporter.com/fbi-tells-conspiracy-theorists-stop-blaming-black-lives-matter-activists-for-wildfires-78682 (FBI Portland field office statement of 11 September 2020, quoted in full by Hill Reporter)",
  ),
  real(
    "en",
    "correction",
    undefined,
    "We have been made aware of rumors of a threat being made against the high school. We are in close contact with Groveport Police who are investigating this issue. At this early stage of their investigation, they have found no evidence to substantiate the allegation. Please know that we take the safety of our students and staff very seriously and we will take all necessary precautions to ensure their safety. Be assured that we will keep you informed as we learn of any additional information from Groveport Police or any other law enforcement officials that may become involved in this investigation.",
    "http://nbc4i.com/2018/02/17/police-investigating-threat-against-groveport-madison-high-school/ (Groveport Madison Schools, Ohio, district statement on a rumoured threat, quoted in full by NBC4, February 2018)",
  ),
  real(
    "en",
    "social",
    undefined,
    `The City is experiencing flooding in several areas. PLEASE DO NOT ATTEMPT TO DRIVE THROUGH ANY ROADWAY THAT IS FLOODED! Doing so is a safety risk and could be harmful to you, your vehicle and potentially causing additional damage to homes.

Water depth is not always obvious. Just six inches of fast moving water can sweep you off your feet. 12 inches of fast moving water can carry away a small car, and 18-24 inches can carry away most large SUV’s. Be safe, be smart, turn around don’t drown! Please use caution when heading out today. #floodsafety`,
    "https://cityofportrichey.com/2023/08/30/flooding/ (City of Port Richey, Florida, flooding post with social-media hashtag, 30 August 2023)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Please don’t risk driving through flood water.

We’re expecting to deal with lots of water on the roads overnight.

@metoffice have a weather warning in place.`,
    "https://shropshirestar.com/news/environment/2023/11/01/storm-ciarn-lots-of-water-expected-on-the-roads-overnight-as-council-warns-dont-drive-into-floods (Telford & Wrekin Council tweet during Storm Ciarán, quoted by the Shropshire Star, 1 November 2023)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Shelter in place has been lifted, but limit all unnecessary outdoor activity at this time. Small children and persons with respiratory illnesses and other health problems should remain indoors.
HVAC systems may be turned back on at your discretion.`,
    "https://kicks105.com/plant-explosion-shepherd-texas/ (Polk County Office of Emergency Management, Texas, post after the Shepherd chemical-plant fire, quoted by KICKS 105, 8 November 2023)",
  ),
  real(
    "en",
    "social",
    undefined,
    `Many schools in the area are on lockdown out of an abundance of caution.

THERE HAS NOT BEEN ANOTHER INCIDENT.`,
    "https://www.wfmynews2.com/article/news/local/2-wants-to-know/verify-online-rumors-about-mount-tabor-school-shooting-winston-salem-gang-police-facts-latest/83-bc703742-af43-46b2-b675-9ad09f85a5e5 (Winston-Salem Police Department tweet, @cityofwspolice, 1 September 2021, quoted by WFMY News 2)",
  ),
];

export const BAD_BLIND33: EvalMessage[] = [
  // ---------------------------------------------------------------- Swedish: flawed
  bad(
    "sv",
    "bulletin",
    "boil-water notice that never says how to boil or what the water may be used for",
    ACTIVE,
    MSB,
    "Kokningsrekommendation i Granlunda och Älvsätra",
    `Uppdaterad 14 mars 2026 kl. 10.30

Tallvikens kommun rekommenderar alla hushåll i Granlunda och Älvsätra att koka dricksvattnet. Ett rutinprov som togs vid Granlunda vattenverk den 12 mars visade E. coli-bakterier, vilket betyder att vattnet kan vara förorenat med avföring och kan göra dig sjuk. Rekommendationen gäller tills två prover i rad visar att vattnet är tjänligt. Nya prover tas i dag och i morgon, och svar väntas tidigast måndag 16 mars.

Vi har informerat förskolor, skolor och äldreboenden i området. Nästa uppdatering kommer här senast kl. 16.00 i dag.

Frågor? Ring kommunens kontaktcenter på 0570-84 10 00, vardagar kl. 8–17.`,
  ),
  bad(
    "sv",
    "sms",
    "speculation about the cause in a boil-water SMS",
    FACTUAL,
    KRIS,
    undefined,
    "Tallvikens kommun: Koka dricksvattnet i Granlunda tills vidare. Orsaken är sannolikt att någon tagit sig in i vattenverket. Info: tallviken.se/vatten",
  ),
  bad(
    "sv",
    "social",
    "emoji-laden, breathless social post for a storm with power cuts",
    ADAPTED,
    MSB,
    undefined,
    "Tallvikens kommun, lördag 10 januari kl. 19.40: 🌪️🌪️ STORMEN ÄR HÄR!! 😱💨 Träd 🌲🌲 över vägarna 🚧🚧 och strömmen ⚡ borta i Sjöhaga & Lindåsen 🏠🔦 Håll er inne 🙏🙏 Vi kämpar för fullt 💪💪❤️ Mer info 👉 länk i bio 😉 #storm #tallviken",
  ),
  bad(
    "sv",
    "bulletin",
    "smoke plume over homes but no protective instruction",
    ACTIVE,
    MSB,
    "Brand i lagerbyggnad i Hällebo",
    `Publicerad 3 juni 2026 kl. 14.20

Räddningstjänsten Tallviken arbetar sedan kl. 12.50 med en brand i en lagerbyggnad på Verkstadsvägen i Hällebo industriområde. I byggnaden finns plast och däck, och branden ger kraftig svart rök som just nu driver mot bostadsområdena Hällebo centrum och Norrängen. Räddningsledaren räknar med att insatsen pågår hela eftermiddagen.

Verkstadsvägen är avstängd mellan Industrigatan och Ringvägen. Ingen person har skadats.

Vi uppdaterar här kl. 16.00. Frågor om röken: ring 113 13.`,
  ),
  bad(
    "sv",
    "sms",
    "power-cut SMS with no sender",
    OPEN,
    MSB,
    undefined,
    "Strömavbrott i Råbacka och Kvarnåsen sedan kl. 05.40. Felet är hittat och beräknas vara lagat kl. 13.00. Trygghetspunkt öppen i Råbacka skola, Skolvägen 4. Frågor: 0570-84 10 00.",
  ),
  bad(
    "sv",
    "bulletin",
    "withholding without a reason after a cyber attack",
    OPEN,
    MSB,
    "It-angrepp mot kommunen – lägesbild 21 oktober",
    `Tisdag 21 oktober 2026 kl. 11.00

Tallvikens kommun utsattes natten till måndag för ett it-angrepp. E-post, e-tjänster och kommunens webbplats fungerar inte. Telefonväxeln 0570-84 10 00 fungerar, och skolor, hemtjänst och äldreboenden arbetar som vanligt med reservrutiner.

Vi kan inte lämna några uppgifter om vilka system som har drabbats eller om personuppgifter har kommit ut.

Du som behöver söka bygglov, ekonomiskt bistånd eller göra en anmälan kan göra det på blankett i kommunhusets reception, Storgatan 12, vardagar kl. 8–16.

Nästa lägesbild publiceras onsdag 22 oktober kl. 11.00 på kommunens Facebooksida.`,
  ),
  bad(
    "sv",
    "faq",
    "FAQ answer that does not answer the question",
    OPEN,
    MSB,
    "Har mina personuppgifter läckt vid it-angreppet?",
    `Tallvikens kommun arbetar sedan länge aktivt med informationssäkerhet och tar skyddet av invånarnas personuppgifter på största allvar. Vi följer dataskyddsförordningen och har rutiner för att hantera personuppgiftsincidenter. Kommunen har ett dataskyddsombud som granskar hur vi behandlar personuppgifter. Läs mer om hur vi behandlar personuppgifter på tallviken.se/dataskydd.

Senast uppdaterad 22 oktober 2026.`,
  ),
  bad(
    "sv",
    "correction",
    "correction that repeats the myth vividly and never gives the fact",
    ACTIVE,
    DEBUNK,
    "Rättelse: rykten om dricksvattnet i Granlunda",
    `Tallvikens kommun, 15 mars 2026

I sociala medier sprids uppgifter om att dricksvattnet i Granlunda är förorenat av parasiter från ett djurkadaver i vattentornet, att flera barn har lagts in på sjukhus med blodiga diarréer och att kommunen har mörkat det i veckor. Vi har sett bilderna som delas, bland annat på ett brunfärgat vattenglas och en ambulans utanför förskolan Solgläntan.

Vi ber alla att tänka på vad de delar.`,
  ),
  bad(
    "sv",
    "bulletin",
    "officialese and technical jargon in a flooding notice",
    ADAPTED,
    KLAR,
    "Information avseende bräddning och dagvattenhantering",
    `Tallvikens kommun, 28 augusti 2026 kl. 08.15

Till följd av nederbördsmängder överstigande dimensionerande regn har kapaciteten i det kombinerade ledningsnätet överskridits, varvid bräddning till recipient har skett vid pumpstation P14 Sjöhaga. Fastighetsägare erinras om att tillse att backventil är monterad och funktionsduglig samt att erforderliga åtgärder vidtas avseende dräneringspumpar och golvbrunnar i källarplan i syfte att förebygga inträngning av spillvatten via servisledning. Uppgift om förbindelsepunkt tillhandahålles av VA-huvudmannen. Badförbud råder tills vidare vid Sjöhaga strandbad i avvaktan på provsvar avseende förekomst av fekala indikatorbakterier.

Nästa information lämnas kl. 15.00. Frågor besvaras av VA-enheten, 0570-84 12 30.`,
  ),
  bad(
    "sv",
    "sms",
    "one endless sentence in a heat-wave SMS",
    ADAPTED,
    KLAR,
    undefined,
    "Tallvikens kommun informerar med anledning av att SMHI har utfärdat en gul varning för höga temperaturer som gäller för hela kommunen från och med onsdag 8 juli till och med söndag 12 juli 2026 om att det är viktigt att du som är äldre eller har en kronisk sjukdom eller tar läkemedel som påverkar kroppens vätskebalans dricker mer än vanligt även om du inte känner dig törstig och att du håller dig inomhus under dygnets varmaste timmar mellan klockan 11 och 15 samt att anhöriga och grannar hör av sig till äldre i sin närhet för att höra hur de mår och vid frågor kan du ringa 1177 eller kommunens kontaktcenter på 0570-84 10 00.",
  ),
  bad(
    "sv",
    "bulletin",
    "blame and loaded words against a pupil and parents after a lockdown",
    IMPARTIAL,
    RF,
    "Inrymning på Björkvallsskolan",
    `Tallvikens kommun, 5 februari 2026 kl. 11.30

Kl. 09.45 i dag inrymdes Björkvallsskolan efter att en elev i årskurs 8 hade lagt upp en bild med ett vapenliknande föremål på Snapchat. Polisen kom till skolan kl. 09.58 och har konstaterat att det var en leksakspistol. Inrymningen hävdes kl. 10.40 och alla elever och all personal är oskadda.

Det här hade aldrig behövt hända om vissa föräldrar tog sitt ansvar och höll koll på vad deras barn gör på nätet. Eleven har visat ett fullständigt ansvarslöst beteende och skrämt hundratals barn.

Skolkurator och skolsköterska finns på plats hela dagen för elever som vill prata. Rektor Anna Lindqvist nås på 0570-84 25 00.`,
  ),
  bad(
    "sv",
    "social",
    "road closed after a landslip with no reason and no condition for reopening",
    OPEN,
    MSB,
    undefined,
    "Tallvikens kommun: Lindåsvägen är avstängd för all trafik mellan Lindåsen och Storsjön från i dag fredag 17 april kl. 15.00 och tills vidare. Boende längs vägen kör via Kvarnvägen. Mer information: tallviken.se/lindasvagen. Nästa uppdatering måndag 20 april kl. 10.00.",
  ),
  bad(
    "sv",
    "bulletin",
    "power-cut update in freezing weather that tells residents nothing they can do",
    ACTIVE,
    MSB,
    "Omfattande strömavbrott efter stormen",
    `Söndag 11 januari 2026 kl. 09.00

Efter nattens storm är cirka 2 300 hushåll i Sjöhaga, Lindåsen och Råbacka utan ström. Enligt Nordvalla Elnät har ett fyrtiotal träd fallit över ledningar. Bolaget räknar med att de flesta ska ha ström igen under måndagen, men vissa fastigheter längs Lindåsvägen kan bli utan ström till onsdag. Temperaturen väntas ligga kring minus 12 grader i natt.

Kommunens krisledning samordnar arbetet med elnätsbolaget, räddningstjänsten och hemtjänsten. Hemtjänsten har kontaktat alla brukare i området.

Vi uppdaterar informationen här kl. 15.00 i dag.`,
  ),
  bad(
    "sv",
    "bulletin",
    "unconfirmed casualty figures from social media passed on",
    FACTUAL,
    KRIS,
    "Utsläpp av ammoniak vid Kvarnåsens mejeri",
    `Räddningstjänsten Tallviken, 22 september 2026 kl. 16.45

Kl. 15.30 i dag läckte ammoniak ut från kylanläggningen vid Kvarnåsens mejeri. Läckan är stoppad sedan kl. 16.10. Enligt uppgifter i sociala medier ska uppemot 40 personer ha fått andningsbesvär och flera av dem ha förts till sjukhus.

Räddningsledaren uppmanar alla inom 500 meter från mejeriet, det vill säga Mejerigatan, Åvägen och Kvarnåsens skola, att hålla sig inomhus och stänga dörrar, fönster och ventilation tills vidare. Känner du sveda i ögon eller hals, skölj med vatten och ring 1177. Vid andnöd, ring 112.

Nästa information kl. 18.00 här och i Sveriges Radio P4.`,
  ),
  bad(
    "sv",
    "faq",
    "legal text for a resident's practical question",
    ADAPTED,
    KLAR,
    "Får jag hjälp av kommunen att ta bort ett träd som fallit på min tomt?",
    `Enligt 1 kap. 2 § lagen (2003:778) om skydd mot olyckor ansvarar den enskilde i första hand för skyddet av sitt liv och sin egendom. Kommunens skyldighet att ingripa enligt 1 kap. 2 § andra stycket LSO föreligger endast om det är motiverat med hänsyn till behovet av ett snabbt ingripande, det hotade intressets vikt, kostnaderna för insatsen och omständigheterna i övrigt. Nedfallna träd på enskild fastighet som ej utgör omedelbar fara för liv, hälsa eller miljö faller således utanför räddningstjänstens åtaganden, varför åtgärd åligger fastighetsinnehavaren, med beaktande av eventuella villkor i gällande försäkringsavtal.

Senast uppdaterad 12 januari 2026. Tallvikens kommun, kontaktcenter 0570-84 10 00.`,
  ),
  bad(
    "sv",
    "sms",
    "vague next update in a water-outage SMS",
    FAST,
    MSB,
    undefined,
    "Tallvikens kommun: Vattnet i Granlunda är avstängt sedan kl. 07.30 på grund av en läcka på Skogsvägen. Vattentank finns vid Granlunda skola, ta med egen dunk. Ny information kommer senare.",
  ),
  bad(
    "sv",
    "correction",
    "'no comment' instead of a correction",
    OPEN,
    MSB,
    "Angående uppgifter om lösensumma",
    `Tallvikens kommun, 24 oktober 2026

Flera medier och konton i sociala medier uppger att kommunen har betalat en lösensumma till dem som ligger bakom it-angreppet. Kommunen kommenterar inte dessa uppgifter.

Aktuell information om vilka tjänster som fungerar finns på tallviken.se/itstorning och på telefon 0570-84 10 00.`,
  ),
  bad(
    "sv",
    "bulletin",
    "promotion of a local shop in heat-wave advice",
    IMPARTIAL,
    RF,
    "Värmebölja – så tar du hand om dig och andra",
    `Tallvikens kommun, 7 juli 2026

SMHI har utfärdat en gul varning för höga temperaturer från onsdag 8 juli till söndag 12 juli. Det väntas bli 30–33 grader varmt. Värmen är en påfrestning för kroppen, särskilt för äldre, små barn och personer med kroniska sjukdomar.

- Drick mer än vanligt, även om du inte är törstig.
- Håll dig i skuggan eller inomhus mellan kl. 11 och 15.
- Håll persienner och gardiner stängda på dagen och vädra på natten.
- Ring eller besök äldre grannar och anhöriga.

Behöver du en fläkt rekommenderar vi Kylcentralen på Storgatan, som ger 20 procent rabatt till alla som visar det här meddelandet i butiken.

Stadsbiblioteket och Sjöhaga träffpunkt har luftkonditionering och är öppna som svalrum kl. 10–20 alla dagar under varningen. Frågor om din hälsa: ring 1177. Vi uppdaterar sidan om SMHI ändrar varningen.`,
  ),
  bad(
    "sv",
    "social",
    "party-political point in a flood update",
    IMPARTIAL,
    RF,
    undefined,
    "Tallvikens kommun, 29 augusti kl. 07.30: Vattnet i Sjöhagaån har sjunkit 20 cm sedan i går kväll. Sjöhagavägen är öppen igen, men Strandpromenaden är fortfarande avstängd. Tack vare att den nya majoriteten (M, KD och L) äntligen satsade på vallarna efter förra styrets försummelser klarade sig centrum den här gången. Gå eller cykla inte genom vatten på vägarna. Nästa uppdatering kl. 12.00.",
  ),
  bad(
    "sv",
    "bulletin",
    "contradiction within the message about whether the water is safe",
    FACTUAL,
    KRIS,
    "Dricksvattnet i Granlunda – uppdatering 16 mars",
    `Tallvikens kommun, 16 mars 2026 kl. 14.00

De nya provsvaren från Granlunda vattenverk visar att vattnet nu är tjänligt och säkert att dricka direkt från kranen. Tack för ert tålamod under de senaste dagarna.

Fortsätt att koka allt vatten som ska användas till dryck och matlagning tills kommunen meddelar att kokningsrekommendationen är hävd.

Spola kallvattnet i några minuter innan du använder det första gången. Frågor: kontaktcenter 0570-84 10 00. Nästa uppdatering tisdag 17 mars kl. 10.00.`,
  ),
  bad(
    "sv",
    "sms",
    "all-caps shouting in a fire SMS",
    ADAPTED,
    KLAR,
    undefined,
    "TALLVIKENS KOMMUN: SKOGSBRAND NORR OM HÄLLEBO. RÖKEN DRIVER MOT HÄLLEBO CENTRUM. GÅ INOMHUS OCH STÄNG DÖRRAR, FÖNSTER OCH VENTILATION. LYSSNA PÅ P4. NÄSTA UPPDATERING KL 18.00.",
  ),
  bad(
    "sv",
    "bulletin",
    "false reassurance while the slope is still being investigated",
    FACTUAL,
    MSB,
    "Skredet vid Lindåsvägen – lägesbild",
    `Tallvikens kommun, 18 april 2026 kl. 12.00

Natten till fredag gick ett skred i slänten ned mot Storsjön vid Lindåsvägen. Ingen person skadades. Tre hushåll på Lindåsvägen 14–18 har flyttat till tillfälligt boende som kommunen har ordnat. Statens geotekniska institut (SGI) och kommunens geotekniker undersöker slänten i dag och i morgon.

Det finns ingen som helst risk för fler skred i området, så övriga boende kan vara helt lugna.

Lindåsvägen är fortsatt avstängd mellan Lindåsen och Storsjön. Kör via Kvarnvägen. Vi håller informationsmöte i Lindåsens bygdegård söndag 19 april kl. 18.00. Frågor: 0570-84 10 00.`,
  ),
  bad(
    "sv",
    "faq",
    "FAQ answer with only relative times and no date",
    FAST,
    MSB,
    "När kommer strömmen tillbaka i Råbacka?",
    "Enligt Nordvalla Elnät ska de flesta hushåll i Råbacka ha ström igen i morgon eftermiddag. Några fastigheter längs Kvarnvägen kan få vänta till i övermorgon, eftersom ledningen där går genom skog som först måste röjas. Trygghetspunkten i Råbacka skola är öppen dygnet runt tills alla har ström. Där kan du värma dig, ladda telefonen och få varm mat. Frågor: Tallvikens kommun, kontaktcenter 0570-84 10 00.",
  ),
  bad(
    "sv",
    "sms",
    "lockdown SMS to parents that names a gathering point without saying where it is",
    ACTIVE,
    MSB,
    undefined,
    "Sjöhagaskolan 12/5 kl. 12.20: Skolan är inrymd efter en polisanmälan om en person med vapenliknande föremål. Alla elever är i säkerhet. Kom inte till skolan. Barnen lämnas ut vid uppsamlingsplatsen när polisen ger klartecken. /Rektor Eva Strand",
  ),
  bad(
    "sv",
    "social",
    "link-only post about a chemical leak",
    ["active", "audienceAdapted"],
    MSB,
    undefined,
    "Tallvikens kommun: Läs mer om utsläppet i Kvarnåsen här 👉 https://bit.ly/3xKvQ7p",
  ),
  bad(
    "sv",
    "bulletin",
    "decision to close all schools announced without a reason",
    OPEN,
    MSB,
    "Alla skolor och förskolor stängda måndag 12 januari",
    `Tallvikens kommun, söndag 11 januari 2026 kl. 16.00

Kommunen har beslutat att alla grundskolor, förskolor och fritidshem i Tallvikens kommun håller stängt måndag 12 januari. Gymnasieskolan har distansundervisning. Vårdnadshavare som arbetar i samhällsviktig verksamhet, till exempel vård, omsorg eller räddningstjänst, och som inte kan ordna barnomsorg kan få omsorg på Råbacka förskola kl. 6.30–18.00. Anmäl behov på 0570-84 26 00 senast kl. 20.00 i kväll.

Besked om tisdag 13 januari kommer här senast måndag kl. 15.00.`,
  ),
  bad(
    "sv",
    "sms",
    "evacuation SMS without a place to go",
    ACTIVE,
    MSB,
    undefined,
    "Tallvikens kommun och Polisen: Risk för nytt skred vid Lindåsvägen. Alla boende på Lindåsvägen 2–30 ska lämna sina hem senast kl. 20.00 i kväll. Ta med mediciner och id-handlingar. Frågor: 0570-84 10 00.",
  ),
  bad(
    "sv",
    "correction",
    "correction that insults the people spreading the rumour",
    IMPARTIAL,
    RF,
    "Sjöhaga strandbad är öppet",
    `Tallvikens kommun, 9 juli 2026

Sjöhaga strandbad är öppet och vattnet är tjänligt att bada i. Miljöenhetens prov från 6 juli visar inga förhöjda halter av bakterier eller algtoxiner. Nästa prov tas 13 juli och resultatet publiceras på tallviken.se/bad.

De som sprider lögnen om att badet är stängt på grund av giftalger är okunniga och vill bara skapa panik. Sluta lyssna på dem.

Tänk på att dricka mycket vatten och söka skugga under dagens varmaste timmar.`,
  ),
  bad(
    "sv",
    "bulletin",
    "no sender anywhere: passive recommendations with no named authority",
    OPEN,
    KLAR,
    "Gräsbrand vid Norrängen",
    `Publicerad 14 maj 2026 kl. 15.10

En gräsbrand pågår sedan kl. 14.30 på ängen mellan Norrängen och järnvägen. Det rekommenderas att boende på Norrängsvägen och Ängsgatan håller fönster och dörrar stängda så länge det luktar rök. Ängsgatan är avstängd för biltrafik under släckningsarbetet. Det bedöms att branden är under kontroll inom två timmar.

Eldning och grillning utomhus är förbjuden just nu på grund av den stora brandrisken.

Ny information publiceras här kl. 17.00.`,
  ),
  bad(
    "sv",
    "faq",
    "answer given only through a colour-coded image and a bare link",
    ADAPTED,
    MSB,
    "Vilka adresser omfattas av kokningsrekommendationen?",
    `Se kartan i bilden nedan. Områden markerade med rött omfattas av kokningsrekommendationen, områden markerade med grönt gör det inte. Är du osäker, klicka här.

Senast uppdaterad 13 mars 2026 kl. 17.00. Tallvikens kommun, kontaktcenter 0570-84 10 00.`,
  ),

  // ---------------------------------------------------------------- English: flawed
  bad(
    "en",
    "bulletin",
    "power-outage update that promises nothing: no next update",
    FAST,
    CERC,
    "Power outage in Wrenfield – update",
    `Ashcombe Borough Council, Saturday 14 November 2026, 10:00

Around 1,800 homes in Wrenfield and Upper Marsh have been without power since 04:30 this morning after strong winds brought down overhead lines on the B4120. Westgrid Networks engineers are on site, but they cannot yet say when supply will be restored.

If you rely on electrically powered medical equipment and have no backup power, call Westgrid's priority line on 0800 555 0199. Wrenfield Community Centre on Church Lane is open as a warm space until 20:00 with hot drinks and phone charging.

Do not approach fallen power lines; report them on 105.`,
  ),
  bad(
    "en",
    "sms",
    "English message whose only contact routes are in Swedish",
    ADAPTED,
    CERC,
    undefined,
    "Tallviken Municipality: Flooding in Sjöhaga. Do not drive or walk through water on roads. Sjöhagavägen is closed. For more information call 0570-84 10 00 (Swedish only) or listen to Sveriges Radio P4.",
  ),
  bad(
    "en",
    "social",
    "rumour repeated without correction",
    ["factual", "active"],
    DEBUNK,
    undefined,
    "Ashcombe Borough Council, 3 March 2026, 14:20: We've seen posts saying the hackers behind this week's cyber attack now have the bank details of every council tax payer in Ashcombe and are already emptying accounts. We're looking into this. Our phone line (01632 960 400) and the customer centre on Market Street remain open 9–5.",
  ),
  bad(
    "en",
    "bulletin",
    "lockdown notice with no date or time at all",
    FAST,
    CERC,
    "Lockdown at Ridgeview Middle School",
    `Ridgeview School District

Earlier today Ridgeview Middle School was placed in lockdown after a report of a suspicious person near the east parking lot. Deputies from the Carnford County Sheriff's Office searched the campus and the surrounding area and found no threat. The lockdown has now been lifted and all students and staff are safe.

Classes will continue as normal for the rest of the day and buses will run on their regular schedule. Counselors are available for any student who would like to talk.

If you have questions, please call the school office at (555) 010-2140.`,
  ),
  bad(
    "en",
    "faq",
    "FAQ answer about cooling centres that never says whether they are open",
    OPEN,
    CERC,
    "Are cooling centres open this weekend?",
    `Cooling centres are an important part of Millbrook District Council's heatwave plan. Each summer we work closely with our partners in public health, the library service and the voluntary sector to make sure that people who are vulnerable to heat have somewhere safe to go. Our heatwave plan is reviewed every year and was last updated in April 2026. You can read the full plan at millbrook.gov.uk/heatplan.

Last updated 17 July 2026.`,
  ),
  bad(
    "en",
    "correction",
    "bare verdict with no facts, no source and nowhere to check",
    ACTIVE,
    DEBUNK,
    "Statement about the River Dun",
    `Eastmere County Council, 9 September 2026

Posts on social media say the River Dun is poisoned after Tuesday's chemical spill at Eastmere Industrial Estate. This is false.`,
  ),
  bad(
    "en",
    "sms",
    "regulatory jargon and acronyms in a boil-water SMS",
    ADAPTED,
    PLAIN,
    undefined,
    "Brackley Creek Water Dist: BWA in effect for PWS ID 1290017 due to TCR+ / E. coli MCL exceedance following loss of system pressure, pressure zones 2 & 3. Details: bcwd.org/bwa",
  ),
  bad(
    "en",
    "bulletin",
    "blaming the power company in a storm update",
    IMPARTIAL,
    CERC,
    "Storm update: power and roads",
    `Dunmore Township, Sunday 15 November 2026, 9:00 a.m.

About 3,200 homes in Dunmore are still without power after Friday night's storm. Once again, Northfield Power's incompetence and years of neglected tree trimming have left our residents in the dark, and the township will not stand for it.

The warming center at Dunmore Fire Hall, 12 Main Street, is open 24 hours with cots, meals and phone charging. Never run a generator indoors or in a garage. Township crews have cleared all main roads; Old Mill Road remains closed between Route 9 and Cedar Lane.

Next update at 5:00 p.m. today. Questions: (555) 010-3300.`,
  ),
  bad(
    "en",
    "social",
    "false reassurance next to an evacuation warning",
    FACTUAL,
    CERC,
    undefined,
    "Carnford County Emergency Management, Aug 4, 2:15 p.m.: The Hollow Creek Fire has grown to about 600 acres and is moving east toward Pine Ridge. There is absolutely no danger to any homes. Residents of Pine Ridge and Elk Run are under an evacuation WARNING: be ready to leave at short notice. Shelter: Carnford High School, 300 Oak St. Updates here every 2 hours.",
  ),
  bad(
    "en",
    "bulletin",
    "withholding the geotechnical findings without a reason",
    OPEN,
    CERC,
    "Coast Road landslip – update",
    `Port Aldous Town Council, Wednesday 25 February 2026

The Coast Road remains closed between Harbour Street and Gull Point following last week's landslip. Residents of Gull Point can use the temporary access track from Hill Lane, open 7am to 7pm.

The council has now received the geotechnical engineers' report on the cliff. We will not be sharing the report or its findings at this stage.

We will hold a drop-in session at Port Aldous Community Hall on Tuesday 3 March, 4pm to 7pm. Next update: Friday 27 February. Questions: 01632 960 812.`,
  ),
  bad(
    "en",
    "sms",
    "chemical-leak SMS that says 'take precautions' without saying which",
    ACTIVE,
    CERC,
    undefined,
    "Eastmere County Council: A chemical leak occurred at 15:40 at Eastmere Industrial Estate (Unit 7, Dock Rd). Residents within 1 mile are advised to take precautions. Updates: eastmere.gov.uk/incident",
  ),
  bad(
    "en",
    "bulletin",
    "next update days away while the river is still rising",
    FAST,
    CERC,
    "River Wren flooding",
    `Ashcombe Borough Council, Friday 6 February 2026, 6:30pm

The River Wren is still rising after two days of heavy rain, and the Environment Agency has issued a Flood Warning for Wrenfield and Lower Marsh. Water is expected to reach properties on Mill Lane and Riverside Walk overnight.

If you live on Mill Lane or Riverside Walk, move valuables and medicines upstairs now, turn off gas and electricity if water enters your home, and do not walk or drive through flood water. Sandbags are available at Wrenfield Community Centre, Church Lane, until 10pm. A rest centre is open at Ashcombe Leisure Centre for anyone who needs to leave home.

Floodline: 0345 988 1188. Our next update will be on Monday morning.`,
  ),
  bad(
    "en",
    "faq",
    "answer locked in a scanned attachment with a bare link",
    ADAPTED,
    PLAIN,
    "Which streets will be affected by the rolling outages?",
    `The list of affected streets and times is in the attached scanned notice (PDF, 6 MB, page 4, table 2). To check your address, click here.

Last updated 2 December 2026. Kinmore City Utilities, 24-hour line (555) 010-4400.`,
  ),
  bad(
    "en",
    "social",
    "extreme-heat warning post with no advice at all",
    ACTIVE,
    CERC,
    undefined,
    "Millbrook District Council, 18 July 2026: The Met Office has issued an amber extreme heat warning for Millbrook from Sunday to Tuesday, with highs of 35°C expected. This is the hottest spell we have seen since 2022. #Heatwave",
  ),
  bad(
    "en",
    "bulletin",
    "cyber-attack update that never names who is speaking",
    OPEN,
    CERC,
    "IT systems update",
    `Thursday 5 March 2026, 4:00pm

We are continuing to recover from the cyber attack that took our systems offline on Monday. Online payments and the planning portal are still unavailable. Bin collections, libraries and leisure centres are running as normal.

There is no evidence so far that residents' personal data has been taken, but our investigation with the National Cyber Security Centre is ongoing. We will tell you straight away if that changes.

If you need to make a payment, please call 01632 960 400 or visit the customer centre on Market Street, 9am to 5pm. Next update: Monday 9 March.`,
  ),
  bad(
    "en",
    "correction",
    "refusal to respond to a viral claim about tap water",
    ["open", "active"],
    DEBUNK,
    "Response to social media claims about drinking water",
    `Brackley Creek Water District, 12 June 2026

We are aware of a video circulating on social media about the colour of tap water in the Hillside area. We will not be responding to speculation online.

Customer service: (555) 010-2290, Monday to Friday 8–5.`,
  ),
  bad(
    "en",
    "sms",
    "unconfirmed 'active shooter' and injuries stated in a lockdown SMS",
    FACTUAL,
    CERC,
    undefined,
    "Ridgeview School District: Ridgeview High is in lockdown after an active shooter on campus. Several students may be injured. Do NOT come to the school. Family reunification at Carnford Arena, 200 Park Ave. Updates every 30 min.",
  ),
  bad(
    "en",
    "bulletin",
    "rolling outages announced without saying why",
    OPEN,
    CERC,
    "Rolling power outages on Thursday",
    `Kinmore City Utilities, Tuesday 1 December 2026

Kinmore City Utilities will carry out rolling power outages on Thursday 3 December between 5pm and 9pm. Each area will be without power for up to two hours. Check which block your address is in at kinmoreutilities.org/outages or call (555) 010-4400.

Before the outage, charge phones and medical devices, keep fridge and freezer doors closed, and switch off appliances so they do not all restart at once. Customers on the medical priority register will be called on Wednesday.

We will confirm the final schedule here by 12pm on Thursday.`,
  ),
  bad(
    "en",
    "social",
    "vague promise of further information after a cliff collapse",
    FAST,
    CERC,
    undefined,
    "Port Aldous Town Council, 20 Feb 2026, 8:10am: Overnight a section of cliff collapsed onto the Coast Road near Gull Point. No one was hurt. The road is closed between Harbour Street and Gull Point; please use Hill Lane. Stay well away from the cliff edge and the beach below it. We'll keep you posted.",
  ),
  bad(
    "en",
    "faq",
    "FAQ answer that contradicts itself on evacuation",
    FACTUAL,
    CERC,
    "Do I need to evacuate because of the Hollow Creek Fire?",
    `No. At this time no evacuation orders are in place in Carnford County and no one needs to leave their home. Residents of Pine Ridge Road north of Elk Run must leave their homes by 6 p.m. today and go to the shelter at Carnford High School, 300 Oak St. Everyone else should be ready to leave: keep your car fuelled, pack medicines and documents, and sign up for CarnfordAlert.

Last updated 4 August 2026, 3:00 p.m. Carnford County Emergency Management.`,
  ),
];
