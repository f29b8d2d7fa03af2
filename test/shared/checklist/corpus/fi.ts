import type { CorpusCase } from "./types.js";

export const fi: CorpusCase[] = [
  {
    name: "Finnish boil-water notice",
    input: {
      kind: "bulletin",
      title: "Keitä juomavesi Norrbyssä",
      body: "Päivitetty 25.11.2025 klo 14.00. Exempelbyn kunta suosittelee, että Norrbyn asukkaat keittävät juomaveden. Vedestä on löytynyt bakteereja. Emme vielä tiedä, miten bakteerit ovat päässeet vesijohtoon. Seuraava päivitys klo 18.00. Lisätietoja: exempelby.se/vesi.",
      language: "fi",
    },
    must: ["OP3"],
    mustNot: ["FA1", "FS4", "AC3", "AU14", "IM4", "AC2"],
  },
  {
    name: "Finnish notice that speculates and exclaims",
    input: {
      kind: "bulletin",
      title: "Keitä juomavesi!",
      body: "Päivitetty 25.11.2025 klo 14.00. Bakteerit ovat luultavasti peräisin rikkoutuneesta putkesta. Lisätietoja: exempelby.se/vesi.",
      language: "fi",
    },
    must: ["FA1", "IM4"],
    mustNot: ["FS4", "AC3"],
  },
  {
    name: "Finnish SMS too long for one message",
    input: {
      kind: "sms",
      body: "Exempelbyn kunta: Keitä juomavesi Norrbyssä ennen juomista. Vedestä on löytynyt bakteereja. Keitetty vesi tarvitaan myös ruoanlaittoon ja hampaiden pesuun. Lisätietoja: exempelby.se/vesi",
      language: "fi",
    },
    must: ["AU10"],
    mustNot: ["AU11", "AC3", "AU14"],
  },
];
