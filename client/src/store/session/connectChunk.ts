import type * as Connect from "./connect";

/**
 * The socket, realtime link, snapshot loaders and event applier (./connect, with socket.io-client, zod and the
 * schemas) are fetched only once someone is signed in, or likely to be (boot.ts): the login page does not need them.
 * The promise is kept, so the chunk is fetched once. Its own module, free of the store, so boot.ts can ask for the chunk
 * before the rest of the console's entry has run.
 */
let connectModule: Promise<typeof Connect> | null = null;

export const loadConnect = () =>
  (connectModule ??= import("./connect").catch((err: unknown) => {
    connectModule = null; // a failed fetch is tried again at the next sign-in
    throw err;
  }));
