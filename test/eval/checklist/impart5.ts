import { CERC, KRIS, MSB, RF } from "./guidance.js";
import { evalSet, perLanguage } from "./build.js";
import type { EvalMessage } from "./types.js";

/**
 * impart5: an evaluation set for six hard kinds of impartiality and openness failure, written 2026-12-07 by an
 * independent author (the impart5 author of brief impart-b). The author read only types.ts, build.ts, guidance.ts, the
 * first 110 lines of blind50.ts (for the file format), shared/DESIGN.md and the list of source URLs already used
 * (briefs/used-urls.txt). No checklist rule, lexicon, README, SPEC.md or other eval set was read, and the checklist was
 * never run on these messages.
 *
 * 12 real published messages (6 Swedish, 6 English) and 48 flawed ones (24 Swedish, 24 English).
 *
 * Real side (text copied unchanged from stored copies of the pages found with the search tool; whole sentences,
 * captions, link lines or cut-off paragraphs may be left out, which each source string says). Swedish sources come
 * only from municipalities M–Ö: Norrköping thanking the church, housing companies and residents after a house fire
 * (naming other parties' roles), Östersund explaining how a power cut caused too much chlorine and what the staff did
 * (resolved, with what was done), Skellefteå lifting its boil-water advice after a board decision, with the cause found
 * and an honest "no specific source can be pointed out", Vilhelmina relaying a joint authority warning on treacherous
 * ice (strong but justified words), Valdemarsvik closing a swimming hall with two stated reasons and an end date, and
 * an Östersund explainer on when and how residents are told to boil water (faq). English sources come only from the US,
 * Canada, Australia and New Zealand: Rotorua Lakes Council not renewing a state of emergency with the reason given and
 * volunteers arriving (NZ), Hastings District Council lifting a boil notice with what was done and the cause still
 * under investigation (NZ), Santa Cruz police saying what they cannot confirm about a school threat (US), a South
 * Australian CFS emergency warning ("Heat from the fire will kill you", AU), the Grey Bruce Health Unit explaining that
 * only public health decides who is a close contact (CA) and a Maryland county joint information centre update thanking
 * staff (US).
 *
 * Flawed side: each message is an otherwise competent crisis message (named sender, a date unless sms or social, what
 * happened, what to do, where to read more, when the next update comes) with ONE flaw, written in the words a real
 * press officer, politician's staff or tired duty officer might use, and placed in different spots (headline, first
 * line, middle, last line). Eight of each kind, four Swedish and four English:
 * 1. blame (impartial): a contractor, tenants, visitors from the city, the county administrative board, a transit
 *    union, a developer, residents, a county health department;
 * 2. self-praise or a defensive tone (impartial): boasting of preparedness, hitting back at a local paper, parents'
 *    Facebook groups, commenters, commissioners and the ombudsman, "best-run water system in the state", "textbook";
 * 3. alarmist wording (impartial): "KAOS", "giftmoln", "lamslå hela kommunen", "tickande bomb", "monster storm",
 *    "DEADLY bacteria", "war zone", "ticking time bomb", each beyond the facts the message itself gives;
 * 4. a dodged question (open): a process description, "som tidigare kommunicerats", a change of subject, "det är en
 *    komplex fråga", a platitude, "as previously communicated", a reply to a different question;
 * 5. information held back (open, plus fast where it delays): until a board or committee meeting, only for callers in
 *    office hours, only on paper at the town hall, only to the press after the weekend, only as a scanned attachment to
 *    a board agenda, only at a physical meeting, until the office reopens;
 * 6. "åtgärdat", "utredd", "dealt with", "taken care of" without what was done or found (open), or a cause stated as
 *    certain while the message itself says tests or investigations are pending (open, factual).
 * Kinds: Swedish 5 bulletins, 7 faq, 4 sms, 6 social, 2 corrections; English 5 bulletins, 5 faq, 5 sms, 4 social,
 * 5 corrections. Places, organisations, people, web addresses and telephone numbers in the flawed messages are
 * invented.
 */
const { real, bad } = evalSet("", perLanguage("goodi5", "badi5"));

