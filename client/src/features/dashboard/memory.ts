/**
 * What the console remembers in this browser between visits: dismissed deadline alerts, the alert sound choice and
 * the incident last opened. localStorage may be unavailable (private mode, storage full): then nothing is
 * remembered and everything still works for the session.
 */
const DISMISSED_KEY = "krisrum.alerts.dismissed";
const SOUND_KEY = "krisrum.alerts.sound";
const LAST_INCIDENT_KEY = "krisrum.lastIncident";
export const DISMISSALS_KEPT = 200; // alert keys; the oldest are forgotten first

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered; the session goes on.
  }
}

export function dismissedAlerts(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(read(DISMISSED_KEY) ?? "[]");
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === "string") : []);
  } catch {
    return new Set();
  }
}

export function rememberDismissed(keys: readonly string[]): void {
  const all = [...dismissedAlerts(), ...keys];
  write(DISMISSED_KEY, JSON.stringify([...new Set(all)].slice(-DISMISSALS_KEPT)));
}

export function alertSoundOn(): boolean {
  return read(SOUND_KEY) === "on";
}

export function setAlertSound(on: boolean): void {
  write(SOUND_KEY, on ? "on" : "off");
}

export function lastOpenedIncident(): string | null {
  return read(LAST_INCIDENT_KEY);
}

export function rememberOpenedIncident(incidentId: string): void {
  write(LAST_INCIDENT_KEY, incidentId);
}
