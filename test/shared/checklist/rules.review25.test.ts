/**
 * Review probes for the twenty-fifth round (commits 42b6248 and 7ae9353): each new or widened reading of impartiality
 * and openness (IM1, IM16, IM14, IM9, OP6, OP7, FS13, FA12, IM12, the new OP16, OP12's many-factors answer, FA13's
 * sender that knows, IM7's "at risk", IM3's office holder acting, FA15's state awaited as someone's word) probed at its
 * edges both ways, in Swedish and English, with wordings not taken from rules.judgement25.test.ts:
 * - FIRE rows: other natural wordings of the same failure, which the reading must refuse;
 * - SPARE rows: ordinary wordings a municipality, police, utility or UK/US/AU council would publish that look similar
 *   but are fine; the reading must give no error (an error is what makes the gate refuse the message).
 *
 * Probes that fail today are kept, not asserted, in KNOWN_MISSES (fire probes the reading lets through) and
 * KNOWN_FALSE_REFUSALS (spare probes the reading refuses). At review time: 101 fire probes, 28 missed;
 * 90 spare probes, 61 wrongly refused. After the fixes that followed (asserted at the end of this file): 22 missed,
 * 1 spare refused (the Swedish "Om du väljer att inte följa uppmaningen …", refused before the round too). All the false refusals below are new in this round (the same
 * probes pass on 42bda6e) except the Swedish "Om du väljer att inte följa uppmaningen …", which was refused before too.
 *
 * KNOWN_MISSES (fire, not refused by the reading):
 *   IM1 [sv] Somliga tycks tro att eldningsförbudet inte gäller dem.
 *   IM16 [en] Bright Spark Electrical are quite simply the best in the business.
 *   IM16 [sv] Tack till Anderssons El, länets bästa elektriker, som har jobbat hela natten.
 *   IM14 [en] It's Armageddon on the M5 tonight. Stay home.
 *   IM14 [sv] Det är rena rama helvetet på E4:an i kväll. Undvik att köra.
 *   IM9 [sv] Lugna ner er, det är bara lite rök.
 *   OP6 [en] We know which streets are affected but can't give them out at the moment.
 *   OP6 [en] We do not answer questions about the chemicals involved.
 *   OP6 [sv] Mätvärdena lämnas inte ut.
 *   OP6 [sv] Uppgifter om vilka förskolor som berörs lämnas bara till media.
 *   OP7 [en] The flooding at Brook Street has now been taken care of.
 *   OP7 [sv] Det som hände i går kväll är nu omhändertaget.
 *   FS13 [en] We will update you on the school's reopening after tomorrow's cabinet meeting.
 *   FS13 [sv] Vilka gator som ska grävas upp meddelas efter byggnadsnämndens sammanträde.
 *   FA12 [en] The fish deaths are down to a chemical spill from the industrial estate. We are awaiting lab results.
 *   FA12 [sv] Fiskdöden beror på ett utsläpp från reningsverket. Provsvaren väntas nästa vecka.
 *   IM12 [en] There is nothing the council could have done differently.
 *   IM12 [en] We make no apology for the way we handled the evacuation.
 *   IM12 [sv] Kommunen har hela tiden agerat korrekt.
 *   OP16 [en] (Q: Is my data safe?) The security of your data is our highest priority. We are working with specialists.
 *   OP16 [en] (Q: How many homes are without power?) We are committed to keeping you informed, and our teams are working 24/7.
 *   OP16 [en] (Q: Why was there no warning?) We take all feedback very seriously. No stone will be left unturned in our review.
 *   OP16 [en] (Q: When will the road reopen?) Your safety is paramount to us, and we appreciate your patience.
 *   OP16 [sv] (Q: Hur många elever är sjuka?) Elevernas hälsa är vår högsta prioritet. Vi följer läget noga.
 *   OP16 [sv] (Q: Varför kom inget VMA?) Vi har full förståelse för att många känner oro. Vi ser över våra rutiner.
 *   FA13 [en] Thames Valley Police is aware of reports that two people have died in the crash. More information will follow.
 *   FA13 [sv] Polisen känner till att det sprids uppgifter om att två personer har omkommit. Vi återkommer.
 *   IM3 [sv] Kommunstyrelsens ordförande Anna Berg fattade ett katastrofalt beslut när hon stängde brandstationen.
 *
 * KNOWN_FALSE_REFUSALS (spare, refused by the reading):
 *   IM1 [en] If you have not cleaned your gutters properly, rainwater can back up into your loft.
 *   IM1 [en] Water samples were taken again on Monday, and this is the result: no bacteria were found.
 *   IM1 [en] Blue Badge holders are exempt from the parking suspension; the ban does not apply to them.
 *   IM1 [en] Police have charged a 34-year-old man who ignored road closure barriers and drove into floodwater on Mill Lane.
 *   IM1 [en] A member of staff noticed the smoke and opened the fire exits, and all 40 pupils were out within three minutes.
 *   IM1 [en] Nobody should be ashamed to ask for help. Call the crisis line on 0800 123 456.
 *   IM1 [en] Neighbours often know very well who lives alone on their street, so please knock on their door today.
 *   IM1 [en] Call 999 if you find someone in the heat who clearly does not know where they are.
 *   IM1 [en] Scammers are telling lies on the phone to get your bank details. The council never asks for them.
 *   IM1 [en] The same group that started the sandbag drive on Friday will be at the church hall again from 8am.
 *   IM1 [sv] Om du väljer att inte följa uppmaningen att evakuera kan räddningstjänsten inte garantera att vi når dig.
 *   IM1 [sv] Ingen bör skämmas för att söka hjälp. Ring Självmordslinjen på 90101.
 *   IM1 [sv] Polisen utreder om branden anlades av politiska skäl och har inlett en förundersökning.
 *   IM1 [sv] Det är Trafikverket som har valt att stänga bron av säkerhetsskäl. Omledning sker via väg 40.
 *   IM1 [sv] Två medarbetare som var på plats öppnade skyddsrummet och hjälpte de boende ner.
 *   IM1 [sv] SMHI har varnat för höga flöden vid flera tillfällen i vår men i dag hävs varningen.
 *   IM1 [sv] Ring 112 om du ser någon som uppenbarligen inte vet var hen är.
 *   IM1 [sv] Du som hyr behöver inte betala. Det är hyresvärden som får ta notan för saneringen.
 *   IM1 [sv] Samma personer som startade insamlingen i fjol samlar nu in filtar till de evakuerade.
 *   IM16 [en] Patients are being taken to Ashby General Hospital, which has the best burns unit in the region.
 *   IM16 [en] Free bottled water from Thames Water: look for it at your local supermarket entrance from noon.
 *   IM16 [en] The best viewing spots in town for Saturday's fireworks are Victoria Park and the Quay.
 *   IM16 [sv] Enligt Havs- och vattenmyndigheten är badvattnet i Stora Dammen bäst i kommunen just nu.
 *   IM16 [sv] Biblioteket på Storgatan har det bredaste utbudet av lättlästa broschyrer om krisberedskap.
 *   IM14 [en] Drums at the site are labelled "TOXIC" and must not be opened. Call 999 if you find one.
 *   IM14 [en] Families arriving from a war zone can get help at the reception centre in Ashby Hall.
 *   IM14 [en] The river level has dropped dramatically since Tuesday, and dry weather sweeping across the region should help. A terrific effort by volunteers has cleared 400 homes.
 *   IM14 [sv] Tunnorna är märkta "GIFTIG" och får inte öppnas. Ring 112 om du hittar en.
 *   IM14 [sv] Barn som kommer från en krigszon kan få stöd av skolans kurator.
 *   IM14 [sv] Vattennivån har sjunkit dramatiskt sedan tisdag, och ett högtryck sveper in över länet i helgen. En massiv insats av frivilliga har tömt 400 källare.
 *   IM9 [en] Don't worry that you are overreacting: if you smell gas, call 0800 111 999 straight away.
 *   IM9 [en] Our thanks go to all the people who called us sure they had smelled gas. You were right to.
 *   IM9 [sv] Tvätta händerna ofta och stanna hemma när du är sjuk, så får vi smittan att sluta sprida sig.
 *   OP6 [en] We can't say that yet because the samples are still being analysed; results are due on Friday.
 *   OP6 [en] Calls to Crimestoppers are anonymous and your details will not be made public.
 *   OP6 [en] No further information will be given about who was involved until the family has been told.
 *   OP6 [en] Journalists: further information is available to the media from the press office on 01632 960000.
 *   OP6 [en] Photos you send us of flood damage will not be posted online; we use them only to plan repairs.
 *   OP6 [en] As previously stated, repair crews are working on it and expect to finish by 4 pm today.
 *   OP6 [en] Details of the diversion have been sent to the media and are also on our website, ashby.gov.uk/roads.
 *   OP6 [sv] Vi kan inte säga det ännu, eftersom proverna analyseras. Svaren kommer på torsdag.
 *   OP6 [sv] Hur just ditt hus påverkas får du veta om du ringer kundtjänst, 0771-12 34 56.
 *   OP6 [sv] Svaren för enskilda brunnar publiceras inte på webben utan skickas till varje fastighetsägare.
 *   OP6 [sv] Vi går inte in på detaljer om enskilda elever, eftersom det omfattas av sekretess.
 *   OP6 [sv] Uppgifter om signalementet lämnas till media för att fler ska kunna hjälpa till att hitta pojken.
 *   OP7 [en] The gas smell reported in Carver Road this morning has been dealt with. Engineers found and replaced a leaking valve.
 *   OP7 [sv] Problemet med trycket i Backen är hanterat. Vi bytte en trasig pump i natt och trycket är normalt igen.
 *   FS13 [en] The test results are on our website now. Officers will go through the results at a public meeting on Thursday at 7pm.
 *   FS13 [en] Sandbags will be given out from the depot once the council offices open at 8am.
 *   FS13 [en] Updates will be posted here every two hours, after the incident team has met.
 *   FS13 [sv] Sandsäckar lämnas ut från förrådet när kontoret öppnar kl. 7 i morgon.
 *   FA12 [en] Samples were sent to the laboratory on Monday. The results show the illness was caused by norovirus.
 *   FA12 [sv] Prover skickades till laboratoriet i måndags. Svaren visar att magsjukan orsakades av norovirus.
 *   IM12 [en] Contrary to what some people are saying on social media, the water is safe to drink.
 *   OP16 [en] (Q: Where can I get bottled water?) As previously advised, bottled water is available at the Elm Road car park and Ashby Leisure Centre.
 *   OP16 [en] (Q: What are you doing about the threats?) We take these threats very seriously and have reported them to the police. Extra security staff are at the school all week.
 *   OP16 [en] Many residents have asked when bins will be collected. As previously advised, collections resume on Monday.
 *   OP16 [sv] (Q: Kan jag dricka vattnet?) Vi förstår att många är oroliga. Vattnet är drickbart och uppfyller Livsmedelsverkets krav.
 *   OP16 [sv] (Q: Var kan jag hämta vatten?) Som vi tidigare meddelat finns vattentanken vid Norrby skola och vid Ica Kvantum.
 *   OP16 [sv] (Q: Vad gör ni åt hoten mot skolan?) Vi tar hoten på största allvar och har polisanmält dem. Skolan har extra vakter hela veckan.
 *   OP16 [sv] Många har frågat när soporna hämtas. Som vi tidigare meddelat töms kärlen på måndag som vanligt.
 */
