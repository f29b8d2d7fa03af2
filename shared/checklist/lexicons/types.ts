/**
 * A language's word lists. Entries are regular-expression sources, written in lower case and matched on whole
 * words of the lower-cased text; a space stands for any run of white space and [A-Za-zªµºÀ-ÖØ-öø-ɏ] for a Latin
 * letter. Every list is optional: a rule whose list is missing for a language does not run for it (Finnish has only a
 * small lexicon).
 */
export interface LexiconSource {
  /** FA1 class A: epistemic hedges and speculation, flagged unless attributed, labelled or quoted. */
  hedges?: readonly string[];
  /** FA1 modal hedges: flagged only when the sentence carries no instruction and names no hazard (§3.4). */
  modalHedges?: readonly string[];
  /** FA2 unconfirmed or reportive information. */
  unconfirmed?: readonly string[];
  /** Organisations that can be a source or a sender (exact lower-case tokens) … */
  orgWords?: readonly string[];
  /** … and compound heads: a token ending in one of these is an organisation ("samhällsbyggnadsförvaltningen"). */
  orgSuffixes?: readonly string[];
  /** Single words that mark an assessment or statement by a source ("bedömer", "estimates"). */
  attributionVerbs?: readonly string[];
  /** Words that introduce a source ("enligt", "according to"); the next token must be an organisation or a name. */
  attributionPrepositions?: readonly string[];
  /** Class B: forecasts labelled as estimates ("beräknas", "prognos", "ca kl 15"). */
  estimates?: readonly string[];
  conditions?: readonly string[];
  /** Class C: honest statements of what is not known (OP3, and they satisfy OP2). */
  honestUnknowns?: readonly string[];
  certainPredictions?: readonly string[];
  boosters?: readonly string[];
  unnamedAssessor?: readonly string[];
  decisions?: readonly string[];
  reasons?: readonly string[];
  /** Lower-case words (or two-word phrases) that open an instruction sentence. */
  imperatives?: readonly string[];
  /** Instruction phrases anywhere in a sentence ("du ska", "uppmanas att"). */
  instructions?: readonly string[];
  closure?: readonly string[];
  nextUpdate?: readonly string[];
  moreInfo?: readonly string[];
  /** Markers after which the rest of the sentence is the claim being corrected (excluded from FA/IM rules). */
  claimMarkers?: readonly string[];
  claimNouns?: readonly string[];
  verdicts?: readonly string[];
  blame?: readonly string[];
  /** IM11: someone's fault or neglect ("misskött", "failure to maintain"): blame when it is given as the cause. */
  faults?: readonly string[];
  emotive?: readonly string[];
  superlatives?: readonly string[];
  parties?: readonly string[];
  groups?: readonly string[];
  groupBlame?: readonly string[];
  /** IM7: contempt words for people (mental illness, addiction, ethnicity): stigmatising wherever they stand. */
  slurs?: readonly string[];
  hazards?: readonly string[];
  readerPronouns?: readonly string[];
  /** Plain-language replacements: old or bureaucratic word → suggestion. */
  oldWords?: Readonly<Record<string, string>>;
  /** Abbreviation (regex source) → written-out form. */
  abbreviations?: Readonly<Record<string, string>>;
  jargon?: readonly string[];
  explanations?: readonly string[];
  relativeTime?: readonly string[];
  /** Day-level dates ("25 november", "måndag 3 mars"); ISO and numeric dates are added for every language. */
  dates?: readonly string[];
  /** Clock times ("kl. 14.00"); "14:00" and "14.00" are added for every language. */
  times?: readonly string[];
  updatedLabels?: readonly string[];
  linkText?: readonly string[];
  /** Nominalisation suffix (regex source anchored at the word end) and concrete nouns that share it. */
  nominalSuffix?: string;
  nominalWhitelist?: readonly string[];
  /** Passive detection: known present-tense passive forms, deponent verbs to ignore, auxiliaries. */
  passiveForms?: readonly string[];
  passiveSuffix?: string;
  passiveExceptions?: readonly string[];
  passiveAuxiliaries?: readonly string[];
  deponents?: readonly string[];
  /** Swedish generic "man": the verbs and modals that follow it. */
  manFollowers?: readonly string[];
  manPreceders?: readonly string[];
  stopwords?: readonly string[];
  /** AC11: dangers to people that call for an instruction ("gasmoln", "E. coli", "rök"). */
  dangers?: readonly string[];
  /** OP6: refusing to comment ("vi kommenterar inte", "no comment"). */
  noComment?: readonly string[];
  /** OP7: action without an actor or a content ("åtgärder har vidtagits", "berörda instanser"). */
  emptyActors?: readonly string[];
  /** FA12: what speculation about a cause or a culprit is about ("sabotage", "ligger bakom"). */
  culprits?: readonly string[];
  /** FA13: deaths and injuries, which must never be passed on unconfirmed. */
  casualties?: readonly string[];
  /** FA13: hearsay from social media or the street ("enligt sociala medier", "det sägs på Facebook"). */
  hearsay?: readonly string[];
  /** FA14: reassurance that needs a fact behind it ("ingen anledning till oro", "under kontroll"). */
  reassurance?: readonly string[];
  /** FA15: the two sides of a self-contradiction: "safe" statements and the warnings they contradict. */
  safeStatements?: readonly string[];
  unsafeStatements?: readonly string[];
  /** FS7: vague times ("så småningom", "inom kort", "as soon as possible"). */
  vagueTimes?: readonly string[];
  /** IM3: praise that turns a party or politician into a side taken ("tack vare", "handlingskraftig"). */
  praise?: readonly string[];
  /** IM9: mockery and jokes at the public's or rumour spreaders' expense. */
  mockery?: readonly string[];
  /** AU23: figures of speech a reader in a second language takes literally ("weather the storm", "i samma båt"). */
  idioms?: readonly string[];
  /** AU18: internal words of crisis organisations, utilities and administration ("TiB", "stabsläge"). */
  crisisJargon?: readonly string[];
  /** AU22: the register of statutes and notices ("med stöd av 2 kap. 7 §", "pursuant to", "hereby"). */
  legalese?: readonly string[];
  vmaHeader?: string;
  vmaPlace?: string;
  vmaRadio?: string;
}
