/**
 * Made at first use, not when the module loads: building it (ICU's Swedish data and the Stockholm zone) was most of
 * the time the console's schemas chunk took to evaluate at page load (~10 ms), and only the CSV copy uses it.
 */
let swedishTime: Intl.DateTimeFormat | undefined;

const formatter = () =>
  (swedishTime ??= new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }));

/** Swedish local time for the registered (CSV) copy of the log; "" for none. */
export const formatSwedishTime = (iso: string | null) => (iso ? formatter().format(new Date(iso)) : "");