import { describe, expect, it } from "vitest";
import { checkRows as check, msg, type RuleRow as Row } from "./helpers.js";

describe("[IM1] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "IM1",
        msg(
          "bulletin",
          "Once again, a handful of people who think the rules don't apply to them have lit barbecues on the heath.",
          "en",
        ),
        true,
      ],
      [
        "IM1",
        msg(
          "bulletin",
          "Several drivers decided to ignore the road closure on Mill Lane and had to be rescued from the water.",
          "en",
        ),
        true,
      ],
      [
        "IM1",
        msg(
          "bulletin",
          "Anglian Power has not done its job on maintenance, and that is why the lights went out.",
          "en",
        ),
        true,
      ],
      [
        "IM1",
        msg(
          "bulletin",
          "If the developer had maintained the drainage it was responsible for, these streets would not have flooded.",
          "en",
        ),
        true,
      ],
      ["IM1", msg("bulletin", "These fly-tippers treat our countryside like their own rubbish tip.", "en"), true],
      [
        "IM1",
        msg(
          "bulletin",
          "The outage happened because a contractor working for the company failed to check the cable plans.",
          "en",
        ),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Some people are deliberately spreading lies about the water to score political points.", "en"),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Frankly, some residents only have themselves to blame for their flooded basements.", "en"),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Had the landlord listened to our fire officers, this would never have happened.", "en"),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "The critics are the same crowd that pushed the fluoride conspiracy last year.", "en"),
        true,
      ],
      [
        "IM1",
        msg(
          "bulletin",
          "Några villaägare har valt att strunta i bevattningsförbudet, och nu sjunker trycket för alla.",
        ),
        true,
      ],
      [
        "IM1",
        msg("bulletin", "Det är fastighetsbolaget som har valt att inte åtgärda ventilationen trots våra påpekanden."),
        true,
      ],
      ["IM1", msg("bulletin", "Badgästerna behandlar stranden som en soptipp."), true],
      ["IM1", msg("bulletin", "Kritiken kommer från samma gäng som spred lögner om vattnet i fjol."), true],
      ["IM1", msg("bulletin", "Vi har varnat entreprenören upprepade gånger utan att något hänt."), true],
      [
        "IM1",
        msg("bulletin", "Nätbolaget har inte underhållit ledningarna ordentligt, och därför blev det strömavbrott."),
        true,
      ],
      ["IM1", msg("bulletin", "Hade bolaget lyssnat på oss hade det här aldrig hänt."), true],
      [
        "IM1",
        msg("bulletin", "Det är återigen de boende längs Storgatan som får ta smällen för fastighetsägarens slarv."),
        true,
      ],
      ["IM1", msg("bulletin", "En medarbetare i växeln glömde att skicka vidare larmet."), true],
    ]);
  });
});

