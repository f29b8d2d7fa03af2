/** Types of scripts/server-runtime.mjs (the benchmarks import it from TypeScript). */
export declare const SERVER_NODE_ARGS: readonly string[];
export declare const SERVER_ENV: Readonly<Record<string, string>>;
