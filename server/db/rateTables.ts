/** Fixed-window request counters (migration 0006), portable as in schema.ts. */
export interface RateCountersTable {
  /** "<bucket>:<hashed address>". */
  key: string;
  /** ISO start of the window. */
  window_start: string;
  count: number;
}

export interface RateTables {
  rate_counters: RateCountersTable;
}