describe("[IM16] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "IM16",
        msg("bulletin", "A big thank you to Harper & Sons Roofing, simply the best roofers in the county.", "en"),
        true,
      ],
      [
        "IM16",
        msg("bulletin", "Tack till Lindgrens Trädfällning, utan tvekan bäst i länet på stormfällda träd."),
        true,
      ],
    ]);
  });
});

describe("[IM14] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["IM14", msg("bulletin", "Ashby's streets are a war zone tonight after the storm. Stay indoors.", "en"), true],
      ["IM14", msg("bulletin", "The heatwave is a ticking time bomb for our hospitals.", "en"), true],
      ["IM14", msg("bulletin", "Roads are a death trap this morning. Do not travel.", "en"), true],
      [
        "IM14",
        msg("bulletin", "A horrific blaze is tearing through the industrial estate and the scene is chaotic.", "en"),
        true,
      ],
      ["IM14", msg("bulletin", "KILLER heat is on its way, so check on your neighbours.", "en"), true],
      ["IM14", msg("bulletin", "Centrum är en krigszon efter nattens storm. Håll er inne."), true],
      ["IM14", msg("bulletin", "Smittan sprider sig som en löpeld bland eleverna."), true],
      ["IM14", msg("bulletin", "DÖDLIG hetta väntar i helgen, så drick mycket vatten."), true],
      ["IM14", msg("bulletin", "Ett skräckinjagande inferno rasar i industriområdet och läget är kaotiskt."), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "IM14",
        msg(
          "bulletin",
          '"It is carnage out there," said Chief Inspector Lee. Avoid the A38 between junctions 4 and 5.',
          "en",
        ),
        false,
      ],
      [
        "IM14",
        msg(
          "bulletin",
          "”Det är totalt kaos på vägarna”, säger Anna Berg på Trafikverket. Kör inte ut om du inte måste.",
        ),
        false,
      ],
    ]);
  });
});

