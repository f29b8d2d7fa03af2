const swedishTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Swedish local time for the registered (CSV) copy of the log; "" for none. */
export const formatSwedishTime = (iso: string | null) => (iso ? swedishTime.format(new Date(iso)) : "");
