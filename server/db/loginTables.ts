/** Sign-in throttling (migration 0007), portable as in schema.ts. */
export interface LoginThrottleTable {
  /** As typed at sign-in, trimmed and lower-cased; also names that do not exist. */
  username: string;
  /** The client address (req.ip; an IPv6 address by its /64). */
  ip: string;
  /** Failures in a row from this address for this username; a sign-in clears them. */
  failures: number;
  last_failure_at: string;
  /** ISO time before which this pair's next attempt is refused (429); null while the free attempts last. */
  blocked_until: string | null;
}

export interface LoginKnownAddressesTable {
  user_id: string;
  /** sha256 of "<user id>|<address>": which addresses a user signs in from is personal data, kept only as a hash. */
  address_hash: string;
  last_success_at: string;
}

export interface LoginAlertsTable {
  username: string;
  alerted_at: string;
}

export interface LoginTables {
  login_alerts: LoginAlertsTable;
  login_throttle: LoginThrottleTable;
  login_known_addresses: LoginKnownAddressesTable;
}