describe("[IM9] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["IM9", msg("bulletin", "Honestly, folks are overreacting about a bit of smoke.", "en"), true],
      [
        "IM9",
        msg("bulletin", "To all the callers who phoned us certain the dam had burst: relax, it hadn't.", "en"),
        true,
      ],
      [
        "IM9",
        msg("bulletin", "No, the water is not poisoned, despite what the armchair experts on Facebook claim.", "en"),
        true,
      ],
      [
        "IM9",
        msg("bulletin", "Nej, det luktar inte gas i hela stan, oavsett vad ni har läst på sociala medier."),
        true,
      ],
      ["IM9", msg("bulletin", "Sluta hitta på saker om skolan. Den är inte stängd."), true],
    ]);
  });
});

describe("[OP6] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["OP6", msg("bulletin", "We know which streets are affected but we won't release them yet.", "en"), true],
      ["OP6", msg("bulletin", "The full list of affected schools has been sent to the press.", "en"), true],
      ["OP6", msg("bulletin", "That question will not be answered at this time.", "en"), true],
      ["OP6", msg("bulletin", "Test results for the estate won't be put on the website.", "en"), true],
      ["OP6", msg("bulletin", "As already stated, officers are looking into the matter.", "en"), true],
      ["OP6", msg("bulletin", "We are not in a position to comment on the cause.", "en"), true],
      ["OP6", msg("bulletin", "Vi vet vilka gator som berörs men vill inte gå ut med det ännu."), true],
      ["OP6", msg("bulletin", "Kommunen går inte in på varför larmet dröjde."), true],
      ["OP6", msg("bulletin", "Vilka hushåll som får ersättning får du veta om du ringer kommunen."), true],
      ["OP6", msg("bulletin", "Vi kommenterar inte orsaken."), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "OP6",
        msg(
          "bulletin",
          "Resultaten lämnas inte ut förrän laboratoriet har analyserat alla prover, vilket väntas ske på fredag.",
        ),
        false,
      ],
      [
        "OP6",
        msg(
          "bulletin",
          "Som vi tidigare meddelat ser vi över ledningarna i hela Norrby. Arbetet är klart den 30 juni.",
        ),
        false,
      ],
    ]);
  });
});

describe("[OP7] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["OP7", msg("bulletin", "The problem with the water pressure in Hill Estate has been handled.", "en"), true],
      ["OP7", msg("bulletin", "The situation at the recycling centre has now been dealt with.", "en"), true],
      ["OP7", msg("bulletin", "Problemet med vattentrycket på Backen är nu hanterat."), true],
      ["OP7", msg("bulletin", "Ärendet med lukten i Västerby har hanterats."), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      ["OP7", msg("bulletin", "The incident on the A12 has been dealt with and both lanes are now open.", "en"), false],
      [
        "OP7",
        msg("bulletin", "Lukten i Västerby är utredd och hanterad: den kom från en läckande tank som nu är tömd."),
        false,
      ],
      ["OP7", msg("bulletin", "Händelsen på E6 är hanterad och båda körfälten är öppna igen."), false],
    ]);
  });
});

describe("[FS13] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "FS13",
        msg(
          "bulletin",
          "Residents will be told which homes can be reoccupied after the council has met tomorrow.",
          "en",
        ),
        true,
      ],
      ["FS13", msg("bulletin", "The test results will be posted when the council offices open on Monday.", "en"), true],
      [
        "FS13",
        msg("bulletin", "Engineers will go through the readings at a residents' meeting next week.", "en"),
        true,
      ],
      ["FS13", msg("bulletin", "Provsvaren läggs ut först när kontoret öppnar på måndag."), true],
      ["FS13", msg("bulletin", "Besked om skolstarten lämnas på informationsmötet i aulan på torsdag kväll."), true],
      ["FS13", msg("bulletin", "Mer information om evakueringen ges efter krisledningsnämndens möte."), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "FS13",
        msg(
          "bulletin",
          "The council will decide at its meeting on Thursday whether to extend the hosepipe ban, and we will publish the decision here that evening.",
          "en",
        ),
        false,
      ],
      [
        "FS13",
        msg(
          "bulletin",
          "Kommunfullmäktige sammanträder i kväll för att besluta om bevattningsförbudet. Beslutet publiceras här direkt efter mötet.",
        ),
        false,
      ],
      [
        "FS13",
        msg("bulletin", "Uppgifter om läget lämnas varje dag kl. 10 på kommunens webb, efter krisledningens möte."),
        false,
      ],
    ]);
  });
});

describe("[FA12] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "FA12",
        msg("bulletin", "The sickness was caused by norovirus. Stool samples have been sent to the laboratory.", "en"),
        true,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "The blaze was sparked by an electrical fault in the kitchen. Fire investigators are still at the scene.",
          "en",
        ),
        true,
      ],
      [
        "FA12",
        msg("bulletin", "Magsjukan orsakades av förorenat vatten i badhuset. Provsvaren väntas på fredag."),
        true,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "Branden startade när en grill välte på balkongen. Brandutredaren kommer till platsen i morgon.",
        ),
        true,
      ],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "FA12",
        msg(
          "bulletin",
          "Tests have confirmed the illness was caused by norovirus. Results for the remaining samples are expected on Friday.",
          "en",
        ),
        false,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "The delays were caused by a signal failure at Ashby. Separately, the investigation into Tuesday's crash is ongoing.",
          "en",
        ),
        false,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "Police believe the fire was started deliberately and a criminal investigation has been opened.",
          "en",
        ),
        false,
      ],
      [
        "FA12",
        msg("bulletin", "Polisen misstänker att branden är anlagd och har inlett en förundersökning om mordbrand."),
        false,
      ],
      [
        "FA12",
        msg(
          "bulletin",
          "Strömavbrottet orsakades av ett träd som föll över en ledning i natt. Resultaten från vattenproverna i Norrby väntas i morgon.",
        ),
        false,
      ],
    ]);
  });
});

