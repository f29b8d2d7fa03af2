import { sql, type Kysely, type Migration } from "kysely";

// Hardening: sign-in throttling that strangers cannot turn into a lock-out (OWASP ASVS 2.2.1).
// Portable types only, as in 0001: the same migration builds SQLite and PostgreSQL.
// - login_throttle: one row per (username, address) pair with its run of failures and the time before which the
//   pair's next attempt is refused. Replaces login_failures, whose per-username and per-address budgets let anyone
//   lock an account (or a whole office behind one NAT) out.
// - login_known_addresses: addresses a user has signed in from (hashed with the user id), whose right password always
//   gets through, whatever strangers do to the pair's counter.
// - login_alerts: when administrators were last told of a burst of failures against a username, so every node
//   together sends one notification per burst.
export const loginThrottle: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("login_throttle")
      .addColumn("username", "text", (c) => c.notNull())
      .addColumn("ip", "text", (c) => c.notNull())
      .addColumn("failures", "integer", (c) => c.notNull())
      .addColumn("last_failure_at", "text", (c) => c.notNull())
      .addColumn("blocked_until", "text")
      .addPrimaryKeyConstraint("login_throttle_pk", ["username", "ip"])
      .execute();
    await db.schema
      .createIndex("login_throttle_username_last")
      .on("login_throttle")
      .columns(["username", "last_failure_at"])
      .execute();
    await db.schema.createIndex("login_throttle_last").on("login_throttle").column("last_failure_at").execute();
    await db.schema
      .createTable("login_known_addresses")
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("address_hash", "text", (c) => c.notNull())
      .addColumn("last_success_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("login_known_addresses_pk", ["user_id", "address_hash"])
      .execute();
    await db.schema
      .createIndex("login_known_addresses_last")
      .on("login_known_addresses")
      .column("last_success_at")
      .execute();
    await db.schema
      .createTable("login_alerts")
      .addColumn("username", "text", (c) => c.primaryKey())
      .addColumn("alerted_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.dropTable("login_failures").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable("login_failures")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("username", "text", (c) => c.notNull())
      .addColumn("ip", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await sql`create index login_failures_username_at on login_failures (username, at)`.execute(db);
    await sql`create index login_failures_ip_at on login_failures (ip, at)`.execute(db);
    await db.schema.dropTable("login_alerts").execute();
    await db.schema.dropTable("login_known_addresses").execute();
    await db.schema.dropTable("login_throttle").execute();
  },
};
