import { evalSet } from "./build.js";
import {
  CERC,
  MSB,
  KRIS,
  RF,
  KLAR,
  PLAIN,
  DEBUNK,
  FACTUAL,
  IMPARTIAL,
  OPEN,
  ADAPTED,
  FAST,
  ACTIVE,
} from "./guidance.js";
import type { EvalMessage } from "./types.js";

/**
 * Sixth blind set, HELD OUT: never tune rules on it and never print its items (scripts/checklist-eval.ts prints
 * figures only). Written on 2026-12-03 for the third round of generalisation, BEFORE any rule was changed in that
 * round, and measured once then (README). Written without reading the rule lexicons while writing, worded away from
 * the earlier sets on purpose.
 *
 * GOOD_BLIND6: real messages published by authorities (Swedish and Finland-Swedish municipalities, energy companies,
 * Krisinformation.se, Folkhälsomyndigheten, Polisen via Brottsplatskartan, the Finnish Food Authority; English-speaking
 * water districts, councils, health departments, police and fire services) found in a stored copy of public web
 * pages and used in no other set. Condensed to the message core; the authority's own sentences kept; `source` names
 * any newspaper or aggregator too. `mustFlag` is empty.
 *
 * BAD_BLIND6: messages written for this set (not publications) from the failure patterns crisis-communication
 * guidance warns about, two or three per pattern, Swedish (some in easy Swedish) and English, written as a hurried
 * duty officer would write them. Places, people, companies, numbers and addresses in them are invented.
 */

const { real, bad } = evalSet("w");