describe("[IM12] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["IM12", msg("bulletin", "We did everything by the book, whatever the papers may say.", "en"), true],
      [
        "IM12",
        msg(
          "bulletin",
          "Contrary to what some opposition councillors have been claiming, the response was swift.",
          "en",
        ),
        true,
      ],
      ["IM12", msg("bulletin", "Kommunen har agerat korrekt hela tiden."), true],
      ["IM12", msg("bulletin", "Vi tänker inte be om ursäkt för att vi stängde badet."), true],
      ["IM12", msg("bulletin", "Det finns inget vi skulle ha kunnat göra annorlunda."), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "IM12",
        msg("bulletin", "An independent review will look at whether anything should have been done differently.", "en"),
        false,
      ],
      [
        "IM12",
        msg("bulletin", "Våra medarbetare på vattenverket har gjort jobbet dygnet runt sedan i fredags. Tack!"),
        false,
      ],
      ["IM12", msg("bulletin", "Vi ber om ursäkt för att informationen kom sent i går."), false],
    ]);
  });
});

describe("[OP16] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "OP16",
        msg(
          "faq",
          "We understand residents are frustrated. We are committed to restoring the service as quickly as possible.",
          "en",
          "When will my bins be collected?",
        ),
        true,
      ],
      [
        "OP16",
        msg("bulletin", "Many of you have asked whether the pool will reopen. Safety remains our top priority.", "en"),
        true,
      ],
      [
        "OP16",
        msg(
          "faq",
          "Vi förstår att många är frustrerade. Vi gör allt vi kan för att lösa det.",
          "sv",
          "När kommer strömmen tillbaka?",
        ),
        true,
      ],
      [
        "OP16",
        msg(
          "bulletin",
          "Till er som undrar om vattnet går att dricka: Vi tar frågan på största allvar. Vi återkommer.",
        ),
        true,
      ],
      [
        "OP16",
        msg(
          "faq",
          "Som vi tidigare har meddelat utreder vi händelsen tillsammans med experter.",
          "sv",
          "Har mina uppgifter läckt?",
        ),
        true,
      ],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "OP16",
        msg(
          "faq",
          "We understand many of you are worried. The water meets all drinking water standards and is safe to drink.",
          "en",
          "Is it safe to drink the tap water?",
        ),
        false,
      ],
      [
        "OP16",
        msg(
          "bulletin",
          "To residents asked to leave their homes on Friday: we understand this has been a worrying time. The rest centre at Ashby Leisure Centre stays open tonight.",
          "en",
        ),
        false,
      ],
      [
        "OP16",
        msg(
          "faq",
          "Våra tankar går till de drabbade. Hittills har 23 personer sökt vård.",
          "sv",
          "Hur många har blivit sjuka?",
        ),
        false,
      ],
    ]);
  });
});

describe("[OP12] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      ["OP12", msg("faq", "That depends on a number of factors.", "en", "When will the power be back on?"), true],
      ["OP12", msg("faq", "Det beror på flera olika omständigheter.", "sv", "När öppnar badhuset igen?"), true],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "OP12",
        msg(
          "faq",
          "Because of the ongoing police investigation we cannot yet say when the road will reopen.",
          "en",
          "When will the road reopen?",
        ),
        false,
      ],
      [
        "OP12",
        msg(
          "faq",
          "Det beror på flera faktorer, framför allt vinden: om den mojnar kan ni flytta hem i morgon kväll.",
          "sv",
          "När kan vi flytta hem?",
        ),
        false,
      ],
    ]);
  });
});

describe("[FA13] review probes", () => {
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "FA13",
        msg(
          "bulletin",
          "Thames Valley Police is aware of reports circulating online naming a suspect. The case is sub judice and we cannot comment.",
          "en",
        ),
        false,
      ],
      [
        "FA13",
        msg(
          "bulletin",
          "Polisen känner till att det sprids uppgifter om en skottlossning i Norrby. Uppgifterna stämmer inte.",
        ),
        false,
      ],
    ]);
  });
});

describe("[IM7] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "IM7",
        msg(
          "bulletin",
          "Those at risk should stay indoors. The outbreak started with travellers at the Elm Road site.",
          "en",
        ),
        true,
      ],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "IM7",
        msg(
          "bulletin",
          "Those most at risk in the heat include older people, babies and homeless people; please check on them.",
          "en",
        ),
        false,
      ],
    ]);
  });
});

describe("[IM3] review probes", () => {
  it("refuses other wordings of the failure", () => {
    check([
      [
        "IM3",
        msg(
          "bulletin",
          "Mayor Harris's reckless decision to close the fire station left the east side unprotected.",
          "en",
        ),
        true,
      ],
    ]);
  });
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "IM3",
        msg("bulletin", "Mayor Okafor declared a state of emergency after the catastrophic flooding on Friday.", "en"),
        false,
      ],
    ]);
  });
});

