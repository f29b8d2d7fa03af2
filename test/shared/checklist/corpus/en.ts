import type { CorpusCase } from "./types.js";

export const EN_BOIL_BODY = `Updated 25 November at 2 pm.

Exampletown Council advises everyone in Northside to boil tap water before drinking it, because tests found E. coli, a bacterium that can cause stomach illness.

Bring the water to a rolling boil for one minute. Use boiled water for drinking, cooking and brushing teeth. You can shower as normal.

We do not yet know how the bacteria entered the pipes. Engineers are checking the network.

The next update will be at 6 pm today. For more information, visit exampletown.gov/water or call 0123-45 67 89.`;

export const en: CorpusCase[] = [
  {
    name: "English boil-water notice written by the book",
    input: { kind: "bulletin", title: "Boil tap water in Northside", body: EN_BOIL_BODY, language: "en" },
    must: ["OP3"],
    mustNot: ["FA1", "FA2", "AC1", "AC2", "AC3", "OP1", "FS4", "AU1", "AU7", "AU14", "IM4"],
    overallAtLeast: 95,
  },
  {
    name: "English notice that speculates",
    input: {
      kind: "bulletin",
      title: "Boil tap water in Northside",
      body: EN_BOIL_BODY.replace(
        "We do not yet know how the bacteria entered the pipes.",
        "The bacteria probably entered through a broken pipe.",
      ),
      language: "en",
    },
    must: ["FA1"],
    mustNot: ["AC1", "AC2"],
  },
  {
    name: "English update passing on unconfirmed reports",
    input: {
      kind: "bulletin",
      title: "Fire at the industrial estate",
      body: "Updated 25 November at 2 pm. Exampletown Fire and Rescue Service is fighting a fire at the industrial estate. Reportedly, two workers have been taken to hospital. Keep doors and windows closed. Next update at 4 pm on exampletown.gov.",
      language: "en",
    },
    must: ["FA2"],
    mustNot: ["AC1", "AC2", "AC3", "AU14"],
  },
  {
    name: "English estimate attributed to the fire service",
    input: {
      kind: "bulletin",
      title: "Fire at the industrial estate",
      body: "Updated 25 November at 2 pm. The fire service estimates that the fire will probably be under control by 8 pm. Keep doors and windows closed because of the smoke. Next update at 4 pm on exampletown.gov.",
      language: "en",
    },
    must: [],
    mustNot: ["FA1", "FA7"],
  },
  {
    name: "English decision without a reason",
    input: {
      kind: "bulletin",
      title: "Schools closed",
      body: "Updated 25 November at 2 pm. Exampletown Council has decided to close all schools in Northside on Wednesday 26 November.\n\nParents can call 0123-45 67 00 with questions. Next update at 5 pm.",
      language: "en",
    },
    must: ["OP1"],
    mustNot: ["AC3", "FA1"],
  },
  {
    name: "English update blaming a company in anger",
    input: {
      kind: "bulletin",
      title: "Water outage",
      body: `${EN_BOIL_BODY}\n\nThis disgraceful failure by Northern Pipes Ltd is outrageous!`,
      language: "en",
    },
    must: ["IM1", "IM3", "IM4"],
    mustNot: ["FA1"],
  },
  {
    name: "English SMS within one message",
    input: {
      kind: "sms",
      body: "Exampletown Council: Boil tap water in Northside before drinking it. Info: exampletown.gov/water",
      language: "en",
    },
    must: [],
    mustNot: ["AU10", "AU11", "AC1", "AC3", "AU14"],
    overallAtLeast: 95,
  },
  {
    name: "English FAQ answer",
    input: {
      kind: "faq",
      title: "Can I shower?",
      body: "Yes. You can shower as normal, but do not swallow the water. Bathe small children in boiled and cooled water.",
      language: "en",
    },
    must: [],
    mustNot: ["FA1", "AC1", "AC2", "AC3", "FS4"],
    overallAtLeast: 95,
  },
  {
    name: "English FAQ answer that hedges",
    input: {
      kind: "faq",
      title: "Is the water safe for pets?",
      body: "It seems fine for pets, and we believe animals are probably less sensitive.",
      language: "en",
    },
    must: ["FA1"],
    mustNot: ["AC1"],
  },
  {
    name: "English correction with claim, verdict and facts",
    input: {
      kind: "correction",
      title: "Tap water outside Northside is safe to drink",
      body: "Updated 25 November at 3 pm. Posts on social media claim that tap water in the whole town is poisonous. This is not true. The boil-water advice applies only to Northside. Tests from 24 November show that the water elsewhere is clean, according to the council laboratory. More information: exampletown.gov/water.",
      language: "en",
    },
    context: { openClaims: [{ text: "Tap water in the whole town is poisonous", severity: "critical" }] },
    must: [],
    mustNot: ["AC4", "AC5", "AC6", "AC7", "FA2", "IM1"],
    overallAtLeast: 90,
  },
  {
    name: "English correction without a verdict",
    input: {
      kind: "correction",
      title: "About the water",
      body: "Updated 25 November at 3 pm. There are rumours about the tap water. The boil-water advice applies only to Northside. More information: exampletown.gov/water.",
      language: "en",
    },
    must: ["AC5"],
    mustNot: ["AC4", "FA2"],
  },
  {
    name: "English bureaucratic text that is hard to read",
    input: {
      kind: "bulletin",
      title: "Notification regarding water supply",
      body: "Updated 25 November at 2 pm. Notwithstanding the implementation of comprehensive remediation measures, the municipal water distribution infrastructure continues to experience considerable operational irregularities. Consequently, residential consumers are required to utilise boiled water for consumption purposes until further notification. Additional information regarding alternative provisioning arrangements is available from the municipal administration at exampletown.gov. The next update will be published at 6 pm.",
      language: "en",
    },
    must: ["AU1", "AU8"],
    mustNot: ["FA1"],
  },
  {
    name: "English social post",
    input: {
      kind: "social",
      body: "Boil tap water in Northside before drinking it. Tests found bacteria in the water. You can shower as normal. More: exampletown.gov/water",
      language: "en",
    },
    must: [],
    mustNot: ["AU12", "AC1", "AC3", "IM4"],
    overallAtLeast: 95,
  },
  {
    name: "English restoration promised as certain",
    input: {
      kind: "bulletin",
      title: "Power cut",
      body: "Updated 3 December at 7.30 am. Storm damage has cut power to 4,000 homes in Exampletown. Power will be restored by 6 pm. Stay away from fallen power lines. Next update at noon on exampletown.gov.",
      language: "en",
    },
    must: ["FA7"],
    mustNot: ["FA1", "AC1"],
  },
  {
    name: "English precautionary modal in a warning",
    input: {
      kind: "bulletin",
      title: "Smoke from the fire",
      body: "Updated 25 November at 2 pm. Exampletown Fire and Rescue Service is fighting a fire in a warehouse on Mill Road. There may be a lot of smoke in Northside this afternoon. Keep windows closed and turn off ventilation. Next update at 4 pm on exampletown.gov.",
      language: "en",
    },
    must: [],
    mustNot: ["FA1", "AC1", "AC2", "AC3"],
  },
  {
    name: "English SMS with curly quotes and an ellipsis",
    input: {
      kind: "sms",
      body: "Exampletown Council: Boil tap water in Northside… The “boil notice” stays until further notice. Info: exampletown.gov/water",
      language: "en",
    },
    must: ["AU11", "AU10"],
    mustNot: ["AC1", "AC3", "AU14"],
  },
  {
    name: "English SMS over two parts",
    input: {
      kind: "sms",
      body: "Exampletown Council: Boil tap water in Northside before drinking it. Use boiled water for cooking, brushing teeth and for pets. You can shower as normal. Bottled water is available at Northside School from 4 pm. Info: exampletown.gov/water",
      language: "en",
    },
    must: ["AU10"],
    mustNot: ["AU11", "AC1", "AC3"],
  },
  {
    name: "English FAQ answer in the third person with jargon",
    input: {
      kind: "faq",
      title: "Why is the water unsafe?",
      body: "Coliform bacteria were detected during routine sampling. Consumers are advised that consumption of untreated water is not recommended.",
      language: "en",
    },
    must: ["AU7"],
    mustNot: ["AC1", "AC2", "FA1"],
  },
  {
    name: "English FAQ answer that admits what is unknown",
    input: {
      kind: "faq",
      title: "How long will the notice last?",
      body: "We do not yet know. The notice stays in place until two tests in a row show clean water. We post every result at exampletown.gov/water.",
      language: "en",
    },
    context: { facts: [{ id: "u1", statement: "The source of the contamination", status: "unconfirmed" }] },
    must: ["OP3"],
    mustNot: ["OP2", "FA1", "FA7"],
  },
  {
    name: "English social post shouting with exclamation marks",
    input: {
      kind: "social",
      body: "DO NOT DRINK THE TAP WATER!!! Boil it first. More: exampletown.gov/water",
      language: "en",
    },
    must: ["IM5", "IM4"],
    mustNot: ["AC1", "AC3", "AU12"],
  },
];
