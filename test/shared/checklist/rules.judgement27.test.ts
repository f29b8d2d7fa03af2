/**
 * Twenty-seventh round: flawed messages the tuning sets still let through, read for what they share. A headline
 * decision that nothing in the message explains (OP17); refusals to say what is known in other words (OP6; "besvarar
 * inte frågor" was tried and dropped, see SPEC.md); a guessed source or intrusion (FA12). The wordings are written for
 * these tests, each beside a near wording a real notice uses.
 */
import { describe, it } from "vitest";
import { checkRows as check, msg } from "./helpers.js";

const bulletin = (title: string, body: string, language: "sv" | "en" = "sv") => msg("bulletin", body, language, title);

describe("[OP17] a headline decision never explained", () => {
  it("refuses a closure, a ban or a cancellation that the message never explains", () => {
    check([
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli. Stängningen gäller tills vidare. Närmaste öppna bad är Kvarnviken. Frågor: kontaktcenter 0123-45 67 89. Vi uppdaterar här måndag 13 juli.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Riverside Library closed from Monday",
          "Westham Council has decided to close Riverside Library from Monday 6 July until Friday 17 July. Books can be returned at the Central Library. Questions: 01632 960 111. We will confirm the reopening on 15 July.",
          "en",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Besöksförbud på avdelning 4",
          "Från och med i dag gäller besöksförbud på avdelning 4 vid Hagby sjukhus tills vidare. Du som har en närstående inlagd kan ringa avdelningen. Undantag görs för svårt sjuka patienters närstående.",
        ),
        true,
      ],
      [
        "OP17",
        bulletin(
          "Mill Road Bridge closed",
          "Hagford County Public Works has closed Mill Road Bridge to all traffic until further notice. Detour: use Route 9. Questions: (555) 014-2271. Next update Friday at noon.",
          "en",
        ),
        true,
      ],
    ]);
  });

  it("lets a decision through when the message gives a reason, a danger or an event behind it", () => {
    check([
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli eftersom proverna visar höga halter av bakterier. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Sjöbadet stängs",
          "Algblomning har upptäckts i Sjöbadet. Hagby kommun stänger badet från och med fredag 10 juli. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Mill Road Bridge closed",
          "Inspectors found serious damage to the supports of Mill Road Bridge this morning. The bridge is closed to all traffic until repairs are done. Detour: use Route 9.",
          "en",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Riverside Library closed on Monday",
          "Riverside Library is closed on Monday 6 July for maintenance of the heating system. Books can be returned at the Central Library.",
          "en",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Skolorna stängs enligt regeringens beslut",
          "Skolorna i kommunen håller stängt från och med onsdag enligt regeringens beslut. Undervisningen sker på distans.",
        ),
        false,
      ],
    ]);
  });

  it("leaves a lifted ban to the rules of a lifted ban", () => {
    check([
      [
        "OP17",
        bulletin(
          "Eldningsförbudet upphävs",
          "Från och med måndag 22 juni klockan 12.00 är eldningsförbudet i Hagby kommun upphävt. Var fortsatt försiktig när du grillar.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Fortsatt eldningsförbud, men okej att grilla",
          "Det är fortfarande eldningsförbud, men från och med i dag är det tillåtet att grilla på egen tomt. Det har länsstyrelsen bestämt.",
        ),
        false,
      ],
      [
        "OP17",
        bulletin(
          "Evacuation order lifted for Zone 3",
          "Residents of Zone 3 may return home from 10 a.m. on Sunday. Drive slowly: crews are still working on the roads.",
          "en",
        ),
        false,
      ],
    ]);
  });

  it("asks only of a bulletin whose headline is the decision", () => {
    check([
      [
        "OP17",
        bulletin(
          "Information om Sjöbadet",
          "Hagby kommun stänger Sjöbadet från och med fredag 10 juli. Närmaste öppna bad är Kvarnviken.",
        ),
        false,
      ],
      ["OP17", msg("sms", "Hagby kommun: Sjöbadet stängs från fredag 10 juli. Mer info: hagby.se/bad"), false],
    ]);
  });
});

describe("[OP6] a refusal to say what is known, in other words", () => {
  it("refuses nothing to add, no information to give, a question waved off and a known thing withheld by will", () => {
    check([
      [
        "OP6",
        bulletin(
          "Angående händelsen på Björkskolan",
          "Med anledning av det som hände på Björkskolan i tisdags har kommunen i dagsläget inget att tillägga. Skolan har öppet som vanligt.",
        ),
        true,
      ],
      [
        "OP6",
        bulletin(
          "Vattenläckan i Tvärby",
          "Vattnet är avstängt för 300 hushåll. Många har frågat hur läckan uppstod. Det vill vi inte gå in på i nuläget. Nästa uppdatering kl. 17.00.",
        ),
        true,
      ],
      [
        "OP6",
        bulletin(
          "Händelsen på Lindgården",
          "Vi har fått många frågor om gårdagens händelse på Lindgården. Vi har ingen ytterligare information att lämna.",
        ),
        true,
      ],
      [
        "OP6",
        bulletin(
          "Cyberattack update",
          "Investigators have determined which files were accessed. We will not say at this stage whether residents' personal information is among them.",
          "en",
        ),
        true,
      ],
    ]);
  });

  it("lets what is not yet known, a question answered elsewhere and a withheld name with its reason through", () => {
    check([
      [
        "OP6",
        bulletin(
          "Vattenläckan i Tvärby",
          "Många har frågat hur läckan uppstod. Det kan vi inte svara på än: ledningen är inte uppgrävd. Nästa uppdatering kl. 17.00.",
        ),
        false,
      ],
      [
        "OP6",
        bulletin(
          "Frågor om strömavbrottet",
          "Vi svarar inte på frågor i kommentarsfältet, ring kundtjänst på 0123-45 67 89 så hjälper vi dig.",
        ),
        false,
      ],
      [
        "OP6",
        bulletin(
          "Cyberattack update",
          "We cannot yet say whether residents' personal information was among the files accessed. We will tell everyone affected directly.",
          "en",
        ),
        false,
      ],
    ]);
  });
});

describe("[FA12] a guessed source or intrusion", () => {
  it("refuses a likely source of an outbreak and a leaning towards an intrusion", () => {
    check([
      [
        "FA12",
        msg(
          "sms",
          "Hagby kommun 12/11 kl 9.30: Magsjuka har brutit ut på Solgården. Smittan kommer troligen från maten från centralköket. Besök inte Solgården.",
        ),
        true,
      ],
      [
        "FA12",
        msg(
          "social",
          "Vattenverket har problem med styrsystemet sedan i natt. Vi lutar åt att det rör sig om ett riktat dataintrång. Spara vatten i dunkar.",
        ),
        true,
      ],
    ]);
  });

  it("lets an authority's attributed finding of the source through", () => {
    check([
      [
        "FA12",
        msg(
          "sms",
          "Hagby kommun 12/11 kl 9.30: Magsjuka har brutit ut på Solgården. Smittskyddsläkaren bedömer att smittan kommer från maten från centralköket. Besök inte Solgården.",
        ),
        false,
      ],
    ]);
  });
});