export const GOOD_IMPART5: EvalMessage[] = [
  real(
    "sv",
    "bulletin",
    "Norrköpings kommun tackar för allt stöd till de som drabbats av branden",
    `Omkring 150 personer fick evakueras efter den brand som utbröt i ett flerfamiljshus i centrala Norrköping under söndagsmorgonen. De evakuerade fick hastigt lämna sina hem utan möjlighet att få med sig personliga tillhörigheter. Många har visat engagemang för att säkerställa att de drabbade får den hjälp de behöver i deras utsatta situation.

- Jag blir varm och glad över att se hur människor sluter upp kring varandra i stunder av kris. Förutom kommunens egna verksamheter har till exempel Svenska kyrkan bidragit med både lokaler och personal, privatpersoner har erbjudit att skänka kläder och hygienartiklar, lokala bostadsbolag har erbjudit evakueringsinsatser och privata näringsidkare har på olika sätt erbjudit hjälp. Det är tydligt att Norrköping är en kommun med fantastiska invånare som ställer upp för sina medmänniskor och jag vill rikta ett stort tack till alla, säger Anna Selander, kommundirektör.

I Norrköpings kommun fortlöper det trygghetsskapande arbetet för att Norrköping ska vara en trygg och välkomnade stad för såväl invånare som besökare.

- Det trygghetsskapande arbetet är något vi ständigt arbetar med, utvärderar och utvecklar. Vid händelser som denna blir jag extra glad över att se det goda samverkansarbetet som finns mellan oss som kommun, polis, räddningstjänst och civilsamhället. En kommun behöver många goda krafter och det är tydligt att det finns här i Norrköping, säger Sophia Jarl (M), kommunstyrelsens ordförande.`,
    "https://norrkoping.se/nyheter/2023/2023-09-04-norrkopings-kommun-tackar-for-allt-stod-till-de-som-drabbats-av-branden (Norrköpings kommun, 2023-09-04; the photo credit line left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Strömavbrott gav förhöjda klorhalter i dricksvattnet",
    `Publicerad 2024-01-30

Under ett par timmar levererade vattenverket ut dricksvatten med klorhalter som gjorde vattnet olämpligt att dricka. Vattnet luktade och smakade klor, men genom att spola en stund försvann kloret.

Onsdag förmiddag, den 24 januari, var det ett planerat strömavbrott på vattenverket i Östersund. När strömmen kom tillbaka blev det fel i instrumentet som doserar klor till dricksvattnet och det blev för mycket i dricksvattnet. Vattnet innehöll så mycket klor att det inte var lämpligt att dricka, använda till matlagning eller duscha i. Eftersom det handlade om väldigt mycket vatten kunde vi inte släppa ut vattnet via brandposter, utan var tvungna att låta det gå ut på ledningsnätet. Genom att göra så skulle det vara utspolat på ungefär en timme.

På vattenverket blev det stor aktivitet. Personalen lagade instrumentet och kartlade vilka kunder som skulle kunna påverkas. Utspolningen av vatten kunde troligen begränsas till tre stadsdelar i Östersund och en del av Frösön. Det kunde påverka privatpersoner, sjukhuset och några livsmedelsföretag. Vi kunde vänta lite med att släppa ut det så att vi fick tid till att kommunicera. För om dricksvattnet inte håller kvaliteten det ska ha, då måste vi informera om det, ge nödvändiga råd och informera när kvaliteten återgått till det normala.

Nu tog vattenverket hjälp av flera funktioner inom Avfall VA; kommunikation, säkerhet, kvalitetsingenjör och chefer.

Kunderna behövde få veta att vattnet kunde lukta mycket klor och att det inte var lämpligt att använda, men att störningen skulle bara vara en begränsad tid. Genom att spola tills onormal klorlukt och smak var borta så kunde kunden få användbart vatten.`,
    "https://www.ostersund.se/om-webbplatsen/nyhetsarkiv/nyhetsarkiv/2024-01-30-stromavbrott-gav-forhojda-klorhalter-i-dricksvattnet.html (Östersunds kommun, 2024-01-30; the image caption and photo credit and the paragraphs after 'användbart vatten', cut off in the stored copy, left out)",
  ),
  real(
    "sv",
    "bulletin",
    "Nu hävs kokningen i Skellefteå",
    `Idag beslutade bygg- och miljönämnden i Skellefteå att häva kokningsrekommendationen, som nu hävs i två etapper. För alla i och kring centralorten hävs kokningen från midnatt (6 september).

För de som bor norr om Skellefteå och inom industriområdet för Rönnskärsverken hävs kokningen den 19 september. De områdena innefattar bland annat Kåge, Boviken, Frostkåge, Östanbäck, Ostvik, Ersmark, Kusmark och ett flertal privata VA-föreningar.

Bygg- och miljökontorets rapport visar att avloppsvatten har kommit ut i närheten av vattenintaget till vattenverket Abborren. Föroreningarna har sedan hamnat i vattenverket och vidare ut i dricksvattenledningarna.

– Utifrån våra uppgifter kan ingen specifik smittkälla pekas ut säger Göran Åström, förvaltningschef för bygg- och miljökontoret. Utan det finns flera tänkbara källor som tillsammans, eller var för sig, kan ha varit orsaken.

– Idag finns det bokfört kostnader för 8,3 miljoner, men kommunens slutnota beräknar vi kommer att uppgå till cirka tio miljoner kronor, sägerKristina SundinJonsson, kommunchef i Skellefteå kommun.`,
    "https://nyhetsrum.skelleftea.se/pressreleases/nu-haevs-kokningen-i-skellefteaa-677757 (Skellefteå kommun, pressmeddelande, 5 september 2011; the paragraphs after the cost estimate, cut off in the stored copy, left out)",
  ),
  real(
    "sv",
    "bulletin",
    "MYNDIGHETSMEDDELANDE - Varning för svaga isar i Västerbotten",
    `Det varma vädret gör att isarna på sjöar och vattendrag snabbt blir svaga och förrädiska att befinna sig på. Olycksrisken är stor.

Räddningstjänsterna, Polisen, Region Västerbotten och Länsstyrelsen i Västerbotten uppmanar allmänheten att inte ge sig ut på istäckta sjöar och vattendrag.

Uppdaterad den 29 november 2022`,
    "https://www.vilhelmina.se/nyheter/myndighetsmeddelande-varning-for-svaga-isar-i-vasterbotten/ (Vilhelmina kommun, updated 29 November 2022)",
  ),
  real(
    "sv",
    "bulletin",
    "Badhuset håller stängt efter påsk",
    `Från och med tisdag efter påsk, den 14 april, håller badhuset i Gusum stängt. Det finns två orsaker till stängningen:

1. Badhuset har väldigt få besökare till verksamheten under pågående coronapandemi
2. Genom stängning frigör vi personal som istället kan användas inom mer prioriterad verksamhet inom kommunen, exempelvis äldreomsorgen

Beslutet om stängning varar till och med den 3 maj 2020, men kan komma att förlängas om situationen kräver det.`,
    "https://www.valdemarsvik.se/blog/2020/04/09/badhuset-haller-stangt-efter-pask/ (Valdemarsviks kommun, 2020-04-09)",
  ),
  real(
    "sv",
    "faq",
    "Det är viktigt att hålla trycket uppe",
    `Publicerad 2022-10-17

I dricksvattenledningarna är det ett visst tryck för att dricksvattnet ska nå ända ut till kunden som bor längst bort eller högst upp i ett hus. Tack vare trycket så kommer det inte in smuts i dricksvattnet även om det skulle finnas små hål i ledningen. Men om trycket sjunker för mycket, för att det blivit en läcka, eller vi gör ett arbete, eller det blir strömavbrott, så finns det risk att det faktiskt kommer in smuts i ledningen.

Om det blir för lågt tryck så försvinner vattnet.

– När vattnet försvinner eller vi har trycklösa ledningar gör vi en bedömning om det behövs kokning, säger Sara Sjöström, kvalitetsingejör på Avfall VA.

– Om det finns risk för att vattnet är smutsigt går vi ut med kokningsrekommendation som säkerhetsåtgärd. Och så spolar vi ledningarna och tar vattenprover. Först efter att vi har fått två godkända vattenprov häver vi rådet om kokning.

Hur får du veta om dricksvattnet bör kokas?

När vi går ut med råd om kokning av dricksvattnet så meddelar vi kunderna.

• vi skickar sms till de telefonnummer som finns registrerade i det aktuella området.
• för det mesta gör vi ett servicemeddelande som finns på hemsidan.
• om det är många berörda så går vi ut med information via lokalradion.
• om det är väldigt många berörda och en längre tid så kommer vi att gå ut med viktigt meddelande till allmänheten via radion och det kommer att finnas en röd banner på Östersunds kommuns hemsida med informationen.

Hur kan jag registrera min adress och få sms vid störningar av vattenleveransen?

Du kan registrera ditt telefonnummer på adressen till din bostad, eller till din fritidsbostad genom att använda den här länken. Du kan också ta bort ditt telefonnummer från adresserna.`,
    "https://www.ostersund.se/om-webbplatsen/nyhetsarkiv/nyhetsarkiv/2022-10-17-det-ar-viktigt-att-halla-trycket-uppe.html (Östersunds kommun, 2022-10-17; the image caption and the closing 'Tips' paragraph, cut off in the stored copy, left out)",
  ),
  real(
    "en",
    "bulletin",
    "Rotorua Post-flood recovery Update 14",
    `Support for the community will remain Council’s top priority despite the decision being made not to renew the State of Emergency in place for Rotorua.

The decision not to renew the State of Emergency was made today with Rotorua Mayor Steve Chadwick, Civil Defence Controller Stavros Michael and Recovery Manager Andrew Bell.

“The threat to life and property has passed so the criteria for a State of Emergency no longer applies,” said Stavros Michael.

“We acknowledge that this is still an emergency situation so we are now transitioning into a dual mode of response and recovery.”

More volunteers will be arriving tomorrow to join the Council staff who have been in Civil Defence response mode for the past seven days.

The extra resources mean that the teams will be able to expand the visits to affected properties.

Rotorua Mayor Steve Chadwick said that it is important for residents to know that even though the State of Emergency is no longer in place that it does not mean the Council support will end.

“This is going to be a long journey for some people and we are building an action plan to ensure that support is available throughout that time. Services will be needed by many people and we may even hear from people who have not yet registered with Council.

“Our focus will remain on helping people adjust to the changes ahead as they rebuild their lives.
“We’re all in this together, and we will be with you for the long haul, so if you haven’t already let us know if you need any kind of help, please call us toll-free on 0800 020 01”
Recovery is the period following the initial emergency response which looks at the longer term needs of the community.`,
    "http://www.scoop.co.nz/stories/AK1805/S00124/rotorua-post-flood-recovery-update-14.htm (Rotorua Lakes Council media release via Scoop, May 2018; the 'Click HERE' link lines and the last, cut-off sentence left out)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `Results received over the last five days from tests of the Whirinaki water supply have returned clear of E. Coli.

Drinking Water Assessors have confirmed that the Boil Water Notice issued last week can be lifted today. The Boil Water Notice was issued and chlorine put into the supply last Tuesday (July 4) after the results of routine tests showed a low level of E. Coli in the supply.

Chlorination would continue until further notice and testing is being carried out daily.

Investigations into the cause of the contamination are on-going.

For more information see: www.hastingsdc.govt.nz/whirinakiwater`,
    "http://www.voxy.co.nz/health/5/287427 (Hastings District Council release on the Whirinaki water supply, as published by Voxy, 10 July 2017)",
  ),
  real(
    "en",
    "bulletin",
    "Update on Threat to Santa Cruz High School",
    `This morning the Sentinel published an article indicating they had email and Twitter conversations with the suspect in the threats at Santa Cruz High School. A link to the article is here.

Although the person communicating with the Sentinel does have some knowledge about the original email, we cannot confirm or validate that they are conversing with the actual suspect.   We are extremely cognizant of the potential for copycats or friends of the actual suspect trying to distract the investigation.

If this person is actually the suspect, they can end the public concern by simply surrendering to the police department allowing us to resolve the case and relieve community concerns.

Additionally, we cannot confirm whether or not the actual suspect is a student.  Therefore, we cannot confirm the claim that they attended school yesterday.  If they did attend school, we are confident that we had sufficient officers and a plan to monitor and respond to any threats on or around the campus.

There have not been any additional threats made.  The police department has been continuously working on this case to determine the origin and identity of the threat.  We continue to monitor the threat potential to the students and staff.

If, at any point, we believe there is a legitimate threat of violence, we will consult with school administration and take all necessary steps to secure the campus.   We will not gamble with the safety and security of our school campuses.`,
    "http://santacruzpolice.blogspot.com/2014/11/update-on-threat-to-santa-cruz-high.html (Santa Cruz Police Department, California, 21 November 2014; the paragraph on persons of interest, cut off in the stored copy, left out)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `This fire may pose a threat to lives directly in its path.

Act now. Leave, if the path is clear to a safer place, as it will soon be too dangerous to drive.

If you cannot leave, identify where you will seek shelter from the bushfire. Heat from the fire will kill you. Do not enter this area as conditions are dangerous.

The BLYTH ROAD, BOCONNOC PARK fire is uncontrolled. This grass fire is burning in a South and south easterly direction towards Blyth Road, Bocconoc Park, Clare and Gillentown. Conditions are continually changing.`,
    "https://www.fiveaa.com.au/news/The-CFS-Has-Released-An-Emergency-Bushfire-Warning (South Australian Country Fire Service emergency warning as quoted by FIVEaa, 16 April 2019; only the CFS text, not the station's own lead sentence)",
  ),
  real(
    "en",
    "bulletin",
    undefined,
    `The Grey Bruce Health Unit is working with the Bruce-Grey Catholic District School Board to address a case of COVID-19 associated with Sacred Heart High School in the Municipality of Brockton.

In our assessment, the transmission to this case did not take place at the school. Currently there are no outbreaks, that is evidence of transmission from person to person, in any schools or childcare centres in Grey Bruce. No bus routes of any schools are involved with this case.

Public Health is the lead in all outbreaks and case management and will let you know if you are a close contact with someone who has COVID-19, based on a thorough risk assessment completed only by Public Health.

Determining who is a close contact is a decision that can only be made by Public Health. Anyone identified as a contact to the confirmed case, both in and outside the school environment, will be contacted by a Public Health case manager directly. Those at risk of infection will be contacted within 24 hours of the investigation.

Anyone NOT contacted by Public Health is not considered at risk and need not take any additional steps including asymptomatic testing.

Public Health will ensure every contact will receive information on an appropriate date for testing, if required. The results for anyone tested ahead of this date would be unreliable and would put individuals at risk of more testing than is required.

All contact tracing and determination of individual and community risk is made by Public Health. This is true of all cases, whether in schools, workplaces or the community. A health care provider or school official cannot make this decision.`,
    "https://www.kincardinenews.com/news/local-news/covid-19-associated-with-school (Grey Bruce Health Unit, Ontario, statement as published by Kincardine News; undated in the stored copy)",
  ),
  real(
    "en",
    "bulletin",
    "COVID-19 Joint Information Center Update - March 26, 2020",
    `All media inquiries related to the 2019 novel coronavirus (COVID-19) incident should be directed to Danielle Weaver or Carly Hose.
As the County continues to deal with the spread of COVID-19, our public safety system remains fully staffed with emergency medical services professionals, firefighters, police officers, sheriff’s deputies, and dispatchers.
In the event you need emergency services, it is imperative that you inform 911 call takers if you, or anyone in your home, is experiencing flu-like symptoms or difficulty breathing. Understand that our 911 center personnel are asking additional questions to assess your condition and to screen for potential COVID-19 exposure. This allows our first responders to take added precautions.
Do not be alarmed if you see first responders wearing enhanced personal protective equipment, such as N95 respirators, face shields, glasses, gloves, and gowns.
Local law enforcement is discouraging visitors to their facilities and encourages the community to make contact with the respective agencies by telephone. When law enforcement responds to calls for service within the community, that are NOT COVID 19 related, the officers/deputies are practicing social distancing and using discretion as to what PPE’s are best warranted depending on the type of call, they are responding too. Law Enforcement Officers, additionally, are following CDC recommended hygiene practices.
We encourage the public to be patient with new procedures and protocols that have been put in place. All procedures have been put in place to protect the community and first responders. We will get through this together.
A special thanks is extended to staff at the Resource Management Facility for assisting with the distribution of proper Personal Protective Equipment (PPE) to our first responders and medical providers.`,
    "https://washco-md.net/news/covid-19-joint-information-center-update-march-26-2020 (Washington County, Maryland, Emergency Operations Center, 26 March 2020; the heading line 'EMERGENCY OPERATIONS CENTER' left out)",
  ),
];

export const BAD_IMPART5: EvalMessage[] = [
  // 1. blame (sv)
  bad(
    "sv",
    "bulletin",
    "named contractor blamed for a water main break",
    ["impartial"],
    RF,
    "Vattenläcka på Storgatan – delar av centrala Sjöhamra utan vatten",
    `Sjöhamra kommun, VA-avdelningen, måndag 7 december 2026 kl. 10.20

Klockan 08.45 i morse gick en huvudledning sönder i korsningen Storgatan–Kyrkogatan. Cirka 120 hushåll och Sjöhamra vårdcentral är utan vatten.

Ledningen grävdes av av Markbygg Nord AB, som trots att de fått ledningskartor av oss valde att gräva utan att kontrollera var ledningen låg. Det är inte första gången.

Vi har stängt av vattnet och reparationen pågår. Vi räknar med att vattnet är tillbaka i kväll. En vattentank står vid Kyrkogatan 4 – ta med egna rena dunkar. När vattnet kommer tillbaka kan det vara missfärgat en stund; spola kallvatten tills det blir klart.

Mer information: sjohamra.se/driftinfo eller kundtjänst 0123-45 60 00. Nästa uppdatering kl. 14.00.`,
  ),
  bad(
    "sv",
    "sms",
    "tenants implicitly blamed for a laundry-room fire",
    ["impartial"],
    RF,
    undefined,
    "Rönnviks Bostäder: Branden i tvättstugan på Lärkvägen 12 är släckt och ingen är skadad. Tvättstugan är stängd tills vidare – använd Lärkvägen 8. Luktar det rök hos dig, vädra och ring 0456-123 40. Info: ronnviksbostader.se. Ny info i morgon kl 09. Och en påminnelse: torktumlare får inte lämnas igång när man går hemifrån. Det här var inte första gången.",
  ),
  bad(
    "sv",
    "social",
    "visitors from the city blamed for forest fires",
    ["impartial"],
    RF,
    undefined,
    `Helgens två skogsbränder vid Lillsjön startade där besökare från storstan grillade på hällarna som om eldningsförbudet inte gällde dem. 🔥

Eldningsförbudet i Tallåsens kommun gäller alla – även engångsgrillar och stormkök direkt på marken. Båda bränderna är släckta och ingen skadades. Ser du rök eller eld: ring 112.

Vad som gäller: tallasen.se/eldningsforbud. Vi uppdaterar här när Länsstyrelsen fattar nytt beslut, senast på fredag.
/Tallåsens kommun och Räddningstjänsten Tallåsen`,
  ),
  bad(
    "sv",
    "faq",
    "county administrative board blamed for a late warning",
    ["impartial"],
    RF,
    "Varför kom varningen om höga flöden så sent?",
    `Granlida kommun, krisledningen, 7 december 2026

Fråga: Varför fick vi i Åbacka ingen varning förrän vattnet redan stod i källarna?

Svar: Ån steg nästan en meter under natten mot söndag. Kommunens varning gick ut via sms och granlida.se klockan 05.30. Att den inte kom tidigare beror på att Länsstyrelsen satt på sin bedömning i flera timmar i stället för att skicka den vidare till oss.

Har du vatten i källaren: bryt strömmen till källaren om du kan göra det torrskodd, och kontakta ditt försäkringsbolag. Sandsäckar finns att hämta vid Åbacka bygdegård.

Läs mer på granlida.se/hogafloden. Vi uppdaterar frågorna och svaren varje dag kl. 12.`,
  ),
  // 2. self-praise or defensive (sv)
  bad(
    "sv",
    "bulletin",
    "boast about the municipality's preparedness",
    ["impartial"],
    RF,
    "Strömavbrott efter stormen – trygghetspunkter öppna",
    `Björkvalla kommun, måndag 7 december 2026 kl. 07.00

Björkvalla har en krisberedskap som få kommuner i landet kan mäta sig med, och det visade sig i natt. Stormen Hedvig har gjort att cirka 3 400 hushåll är utan ström, främst i Norrbyn och Älvsta. Elnätsbolaget räknar med att de flesta har ström i kväll, men enskilda gårdar kan bli utan i flera dygn.

Trygghetspunkter är öppna dygnet runt i Norrbyns skola och Älvsta bygdegård. Där kan du värma dig, ladda telefonen och hämta vatten.

Gå inte nära nedfallna ledningar. Hör gärna av dig till äldre grannar och kontrollera att de klarar sig.

Mer information: bjorkvalla.se/storm och kontaktcenter 0234-50 00 00. Nästa uppdatering kl. 12.00.`,
  ),
  bad(
    "sv",
    "correction",
    "correction that attacks the local paper",
    ["impartial"],
    RF,
    "Rättelse: kokningsrekommendationen gäller inte hela Kvarnby",
    `Kvarnby kommun, 7 december 2026

I dag har det spridits uppgifter om att allt kranvatten i Kvarnby ska kokas. Det stämmer inte. Kokningsrekommendationen gäller bara de cirka 80 fastigheter som ligger öster om Kvarnbyån, se kartan på kvarnby.se/vatten.

Uppgiften kommer från en artikel i Kvarnby-Posten. Tidningen har tyvärr återigen valt att publicera utan att stämma av fakta med oss, och vi hade förväntat oss mer av en lokaltidning.

Bor du öster om ån: koka vatten som ska drickas eller användas i mat tills vi meddelar något annat. Övriga kan använda vattnet som vanligt.

Frågor: kundtjänst 0345-67 00 00. Nästa besked om provsvaren kommer onsdag kl. 15.`,
  ),
  bad(
    "sv",
    "faq",
    "defensive last line aimed at parents' Facebook groups",
    ["impartial"],
    RF,
    "Varför stängdes Stenåsaskolan på måndagen?",
    `Stenåsa kommun, barn- och utbildningsförvaltningen, 7 december 2026

Fråga: Varför stängdes skolan med så kort varsel?

Svar: Vid en kontroll söndag kväll upptäcktes att ventilationen i skolans östra del hade slutat fungera. Utan fungerande ventilation kan vi inte ha undervisning i lokalerna. Reparationen beräknas vara klar på onsdag.

Eleverna i årskurs 4–6 undervisas i Stenåsa bibliotek, övriga elever har distansundervisning. Fritids är öppet i idrottshallen som vanligt.

Läs mer på stenasa.se/skola. Nästa besked till vårdnadshavare kommer tisdag kl. 16.

Vi vill också vara tydliga med att hanteringen har varit helt korrekt från början till slut, vad som än påstås i föräldragrupperna på Facebook.`,
  ),
  bad(
    "sv",
    "social",
    "commenters brushed off mid-update",
    ["impartial"],
    RF,
    undefined,
    `Vattnet i Lillnäs, uppdatering 7/12 kl 11: Kokningsrekommendationen gäller fortfarande. Nya prover togs i morse och svaren kommer i morgon eftermiddag.

Till alla som klagar här i kommentarerna: vi har jobbat dygnet runt sedan i fredags, så lite tacksamhet vore faktiskt på sin plats.

Vattentanken vid Lillnäs IP är påfylld. Koka vatten till dryck och matlagning tills vi säger annat. Vi uppdaterar här så snart provsvaren har kommit. Mer info: lillnas.se/vatten
/Lillnäs kommun, VA-enheten`,
  ),
  // 3. alarmist (sv)
  bad(
    "sv",
    "bulletin",
    "tabloid headline for a small leak",
    ["impartial"],
    RF,
    "KAOS i vattennätet – Norrvalla torrlagt",
    `Norrvalla kommun, 7 december 2026 kl. 09.15

En vattenläcka på Bruksvägen gör att cirka 40 hushåll på Bruksvägen och Smedjegatan är utan vatten sedan klockan 07. Övriga Norrvalla har vatten som vanligt.

Reparationen pågår och vi räknar med att vattnet är tillbaka vid lunch. En vattentank står vid Smedjegatan 2.

När vattnet kommer tillbaka kan det vara missfärgat en stund. Spola kallvatten tills det blir klart.

Mer information: norrvalla.se/driftinfo. Nästa uppdatering senast kl. 12.`,
  ),
  bad(
    "sv",
    "sms",
    "'poison cloud' for smoke judged not dangerous",
    ["impartial"],
    RF,
    undefined,
    "Giftmoln över hamnen! Räddningstjänsten Östanbyn: en container brinner vid Hamngatan. Röken bedöms inte vara farlig men kan lukta och irritera. Boende på Hamngatan och Sjöbodsvägen: håll fönster stängda och stäng av ventilationen till kl 16. Info: ostanbyn.se. Ny info kl 14.",
  ),
  bad(
    "sv",
    "social",
    "yellow snow warning blown up into paralysis",
    ["impartial"],
    RF,
    undefined,
    `SMHI har utfärdat en gul varning för snöfall i Sävsta från i kväll. Det här ovädret kommer att lamslå hela kommunen – förbered er på det värsta.

Räkna med 15–20 cm snö och förseningar i busstrafiken i morgon bitti. Res bara om du måste, ha ficklampa och vatten hemma och skotta fram till brevlådan. Snöröjningen börjar med huvudvägar och busslinjer.

Aktuellt läge: savsta.se/sno. Vi uppdaterar i morgon kl 06. /Sävsta kommun`,
  ),
  bad(
    "sv",
    "faq",
    "dramatic metaphor for a low legionella risk",
    ["impartial"],
    RF,
    "Legionella i duscharna i Tallåsens sporthall",
    `Tallåsens kommun, fritidsförvaltningen, 7 december 2026

Fråga: Är det farligt att ha duschat i sporthallen?

Svar: Vid en rutinkontroll hittades förhöjda halter av legionellabakterier i två duschar i herrarnas omklädningsrum. Bakterien är en tickande bomb i rören och kan drabba vem som helst som andats in ångan. Enligt smittskyddsläkaren är risken att bli sjuk låg för friska personer.

Får du feber, huvudvärk eller hosta inom tio dagar efter ett besök: kontakta 1177 och berätta att du har duschat i sporthallen.

Duscharna är stängda och spolas med hett vatten. Läs mer på tallasen.se/sporthallen. Nya provsvar väntas på fredag, då uppdaterar vi sidan.`,
  ),
  // 4. dodged question (sv)
  bad(
    "sv",
    "faq",
    "duration question answered with a process description",
    ["open"],
    MSB,
    "Hur länge blir Norra Rönnvik utan vatten?",
    `Rönnviks kommun, VA-enheten, 7 december 2026

Fråga: Hur länge blir vi utan vatten i Norra Rönnvik?

Svar: Arbetet med att laga ledningen följer kommunens rutiner för ledningsarbeten och sker i flera steg, där säkerheten för personal och boende alltid går först. Varje steg bedöms av ansvarig arbetsledare innan nästa påbörjas.

Läckan uppstod natten mot måndag på en ledning under Norra vägen och cirka 200 hushåll berörs. Vattentankar står vid Norra skolan och vid Konsum. Ta med egna rena dunkar.

Mer information: ronnvik.se/vatten. Nästa uppdatering kl. 15 i dag.`,
  ),
  bad(
    "sv",
    "faq",
    "'som tidigare kommunicerats' instead of an answer",
    ["open"],
    MSB,
    "Frågor och svar om de stängda förskolorna",
    `Kvarnby kommun, förskoleförvaltningen, 7 december 2026

Fråga: Varför fick Solbacka förskola beskedet två timmar efter skolorna?

Svar: Som tidigare kommunicerats informerar kommunen alla verksamheter i enlighet med krisledningsplanen.

Bakgrund: På grund av strömavbrottet i västra Kvarnby är förskolorna Solbacka, Ängen och Lärkan stängda i dag. Barn som behöver omsorg tas emot på Kvarnby centrumförskola, Skolgatan 3, från kl. 7.

Läs mer på kvarnby.se/forskola. Vi meddelar senast kl. 17 om förskolorna kan öppna i morgon.`,
  ),
  bad(
    "sv",
    "social",
    "reply about sandbags turns to long-term climate plans",
    ["open"],
    MSB,
    undefined,
    `Svar till Kerstin och fler som frågat varför det inte finns några sandsäckar utlagda i Åbacka: Kommunen arbetar långsiktigt med klimatanpassning och en ny dagvattenplan ska antas nästa år.

Läget just nu: ån väntas stiga ytterligare 20 cm fram till i morgon förmiddag. Bor du längs Åvägen, flytta värdesaker och el-apparater upp från källaren.

Mer på videback.se/hogafloden. Ny uppdatering kl 18. /Videbäcks kommun`,
  ),
  bad(
    "sv",
    "bulletin",
    "compensation question waved off as complex",
    ["open"],
    MSB,
    "Översvämningen i Västra Lillnäs – läget tisdag",
    `Lillnäs kommun, tisdag 8 december 2026 kl. 10.00

Vattnet i Västra Lillnäs sjunker nu långsamt. Väg 614 är fortfarande avstängd mellan Lillnäs och Bodarna. Räddningstjänsten pumpar ut vatten från tre fastigheter.

Har du haft vatten i huset: fotografera skadorna och kontakta ditt försäkringsbolag innan du slänger något. Kommunen hämtar översvämningsskadat grovavfall utan kostnad – boka på lillnas.se/grovavfall.

Mer information på lillnas.se/oversvamning. Nästa uppdatering kl. 16.

Många har frågat om kommunen kommer att ersätta skadorna. Det är en komplex fråga som berör flera aktörer.`,
  ),
  // 5. held back (sv)
  bad(
    "sv",
    "bulletin",
    "street list held until the committee meeting",
    ["open", "fast"],
    MSB,
    "Vattenavstängningar i Stenåsa centrum under veckan",
    `Stenåsa kommun, tekniska förvaltningen, 7 december 2026

Efter läckan i lördags måste en del av huvudledningen under Torggatan bytas. Arbetet görs i etapper från onsdag till fredag och vattnet stängs av i omgångar, några timmar i taget.

Vilka gator och tider som berörs finns redan i arbetsplanen, men den föredras för tekniska nämnden på torsdagens sammanträde och publiceras efter det.

Fyll gärna några dunkar med vatten i förväg. Vattentankar ställs ut på Torget under hela arbetet.

Frågor: kontaktcenter 0567-80 00 00. Läs mer på stenasa.se/vatten. Nästa uppdatering onsdag kl. 08.`,
  ),
  bad(
    "sv",
    "sms",
    "test results only for those who phone in office hours",
    ["open", "fast"],
    MSB,
    undefined,
    "Granlida Vatten: Provsvaren från Östra Granlida har kommit. Vill du veta resultatet, ring kundtjänst 0890-12 30 00 vardagar 8–16. Fortsätt koka dricksvattnet tills vidare. Info: granlidavatten.se. Nästa sms senast onsdag kl 12.",
  ),
  bad(
    "sv",
    "faq",
    "list of affected properties only on paper at the town hall",
    ["open"],
    MSB,
    "Vilka tomter berörs av föroreningen vid gamla sågverket?",
    `Videbäcks kommun, miljöförvaltningen, 7 december 2026

Fråga: Hur vet jag om min tomt ligger inom området där marken är förorenad?

Svar: Provtagningen vid gamla sågverket i Videbäck visar förhöjda halter av arsenik i marken. Förteckningen över berörda fastigheter finns i pappersform i kommunhusets reception och kan läsas på plats under kontorstid.

Tills vidare avråder vi från att odla grönsaker eller låta små barn leka direkt i jorden runt Sågvägen och Kvarnbacken. Att bo i husen innebär ingen risk.

Läs mer på videback.se/sagverket. Nästa information kommer efter den kompletterande provtagningen i vecka 51.`,
  ),
  bad(
    "sv",
    "social",
    "soil results kept for a press conference after the weekend",
    ["open", "fast"],
    MSB,
    undefined,
    `Vi har nu fått analysresultaten från marken runt Ängens förskola. Resultaten presenteras för media på en presskonferens på måndag kl 10 och läggs ut här efter det.

Förskolans gård är fortfarande avstängd och barnen är inomhus eller i Stora parken. Frågor till förskolechefen på 0678-22 10 05.

Läs mer på norrvalla.se/angen. /Norrvalla kommun`,
  ),
  // 6. vague resolution or guess as certain (sv)
  bad(
    "sv",
    "correction",
    "'åtgärdat' with nothing said of what was done",
    ["open"],
    MSB,
    "Rättelse: missfärgat vatten bara i Västra Sjöhamra",
    `Sjöhamra kommun, VA-avdelningen, 7 december 2026 kl. 13.30

I morse skrev vi att det bruna vattnet berör hela Sjöhamra. Det stämmer inte – det gäller bara Västra Sjöhamra, väster om järnvägen.

Problemet är nu åtgärdat.

Har du fortfarande brunt vatten: spola kallvatten i 10–15 minuter och vänta med att tvätta vit tvätt tills vattnet är klart. Vattnet går att dricka.

Frågor: kundtjänst 0123-45 60 00 eller sjohamra.se/driftinfo. Vi tar nya prover i morgon och meddelar resultatet kl. 12.`,
  ),
  bad(
    "sv",
    "sms",
    "cause of a power cut 'utredd' but not told",
    ["open"],
    MSB,
    undefined,
    "Björkvalla Energi: Orsaken till strömavbrottet i Granbacken i natt är utredd. Strömmen är tillbaka för alla. Är du fortfarande utan ström, kontrollera säkringarna och ring felanmälan 0234-60 60 60. Info: bjorkvallaenergi.se. Nästa info i morgon kl 10.",
  ),
  bad(
    "sv",
    "social",
    "fire cause stated as fact before the investigation",
    ["open", "factual"],
    KRIS,
    undefined,
    `Branden på Rönnviks återvinningscentral i natt startade i ett litiumbatteri i containern för elavfall. Räddningstjänsten har släckt branden och brandorsaksutredningen börjar i morgon.

Återvinningscentralen är stängd i dag – närmaste öppna är Tallbacka ÅVC. Lämna aldrig batterier i containern för metall eller brännbart.

Mer info: ronnvik.se/avfall. Vi meddelar senast i morgon kl 12 när ÅVC öppnar igen. /Rönnviks kommun`,
  ),
  bad(
    "sv",
    "faq",
    "drinking water named as the source while tests are pending",
    ["open", "factual"],
    KRIS,
    "Frågor och svar om magsjukan i Stenåsa",
    `Stenåsa kommun och Smittskydd, 7 december 2026

Fråga: Vad är det som har gjort så många sjuka?

Svar: Smittan kommer från det kommunala dricksvattnet i Stenåsa tätort. Vattenprover togs i lördags och analyssvaren väntas på onsdag.

Fram till dess: koka vatten som ska drickas eller användas i mat, och tvätta händerna ofta. Är du sjuk, stanna hemma tills du har varit frisk i 48 timmar, och ring 1177 om du blir uttorkad.

Läs mer på stenasa.se/magsjuka. Vi uppdaterar frågorna varje dag kl. 13.`,
  ),
  // 1. blame (en)
  bad(
    "en",
    "bulletin",
    "transit union blamed for a service suspension",
    ["impartial"],
    CERC,
    "Bus service suspended during winter storm",
    `Ridgeview Regional Transit – Monday, December 7, 2026, 6:00 a.m.

All Ridgeview bus routes are suspended today because of the winter storm and icy roads. Paratransit trips to dialysis and other medical appointments will still run.

A full suspension is only necessary because ATU Local 1187 chose to put its members ahead of riders and refused our request for volunteer drivers on the main lines.

If you have a medical trip booked, dispatch will call you to confirm your pickup time. Warming centers are open at the Ridgeview Library and the Eastside Community Center.

Service updates: ridgeviewtransit.org/alerts or 555-0142. Next update at 11:00 a.m.`,
  ),
  bad(
    "en",
    "sms",
    "developer blamed in a boil-water text",
    ["impartial"],
    CERC,
    undefined,
    "City of Pinecrest: BOIL WATER NOTICE for homes on Harlan St & Oak Ct after a water main was broken by a developer who ignored the city's dig permit. Boil water 1 min before drinking or cooking. Info: pinecrest.gov/water. Next update 5pm.",
  ),
  bad(
    "en",
    "social",
    "residents scolded after a drone outage",
    ["impartial"],
    CERC,
    undefined,
    `Power update, 7:40 pm: About 900 homes in Kestrel Bay lost power after a drone hit the lines on Kestrel Rd. Crews are on site and expect to restore power by 10 pm. Stay at least 30 feet from any downed line and call 911 if you see one. Outage map: kestrelbaypower.com/outages. Next update 9 pm.

Seriously, folks – some people in this town could use a lesson in common sense.
– Kestrel Bay Municipal Power`,
  ),
  bad(
    "en",
    "correction",
    "county health department blamed for the rumor",
    ["impartial"],
    CERC,
    "Correction: Millbrook tap water is safe to drink",
    `Millbrook Water Department – December 7, 2026

Posts shared overnight say Millbrook tap water is contaminated with E. coli. That is not true. Every sample taken in Millbrook this week met drinking water standards, and no boil notice is in effect.

The confusion started with Marlow County Health, whose sloppy notice about a private well on Route 4 was written so that anyone could misread it as a city-wide warning.

Residents on city water can use it as normal. If you have a private well on Route 4, follow the county's advice at marlowcounty.gov/wells.

Sample results: millbrookwater.org/quality. We will post the next round of results on Thursday.`,
  ),
  // 2. self-praise or defensive (en)
  bad(
    "en",
    "bulletin",
    "fire district congratulates itself in the last line",
    ["impartial"],
    CERC,
    "Evacuation order lifted for Cedar Flats",
    `Cedar Flats Fire Protection District – December 7, 2026, 2:00 p.m.

The evacuation order for Cedar Flats and Pine Hollow is lifted as of 2:00 p.m. The Sawmill Fire is 80% contained and no longer threatens homes.

Residents may return. Expect smoke, crews and equipment on Sawmill Road. Check for hot spots around your property and call 911 if you see flames. Do not drive past road closure signs.

Re-entry information and maps: cedarflatsfire.org/sawmill. Next update tomorrow at 9:00 a.m.

Our response was textbook from the first call, and Chief Morales is proud to say no agency in the region could have done it faster.`,
  ),
  bad(
    "en",
    "sms",
    "utility boasts in a boil-notice lift text",
    ["impartial"],
    CERC,
    undefined,
    "Pinecrest Utilities: Boil notice for the North Zone is LIFTED – 2 rounds of samples came back clean. Once again Pinecrest shows why we run the best water system in the state. Run cold taps 5 min before use. Info: pinecrestutilities.org or 555-0190. Final report Fri.",
  ),
  bad(
    "en",
    "faq",
    "critics dismissed as political point-scoring",
    ["impartial"],
    CERC,
    "Why did the flood alert come at 2:40 a.m.?",
    `Harlow County Emergency Management – December 7, 2026

Q: Why weren't residents on Levee Road alerted until 2:40 a.m.?

A: Our engineers confirmed the breach in the Levee Road embankment at 2:25 a.m., and the Wireless Emergency Alert went out 15 minutes later. Frankly, the criticism from some commissioners this morning is political point-scoring by people who were asleep while our team was working.

If your home was flooded, do not move back in until the county has inspected it. Register for assistance at the Harlow Fairgrounds or at harlowcounty.gov/flood.

We will update these answers every day at noon.`,
  ),
  bad(
    "en",
    "correction",
    "city hits back at the ombudsman",
    ["impartial"],
    CERC,
    "Correction: warming center capacity during last week's cold snap",
    `City of Lakeview, Office of Emergency Management – December 7, 2026

A report circulating today says the Lakeview warming center turned people away on December 2. Our records show that no one was refused: the center took in 143 people that night, below its capacity of 180.

The Ombudsman's preliminary findings repeat this claim, and we will not be lectured by an office that never set foot in the building.

The warming center at 410 Grand Ave is open every night when the temperature falls below 20°F. Call 211 for a ride.

Records and nightly counts: lakeview.gov/warming. Next update when the forecast changes, or on Friday at the latest.`,
  ),
  // 3. alarmist (en)
  bad(
    "en",
    "bulletin",
    "'monster storm' headline for a wind advisory",
    ["impartial"],
    CERC,
    "Monster storm set to tear through the valley tonight",
    `Ridgeview County Office of Emergency Management – December 7, 2026, 1:00 p.m.

The National Weather Service has issued a Wind Advisory for Ridgeview County from 8 p.m. tonight until 6 a.m. Tuesday, with gusts up to 45 mph.

Secure garbage bins, patio furniture and holiday decorations. Expect scattered power outages, so keep a flashlight and a charged phone handy. Report downed lines to Ridge Electric at 555-0177 and never touch them.

Road and outage information: ridgeviewcounty.gov/weather. Next update at 7 p.m.`,
  ),
  bad(
    "en",
    "sms",
    "'DEADLY bacteria' for a precautionary coliform notice",
    ["impartial"],
    CERC,
    undefined,
    "ELM PARK WATER: DEADLY bacteria detected! Precautionary boil notice for Elm Park after a routine test found total coliform (no E. coli). Boil water 1 min for drinking & cooking until further notice. Info: elmparkwater.org. Next update Wed 10am.",
  ),
  bad(
    "en",
    "social",
    "'war zone' for curb-high street flooding",
    ["impartial"],
    CERC,
    undefined,
    `City of Kestrel Bay, 4 pm: Downtown looks like a war zone after this afternoon's downpour. Water is up to the curb on Front St and 2nd Ave between Main and Pier.

Please avoid driving downtown until crews clear the storm drains, expected by 7 pm, and never drive through standing water. Sandbags are available at the Public Works yard, 20 Dock Rd.

Updates: kestrelbay.gov/storm. Next post 7 pm.`,
  ),
  bad(
    "en",
    "correction",
    "rumor correction that calls a stable dam a time bomb",
    ["impartial"],
    CERC,
    "Rumor control: Lake Anders dam",
    `Marlow County Emergency Management – December 7, 2026

Posts on social media claim the Lake Anders dam failed this morning. This is false. Engineers from the state dam safety office inspected the dam at 9 a.m. and found it stable, with the water level 4 feet below the spillway.

Make no mistake, though: after this much rain the reservoir is a ticking time bomb sitting above thousands of homes.

No evacuation is needed. If an evacuation is ever ordered, you will get a Wireless Emergency Alert and a CodeRED call.

Inspection report: marlowcounty.gov/dam. Next inspection update at 5 p.m.`,
  ),
  // 4. dodged question (en)
  bad(
    "en",
    "faq",
    "baby-formula question answered with a platitude",
    ["open"],
    CERC,
    "Boil water notice: questions and answers",
    `City of Pinecrest Water Division – December 7, 2026

Q: Can I use tap water to make baby formula during the boil notice?

A: Public health is our top priority, and the City of Pinecrest meets or exceeds all state and federal drinking water standards.

The boil notice covers the South Zone after a loss of pressure on Saturday. Boil water for one minute before drinking, cooking or brushing teeth. Free bottled water is available at Fire Station 2, 88 Lowell St, from 8 a.m. to 8 p.m.

Map and updates: pinecrest.gov/water. The next sample results are expected Wednesday afternoon.`,
  ),
  bad(
    "en",
    "faq",
    "siren question answered with a description of the system",
    ["open"],
    CERC,
    "Why didn't the sirens sound in Cedar Flats?",
    `Harlow County Emergency Management – December 7, 2026

Q: The tornado came through Cedar Flats on Saturday night and nobody heard a siren. Why?

A: Harlow County uses a multi-layered alerting approach that includes outdoor warning sirens, Wireless Emergency Alerts, NOAA Weather Radio and local media. Each layer is activated according to established protocols.

If your property was damaged, photograph it before you clean up and report it at harlowcounty.gov/damage so that we can request state assistance. Free debris drop-off is open at the Cedar Flats transfer station through Sunday.

More information: harlowcounty.gov/tornado. We will update this page by 5 p.m. Wednesday.`,
  ),
  bad(
    "en",
    "social",
    "injury question met with the plant's safety record",
    ["open"],
    CERC,
    undefined,
    `Reply to Dana M. and others asking whether anyone was hurt in this morning's chlorine leak at the Birch Creek water plant: the plant has operated safely for more than 30 years and is inspected every year by the state.

The shelter-in-place order for Birch Creek Rd between Mill St and Route 9 was lifted at 11:15 am. Open windows to air out your home, and call 911 if you feel short of breath.

Details: birchcreek.gov/alerts. Next update 3 pm. – Town of Birch Creek`,
  ),
  bad(
    "en",
    "correction",
    "pets question answered with 'as previously communicated'",
    ["open"],
    CERC,
    "Correction: the Lakeview High School shelter is free",
    `Lakeview County Office of Emergency Management – December 7, 2026

A post shared on community pages says evacuees must pay $50 a night at the Lakeview High School shelter. This is false. The shelter is free of charge.

We have also had many questions about whether people can bring their pets. As previously communicated, shelter arrangements are set out in the county emergency plan.

Evacuation orders remain in place for the Riverside and Mill Pond areas. If you need transport to the shelter, call 555-0123.

Shelter details: lakeviewcounty.gov/shelter. Next update at 6 p.m.`,
  ),
  // 5. held back (en)
  bad(
    "en",
    "bulletin",
    "address list only as a scanned board-agenda attachment",
    ["open"],
    CERC,
    "Evacuation warning north of Sawmill Road",
    `Cedar Flats Fire Protection District – December 7, 2026, 9:00 a.m.

An evacuation warning is in effect for properties north of Sawmill Road. Be ready to leave at short notice: pack medicines, documents and pet supplies, and park your car facing out.

The list of addresses in the warning zone is available as a scanned attachment to the agenda for the district board's December 10 meeting.

If you need help to evacuate, call 555-0150. An evacuation point is open at Cedar Flats Middle School.

Fire updates: cedarflatsfire.org/sawmill. Next update at 1:00 p.m.`,
  ),
  bad(
    "en",
    "sms",
    "lead results held until after the board of health meets",
    ["open", "fast"],
    CERC,
    undefined,
    "Town of Millbrook: Lead test results for the Oak St neighborhood are back and will be shared after the Board of Health meets Monday night. Until then use bottled or filtered cold water for drinking and baby formula. Info: millbrook.gov/lead or 555-0110.",
  ),
  bad(
    "en",
    "faq",
    "affected classrooms named only at a parents' evening",
    ["open", "fast"],
    CERC,
    "Mold in Ridgeview portable classrooms: questions and answers",
    `Ridgeview Unified School District – December 7, 2026

Q: Which classrooms were affected, and was my child's room one of them?

A: The district will share the list of affected classrooms with parents at an information evening in the Ridgeview High School gym on Thursday at 7 p.m.

All classes that used portable classrooms have moved into the main buildings while the portables are cleaned. If your child has new breathing problems, contact your doctor and let the school nurse know.

More information: ridgeviewusd.org/portables. The next written update will follow Thursday's meeting.`,
  ),
  bad(
    "en",
    "social",
    "overnight smoke readings held until the office reopens",
    ["open", "fast"],
    CERC,
    undefined,
    `Air quality, Sunday 6 pm: Our monitors near the Pier 3 warehouse fire recorded smoke levels overnight. We have the readings and will post them when our office reopens Monday at 8 am.

The fire is out. If you live within half a mile of Pier 3 and smell smoke, keep windows closed and run an air purifier if you have one. People with asthma should keep their inhalers close.

More: kestrelbayhealth.org/smoke – Kestrel Bay Health Department`,
  ),
  // 6. vague resolution or guess as certain (en)
  bad(
    "en",
    "bulletin",
    "plant problem 'dealt with' without saying what it was",
    ["open"],
    CERC,
    "Water pressure restored in Elm Park",
    `Elm Park Water Authority – December 7, 2026, 4:30 p.m.

Customers in the Hilltop and Orchard neighborhoods lost water pressure this morning because of a problem at the Hilltop treatment plant. The issue at the plant has been dealt with and pressure is back to normal.

As a precaution, run your cold taps for five minutes before drinking. If the water is still cloudy or discolored after that, call us at 555-0160.

More information: elmparkwater.org/service. We will post the results of follow-up samples by noon on Wednesday.`,
  ),
  bad(
    "en",
    "correction",
    "gas odor 'taken care of' with no explanation",
    ["open"],
    CERC,
    "Update: stay-indoors advice for Mill Street withdrawn",
    `Town of Birch Creek – December 7, 2026, 3:15 p.m.

Earlier today we asked residents of Mill Street between 1st and 4th Avenue to stay indoors. That advice no longer applies. The gas odor reported on Mill Street has been taken care of and there is no risk.

If you smell gas inside your home, leave at once and call 911 from outside.

Details: birchcreek.gov/alerts. We will post a final update tonight at 8 p.m.`,
  ),
  bad(
    "en",
    "sms",
    "outage cause and restoration time stated while the fault is still being located",
    ["open", "factual"],
    CERC,
    undefined,
    "Ridge Electric: The outage in Ridgeview East was caused by a failed transformer at Ridge substation. Crews are still locating the fault. Power back by 6pm. Stay clear of downed lines & report them: 555-0177. Map: ridgeelectric.com/outages. Next update 3pm.",
  ),
  bad(
    "en",
    "faq",
    "fish-kill cause given as fact before lab results",
    ["open", "factual"],
    CERC,
    "Birch Creek fish kill: what we know",
    `Marlow County Department of Environmental Quality – December 7, 2026

Q: What killed the fish in Birch Creek?

A: The fish kill was caused by an overflow at the Birch Creek pump station on Friday night. Water samples were taken on Saturday and lab results are expected on Thursday.

Until then, keep children and pets out of the creek between Mill Street and the Route 9 bridge, and do not eat fish caught there. If you find dead fish on your property, do not handle them with bare hands; report them at 555-0188.

Updates: marlowcounty.gov/birchcreek. We will update this page on Thursday when the results arrive.`,
  ),
];