export const GOOD_BLIND6: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Många kunder fortfarande utan el",
    `I dag på tisdagsmorgonen är fortfarande cirka 350 av våra elnätkunder utan el. För aktuella uppdateringar se Driftinfo / Felanmälan här på hemsidan.
Vi har för närvarande närmare 30 personer (framför allt personal som kapar och fäller träd som fallit på elledningarna) och flera traktorgrävare ute i terrängen där arbete pågår med felsökning och reparation. I några områden där det är möjligt har vi placerat ut reservkraftaggregat som tillfällig lösning.
Vi beklagar verkligen den besvärliga situationen som drabbade kunder befinner sig i och gör allt vi kan för att åtgärda kvarstående fel så snabbt som möjligt.`,
    "https://www.hemab.se/nyhetsarkivaldre/arkivnyheter/mangakunderfortfarandeutanel.5.3fa95af41343a4fbdaf80003711.html (Härnösand Energi & Miljö AB)",
  ),
  real(
    "sv",
    "bulletin",
    "Strömavbrott i Hedemora inatt",
    `Kl: 03:40 i morse gick en central elstation ner vilket drabbade alla våra elnäts-kunder i Hedemora. Större delen av våra kunder upplevde normal drift från kl 04:20. På grund av följdfel dröjde det till kl 06:54 innan våra kunder i Västkusten, Djörkhyttan och Davidshyttan gjorde detsamma.
Strömavbrottet har även orsakat störning i Hedemora Stadsnät. Tekniker har lämnat prognos att störningen ska vara åtgärdad till kl 10 idag. Om kunder fortfarande har problem därefter felanmäler man detta till sin tjänsteleverantör.`,
    "https://www.hedemoraenergi.se/driftinformation/stromavbrott-i-hedemora-inatt/ (Hedemora Energi)",
  ),
  real(
    "sv",
    "bulletin",
    "Ett flertal elkunder är fortfarande strömlösa efter stormen under helgen",
    `Lägesrapport kl 10.00. Ovädret som drabbade Sverige med stor kraft under natten mellan söndag och måndag orsakade strömavbrott för många elkunder. För närvarande är fortfarande ca 16 000 kunder strömlösa.
Som mest var igår drygt 88 000 av Vattenfalls kunder strömlösa. Med hjälp av kraftigt förstärkt personalstyrka både i driftcentral och i fält kunde många av felen vara avhjälpta till igår kväll. Dessutom har felavhjälpning pågått under natten. Tyvärr har dock ytterligare fel uppstått på grund av fortsatt blåst.
Huvuddelen av de återstående problemen finns i områdena Värmdö, Haninge, och Tyresö sydost om Stockholm. Under reparationsarbetet har vi funnit ett stort antal mycket sönderslagna ledningar vilket innebär att vi just nu har svårt att bedöma när alla kunder kan få strömmen tillbaka.
För övriga delar av landet är prognosen för närvarande att samtliga kunder skall ha strömmen tillbaka under dagen.
Totalt arbetar cirka 300 personer – montörer, drift- och kundservicepersonal – och andra resurser för att klara de pågående strömavbrotten så snabbt som möjligt. Dessutom används åtta helikoptrar för fellokalisering.`,
    "https://corporate.vattenfall.se/press-och-media/pressmeddelanden/import-pressreleaser/ett-flertal-elkunder-ar-fortfarande-stromlosa-efter-stormen-under-helgen/ (Vattenfall, pressmeddelande 2011-12-27)",
  ),
  real(
    "sv",
    "bulletin",
    "Vattenläckan lagad provisoriskt",
    `Uppdatering 2023-09-19, 19.00
Läckan är lagad provisoriskt. Alla abonnenter har tillgång till vatten.
Uppdatering 2023-09-19 kl 15.30
Hela Vitsippsgatan och delar av Tussilagogatan och Blåsippsgatan har fått vattnet avstängt. En vattenläcka har uppstått i samband med grävarbete i området. Vattnet kommer att släppas på när felet är åtgärdat. Berörda hushåll har fått information via SMS. I nuläget kan vi inte ange någon tid för detta. Arbetet är påbörjat.
När vattnet kommer tillbaka, kan det vara färgat och grumligt. Färg och partiklar är inte farliga för hälsan, men det bästa är att spola vatten tills vattnet blir ofärgat och utan grumlingar. Ibland får man spola länge och ibland kan missfärgat vatten komma tillbaka efter ett tag.
Information 2023-09-19 kl 15.00
Mullsjö energi och miljö AB undersöker vad orsaken är men har inte hittat felet än. Vi uppdaterar informationen så snart vi vet mer om orsaken och prognosen för när vattnet kan vara tillbaka. Håll koll på kommunens webbplats och sociala medier för att hålla dig uppdaterad.`,
    "http://www.mullsjo.se/arkiv/nyhetsarkiv/nyheter/2023-09-19-vattenlackan-lagad-provisoriskt (Mullsjö kommun, 2023-09-19)",
  ),
  real(
    "sv",
    "bulletin",
    "Ändringar kring testning för covid-19",
    `Smittspridningen av covid-19 är mycket kraftig och väntas öka ytterligare. Därför föreslår Folkhälsomyndigheten prioriteringar när det gäller testning. Prioriteringarna är till för att minska belastningen på regionerna och föreslås vara tillfälliga.
Folkhälsomyndigheten rekommenderar att regionerna vid behov nedprioriterar testning av symtomfria. Bara de som uppvisar symtom bör testa sig. Det är fortfarande viktigt att stanna hemma och vara uppmärksam på symtom om du bor med någon som har covid-19.
Om en person har bekräftad covid-19 ska de som bor i samma hushåll stanna hemma i sju dagar räknat från den dag den sjuka personen testade sig. Det gäller oavsett om de har symtom eller inte. Både vaccinerade och ovaccinerade ska följa rekommendationen. Om du har bekräftad covid-19 ska du stanna hemma i minst sju dygn.
Folkhälsomyndigheten har även tagit bort rekommendationen om att symtomfria personer som varit utomlands bör testa sig för covid-19.
Källa: Folkhälsomyndigheten`,
    "https://www.krisinformation.se/nyheter/2022/januari/andringar-kring-testning-for-covid-19 (Krisinformation.se, källa Folkhälsomyndigheten, januari 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Två utbrott av salmonella utreds",
    `Folkhälsomyndigheten utreder två utbrott av salmonella i Sverige tillsammans med övriga berörda myndigheter.
Företaget som marknadsför salamikorven beslutade om ett omedelbart tillbakadragande av sina produkter medan den fortsatta utredningen pågår, så snart som det blev känt att flera av de personer som insjuknat i salmonellainfektion hade ätit av korven.
Hittills har totalt 30 personer från olika län rapporterats sjuka av samma variant av salmonellabakterien som alltså troligen kan kopplas till salamikorven. Flest fall har rapporterats från Stockholm, Västra Götaland och Skåne. Fler fall kan tillkomma trots att korven är tillbakadragen från butik. Eftersom salamin har lång hållbarhetstid kan den finnas kvar hos kunder som inte nåtts av beskedet om tillbakadragandet.
– Den som har ätit salamin och fått symtom på salmonellainfektion kan kontakta 1177 Vårdguiden eller sin vårdcentral, säger Linda Trönnberg, utredare på Folkhälsomyndigheten.
Bland de vanligaste symtomen finns buksmärtor, feber, diarréer eller kräkningar. I ovanliga fall kan man bli svårare sjuk och behöva vårdas på sjukhus.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2017/september/tva-utbrott-av-salmonella-utreds/ (Folkhälsomyndigheten, september 2017)",
  ),
  real(
    "sv",
    "bulletin",
    "Salmonellautbrott utreds – korv misstänkt orsak",
    `Sedan drygt en månad tillbaka har 39 personer insjuknat i mag-tarmbesvär orsakat av en specifik salmonellatyp.
Folkhälsomyndighetens mikrobiella övervakningsprogram signalerade i början av april att ett flertal personer insjuknat med samma typ av salmonella. Vid intervjuer med de personer som varit sjuka framkom koppling till korv, och därför undersöks nu flera sådana produkter i utredningen.
Tulip Picante Salami Sticks av märket GØL är en av de misstänkta produkterna i utbrottet och återkallades i fredags av företaget. Återkallandet gjordes på grund av att salmonella påvisades i en öppnad förpackning som ett av sjukdomsfallen hade kvar hemma.
Utbrottsutredningen sker i nära samarbete mellan Folkhälsomyndigheten, Livsmedelsverket, Statens Veterinärmedicinska Anstalt (SVA), berörda smittskyddsenheter och miljökontor.`,
    "https://www.folkhalsomyndigheten.se/nyheter-och-press/nyhetsarkiv/2016/april/salmonellautbrott-utreds-korv-misstankt-orsak/ (Folkhälsomyndigheten, april 2016)",
  ),
  real(
    "sv",
    "bulletin",
    "Röda varningar för höga flöden",
    `SMHI har utfärdat en röd varning för höga flöden i Hallands och västra Kronobergs län.
De röda varningar för höga flöden gällde tidigare även för Västra Götalands, Värmlands och Örebro län. Det finns även gula varningar för höga flöden och för regn och skyfallsliknande regn i andra områden.
Följ SMHI för uppdaterad information om aktuella varningar.
Förbered dig för översvämningar. Kraftiga regnoväder kan orsaka översvämningar. Ta reda på mer om hur du själv kan förbereda dig för översvämningar.
Röd varning är den allvarligaste nivån på SMHIs vädervarningar och kan medföra mycket allvarliga konsekvenser för samhället. Vädret kan bli en stor fara för allmänheten och orsaka mycket allvarliga skador på egendom och miljö. Det finns en stor risk för omfattande störningar i olika tjänster i samhället, som till exempel i kollektivtrafik och blåljusverksamhet.`,
    "https://www.krisinformation.se/nyheter/2023/augusti/roda-varningar-for-hoga-floden (Krisinformation.se, augusti 2023)",
  ),
  real(
    "sv",
    "bulletin",
    "Område i Årsta avspärrat efter påträffat misstänkt farligt föremål",
    `Klockan 02.39 inkom larm om ett misstänkt farligt föremål vid en adress i Årsta partihallar. Området är avspärrat och kriminaltekniker och nationella bombskyddet har varit på plats. Det misstänkt farliga föremålet har oskadliggjorts av nationella bombskyddet.
Området kommer fortsatt att vara avspärrat under den tid som polisen arbetar. Ingen person har skadats i samband med händelsen.
En förundersökning om försök till grov allmänfarlig ödeläggelse har inletts.
Uppdatering klockan 08.07
Avspärrningarna är nu hävda. Ingen person är i nuläget frihetsberövad.`,
    "https://brottsplatskartan.se/stockholms-lan/kontroll-person-fordon-stockholm-arsta-omrade-i-arsta-avsparrat-efter-patraffat-misstankt-farligt-foremal-259615 (Polisen, via Brottsplatskartan)",
  ),
  real(
    "sv",
    "bulletin",
    "Särskild händelse med anledning av väderleken",
    `Med anledning av väderleken och efterföljande trafikproblem har polisen i region Väst fattat beslut om att inleda en särskild händelse.
En särskild händelse hanteras utanför den ordinarie polisverksamheten, med en speciell organisation och ledning, och ger polisen en möjlighet att kraftsamla.
Trafikläget är i nuläget särskilt besvärligt längs E20 och riksväg 26 i Skaraborgs län, där framkomligheten är mycket begränsad. I huvudsak beror detta på tung trafik som har stora svårigheter att ta sig fram. Köerna är långa och trafikanter har i vissa fall suttit fast i flera timmar. Allmänheten uppmanas att inte ge sig ut på dessa vägar. Förutom att hantera trafikolyckor, kommer polisen att bistå Trafikverket i arbetet med att göra vägarna framkomliga.`,
    "https://brottsplatskartan.se/vastra-gotalands-lan/trafikhinder-vastra-gotalands-lan-med-anledning-av-vaderleken-och-efterfoljande-trafikproblem-har-polisen-i-region-vast-fattat-beslut-om-att-inleda-en-sarskild-handelse-286933 (Polisen region Väst, via Brottsplatskartan)",
  ),
  real(
    "sv",
    "bulletin",
    "Skolorna kommer enligt regeringens beslut att avbryta sin verksamhet under tiden 18.3-13.4.2020",
    `Undantagsvis ordnas förskoleundervisning och undervisning för i årskurs 1–3 till föräldrar som arbetar i branscher som är kritiska med tanke på samhällets funktion.
Dessutom ordnas som undantag närundervisning för elever som fått beslut om särskilt stöd, de föräldrar och vårdnadshavare som har möjlighet att ordna vården av barnet hemma gör det.
I stället för närundervisning ordnas undervisningen genom distansstudier och digitala lärandemiljöer. Info om distansundervisning kommer från respektive skola.
Vårdnadshavare där båda föräldrarna till elever i förskola och åk 1–3 hör till den yrkeskategori som behöver vara i jobb med tanke på samhällets funktion, tar kontakt med skolans rektor angående möjlighet till närundervisning.`,
    "https://www.korsholm.fi/aktuellt/skolorna-kommer-enligt-regeringens-beslut-att-avbryta-sin-verksamhet-under-tiden-18-3-13-4-2020/ (Korsholms kommun, mars 2020)",
  ),
  real(
    "sv",
    "bulletin",
    "Misstanke om salmonella i groddar",
    `2 oktober 2023. Snafu Oy har meddelat om återkallelse av tre Silmusalaatti-produkter. Orsaken till återkallelsen är ett preliminärt positivt resultat för salmonella i en förpackning. Fortsatta undersökningar pågår och företaget gör återkallelsen som en försiktighetsåtgärd.
Återkallelsen gäller tre produkter: Alfalfa Silmusalaatti, Parsakaali Silmusalaatti och Tulinen Silmusalaatti. Förpackningens storlek är 110 g. Återkallelsen gäller endast sista användningsdag (28.9.2023), 30.9.2023 och 3.10.2023.
Produkterna har varit till salu i K- och S-gruppens butiker. Företaget har redan den 22.9.2023 tagit bort produktpartierna i fråga från försäljning i enlighet med försiktighetsprincipen.
Mer information för konsumenter: Snafu Oy; Samuli Laurikainen 050 412 4500.
Vid Livsmedelsverket sköts ärendet av specialsakkunnig Mika Varjonen, tfn 050-38 68 416.`,
    "https://www.ruokavirasto.fi/sv/livsmedel3/instruktioner-for-konsumenter/aterkallelser-2023-/misstanke-om-salmonella-i-groddar/ (Livsmedelsverket, Finland, 2023-10-02)",
  ),
  real(
    "en",
    "bulletin",
    "Water Outage Update for March 25, 2018",
    `As of 7:00 PM last night, we began filling the dozens of miles of empty pipe and two empty water tanks. Our crews have been purging air from the system and preparing to flush water lines as soon as the pressure is high enough. The process to fill everything is taking quite a bit of time and the water level in the tanks is coming up slowly.
For those of you who have been without water, once your home is re pressurized, you can confidently use the water for all purposes except for drinking, cooking or ice until we give you the all-clear. We are required to perform two rounds of bacteriological sampling, 24 hours apart, and receive good results on both before we inform everyone that the water is fine to drink. We hope for the system to be full enough today to allow us to do the first round of sampling.
We are also working hard to try to secure additional bottled water in large enough quantities to provide customers who cannot yet drink the water. We will update you if this water becomes available.
For those of you who did NOT lose water during this event, your water is delivered from a different pressure zone of our system, and is, and always has been safe to drink.`,
    "https://www.ldpcsd.org/water-outage-update-for-march-25-2018 (Lake Don Pedro Community Services District, 2018-03-25)",
  ),
  real(
    "en",
    "bulletin",
    "Customers without water",
    `Update: Our crews are in the process of repairing a water main in the area of County Road 101 and 1660 North. The repair will require the water to be turned off. The repair should take about 4 hours. Water will be restored today. All customers except those in the above area should have some water in their homes.
We are not in the clear! If customers do not conserve water and demand out paces our production, you may lose water pressure to your home. I cannot express enough how crucial it is for everyone to limit water use for essential use only. Flushing toilets, bathing, and cooking/drinking. These are essential use. Washing clothes, cars, driveways, or anything else must be delayed. Our water system is filling and we are recovering but it is going to take time.
All customers remain under a Boil Water Notice and will until late next week. Please follow those instructions for boiling water for human consumption.
Thank you,
Bill Brown, General Manager`,
    "https://jonahwater.com/news-detail?item_id=18594 (Jonah Water Special Utility District, February 2021)",
  ),
  real(
    "en",
    "bulletin",
    "Update 2/18/21",
    `The plant can't keep up with the demand for water because of all the leaks throughout the system. We have closed distribution lines and are working to turn them back on section by section. As you have your water restored, please check carefully for leaks. If you have one PLEASE turn your water meter OFF until you have it fixed. If you see any leaks in our lines, please contact us immediately. Until we get all these leaks under control, the plant won't be able to make enough water for the whole system. We all have to work together to get through this. Thank you for your help!`,
    "https://fairviewwater.net/news-detail?item_id=18420 (Fairview Water Supply Corporation, 2021-02-18)",
  ),
  real(
    "en",
    "bulletin",
    "Statement on sandbags",
    `Thursday 24 December 2020
Following the recent heavy rainfall affecting a number of locations across North MK, our Highways team with service provider, Ringway worked through the night to supply sandbags to residents to help protect them from flooding. Over the last few hours we have distributed over 1,000 sandbags to properties at severe risk of flooding.
This means that our stocks of sandbags are now significantly reduced and we are working hard to replenish them in case of emergencies. Please note that our priority is to protect the public and not private property. You should take steps to protect your home from flooding if you are in a risk area including keeping a supply of sandbags available. Most DIY stores will stock them or you can use bags of soil too.
Please do not contact us for sandbags UNLESS your property is at severe risk of flooding, with rising water levels. The emergency services do not issue sandbags, so please do not contact them.
We are continuing to monitor the weather forecast, and river levels with the Environment Agency, and no further high rainfall is predicted. River levels should now begin to lower after they peaked earlier today. This will take time as the ground remains saturated.`,
    "https://www.milton-keynes.gov.uk/pressreleases/2020/dec/statement-on-sandbags (Milton Keynes Council, 2020-12-24)",
  ),
  real(
    "en",
    "bulletin",
    "Canterbury district flooding update 10.30am Saturday 15 February",
    `Following heavy rain yesterday and overnight there is concern about levels in the Stour and Nailbourne over this weekend and these are being closely monitored by the council and Environment Agency.
There has been further minor flooding at villages along the Nailbourne overnight from groundwater and the bourne. We have engineers out responding to calls and carrying out any work that is required.
There was further flooding of Brewery Lane in Bridge. To try and reduce this, a sandbag channel will be built this afternoon to take water across the High Street from Brewery Lane and into the Nailbourne. The High Street will remain open but motorists are urged to slow down when driving through the water.
As a result of the concern about water levels, we have now had the offer of assistance from the military. In order to ensure the fullest protection of people and property, this offer has been accepted. Their role is to help with any sandbag placement required and to provide reassurance to the public. This morning we have around 3,000 sandbags ready to be deployed if necessary.
The expected peak of the Stour through the district is around midday tomorrow (Sunday).
The council's emergency room is open. Emergency room contacts are 01227 862310.`,
    "http://wickhambreaux.org.uk/canterbury-district-flooding-update-10-30am-saturday-15-february/ (Canterbury City Council update, via Wickhambreaux parish website, February 2014)",
  ),
  real(
    "en",
    "bulletin",
    "Gastrointestinal illness outbreak at local banquet facility",
    `Date Released: 12/6/2007. The Department of Health and Human Services, Public Health Branch staff are working to stem an outbreak of gastrointestinal illness at a local banquet facility. The outbreak currently centers on events held at the facility December 1st through December 5th. The facility has voluntarily closed and is fully cooperating with Public Health staff in implementing strict guidelines for sanitation and employee screening.
The cause of the outbreak is believed to be a highly contagious virus that can be passed from person-to-person. Samples have been taken but results are still pending. The illness typically does not require medical attention. Characteristics of the illness include abdominal cramping, nausea, vomiting, diarrhea, chills and malaise. Symptoms generally begin within 24 to 48 hours after exposure to the virus and subside within a day or two.
Local physicians and healthcare providers have been alerted to the possibility of seeing cases arising from exposures.
The best protection against this disease is thorough hand washing before eating and preparing food. Individuals should stay home if ill and not return to work for a minimum of 24 hours following recovery from illness. Humboldt County Public Health will continue to monitor the situation and communicate further information as it becomes available.
Contact: Brian Cox, Director, Environmental Health Division, (707) 445-6215`,
    "http://co.humboldt.ca.us/hhs/phb/environmentalhealth/pressreleases/default.asp?title=Press+Releases&page=pressReleaseDetail.asp&ID=128 (Humboldt County DHHS, 2007-12-06)",
  ),
  real(
    "en",
    "bulletin",
    "MCHD investigating cluster of respiratory illnesses",
    `The Mobile County Health Department is currently investigating clusters of respiratory illnesses at one long-term care facility and one correctional facility. Outbreaks consist of clusters of illness; these clusters are investigated to identify persons who may have been exposed to illness and require follow up.
"We've received many calls on the COVID-19 information line concerning employees worried about potential cases in their workplaces," said Dr. Bernard H. Eichold II, Health Officer for Mobile County. "If someone is identified as a positive, all who have had close contact with the individual will be contacted by Mobile County Health Department personnel.
"We encourage the public to continue to observe social distancing and vigilant hand washing. If you are ill, please stay home and manage symptoms."
Dr. Eichold asks everyone to call, email or text family, friends and neighbors to check on them.
To reach the COVID-19 hotline, please call 251-410-MCHD (6243) or the Alabama Department of Public Health COVID-19 hotline that is answered 24 hours a day at 888-264-2256.`,
    "https://www.fox10tv.com/news/coronavirus/mchd-investigating-cluster-of-respiratory-illnesses-at-long-term-care-and-correctional-facility/article_909b04b0-73a1-11ea-8a6e-8b635da01bdb.html (Mobile County Health Department, via FOX10/WALA, 2020-03-31)",
  ),
  real(
    "en",
    "bulletin",
    "Gas leak in Crawley: residents evacuated",
    `Shortly before 12.30am emergency services received reports of a gas leak at a residential high rise block of flats on Milton Mount Avenue, Pound Hill, Crawley. Sussex Police and other emergency services attended the scene, and Crawley Borough Council declared a local authority major incident.
In a joint statement, West Sussex County Council and West Sussex Fire and Rescue Service said: "Staff worked together to manage the safe evacuation of around 700 residents from the building. Residents were supported by staff from WSCC's Adults Services team to ensure all welfare needs were met. A multi-agency approach has been developed to support the temporary relocation of affected residents, this includes the transportation of residents to temporary accommodation whilst maintaining Covid-19 precautions."
Detective Chief Superintendent Steve Rayland said: "This is an ongoing incident which has caused huge disruption to hundreds of people on a cold January morning, and I'd like to thank everyone for their patience and understanding as we continue to work with our partners to minimise the ongoing disruption. We are working hard to ensure this is dealt with as soon as possible to enable everyone to return home, however, this may take several hours yet. In the meantime, we are urging everyone to stay away from the area to allow the responding agencies to focus on resolving the incident."
Sussex Police said the exact cause of the gas leak is yet to be determined but is not believed to be criminal.`,
    "https://www.energylivenews.com/2021/01/06/almost-700-people-evacuate-their-flats-after-major-incident-with-gas-leak-in-crawley/ (Sussex Police, West Sussex County Council and West Sussex Fire and Rescue Service statements, via Energy Live News, 2021-01-06)",
  ),
  real(
    "en",
    "bulletin",
    "Gas Leak in Evesham",
    `One fire engine from Evesham attended the incident along with a station commander and crews gave advice to those inside nearby properties to keep doors and windows closed. A 30metre safety zone was put in place and the presence of flammable gases monitored with specialist equipment from the fire appliance.
Station Commander Mark Strutt said: "This could have been a much more serious incident without the early warning. If you discover a gas leak don't operate electrical equipment of any kind or use naked flames. Evacuate the immediate area, raise the alarm and dial 999 from a safe distance – well away from the leak or smell of gas."
After immediate risks were controlled, the incident was left with the Gas Board.`,
    "http://www.hwfire.org.uk/news/25-10-2011-gas-leak-in-evesham (Hereford & Worcester Fire and Rescue Service, 2011-10-25)",
  ),
  real(
    "en",
    "bulletin",
    "No flood warnings issued for county yet",
    `The Met Office has declared an amber weather warning and is predicting heavy rainfall to continue today until almost midnight this evening.
Two flood warnings have been issued by Natural Resources Wales so far in the Vale of Glamorgan and Carmarthenshire. No flooding warnings have been issued by NRW for Monmouthshire at present and river levels on the Monnow, Wye and Trothy are at normal levels.
The M48 Severn Bridge is closed in both directions and will remain closed all day. We are not aware of any other road closures.
MCC has restocked supplies of sandbags but has issued a warning that in a rural county of over 40,000 properties, it may not be possible to provide sandbags to all those who need them so residents are advised to source their own if their property or business is at high risk of flooding. MCC is strongly advising residents who might need sandbags to source them from builders' merchants.
MCC can be contacted on 01633 644644.`,
    "https://www.monmouthshirebeacon.co.uk/news/no-flood-warnings-issued-for-county-yet-856705 (Monmouthshire County Council, via the Monmouthshire Beacon)",
  ),
];