describe("[FA15] review probes", () => {
  it("leaves ordinary wordings that look similar alone", () => {
    check([
      [
        "FA15",
        msg(
          "bulletin",
          "Do not drink the tap water. The notice stays in place until Northbank Water confirms that the water is safe to drink.",
          "en",
        ),
        false,
      ],
      [
        "FA15",
        msg(
          "bulletin",
          "Drick inte kranvattnet. Kokningsrådet gäller tills Norrby Vatten meddelar att vattnet åter är tjänligt.",
        ),
        false,
      ],
    ]);
  });
});

/**
 * Fire probes the widened readings let through today. Not asserted: each is a wording a real official might write and
 * the reading should refuse; move a row into its rule's block above once the reading refuses it.
 */
export const KNOWN_MISSES: readonly Row[] = [
  ["IM1", msg("bulletin", "Somliga tycks tro att eldningsförbudet inte gäller dem."), true],
  ["IM16", msg("bulletin", "Bright Spark Electrical are quite simply the best in the business.", "en"), true],
  ["IM16", msg("bulletin", "Tack till Anderssons El, länets bästa elektriker, som har jobbat hela natten."), true],
  ["IM14", msg("bulletin", "It's Armageddon on the M5 tonight. Stay home.", "en"), true],
  ["IM14", msg("bulletin", "Det är rena rama helvetet på E4:an i kväll. Undvik att köra."), true],
  ["IM9", msg("bulletin", "Lugna ner er, det är bara lite rök."), true],
  ["OP6", msg("bulletin", "We know which streets are affected but can't give them out at the moment.", "en"), true],
  ["OP6", msg("bulletin", "We do not answer questions about the chemicals involved.", "en"), true],
  ["OP6", msg("bulletin", "Mätvärdena lämnas inte ut."), true],
  ["OP6", msg("bulletin", "Uppgifter om vilka förskolor som berörs lämnas bara till media."), true],
  ["OP7", msg("bulletin", "The flooding at Brook Street has now been taken care of.", "en"), true],
  ["OP7", msg("bulletin", "Det som hände i går kväll är nu omhändertaget."), true],
  [
    "FS13",
    msg("bulletin", "We will update you on the school's reopening after tomorrow's cabinet meeting.", "en"),
    true,
  ],
  ["FS13", msg("bulletin", "Vilka gator som ska grävas upp meddelas efter byggnadsnämndens sammanträde."), true],
  [
    "FA12",
    msg(
      "bulletin",
      "The fish deaths are down to a chemical spill from the industrial estate. We are awaiting lab results.",
      "en",
    ),
    true,
  ],
  ["FA12", msg("bulletin", "Fiskdöden beror på ett utsläpp från reningsverket. Provsvaren väntas nästa vecka."), true],
  ["IM12", msg("bulletin", "There is nothing the council could have done differently.", "en"), true],
  ["IM12", msg("bulletin", "We make no apology for the way we handled the evacuation.", "en"), true],
  ["IM12", msg("bulletin", "Kommunen har hela tiden agerat korrekt."), true],
  [
    "OP16",
    msg(
      "faq",
      "The security of your data is our highest priority. We are working with specialists.",
      "en",
      "Is my data safe?",
    ),
    true,
  ],
  [
    "OP16",
    msg(
      "faq",
      "We are committed to keeping you informed, and our teams are working 24/7.",
      "en",
      "How many homes are without power?",
    ),
    true,
  ],
  [
    "OP16",
    msg(
      "faq",
      "We take all feedback very seriously. No stone will be left unturned in our review.",
      "en",
      "Why was there no warning?",
    ),
    true,
  ],
  [
    "OP16",
    msg("faq", "Your safety is paramount to us, and we appreciate your patience.", "en", "When will the road reopen?"),
    true,
  ],
  [
    "OP16",
    msg("faq", "Elevernas hälsa är vår högsta prioritet. Vi följer läget noga.", "sv", "Hur många elever är sjuka?"),
    true,
  ],
  [
    "OP16",
    msg(
      "faq",
      "Vi har full förståelse för att många känner oro. Vi ser över våra rutiner.",
      "sv",
      "Varför kom inget VMA?",
    ),
    true,
  ],
  [
    "FA13",
    msg(
      "bulletin",
      "Thames Valley Police is aware of reports that two people have died in the crash. More information will follow.",
      "en",
    ),
    true,
  ],
  [
    "FA13",
    msg("bulletin", "Polisen känner till att det sprids uppgifter om att två personer har omkommit. Vi återkommer."),
    true,
  ],
  [
    "IM3",
    msg(
      "bulletin",
      "Kommunstyrelsens ordförande Anna Berg fattade ett katastrofalt beslut när hon stängde brandstationen.",
    ),
    true,
  ],
];

/**
 * Spare probes the widened readings refuse today. Not asserted: each is an ordinary, legitimate wording that must not
 * be refused; move a row into its rule's block above once the reading leaves it alone.
 */
