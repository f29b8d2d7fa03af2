/**
 * The nineteenth round's code review: ordinary authority texts the first versions of the round's rules refused, and
 * flawed texts they let through. Written by the reviewer for these tests (no evaluation item).
 */
import { describe, expect, it } from "vitest";
import type { MessageInput } from "../../../shared/schemas/checklist.js";
import { scoreMessage, allFindings } from "../../../shared/checklist/index.js";

const errorsOf = (input: MessageInput, rule: string) =>
  allFindings(scoreMessage({ channels: ["web"], ...input }, {})).filter(
    (f) => f.ruleId === rule && f.severity === "error",
  );

const SPARED: { rule: string; input: MessageInput }[] = [
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Evacuation order: Riverside estate",
      body: "Flood water is rising quickly on the River Tone. Residents of Riverside estate must evacuate immediately to the Community Hall on Church Street. Take medication, phone chargers and pets with you. Council staff are at the hall to help. Next update at 6pm.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Utrymning av Norrby",
      body: "Branden i skogen norr om Norrby sprider sig. Alla boende i Norrby måste lämna sina hem senast kl. 18 i dag. Bussar avgår från ICA-parkeringen kl. 16 och kl. 17 till Kristinebergsskolan, där kommunen har ordnat mat och sängplatser. Ta med mediciner och id-handling. Nästa besked kl. 20.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Gasläcka i Bergsjö",
      body: "En gasolcistern läcker vid industriområdet i Bergsjö. Boende på Industrivägen ska lämna bostäderna nu. Kör i riktning mot Hudiksvall och stanna inte i området. Räddningstjänsten är på plats. Nästa uppdatering kl. 15.00.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "social",
      language: "en",
      title: "EVACUATION ORDER – Zone 4",
      body: "Sheriff's Office: The Creek Fire has crossed Highway 41. An evacuation order is now in effect for Zone 4 (Pine Ridge). Residents are ordered to leave now. Drive north on Highway 41 toward Oakhurst; do not drive south. Large animals can go to the county fairgrounds in Coarsegold.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Så gör du om det brinner hemma",
      body: "Om det brinner i din lägenhet: lämna lägenheten, stäng dörren efter dig och ring 112. Om det brinner i trapphuset: stanna i lägenheten, stäng dörren och ring 112. Räddningstjänsten Syd påminner om att testa brandvarnaren en gång i månaden.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Smell gas? What to do",
      body: "If you smell gas in your home: open doors and windows, turn off the gas at the meter if you can, do not use light switches, and leave the property. Call the National Gas Emergency Service on 0800 111 999, which is free and open 24 hours. Eastmere Council reminds landlords that gas appliances must be checked every year.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Sättningar i fastighet på Storgatan",
      body: "Efter schaktarbeten har det uppstått sprickor i fastigheten Storgatan 12. Av säkerhetsskäl måste de boende lämna lägenheterna i kväll. Kommunen har bokat hotellrum på Scandic Norrköping för alla hushåll. Bostadsbolaget Hyresbostäder kontaktar varje hushåll per telefon. Nästa besked i morgon kl. 10.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Residents of Tower Court told to leave",
      body: "Structural engineers found serious damage to Tower Court on Monday. Residents must leave their homes by 8pm tonight as a precaution. The council has arranged hotel accommodation for every household and will pay for taxis. Housing officers are knocking on every door. Call 01234 567890 for help.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Drick inte kranvattnet i Solby",
      body: "Provsvar visar att kranvattnet i Solby innehåller bensen efter ett utsläpp. Drick inte kranvattnet och använd det inte till matlagning. Dricksvatten finns att hämta vid brandstationen på Storgatan 4, dygnet runt. Ta med egna kärl. Nästa besked i morgon kl. 12.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Do not drink notice: Hillside",
      body: "Tests have found diesel in the water supply to Hillside. Do not drink the tap water or use it for cooking or brushing teeth. Drinking water is available at Hillside Leisure Centre from 8am to 10pm; please bring your own containers. Priority customers will have water delivered to their door. We will update this page at 6pm.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Kommunen: Drick inte kranvattnet i Ås. Vatten delas ut vid Åsskolan kl. 8-20.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Norrvatten: Drick inte kranvattnet i Lövsta. Vattenvagn står vid Lövsta torg. Ta med dunk.",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Vattenläcka på Storgatan. Vattnet är avstängt till kl 15. Mer info: norrtalje.se",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Road closed: A38 closed both ways between Ashburton and Buckfastleigh after a crash. Details: devon.gov.uk/roads",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Ellevio: Strömavbrott i Norrby sedan kl 09.10. Beräknas åtgärdat kl 13. Se ellevio.se/avbrott",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "All Eastmere schools are closed today, Tuesday, due to snow. Details here: eastmere.gov.uk/schools",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Sundsvalls kommun: Vattenläcka i Haga. Ca 200 hushåll utan vatten till kl 17. Läs mer här: sundsvall.se/vatten",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Snow and ice warning in place until 10am Friday. Gritters are out on all priority routes tonight. More information: eastmere.gov.uk/winter",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Heat advisory for Maple County from noon to 8pm Tuesday and Wednesday. Cooling centers: maplecounty.gov/cool",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "social",
      language: "en",
      title: "EVACUATION ORDER – Zone 4",
      body: "Sheriff's Office: The Creek Fire has crossed Highway 41. An evacuation order is now in effect for Zone 4 (Pine Ridge). Residents are ordered to leave now. Drive north on Highway 41 toward Oakhurst; do not drive south. Updates at 4pm.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Utrymning av Norrby",
      body: "Skogsbranden sprider sig mot bebyggelsen. Alla boende i Norrby måste lämna sina hem senast kl. 18 i dag. Bussar avgår från ICA-parkeringen kl. 16 och kl. 17 till Kristinebergsskolan, där kommunen har ordnat mat och sängplatser. Ta med mediciner och id-handling. Nästa besked kl. 20.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Gasläcka vid Industrivägen i Bergsjö. Lämna området nu och kör mot Hudiksvall. Nästa besked kl 15.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "VMA: Utrymning i Kvarnby",
      body: "Viktigt meddelande till allmänheten i Kvarnby. Räddningstjänsten uppmanar alla i Kvarnby att lämna området omedelbart. Utrymning sker till Kvarnbyskolan. Lyssna på Sveriges Radio P4 för mer information.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Tower Court",
      body: "Engineers found serious cracks in Tower Court on Monday. Residents must leave their homes by 8pm tonight as a precaution. The council has booked rooms at the Premier Inn on Station Road for every household. Housing officers are visiting every flat. Next update 9am tomorrow.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Southern Water: Do not drink the tap water in Hillside until further notice. Free drinking water at Hillside Leisure Centre, 8am-10pm.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Mölndals stad: Drick inte kranvattnet i Lindome. Vatten kan hämtas vid Lindome kyrka från kl 12.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Lead in water at Oak Street flats",
      body: "Tests at Oak Street flats found lead above the legal limit. Do not drink the tap water and do not use it to make up baby formula. Use only bottled water, which the housing association is delivering to every flat today. The pipes will be replaced next week.",
    },
  },
  {
    rule: "AC18",
    input: {
      kind: "correction",
      language: "sv",
      title: "Rättelse om skolan",
      body: "Det sprids uppgifter om att Norrbyskolan stänger i morgon, men skolan har öppet som vanligt. Det stämmer alltså inte.",
    },
  },
  {
    rule: "AC18",
    input: {
      kind: "correction",
      language: "en",
      title: "Hillside School is open",
      body: "Posts on social media claim Hillside School will close on Friday; the school is open as normal all week. This is false.",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Ice on pavements across Eastmere this morning. Gritters have treated main routes. See details: eastmere.gov.uk/gritting",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Strömavbrott i centrala Kiruna sedan kl 08. Här följer du läget: kiruna.se/avbrott",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Skogsbrand vid Skogsbo. Lämna området omedelbart via Storgatan. Nästa besked kl 14.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Eastmere Council: Flood water rising on Mill Lane. Leave your home now via Station Road. Next update 2pm.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är vattnet säkert att dricka nu?",
      body: "Proverna som togs i måndags visar att vattnet uppfyller Livsmedelsverkets krav för dricksvatten. Kokningsrekommendationen hävdes i tisdags.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Is my tap water safe to drink?",
      body: "Yes. Test results from 12 March show the water meets all drinking water standards.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Is my tap water safe to drink?",
      body: "Test results from 12 March show the water meets all drinking water standards, and the boil water notice was lifted on 13 March.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Har mina personuppgifter läckt?",
      body: "Angriparna kom åt namn, adresser och personnummer för de cirka 1 200 vårdnadshavare som var registrerade i skolplattformen den 3 mars. Berörda får ett brev från kommunen.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Has my personal data been stolen?",
      body: "The attackers obtained the names, addresses and dates of birth of everyone registered with the leisure centre booking system before 1 March. Everyone affected will receive a letter this week.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Are the beaches open this weekend?",
      body: "Lifeguards are on duty at Seaton and Branscombe from 10am to 6pm on Saturday and Sunday. Swimming is allowed between the red and yellow flags.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är förskolorna öppna i morgon?",
      body: "Alla förskolor har verksamhet som vanligt i morgon, onsdag.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Is it safe to eat vegetables from my garden?",
      body: "Vegetables grown in the area can be eaten once they have been rinsed well under running water. Peel root vegetables.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är röken farlig att andas in?",
      body: "Röken från branden irriterar ögon och luftvägar. Personer med astma eller KOL bör hålla sig inomhus med stängda fönster.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Frågor och svar om vattnet",
      body: "Fråga: Är vattnet farligt för husdjur?\nSvar: Husdjur kan dricka vattnet som vanligt, eftersom halterna är mycket låga.\nFråga: Kan jag duscha?\nSvar: Dusch och bad går bra.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Is my tap water safe to drink?",
      body: "Test results from 12 March show the water meets all drinking water standards.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är vattnet säkert att dricka?",
      body: "Proverna som togs i måndags visar att vattnet uppfyller Livsmedelsverkets krav för dricksvatten.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är vattnet farligt för husdjur?",
      body: "Husdjur kan dricka vattnet som vanligt, eftersom halterna är mycket låga.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "en",
      title: "Is the library open?",
      body: "Eastmere Library is running as normal, 9am to 7pm, Monday to Saturday.",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Är vaccinet säkert?",
      body: "Vaccinet är godkänt av Läkemedelsverket och Europeiska läkemedelsmyndigheten efter omfattande studier. Vanliga biverkningar är ömhet i armen och lätt feber under ett dygn.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Police were called at 10.15pm on Saturday to a serious collision on the A30 near Okehampton. A man in his 40s died at the scene. Please do not share the names of those involved on social media. Anyone with dashcam footage is asked to call 101 quoting log 1234.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "A fire at a house on Elm Road, Eastfield, last night has been put out. Two people were taken to hospital. We ask the public not to speculate and please do not share any images of the scene. Elm Road will stay closed until 6pm today.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "En man i 30-årsåldern omkom i en trafikolycka på E4 vid Gnarp natten till söndag. Polisen ber allmänheten att inte sprida bilder från olycksplatsen, och vi kommer inte att publicera namnet på den omkomne. Vägen är öppen igen sedan kl. 06.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Fatal fire in Eastfield",
      body: "A woman died in a house fire on Elm Road, Eastfield, on Sunday night. We will not be releasing the name of the woman until formal identification has taken place. The cause of the fire is being investigated by the fire service and police. Next update at noon on Monday.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "faq",
      language: "en",
      title: "Will you publish my child's test result?",
      body: "No. We will not publish the results of individual children's tests. Parents receive their own child's result by letter.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Officers believe several other people may have been hurt during the disorder in Market Street on Saturday night and are urging them to come forward. Call 101 quoting crime reference 45/6789.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Bus collision on Station Road",
      body: "A bus and a car collided on Station Road at 8.20am on Monday. Two passengers were treated by paramedics at the scene. Any passengers who may have been injured and have not yet spoken to officers are asked to call 101 quoting log 212.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Thin ice on Eastmere Lake",
      body: "The ice on Eastmere Lake is thin after three mild days. People walking on the ice could be seriously injured or killed if it breaks. Keep off the ice and keep dogs on a lead near the lake.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Red warning for wind",
      body: "The Met Office has issued a red warning for wind from 7am to noon on Friday. Flying debris is likely, and people outdoors could be injured. Stay indoors during the warning and secure bins and garden furniture tonight.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Ras i bostadshus på Storgatan",
      body: "Ett bjälklag har rasat i ett bostadshus på Storgatan 5 i Ljusdal. Räddningstjänsten söker igenom huset eftersom personer kan vara instängda. Storgatan är avstängd mellan Torget och Kyrkvägen. Nästa besked kl. 18.",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Fire at Oak Street flats: crews got everyone out safely and nobody was seriously injured. Great work by Blue Watch 👍 Oak Street stays closed until 4pm.",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Brand i flerfamiljshus på Björkvägen i natt. Alla boende kom ut och ingen skadades allvarligt eller omkom. Stort tack till grannarna som väckte alla 👍",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Following the fire on Elm Road in which one person sadly died, a rest centre is open at Eastfield Community Centre until 9pm. Tea, coffee ☕ and hot food are available, and council staff are there to help with housing.",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Storm clean-up update 🎉 Crews have now cleared all fallen and dead trees from Riverside Park paths. The park reopens at 9am tomorrow.",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Fågelinfluensa har konstaterats hos vildfåglar vid Kvarnsjön. Rör inte döda fåglar och håll hunden kopplad. Tack för alla tips om fynd 👍 Rapportera döda fåglar till Jordbruksverket.",
    },
  },
  {
    rule: "AU24",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Norrtälje kommun: Boil tap water in Rimbo until further notice. Questions: call 0176-710 00, answered in Swedish and English, 8am-8pm.",
    },
  },
  {
    rule: "AU24",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Boil water notice in Rimbo",
      body: "Boil tap water for drinking and cooking in Rimbo until further notice. Samples taken on Monday showed E. coli. More information at norrtalje.se/vatten (in Swedish). The next update is at 3pm.",
    },
  },
  {
    rule: "FS14",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vattenläckan i Solby: ledningen lagad",
      body: "Den 3 mars brast en huvudledning i Solby och cirka 400 hushåll blev utan vatten. Nu, fredag 7 mars, kan vi berätta att ledningen är lagad och att vattnet är tillbaka i alla hushåll. Spola kranen kallt i några minuter innan du dricker.",
    },
  },
  {
    rule: "FS14",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Cause of the Hillside School fire",
      body: "A fire broke out in the science block at Hillside School on Saturday 2 March. No one was hurt. We can now confirm, following the fire service investigation completed on 8 March, that the fire started in a faulty fridge. The science block reopens on Monday 11 March.",
    },
  },
  {
    rule: "FS14",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Provsvar efter utsläppet i Kvarnån",
      body: "Efter dieselutsläppet i Kvarnån den 10 juni tog kommunen vattenprover på sex platser. Först nu, den 17 juni, har alla analyser kommit tillbaka från laboratoriet: inga halter över gränsvärdena. Badförbudet i Kvarnån hävs från i dag.",
    },
  },
  {
    rule: "FS14",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Flood recovery update",
      body: "Since the floods of 20 November, council teams have cleared 3,000 tonnes of debris. We are now, on Friday 29 November, able to share the timetable for reopening Mill Lane: it will reopen on 6 December. Skips remain at the Riverside car park.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vattenavbrott i Solby",
      body: "Uppdaterad onsdag 13 mars kl. 10.00: Vattnet är tillbaka i alla hushåll. Spola kallt vatten i några minuter.\n\nUppdaterad måndag 11 mars kl. 08.00: En huvudledning har brustit i Solby. Reparationen beräknas vara klar måndag 11 mars kl. 20.00. Vattentank finns vid Solby skola.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Mill Lane closure",
      body: "Updated Wednesday 13 March 2024, 10am: Mill Lane has reopened.\n\nUpdated Monday 11 March 2024, 8am: Mill Lane is closed after a burst main. The repair is expected to be finished by Monday 11 March at 6pm. Next update at 2pm.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "en",
      title: "More rain",
      body: "Updated Wednesday 13 March 2024. More rain is expected. Flooding on 11 March damaged the footbridge at Riverside Park, which stays closed. Keep away from the river bank.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Reparationen försenas",
      body: "Uppdaterad onsdag 13 mars kl. 09.00. Reparationen av ledningen i Solby, som beräknades vara klar måndag 11 mars, tar längre tid på grund av tjäle i marken. Ny beräknad tid är fredag 15 mars. Vattentanken vid skolan står kvar.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Repair delayed",
      body: "Updated Wednesday 13 March 2024. The repair on Mill Lane, originally expected by 11 March, has been delayed by frozen ground. We now expect it to be finished on 15 March. The water tank at the school stays in place.",
    },
  },
  {
    rule: "FA15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Road closures after the storm",
      body: "Fallen trees closed several roads overnight. Mill Lane will reopen at 1pm today once the tree has been cleared. Church Road is expected to stay closed until tomorrow morning while the power line is repaired. Use the A38 instead.",
    },
  },
  {
    rule: "FA15",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vägar efter stormen",
      body: "Flera vägar stängdes av nedfallna träd i natt. Storgatan öppnar igen kl. 13 i dag. Kyrkvägen väntas vara avstängd till i morgon eftersom en elledning måste lagas. Kör via Ringvägen.",
    },
  },
  {
    rule: "FA15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Boil water notice for Hillside",
      body: "Customers in Hillside (postcodes EX4 5 and EX4 6) must boil their water before drinking it, after E. coli was found in a sample on Monday. Customers in Eastfield and Westbury are supplied from a different reservoir and can drink their water as normal. Next update at 5pm.",
    },
  },
  {
    rule: "IM1",
    input: {
      kind: "bulletin",
      language: "en",
      title: "House fire in Elm Road",
      body: "A fire in a house on Elm Road, Eastfield, was put out at 11pm last night. The fire would have spread to the neighbouring homes if the residents had not acted so quickly in closing the doors and calling 999. Nobody was hurt. Elm Road is open again.",
    },
  },
  {
    rule: "IM1",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Bussbrand på E4",
      body: "En buss började brinna på E4 vid Gnarp i morse. Det hade kunnat sluta mycket värre om chauffören inte hade stoppat bussen direkt och fått ut alla passagerare. Ingen skadades. E4 är öppen igen sedan kl. 09.",
    },
  },
  {
    rule: "IM1",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Trafiken på Storbron",
      body: "Storbron var avstängd i tre timmar i går efter att en lastbil fastnat. Om vi inte hade stoppat trafiken direkt hade fler fordon kört fast på bron. Bron är öppen igen.",
    },
  },
  {
    rule: "IM1",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Flood defences held",
      body: "The new flood barrier on the River Tone held during Sunday's high tide. Around 300 homes in Riverside would have flooded if the county had not funded the barrier in 2022. The barrier will stay up until Tuesday.",
    },
  },
  {
    rule: "IM16",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Varning för oseriösa hantverkare efter stormen",
      body: "Efter stormen har kommunen fått flera samtal om hantverkare som knackar dörr och lovar bästa priset i området för att ta ner träd och laga tak. Kräv alltid offert och kontrollera F-skattsedel. Ring kommunens konsumentvägledning på 0570-810 00 om du är osäker.",
    },
  },
  {
    rule: "IM16",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Beware of rogue traders after the floods",
      body: "Trading Standards has received reports of cold callers in Riverside offering the best prices in town for flood repairs and asking for cash up front. Never pay in advance, and get at least two written quotes. Report cold callers to 0808 223 1133.",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Uppsala kommun: Water outage in Gränby until 3pm. More information: uppsala.se/en/water",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Alla skolor i Kiruna kommun är stängda i dag på grund av stormen. Läs mer: kiruna.se",
    },
  },
  {
    rule: "AU24",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Göteborgs Stad: Boil tap water in Angered until Friday. Call 031-365 00 00 (Swedish only) or read goteborg.se/english.",
    },
  },
  {
    rule: "AU24",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Göteborgs Stad: Boil tap water in Angered until Friday. Information is answered in Swedish, English, Arabic and Somali at 031-365 00 00.",
    },
  },
];

