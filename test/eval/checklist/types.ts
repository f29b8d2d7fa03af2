export type Principle = "active" | "open" | "factual" | "fast" | "impartial" | "audienceAdapted";

export type Channel = "web" | "social" | "press" | "sms";

export interface EvalMessage {
  /** Stable id, e.g. "good-sv-001", "bad-sv-017". */
  id: string;
  input: {
    kind: "bulletin" | "sms" | "social" | "correction" | "faq";
    title?: string;
    body: string;
    language: "sv" | "en";
    channels?: Channel[];
  };
  /** Good: the URL the text was taken from (+ publisher, date). Bad: the guidance whose failure pattern it shows. */
  source: string;
  /** Bad only: the failure pattern name, e.g. "speculation about cause". */
  pattern?: string;
  /** Bad only: the principles a competent crisis communicator would send it back for. Empty for good messages. */
  mustFlag: Principle[];
}
