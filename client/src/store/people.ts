/** Adds id → name pairs; returns the same object when nothing is new, so selectors stay stable. */
export function withPeople(people: Record<string, string>, pairs: Array<{ id: string; displayName: string }>): Record<string, string> {
  if (!pairs.some((p) => people[p.id] !== p.displayName)) return people;
  return { ...people, ...Object.fromEntries(pairs.map((p) => [p.id, p.displayName])) };
}