export const BAD_BLIND6: EvalMessage[] = [
  // --- speculation about causes
  bad(
    "sv",
    "bulletin",
    "speculation about cause and culprit",
    FACTUAL,
    CERC,
    "Explosion i lagerlokal i Norrvik",
    `Strax efter kl. 06 i morse small det i en lagerlokal på Verkstadsgatan i Norrvik. Räddningstjänsten är på plats och släckningsarbetet pågår. Det mesta pekar på att någon har mixtrat med gasolflaskorna som förvaras där, och det är ju inte första gången det är stök i det området. Håll dig borta från Verkstadsgatan och följ räddningstjänstens anvisningar. Nästa uppdatering kl. 09.00 på norrvik.se. Norrviks kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "speculation about cause and culprit",
    FACTUAL,
    CERC,
    "Brown water in Eastfield",
    `Residents in Eastfield have reported brown water from their taps since late last night. Our engineers reckon the old cast-iron main under Mill Road has finally given up, and frankly it wouldn't surprise anyone here if the contractor digging on the bypass hit it. Please avoid drinking the water until it runs clear and use bottled water for babies. Next update at 4 pm on eastfieldwater.co.uk. Eastfield Water Services`,
  ),
  bad(
    "sv",
    "sms",
    "speculation about cause",
    FACTUAL,
    KRIS,
    undefined,
    `Strömavbrott i Bergsjö sedan kl 21. Felet beror sannolikt på sabotage mot ställverket vid Lillån. Vi jobbar på det. Mer info på bergsjoenergi.se /Bergsjö Energi`,
  ),
  bad(
    "sv",
    "bulletin",
    "speculation about cause (easy Swedish)",
    FACTUAL,
    KRIS,
    "Brand på Åsgatan",
    `Det brinner i ett hus på Åsgatan 7 i Åsby. Vi tror att någon har tänt på med flit. Det var ju bråk där förra veckan. Gå inte nära huset. Stäng dina fönster om du bor nära. Vi skriver mer här kl. 15. Räddningstjänsten Åsby`,
  ),
  // --- unverified casualty figures / hearsay
  bad(
    "sv",
    "bulletin",
    "unverified casualty figures from bystanders",
    FACTUAL,
    KRIS,
    "Bussolycka på väg 83",
    `En buss har kört av vägen vid Ljusnedal i eftermiddag. Enligt folk som var på plats ska minst fem personer ha omkommit och flera barn ha flugits till sjukhus med helikopter. Vägen är avstängd i båda riktningarna. Välj väg 84 som omväg. Kommunen återkommer kl. 18 med mer information. Härjedalsbygdens kommun`,
  ),
  bad(
    "en",
    "social",
    "unverified casualty figures / hearsay",
    FACTUAL,
    CERC,
    undefined,
    `Shooting near Harbour Mall. We're hearing there could be as many as 8 people hurt, some are saying more. Stay away from the area and let police work. Updates to follow. – Harbour City Council`,
  ),
  bad(
    "sv",
    "bulletin",
    "hearsay from social media passed on",
    FACTUAL,
    KRIS,
    "Brand på Solbackaskolan",
    `Det brinner i en av byggnaderna på Solbackaskolan. Det som syns på filmer som cirkulerar på Snapchat tyder på att flera elever har skadats, men det har vi inte hunnit få bekräftat. Vårdnadshavare ombeds hämta sina barn vid idrottshallen på Skolvägen. Mer information kl. 13.30 på solbacka.se. Solbacka kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "hearsay passed on as fact",
    FACTUAL,
    CERC,
    "Update: chemical incident at Riverside plant",
    `Crews are at the Riverside plant after a chemical release at about 9 am. A worker at the site told local radio that three colleagues had collapsed and one had died, and neighbours say they saw several ambulances. Residents within half a mile should stay indoors with windows closed. Next update 11 am at riversidecounty.gov. Riverside County Emergency Management`,
  ),
  // --- blame
  bad(
    "sv",
    "bulletin",
    "blame on a named contractor",
    IMPARTIAL,
    RF,
    "Vattnet avstängt på Östra Höjden",
    `Vattnet är avstängt på Östra Höjden sedan kl. 07 i dag. Läckan orsakades av en grävmaskinist från Bygg & Mark AB som uppenbarligen inte brydde sig om att titta på ledningskartorna. Det slarvet drabbar nu 300 hushåll. Vattentank finns vid ICA Höjden. Vi räknar med att vattnet är tillbaka kl. 16. Höjdens kommun, VA-avdelningen`,
  ),
  bad(
    "en",
    "bulletin",
    "blame on another authority",
    IMPARTIAL,
    CERC,
    "Power outage – Marsh Lane area",
    `Around 1,200 homes lost power at 2.15 pm. This outage is entirely down to the regional grid operator, who have ignored our warnings about this substation for years. Our crews are doing what they can. If you rely on powered medical equipment, call 0800 555 0101. Next update at 6 pm. Marsh District Council`,
  ),
  bad(
    "sv",
    "social",
    "blame on residents",
    IMPARTIAL,
    MSB,
    undefined,
    `Översvämningen i källarna på Ängsgatan hade aldrig hänt om fastighetsägarna brytt sig om att rensa sina brunnar. Nu får kommunen ta smällen igen. Sandsäckar finns att hämta vid brandstationen till kl. 20. /Ängby kommun`,
  ),
  // --- partisan praise
  bad(
    "sv",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Reservkraft på Solgården",
    `Tack vare det nya styret i kommunfullmäktige, som till skillnad från förra majoriteten faktiskt tar krisberedskap på allvar, kunde reservkraft kopplas in på äldreboendet Solgården inom en timme efter strömavbrottet kl. 03. Alla boende mår bra. Anhöriga kan ringa 0123-456 78. Nästa lägesrapport kl. 12. Granby kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "partisan praise",
    IMPARTIAL,
    RF,
    "Flood barriers held overnight",
    `Thanks to Mayor Collins and her administration's bold investment, in stark contrast to the previous council's neglect, the flood barriers along Riverside held overnight. River levels peaked at 4.1 m at 5 am. Do not walk on the flood walls. Updates at 3 pm on riverton.gov. City of Riverton`,
  ),
  // --- stigmatising labels
  bad(
    "sv",
    "bulletin",
    "stigmatising label for a group",
    IMPARTIAL,
    RF,
    "Mässlingsfall i Norrby",
    `Smittskyddsläkaren har bekräftat tre fall av mässling i Norrby. Smittan har spridits bland de invandrarfamiljer i området som inte vaccinerar sina barn. Kontrollera att ditt barn är vaccinerat och ring 1177 vid feber och utslag. Region Norrland uppdaterar på regionens webbplats i morgon kl. 10.`,
  ),
  bad(
    "en",
    "bulletin",
    "stigmatising label for a group",
    IMPARTIAL,
    CERC,
    "Hepatitis A linked to Dock Square market",
    `Health officials have confirmed 6 cases of hepatitis A linked to the Saturday market at Dock Square. The outbreak started among the homeless junkies who hang around the square. If you ate food from the market between 3 and 10 May, contact your GP. Dockside Health Department will update this page on Friday.`,
  ),
  bad(
    "sv",
    "bulletin",
    "stigmatising label (easy Swedish)",
    IMPARTIAL,
    RF,
    "Polisen letar efter en man",
    `Polisen letar efter en man i Hagaparken. Han är ett psykfall och kan vara farlig. Gå inte till parken i dag. Ring 112 om du ser honom. Vi skriver mer här kl. 18. Polisen i Hagby`,
  ),
  // --- empty reassurance
  bad(
    "sv",
    "bulletin",
    "empty reassurance",
    FACTUAL,
    CERC,
    "Lukten vid hamnen",
    `Många har hört av sig om den starka lukten från Kemilux fabrik i Brännö hamn sedan i går kväll. Vi vill lugna alla: det finns absolut ingen anledning till oro och ingen fara för någon. Allt är under full kontroll. Kommunen återkommer om något ändras. Brännö kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "empty reassurance",
    ["factual", "active"],
    CERC,
    "Smell near Westgate",
    `We understand residents are worried about the smell near the Westgate industrial estate. Rest assured, everything is perfectly safe and there is nothing whatsoever to worry about. The situation is fully under control. Westgate Borough Council`,
  ),
  // --- no comment
  bad(
    "sv",
    "bulletin",
    "refuses to comment",
    OPEN,
    CERC,
    "Angående händelsen på Björkängsskolan",
    `Med anledning av det som inträffade på Björkängsskolan under tisdagen har kommunen i dagsläget inget att tillägga. Vi hänvisar till polisen. Skolan håller öppet som vanligt på onsdag. Björkängs kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "refuses to comment",
    OPEN,
    CERC,
    "Statement on water quality",
    `Following media enquiries about test results at the Hillcrest reservoir, Hillcrest Water will not be making any statement at this time while internal processes are ongoing. Customers can call 0300 123 4567.`,
  ),
  bad(
    "sv",
    "sms",
    "refuses to comment",
    ["open", "active"],
    MSB,
    undefined,
    `Vi kan i nuläget inte gå ut med något om gasläckan på Hamngatan. Avvakta. /Räddningstjänsten Mellersta`,
  ),
  // --- jargon and abbreviations
  bad(
    "sv",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    KLAR,
    "Driftstörning VA – norra nätet",
    `Pga tryckfall i TR3 efter läcka på huvudledning DN 400 vid PST Ekbacken har ledningsnätet sektionerats. Kokrek gäller för zon N2 enl. beslut från MH-förv. i samråd med LIVS. Nödvatten via tankvagn vid VS Ekbacken fr.o.m. kl. 14. Ny info kl. 18 på ekby.se. Ekby kommun, Samhällsbyggnad`,
  ),
  bad(
    "en",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    PLAIN,
    "Incident update",
    `The SCG has stood up a TCG and an RVP has been established at the MOD leisure centre. Per JESIP, the IC requests that MOPs in the ICZ remain outside the outer cordon. Next SitRep 1600hrs. Northshire LRF`,
  ),
  bad(
    "sv",
    "bulletin",
    "internal jargon and abbreviations",
    ADAPTED,
    KLAR,
    "Lägesinformation",
    `Samverkanskonferens har genomförts mellan RTJ, PM och KSL kl. 08.30. Inriktningsbeslut: FIP-läge avvecklas, TiB kvarstår i förstärkt beredskap och RCB ansvarar för lägesbild. Allmänheten ombeds undvika Storgatan kl. 10–15 i dag. Nästa info kl. 16 på kommunens webb. Kommunens krisledning`,
  ),
  // --- bureaucratic passive with no action
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive, nothing concrete",
    ["open", "active"],
    KLAR,
    "Information gällande inträffad störning",
    `Med anledning av den inträffade störningen i fjärrvärmeleveransen inom delar av verksamhetsområdet har erforderliga insatser initierats och frågan bereds för närvarande inom organisationen. Återkoppling till berörda kommer att ske i den omfattning som bedöms lämplig. Sundby Energi`,
  ),
  bad(
    "en",
    "bulletin",
    "bureaucratic passive, nothing concrete",
    ["open", "active"],
    PLAIN,
    "Notice regarding service disruption",
    `It has been determined that a disruption to waste collection services has been experienced in certain areas. Remedial arrangements are being put in place and the matter is being progressed through the appropriate channels. Further communication will be issued in due course. Easton Council`,
  ),
  bad(
    "sv",
    "bulletin",
    "bureaucratic passive, no action",
    ["open", "active"],
    KLAR,
    "Skadegörelse på vattentornet",
    `Skadegörelse har konstaterats på vattentornet i Lilla Mo. Vattenprover har tagits och resultatet ska analyseras. Eventuella åtgärder kommer att vidtas vid behov. Information lämnas till berörda efter avslutad bedömning. Mo kommun`,
  ),
  // --- myth-first corrections
  bad(
    "sv",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Är vattnet i Hedby förgiftat?",
    `Det har spridits att dricksvattnet i Hedby är förgiftat med klor och att man kan bli allvarligt sjuk av att duscha. Flera har skrivit att barn har fått utslag och hamnat på akuten. Det har gått runt i flera Facebookgrupper sedan i helgen och många har ringt oss. Men det stämmer inte, proverna från i måndags visar normala värden. Hedby kommun`,
  ),
  bad(
    "en",
    "correction",
    "myth-first correction",
    ADAPTED,
    DEBUNK,
    "Is Millbrook being evacuated tonight?",
    `Posts on social media say the whole of Millbrook will be evacuated tonight because the dam is about to burst, and that the army is already on its way. Some posts say the council has known about cracks for months. We have had hundreds of calls about it. This is not correct. The dam was inspected at 11 am and is stable. Millbrook Council`,
  ),
  // --- self-contradiction
  bad(
    "sv",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    MSB,
    "Badförbud vid Strandbadet",
    `Provtagning i går visade höga halter av E. coli vid Strandbadet i Lövsta. Badet är stängt och vi avråder från bad tills nya prover är klara på fredag. Det går bra att bada som vanligt vid Strandbadet under helgen. Nästa besked fredag kl. 15 på lovsta.se. Lövsta kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "self-contradiction",
    FACTUAL,
    CERC,
    "A614 Holme Bridge",
    `The A614 at Holme Bridge is closed in both directions after a lorry fire this morning. The road is open to all traffic and there are no delays. Please use the B1228 diversion. Next update at 12 noon. Holme County Highways`,
  ),
  bad(
    "sv",
    "sms",
    "self-contradiction",
    FACTUAL,
    MSB,
    undefined,
    `Ingen person skadades i branden på Ringvägen 4. Två av de skadade har förts till sjukhus. Undvik området. /Räddningstjänsten Syd-Ö`,
  ),
  // --- near-empty
  bad(
    "sv",
    "bulletin",
    "near-empty",
    ["active", "open", "factual", "fast"],
    MSB,
    "Uppdatering",
    `Vi jobbar på det. Mer sen.`,
  ),
  bad("en", "sms", "near-empty", ["active", "factual"], CERC, undefined, `Issue ongoing. Stand by.`),
  bad(
    "sv",
    "social",
    "near-empty with a joke",
    ["active", "factual"],
    MSB,
    undefined,
    `Läget? Tja, det är som det är 🙃`,
  ),
  // --- mockery
  bad(
    "sv",
    "social",
    "mockery of the public",
    IMPARTIAL,
    RF,
    undefined,
    `Jaha, då har ännu en bilist lyckats köra ner i Kvarnån trots fjorton varningsskyltar 🤦 Kanske dags att plugga till körkortet igen? Vägen vid Kvarnbron är avstängd tills vidare. Ta omvägen via Ringleden. /Trafikenheten, Kvarnby kommun`,
  ),
  bad(
    "en",
    "social",
    "mockery of the public",
    IMPARTIAL,
    CERC,
    undefined,
    `Yes, the pool is closed AGAIN. No, it's not because we enjoy ruining your weekend 🙄 Some genius flushed nappies into the filters. Reopens Monday 8 am. Eastbrook Leisure Centre`,
  ),
  // --- all caps / alarm
  bad(
    "sv",
    "bulletin",
    "all caps and alarm words",
    ["impartial", "audienceAdapted"],
    MSB,
    "VARNING!!!",
    `STORMEN KOMMER I NATT. STANNA INNE OCH GÅ INTE UT. TRÄD KOMMER ATT FALLA ÖVER HELA KOMMUNEN. DETTA ÄR MYCKET ALLVARLIGT!!! KOMMUNEN`,
  ),
  bad(
    "en",
    "sms",
    "all caps and alarm words",
    ["impartial", "audienceAdapted"],
    CERC,
    undefined,
    `URGENT!!! TOXIC CLOUD OVER NORTH END. EVERYONE GET INSIDE NOW!!! DO NOT GO OUT UNDER ANY CIRCUMSTANCES!!! - NORTH END COUNCIL`,
  ),
  // --- vague time promises
  bad(
    "sv",
    "bulletin",
    "vague time promise",
    FAST,
    MSB,
    "Vattenläcka på Kyrkvägen",
    `En vattenläcka har uppstått på Kyrkvägen i Ekeby. Cirka 40 hushåll saknar vatten. Vattentank finns vid Ekeby skola. Vi lagar läckan och räknar med att vattnet kommer tillbaka längre fram. Mer information publiceras framöver på ekeby.se. Ekeby Vatten AB`,
  ),
  bad(
    "en",
    "bulletin",
    "vague time promise",
    FAST,
    CERC,
    "Sewage spill at Beacon Beach",
    `Beacon Beach is closed after a sewage overflow was found this morning near the north steps. Keep out of the water and keep dogs out of the water. The beach will reopen once things settle down, and we'll post more when we have it. Coastal Borough Council`,
  ),
  bad(
    "sv",
    "sms",
    "vague time promise, no action",
    ["fast", "active"],
    MSB,
    undefined,
    `Elavbrott i Tallbo. Felet ska åtgärdas snarast och strömmen kommer tillbaka när det är klart. /Tallbo Energi`,
  ),
  // --- missing action
  bad(
    "sv",
    "bulletin",
    "danger without an instruction",
    ACTIVE,
    MSB,
    "Gasläcka vid Stationsgatan",
    `Kl. 10.20 upptäcktes en gasläcka i en ledning vid Stationsgatan 12 i Forsby. Räddningstjänsten och gasbolaget är på plats och har spärrat av området 100 meter runt läckan. Gasen är giftig i höga halter och vinden ligger på mot bostadsområdet Bergdala. Nästa uppdatering kl. 12.00 på forsby.se. Forsby kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "danger without an instruction",
    ACTIVE,
    CERC,
    "Wildfire near Pine Ridge",
    `A wildfire broke out at 1.40 pm east of Pine Ridge Road. Fire crews from three stations are on scene and the fire has spread to around 30 hectares. Winds are pushing the smoke towards the Pine Ridge estate. Updates at 5 pm on pineridgecounty.gov. Pine Ridge County Fire`,
  ),
  // --- missing sender
  bad(
    "sv",
    "bulletin",
    "no sender",
    OPEN,
    MSB,
    "Kokningsrekommendation i Åby",
    `Sedan i morse kl. 08 gäller kokningsrekommendation för allt kranvatten i Åby. Ett prov har visat bakterier i ledningsnätet. Koka vattnet i minst en minut innan du dricker det eller lagar mat med det. Nästa besked kommer senast torsdag kl. 12.`,
  ),
  bad(
    "en",
    "bulletin",
    "no sender",
    OPEN,
    CERC,
    "Stay indoors – Kingsway",
    `Following a fire at a recycling plant on Kingsway, people within 1 km should stay indoors and keep windows and doors shut. Turn off ventilation. The next update will be at 7 pm.`,
  ),
  // --- missing time / next update
  bad(
    "sv",
    "bulletin",
    "no next update",
    FAST,
    MSB,
    "Översvämning i centrum",
    `Stora delar av centrala Åsby står under vatten efter nattens skyfall. Storgatan och Brogatan är avstängda. Kör inte genom vatten på vägen och håll barn borta från översvämmade diken. Sandsäckar finns att hämta vid Åsby brandstation. Åsby kommun`,
  ),
  bad(
    "en",
    "bulletin",
    "no next update",
    FAST,
    CERC,
    "Boil water notice – Greenfield",
    `Greenfield Water has issued a boil water notice for all customers in Greenfield after a routine sample found E. coli. Boil all water for drinking, cooking and brushing teeth for at least one minute and let it cool. Bottled water is available at the Greenfield Community Centre. Questions: 0800 222 333.`,
  ),
];