const CAUGHT: { rule: string; input: MessageInput }[] = [
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Eastmere Council: Flooding on Mill Lane. Residents must evacuate immediately. More information will follow.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Brand i Skogsbo. Lämna bostaden nu. Mer information kommer.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Do not drink notice",
      body: "Do not drink the tap water in Hillside and do not use it for cooking. Boiling the water will not remove the chemical. We are investigating and will update residents later today.",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Läs mer om utsläppet i Kvarnåsen här 👉 https://bit.ly/3xYz",
    },
  },
  {
    rule: "AC17",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Important information about the water outage: https://eastmere.gov.uk/water",
    },
  },
  {
    rule: "FS7",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Water outage in Hillside",
      body: "A water main burst on Mill Lane at 6am, and about 400 homes in Hillside have no water. A water tank is at Hillside School. To keep residents informed, more information as soon as possible on this page.",
    },
  },
  {
    rule: "FS7",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vattenavbrott i Solby",
      body: "En huvudledning brast på Storgatan kl. 06 och cirka 400 hushåll i Solby är utan vatten. Vattentank finns vid Solby skola. För att hålla er informerade: mer information så snart som möjligt på den här sidan.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Sjöbo kommun: Drick inte kranvattnet i Blentarp. Provsvar visar förorening. Nästa besked kl 16.",
    },
  },
  {
    rule: "AC16",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Vara kommun: Drick inte kranvattnet i Kvänum. Information delas ut i brevlådorna under dagen.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Eastmere Council: Gas leak on Mill Lane by the bus shelter. Leave your home now. Next update 2pm.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Brand i Skogsbo. Lämna bostaden nu. Mer information via krisinformation.se.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Eastmere Council: Flooding on Mill Lane. Residents must evacuate immediately. Keep your family informed. Updates at eastmere.gov.uk",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Brand i Skogsbo. Nu måste alla boende lämna sina hem. Mer information kommer kl 14.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Eastmere Council: Flooding on Mill Lane. Evacuate your property immediately. Next update 2pm.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Brand i Skogsbo. Räddningstjänsten uppmanar alla boende i Skogsbo att lämna området omedelbart. Nästa besked kl 14.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Brand i Skogsbo. Lämna bostaden nu. Information via SMS kl 14.",
    },
  },
  {
    rule: "AC15",
    input: {
      kind: "sms",
      language: "sv",
      title: "",
      body: "Räddningstjänsten Mitt: Skogsbrand norr om Skogsbo. Lämna bostaden nu. Nästa besked kl 14.",
    },
  },
  {
    rule: "AC18",
    input: {
      kind: "correction",
      language: "en",
      title: "Chemical spill",
      body: "Posts on social media say the River Dun is poisoned after Tuesday's chemical spill. This is false.",
    },
  },
  {
    rule: "AC18",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Det sprids uppgifter om att vattnet i Solby är förgiftat. Det stämmer inte. Solby kommun, 12 mars",
    },
  },
  {
    rule: "OP13",
    input: {
      kind: "faq",
      language: "sv",
      title: "Har mina personuppgifter läckt?",
      body: "Kommunen arbetar aktivt med informationssäkerhet och följer dataskyddsförordningen. Vår dataskyddspolicy finns på kommunens webbplats.",
    },
  },
  {
    rule: "OP6",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Reservoir inspection",
      body: "The inspection of Hillside reservoir was completed last week. We will not be sharing the report or its findings at this stage. The reservoir remains in use.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Reports of an explosion at Hillside School. Several students may be injured. More soon.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Explosion vid Norrbyskolan i förmiddags. Flera elever kan ha skadats. Mer information kommer kl 14.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Polisen larmades om en explosion vid Norrbyskolan kl 10. Det finns uppgifter om att flera elever kan vara skadade. Mer information kommer kl 14.",
    },
  },
  {
    rule: "FA26",
    input: {
      kind: "social",
      language: "sv",
      title: "",
      body: "Explosion vid Norrbyskolan kl 10. Flera elever kan ha omkommit enligt uppgifter om läget. Mer information kommer kl 14.",
    },
  },
  {
    rule: "AU25",
    input: {
      kind: "social",
      language: "en",
      title: "",
      body: "Yikes!! Nasty crash on Route 4 😬 Sadly one person didn't make it. Grab a coffee ☕ and take Route 9 instead 👍",
    },
  },
  {
    rule: "AU24",
    input: {
      kind: "sms",
      language: "en",
      title: "",
      body: "Norrtälje kommun: Boil tap water in Rimbo until further notice. More: norrtalje.se/vatten (Swedish only).",
    },
  },
  {
    rule: "FS14",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Dataintrång i kommunen",
      body: "Lunnebo kommun drabbades av ett dataintrång i torsdags kväll, den 7 november. Nu, måndag 11 november, vill vi informera om vad som har hänt. Byt lösenord till e-tjänsterna.",
    },
  },
  {
    rule: "FS12",
    input: {
      kind: "bulletin",
      language: "sv",
      title: "Vattenavbrott",
      body: "Uppdaterad onsdag 13 mars kl. 10.00. En huvudledning har brustit i Solby. Reparationen beräknas vara klar måndag 11 mars. Vattentank finns vid Solby skola.",
    },
  },
  {
    rule: "FA15",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Highway 9",
      body: "The highway will reopen at 1 p.m. today. The road is expected to stay closed until tomorrow morning.",
    },
  },
  {
    rule: "IM1",
    input: {
      kind: "bulletin",
      language: "en",
      title: "Snow",
      body: "We would have more plows out if the majority on the county board had not voted down our equipment budget.",
    },
  },
  {
    rule: "AU20",
    input: {
      kind: "correction",
      language: "en",
      title: "Not just a rumour: Hillside School closes Friday",
      body: "Posts online said Hillside School would close on Friday. That is correct: the school closes at noon on Friday for a staff training day.",
    },
  },
];

describe("nineteenth-round review: the rules spare ordinary texts and catch the flawed ones", () => {
  it.each(SPARED)("$rule spares: $input.body", ({ rule, input }) => {
    expect(errorsOf(input, rule)).toEqual([]);
  });
  it.each(CAUGHT)("$rule refuses: $input.body", ({ rule, input }) => {
    expect(errorsOf(input, rule)).not.toEqual([]);
  });
});