export const KNOWN_FALSE_REFUSALS: readonly Row[] = [
  [
    "IM1",
    msg("bulletin", "If you have not cleaned your gutters properly, rainwater can back up into your loft.", "en"),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Water samples were taken again on Monday, and this is the result: no bacteria were found.", "en"),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Blue Badge holders are exempt from the parking suspension; the ban does not apply to them.", "en"),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "Police have charged a 34-year-old man who ignored road closure barriers and drove into floodwater on Mill Lane.",
      "en",
    ),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "A member of staff noticed the smoke and opened the fire exits, and all 40 pupils were out within three minutes.",
      "en",
    ),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Nobody should be ashamed to ask for help. Call the crisis line on 0800 123 456.", "en"),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "Neighbours often know very well who lives alone on their street, so please knock on their door today.",
      "en",
    ),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Call 999 if you find someone in the heat who clearly does not know where they are.", "en"),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "Scammers are telling lies on the phone to get your bank details. The council never asks for them.",
      "en",
    ),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "The same group that started the sandbag drive on Friday will be at the church hall again from 8am.",
      "en",
    ),
    false,
  ],
  [
    "IM1",
    msg(
      "bulletin",
      "Om du väljer att inte följa uppmaningen att evakuera kan räddningstjänsten inte garantera att vi når dig.",
    ),
    false,
  ],
  ["IM1", msg("bulletin", "Ingen bör skämmas för att söka hjälp. Ring Självmordslinjen på 90101."), false],
  [
    "IM1",
    msg("bulletin", "Polisen utreder om branden anlades av politiska skäl och har inlett en förundersökning."),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Det är Trafikverket som har valt att stänga bron av säkerhetsskäl. Omledning sker via väg 40."),
    false,
  ],
  ["IM1", msg("bulletin", "Två medarbetare som var på plats öppnade skyddsrummet och hjälpte de boende ner."), false],
  [
    "IM1",
    msg("bulletin", "SMHI har varnat för höga flöden vid flera tillfällen i vår men i dag hävs varningen."),
    false,
  ],
  ["IM1", msg("bulletin", "Ring 112 om du ser någon som uppenbarligen inte vet var hen är."), false],
  [
    "IM1",
    msg("bulletin", "Du som hyr behöver inte betala. Det är hyresvärden som får ta notan för saneringen."),
    false,
  ],
  [
    "IM1",
    msg("bulletin", "Samma personer som startade insamlingen i fjol samlar nu in filtar till de evakuerade."),
    false,
  ],
  [
    "IM16",
    msg(
      "bulletin",
      "Patients are being taken to Ashby General Hospital, which has the best burns unit in the region.",
      "en",
    ),
    false,
  ],
  [
    "IM16",
    msg(
      "bulletin",
      "Free bottled water from Thames Water: look for it at your local supermarket entrance from noon.",
      "en",
    ),
    false,
  ],
  [
    "IM16",
    msg("bulletin", "The best viewing spots in town for Saturday's fireworks are Victoria Park and the Quay.", "en"),
    false,
  ],
  [
    "IM16",
    msg("bulletin", "Enligt Havs- och vattenmyndigheten är badvattnet i Stora Dammen bäst i kommunen just nu."),
    false,
  ],
  [
    "IM16",
    msg("bulletin", "Biblioteket på Storgatan har det bredaste utbudet av lättlästa broschyrer om krisberedskap."),
    false,
  ],
  [
    "IM14",
    msg("bulletin", 'Drums at the site are labelled "TOXIC" and must not be opened. Call 999 if you find one.', "en"),
    false,
  ],
  [
    "IM14",
    msg("bulletin", "Families arriving from a war zone can get help at the reception centre in Ashby Hall.", "en"),
    false,
  ],
  [
    "IM14",
    msg(
      "bulletin",
      "The river level has dropped dramatically since Tuesday, and dry weather sweeping across the region should help. A terrific effort by volunteers has cleared 400 homes.",
      "en",
    ),
    false,
  ],
  ["IM14", msg("bulletin", 'Tunnorna är märkta "GIFTIG" och får inte öppnas. Ring 112 om du hittar en.'), false],
  ["IM14", msg("bulletin", "Barn som kommer från en krigszon kan få stöd av skolans kurator."), false],
  [
    "IM14",
    msg(
      "bulletin",
      "Vattennivån har sjunkit dramatiskt sedan tisdag, och ett högtryck sveper in över länet i helgen. En massiv insats av frivilliga har tömt 400 källare.",
    ),
    false,
  ],
  [
    "IM9",
    msg("bulletin", "Don't worry that you are overreacting: if you smell gas, call 0800 111 999 straight away.", "en"),
    false,
  ],
  [
    "IM9",
    msg(
      "bulletin",
      "Our thanks go to all the people who called us sure they had smelled gas. You were right to.",
      "en",
    ),
    false,
  ],
  [
    "IM9",
    msg("bulletin", "Tvätta händerna ofta och stanna hemma när du är sjuk, så får vi smittan att sluta sprida sig."),
    false,
  ],
  [
    "OP6",
    msg(
      "bulletin",
      "We can't say that yet because the samples are still being analysed; results are due on Friday.",
      "en",
    ),
    false,
  ],
  [
    "OP6",
    msg("bulletin", "Calls to Crimestoppers are anonymous and your details will not be made public.", "en"),
    false,
  ],
  [
    "OP6",
    msg(
      "bulletin",
      "No further information will be given about who was involved until the family has been told.",
      "en",
    ),
    false,
  ],
  [
    "OP6",
    msg(
      "bulletin",
      "Journalists: further information is available to the media from the press office on 01632 960000.",
      "en",
    ),
    false,
  ],
  [
    "OP6",
    msg(
      "bulletin",
      "Photos you send us of flood damage will not be posted online; we use them only to plan repairs.",
      "en",
    ),
    false,
  ],
  [
    "OP6",
    msg("bulletin", "As previously stated, repair crews are working on it and expect to finish by 4 pm today.", "en"),
    false,
  ],
  [
    "OP6",
    msg(
      "bulletin",
      "Details of the diversion have been sent to the media and are also on our website, ashby.gov.uk/roads.",
      "en",
    ),
    false,
  ],
  ["OP6", msg("bulletin", "Vi kan inte säga det ännu, eftersom proverna analyseras. Svaren kommer på torsdag."), false],
  ["OP6", msg("bulletin", "Hur just ditt hus påverkas får du veta om du ringer kundtjänst, 0771-12 34 56."), false],
  [
    "OP6",
    msg("bulletin", "Svaren för enskilda brunnar publiceras inte på webben utan skickas till varje fastighetsägare."),
    false,
  ],
  ["OP6", msg("bulletin", "Vi går inte in på detaljer om enskilda elever, eftersom det omfattas av sekretess."), false],
  [
    "OP6",
    msg(
      "bulletin",
      "Uppgifter om signalementet lämnas till media för att fler ska kunna hjälpa till att hitta pojken.",
    ),
    false,
  ],
  [
    "OP7",
    msg(
      "bulletin",
      "The gas smell reported in Carver Road this morning has been dealt with. Engineers found and replaced a leaking valve.",
      "en",
    ),
    false,
  ],
  [
    "OP7",
    msg(
      "bulletin",
      "Problemet med trycket i Backen är hanterat. Vi bytte en trasig pump i natt och trycket är normalt igen.",
    ),
    false,
  ],
  [
    "FS13",
    msg(
      "bulletin",
      "The test results are on our website now. Officers will go through the results at a public meeting on Thursday at 7pm.",
      "en",
    ),
    false,
  ],
  [
    "FS13",
    msg("bulletin", "Sandbags will be given out from the depot once the council offices open at 8am.", "en"),
    false,
  ],
  [
    "FS13",
    msg("bulletin", "Updates will be posted here every two hours, after the incident team has met.", "en"),
    false,
  ],
  ["FS13", msg("bulletin", "Sandsäckar lämnas ut från förrådet när kontoret öppnar kl. 7 i morgon."), false],
  [
    "FA12",
    msg(
      "bulletin",
      "Samples were sent to the laboratory on Monday. The results show the illness was caused by norovirus.",
      "en",
    ),
    false,
  ],
  [
    "FA12",
    msg("bulletin", "Prover skickades till laboratoriet i måndags. Svaren visar att magsjukan orsakades av norovirus."),
    false,
  ],
  [
    "IM12",
    msg("bulletin", "Contrary to what some people are saying on social media, the water is safe to drink.", "en"),
    false,
  ],
  [
    "OP16",
    msg(
      "faq",
      "As previously advised, bottled water is available at the Elm Road car park and Ashby Leisure Centre.",
      "en",
      "Where can I get bottled water?",
    ),
    false,
  ],
  [
    "OP16",
    msg(
      "faq",
      "We take these threats very seriously and have reported them to the police. Extra security staff are at the school all week.",
      "en",
      "What are you doing about the threats?",
    ),
    false,
  ],
  [
    "OP16",
    msg(
      "bulletin",
      "Many residents have asked when bins will be collected. As previously advised, collections resume on Monday.",
      "en",
    ),
    false,
  ],
  [
    "OP16",
    msg(
      "faq",
      "Vi förstår att många är oroliga. Vattnet är drickbart och uppfyller Livsmedelsverkets krav.",
      "sv",
      "Kan jag dricka vattnet?",
    ),
    false,
  ],
  [
    "OP16",
    msg(
      "faq",
      "Som vi tidigare meddelat finns vattentanken vid Norrby skola och vid Ica Kvantum.",
      "sv",
      "Var kan jag hämta vatten?",
    ),
    false,
  ],
  [
    "OP16",
    msg(
      "faq",
      "Vi tar hoten på största allvar och har polisanmält dem. Skolan har extra vakter hela veckan.",
      "sv",
      "Vad gör ni åt hoten mot skolan?",
    ),
    false,
  ],
  [
    "OP16",
    msg("bulletin", "Många har frågat när soporna hämtas. Som vi tidigare meddelat töms kärlen på måndag som vanligt."),
    false,
  ],
];

