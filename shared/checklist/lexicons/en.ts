/**
 * English word lists. Sources: shared/research/checklist-rules.md §3.1 (hedges, after meyersbs/uncertainty and
 * Hyland 1998), §3.3, §4, §5, §6 (CDC CERC, FEMA, City of Amity examples).
 */
import type { LexiconSource } from "./types.js";

export const en: LexiconSource = {
  hedges: [
    "likely", "unlikely", "probably", "possibly", "perhaps", "maybe", "apparently", "presumably", "supposedly",
    "appears to", "appear to", "seems", "seem to", "it seems", "we believe", "we think", "we suspect", "we assume",
    "we guess", "we fear", "speculate(?:d|s)?", "speculation", "it is thought", "is thought to", "is believed to",
    "is suspected", "might have", "must have been",
    String.raw`(?:we|experts?|engineers?|officers?|staff|they|people|sources) (?:\p{L}+ ){0,3}?(?:think|believe|suspect|reckon)`, "all the signs point",
    "we have reason to believe", "would not be surprised", "wouldn't be surprised", "the most likely", "in all likelihood", "in all probability", "(?:all |everything |this )?points to", "suggests that", "indications are",
  ],
  modalHedges: ["might", "may have", "may be", "could have", "could be", "there may", "it may"],
  unconfirmed: [
    "reportedly", "allegedly", "rumou?red", "unconfirmed", "sources say", "is said to", "are said to",
    "according to (?:witnesses|social media|media reports|unconfirmed reports)", "it is claimed", "is rumou?red",
  ],
  orgWords: [
    "council", "municipality", "police", "smhi", "msb", "officials", "engineers", "authorities", "utility", "laboratory",
    "lab", "agency", "county", "paramedics", "commander", "firefighters",
  ],
  orgSuffixes: ["council", "council's", "municipality", "service", "services", "office", "authority", "agency", "company", "board"],
  attributionVerbs: [
    "estimates", "estimate", "estimated", "expects", "expect", "expected", "says", "said", "reports", "reported",
    "forecasts", "forecast", "predicts", "predicted", "confirms", "confirmed", "warns", "warned", "assesses", "assessed",
    "believes", "states", "stated", "announced", "advises", "anticipates", "anticipate",
  ],
  attributionPrepositions: ["according to"],
  estimates: [
    "threat level", "risk level",
    "estimated", "expected to", "is expected", "are expected", "forecast", "we anticipate", "we expect", "our estimate",
    "preliminary", String.raw`(?:about|around|approximately|roughly) \d`, "on track to", "planned",
  ],
  conditions: ["if", "when", "once", "as soon as", "until", "provided that", "unless", "as long as"],
  honestUnknowns: [
    "we (?:do not|don't|don’t) (?:yet )?know", "(?:it is|it's|it’s) not yet (?:clear|known)", "(?:it is|it's) (?:still )?unclear",
    "under investigation", "being investigated", "too early to say", "we cannot (?:yet )?say", "we can't (?:yet )?say",
    "the cause is (?:not yet known|unknown|unclear)", "no (?:estimate|forecast) (?:yet|at this time)", "not yet confirmed",
    "we will know more", "we are checking", "we are investigating",
  ],
  certainPredictions: [
    String.raw`will (?:definitely |certainly )?(?:be )?(?:back|restored|fixed|repaired|resolved|over|safe|normal|reopened|open|operational|back to normal)`,
    "will definitely", "will certainly", "is guaranteed to", "are guaranteed to",
  ],
  boosters: ["guaranteed", "definitely", "certainly", "without (?:a )?doubt", "100 percent", "absolutely safe"],
  unnamedAssessor: ["it is estimated", "it is assessed", "it is expected"],
  decisions: [
    "(?:have|has) decided", "decided to", "the decision to", "will (?:be )?close(?:d)?", "closed", "(?:is|are) banned",
    "ban on", "cancell?ed", "suspended", "evacuated", "(?:is|are|has been|have been) lifted", "will be shut", "shut down",
    "restricted", "postponed",
  ],
  reasons: [
    "because", "due to", "as a result", "therefore", "so that", "in order to", String.raw`to (?:ensure|protect|prevent|avoid|keep|allow|reduce|limit)`,
    "the reason", "which means", "this means", "since", "following", "as a precaution", "for safety", "for your safety",
    "caused by", "owing to", "after tests", "tests (?:showed|show|found)", "was found", "were found", "so",
  ],
  imperatives: [
    "go", "stay", "close", "shut", "boil", "call", "avoid", "evacuate", "follow", "do not", "don't", "don’t", "listen",
    "check", "keep", "use", "drink", "bring", "leave", "turn", "move", "contact", "report", "please", "remember", "make",
    "wash", "flush", "run", "collect", "fill", "charge", "store", "take", "wait", "help", "look", "prepare", "pack",
    "limit", "protect", "switch", "unplug", "stop", "never", "be", "ignore", "change", "update", "delete", "share", "seek",
  ],
  instructions: [
    "you (?:should|must|need to|can|may|are advised to|are urged to|are asked to)", "(?:are|is) (?:urged|advised|asked|told) to",
    "we (?:urge|advise|ask|recommend)", String.raw`(?:advises?|urges?|asks?|recommends?|tells?) (?:\p{L}+ ){0,5}to`, "(?:should|must) (?:be )?\\p{L}+", "it is important (?:that you|to)",
    ", please \\p{L}+", String.raw`please (?:call|report|contact|avoid|stay|keep|check|do not|don't)`, "make sure", "do not", "don't", "don’t", "boil water", "shelter in place",
  ],
  closure: [
    "all clear", "no longer in effect", "(?:has|have) been lifted", "is lifted", "(?:this is )?the (?:last|final) update",
    "no further updates", "danger is over", "the advisory is lifted", "can (?:now )?drink (?:tap )?water as normal",
  ],
  nextUpdate: [
    "keep you (?:posted|updated|informed)", "more later",
    "next update", "we will update", "we will provide", "will (?:keep you )?inform(?:ed)?", "further information will",
    "more information will", "we will post", "(?:an )?update (?:at|by|will follow)", "updates? will be (?:posted|published|provided)",
    "we will be back", "press conference (?:at|today|tomorrow)", "we will let you know",
  ],
  moreInfo: [
    "more (?:information|info) (?:is available|at|on|from|:)", "for more (?:information|info)", "more (?:information|info):",
    "for information", "read more (?:at|on|about|:)", "visit", "call", "contact", "helpline", "hotline", "phone", "email",
    "e-mail", "website", "web site", "listen to", "radio", "ask us", "contact us", "questions",
  ],
  claimMarkers: [
    "claims? that", "claiming that", "it is (?:being )?claimed that", "rumou?rs? (?:that|about|of)", "posts? (?:claiming|saying|suggesting)(?: that)?",
    "myth:", "claim:", "false reports? (?:that|of)", "reports that", "(?:is|are) circulating (?:that|about)",
  ],
  claimNouns: ["claims?", "rumou?rs?", "posts?", "myths?", "misinformation", "disinformation", "false (?:information|reports?)"],
  verdicts: [
    "(?:is|are) (?:false|not true|incorrect|untrue|wrong|misleading|inaccurate)", "this is false", "not true",
    "there is no (?:risk|danger|evidence|reason)", "contrary to", "we want to clarify", "the facts are", "fact:",
    "we (?:deny|reject)", "(?:is|are) not (?:correct|accurate)",
  ],
  blame: [
    "scandal(?:ous)?", "outrage(?:ous)?", "guilty", "irresponsible", "disgrace(?:ful)?", "shameful", "incompetent(?:ce)?",
    "reckless", "fiasco", "liars?", "(?:is|are|was|were) lying", "to blame", "blamed?", "at fault", "negligent", "negligence", "betray(?:al|ed)",
    "idiotic", String.raw`had done (?:their|its|his|her) job`, "not up to the job", String.raw`(?:once again|yet again) (?:shows|proves|demonstrates)`, "previous council", "careless(?:ness|ly)?", "sloppy", "botched", "previous administration(?:'s)?", "refusal to", "refused to",
    "(?:is|was) (?:entirely |solely )?(?:their|his|her) fault", "fault lies with",
  ],
  emotive: [
    "catastrophic", "terrible", "horrible", "horrific", "shocking", "appalling", "awful", "dreadful", "chaos", "chaotic",
    "frightening", "terrifying", "nightmare", "devastating", "disastrous",
  ],
  superlatives: [
    "worst", "best ever", "greatest", "incredible", "incredibly", "amazing", "fantastic", "extremely", "enormous", "unprecedented",
    "massive", "tremendous", "most dangerous",
  ],
  parties: [
    "Labour", "Conservatives?", "Tories", "Tory", "Democrats?", "Republicans?", "Liberal Democrats", "Social Democrats",
    "Councillor [A-Z][a-z]+", "Cllr [A-Z][a-z]+", "Mayor [A-Z][a-z]+", "(?:the )?Independent group",
    "Moderates", "Sweden Democrats", "Centre Party", "Left Party", "Green Party", "Christian Democrats",
  ],
  groups: [
    "immigrants", "foreigners", "refugees", "asylum seekers", "muslims", "jews", "roma", "somalis", "arabs", "russians",
    "russian", "chinese", "iranians", "afghans", "migrants", "eastern europeans", "foreign-born", "beggars", "travellers?", "traveller site", "gypsies", "asylum hotel",
  ],
  groupBlame: [
    "guilty", "(?:is|are|was|were) behind", "caused", "perpetrators?", "criminals?", "hackers", "sabotage", "to blame", "vandalism",
    "damage", "avoid contact", "traced to", "fly-tipping", "dumping", "keep an eye on", "not the first time", "that group", "spreading among", "outbreak", "spread(?:ing)?", "infection", "theft", "thefts",
  ],
  hazards: [
    "contaminat(?:ed|ion)", "bacteria", "infection", "toxic", "dangerous", "smoke", "fire", "ice", "icy", "risk", "danger",
    "harmful", "severe weather", "storm", "snow(?:fall)?", "gales?", "high winds", "heavy rain", "weather warning", "flood(?:ing)?", "outage", "power cut", "gas", "leak", "e\\.? ?coli", "tap water", "drinking water", "water",
    "storm", "wind", "trees", "attack", "breach", "illness", "sick", "low pressure", "no water", "residents", "households",
  ],
  readerPronouns: ["you", "your", "yours", "yourself"],
  oldWords: {
    "utilis(?:e|ation)": "use",
    "utiliz(?:e|ation)": "use",
    commence: "start",
    terminate: "end",
    "prior to": "before",
    "in the event of": "if",
    "in accordance with": "under / following",
    "henceforth": "from now on",
    "hereby": "(leave out)",
    "notwithstanding": "despite",
    "endeavou?r": "try",
    "facilitate": "help",
    "ascertain": "find out",
    "in order to": "to",
  },
  abbreviations: {
    [String.raw`e\.g\.?`]: "for example",
    [String.raw`i\.e\.?`]: "that is",
    [String.raw`approx\.?`]: "about",
    [String.raw`etc\.?`]: "and so on",
  },
  jargon: [
    "e\\.? ?coli", "coliform(?: bacteria)?", "cryptosporidium", "ransomware", "ddos", "hydrants?", "turbidity", "shelter in place",
  ],
  explanations: ["which (?:is|means)", "(?:this|that) means", "called", "i\\.e\\.", "that is", "meaning"],
  relativeTime: ["today", "tonight", "tomorrow", "this evening", "this morning", "this afternoon", "yesterday", "later today"],
  dates: [
    String.raw`\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?(?:,? \d{4})?`,
    String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?`,
    String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? \d{1,2}`,
  ],
  times: [String.raw`\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)`, String.raw`at \d{1,2}(?:[.:]\d{2})?`, "noon", "midday", "midnight"],
  updatedLabels: ["updated", "published", "last updated", "posted"],
  linkText: ["click here", "read more here", "here is the link"],
  nominalSuffix: "(?:tion|tions|sion|sions|ment|ments)",
  nominalWhitelist: [
    "information", "station", "government", "department", "environment", "equipment", "apartment", "statement", "location",
    "question", "situation", "nation", "section", "direction", "position", "municipality", "attention", "moment", "comment",
    "treatment", "payment", "instruction", "mention", "portion",
  ],
  passiveAuxiliaries: ["is", "are", "was", "were", "be", "been", "being"],
  passiveSuffix: "(?:ed)",
  passiveForms: [
    "closed", "shut", "done", "made", "taken", "given", "found", "known", "seen", "told", "sent", "held", "cut", "built",
    "advised", "asked", "urged", "lifted", "restored", "kept", "set", "put", "brought", "caught", "hit",
  ],
  passiveExceptions: ["need", "indeed", "bed", "red", "shed", "speed", "feed", "seed", "hundred"],
  stopwords: [
    "the", "and", "that", "this", "with", "from", "have", "has", "will", "would", "should", "could", "can", "what", "when",
    "where", "which", "who", "why", "how", "there", "their", "they", "them", "your", "you", "about", "into", "been", "being",
    "does", "doing", "were", "still", "just", "also", "some", "any", "all", "more", "most", "than", "then", "only", "very",
    "need", "safe", "okay", "today", "now",
  ],
  dangers: [
    "gas(?: leak| cloud)?", "smoke", "fumes", "chemical (?:spill|leak|release)", "e\\.? ?coli", "bacteria", "contaminat(?:ed|ion)",
    "toxic", "fire", "wildfire", "bushfire", "flood(?:ing|waters)?", "ammonia", "chlorine", "explosion", "infection", "legionella",
    "cryptosporidium", "landslide", "dangerous", "life-threatening",
  ],
  noComment: [
    "no comment", "we (?:will|can|cannot|can't|do) not comment", "we (?:will|would) not be commenting", "(?:declines?|declined) to comment",
    "we have nothing (?:further )?to say", "we are unable to comment", "not in a position to comment", "cannot comment", String.raw`not in a position to (?:discuss|comment)`, "direct any enquiries elsewhere", String.raw`(?:will|would) not be (?:discussing|commenting)`,
    String.raw`(?:unable|not able) to discuss`, "neither confirm nor deny", "can neither confirm",
  ],
  emptyActors: [
    String.raw`(?:appropriate|necessary|relevant|adequate|all possible) (?:action|actions|measures|steps)`,
    "relevant agencies", "all stakeholders", "kept under review", String.raw`(?:has|have) been (?:undertaken|initiated|engaged|put in place)`, "in due course",
    String.raw`(?:measures|steps|action) (?:have been|has been|are being|is being) taken`, "the relevant authorities", "relevant parties",
    "the matter is being (?:handled|dealt with|looked into)", "the situation is being (?:handled|managed|monitored)", "decisions have been made",
    "a decision has been made", "concerned parties", "stakeholders",
  ],
  culprits: [
    "sabotage", "saboteurs?", "attack(?:ers?)?", "arson", "deliberate(?:ly)?", "intentional(?:ly)?", "criminal(?:s)?", "crime",
    "terror\\p{L}*", "hackers?", "(?:is|are|was|were) behind", "to blame", "culprits?", "perpetrators?", "foreign (?:power|state|actors?)",
    "russia", "china", "iran",
  ],
  casualties: [
    "killed", "dead", "deaths?", "died", "unaccounted for", "fatalities", "fatality", "injured", "injuries", "casualties", "missing", "victims?", "bodies",
  ],
  hearsay: [
    "on social media", "on facebook", "on twitter", "on tiktok", "on x", "according to (?:posts|witnesses|neighbours|neighbors|residents|locals)",
    "we have heard", "people are saying", "circulating online", String.raw`posts (?:circulating|online|shared)`, "online posts", "we are hearing", "we're hearing", "we've heard", "reports suggest", "(?:in|on) (?:a )?facebook group", "word is", "rumou?r has it", "sources say",
  ],
  reassurance: [
    String.raw`no (?:need|reason|cause) (?:to|for) (?:worry|concern|panic|alarm)`, "nothing to worry about", "do not (?:worry|panic)",
    "don't (?:worry|panic)", String.raw`(?:everything|the situation) is (?:fully |completely )?under control`, "(?:completely|totally|perfectly) safe",
    "no risk (?:at all|whatsoever)", "rest assured", "stay calm", String.raw`no reason for anyone to (?:be )?(?:concerned|worry|worried)`, String.raw`(?:completely|fully|well) in hand`, String.raw`nothing (?:whatsoever )?to (?:worry|be concerned) about`, "wishes to reassure", "absolutely no (?:danger|risk)", "everything will be fine", "it will all be fine",
  ],
  safeStatements: [
    String.raw`(?:the |tap |drinking )?water is (?:completely |perfectly |totally )?safe(?: to drink)?`, "(?:you )?can drink (?:the |tap )?water as (?:normal|usual)",
    String.raw`no (?:danger|risk) to (?:the public|residents|anyone)`, "there is no danger", String.raw`(?:evacuation (?:\p{L}+ ){0,4}?|it )is voluntary`, String.raw`all (?:schools|roads)(?: in the \p{L}+)? are open`, "(?:has|have) (?:now )?been lifted",
  ],
  unsafeStatements: [
    String.raw`boil (?:all |your |tap |the )?water`, String.raw`do not drink (?:\p{L}+ )?water`, "don't drink (?:the |tap )?water", "evacuate",
    "leave (?:the area|your home|your homes|immediately)", "continue to boil", String.raw`(?:is|are) closed`, "must (?:leave|evacuate)", "mandatory", "shelter in place", "stay indoors", "close (?:windows|doors|vents)",
  ],
  vagueTimes: [
    "as soon as possible", "as soon as we can", "asap", "in due course", "shortly", "soon", "later", "at a later (?:time|date|stage)",
    "in the (?:near|coming) (?:future|days|period)", "at some point", "as things develop", "more later", "when we know more", "when more is known", "in time", "eventually",
  ],
  praise: [
    "thanks to", "decisive", "personally (?:made sure|ensured)", "special thanks to", "exemplary", "(?:fantastic|excellent|great|outstanding) (?:job|work|leadership|response)", "unlike",
    "the opposition", "our party", "strong leadership", "vote",
  ],
  mockery: [
    "lol", "haha", "lmao", String.raw`to those (?:of you )?who (?:complained|called to complain)`, "no matter how much you", "😂", "🤣", "🙄", "🙃", "🤦", "😉", "geniuses", "maybe check", "joke", "jokes", "kidding", "tinfoil", "conspiracy (?:nuts|theorists)", "idiots?", "stupid", "silly",
    "morons?", "have only themselves to blame", "common sense", "hysteria", "hysterical", "snowflakes?", "clowns?", "poor souls",
  ],
  crisisJargon: [
    "eoc", "incident command(?: post| system)?", "ics", "sitrep", "tib", "gold command", "silver command", "bronze command",
    "tactical coordinating group", "strategic coordinating group", "multi-agency (?:response|coordination)", "mutual aid",
    "force majeure", "pressure transient", "stakeholder engagement", "comms",
    "service provider", "remediation works", "operational (?:level|update)", "resilience forum", "tcg", "scg", "lrf",
  ],
};
