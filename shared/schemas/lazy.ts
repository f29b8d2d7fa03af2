/**
 * Schemas built on first use in the browser. Building every shared schema and event payload (some 1,500 zod
 * constructions) when the console's `schemas` chunk is evaluated cost a cold load of an incident overview ~40 ms
 * (~80 ms under load) before its first render, although that render validates only the incident, its log and the
 * session. In a browser each top-level schema is therefore a stand-in that builds the real one the first time it is
 * touched (parsed, extended, nested in another schema being built) and forwards everything to it from then on:
 * validation happens where it did, with the same schema and the same errors, only its construction moves.
 *
 * Elsewhere (the server, scripts, tests in Node) the schema is built at once, as before: no stand-in sits in the
 * server's parse path, a mistake in a schema still fails at start, and identity-keyed tools (the OpenAPI generator's
 * registry of shared definitions) see one object per schema.
 */
const BUILD_ON_FIRST_USE = "document" in globalThis;

export function lazySchema<T extends object>(build: () => T): T {
  return BUILD_ON_FIRST_USE ? builtOnFirstUse(build) : build();
}

/**
 * The stand-in: a proxy over an empty object whose every operation goes to the schema `build` returns, built on the
 * first operation. Exported for its test (Node builds at once, see lazySchema).
 */
export function builtOnFirstUse<T extends object>(build: () => T): T {
  let built: T | undefined;
  let building = false;
  const real = (): T => {
    if (built !== undefined) return built;
    // A schema that reads itself while being built (instead of through z.lazy or a getter) would recurse forever.
    if (building) throw new Error("lazySchema: a schema read itself while it was being built");
    building = true;
    try {
      built = build();
      unbuilt.delete(standIn);
    } finally {
      building = false;
    }
    return built;
  };
  const standIn = new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property as non-configurable that its (empty) target lacks; zod's `_zod` is one.
      return descriptor && { ...descriptor, configurable: true };
    },
  });
  unbuilt.add(standIn);
  return standIn;
}

/** The stand-ins not yet used (weakly held). */
const unbuilt = new WeakSet<object>();

/** Whether `schema` is a stand-in that nothing has used yet (so a page can be checked for what it builds). */
export function isUnbuilt(schema: object): boolean {
  return unbuilt.has(schema);
}