/**
 * After the review, the readings were narrowed and widened where the probes showed them wrong (commit after 7ae9353):
 * every spare below passes but the one an older reading refused before the round, and six misses fire now. What is
 * still missed is listed in the header and stays recorded only.
 */
const STILL_REFUSED = ["Om du väljer att inte följa uppmaningen att evakuera"];
const FIRE_NOW = [
  "Mätvärdena lämnas inte ut.",
  "Uppgifter om vilka förskolor som berörs lämnas bara till media.",
  "The fish deaths are down to a chemical spill",
  "Fiskdöden beror på ett utsläpp från reningsverket.",
  "Your safety is paramount to us",
  "Vi har full förståelse för att många känner oro.",
];

describe("after the review's fixes", () => {
  it("passes the spares the review found refused, but the one refused before the round", () => {
    check(KNOWN_FALSE_REFUSALS.filter(([, input]) => !STILL_REFUSED.some((t) => input.body.startsWith(t))));
  });

  it("refuses six of the misses", () => {
    const fixed = KNOWN_MISSES.filter(([, input]) => FIRE_NOW.some((t) => input.body.startsWith(t)));
    expect(fixed).toHaveLength(FIRE_NOW.length);
    check(fixed);
  });
});

describe("known misses and false refusals (recorded, not asserted)", () => {
  it("keeps fire rows among the misses and spare rows among the false refusals", () => {
    expect(KNOWN_MISSES.every(([, , refuses]) => refuses)).toBe(true);
    expect(KNOWN_FALSE_REFUSALS.every(([, , refuses]) => !refuses)).toBe(true);
  });
});
