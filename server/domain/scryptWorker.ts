import { Worker } from "node:worker_threads";

/**
 * scrypt runs on one dedicated worker thread instead of libuv's pool. Each scrypt call allocates 16 MiB natively,
 * and glibc keeps a freed block of that size in the arena of the thread that used it: spread over the pool's four
 * threads that is ~64 MB of resident memory held for the life of the process. One thread holds one block, and
 * hashing never blocks the event loop. The worker is plain JavaScript evaluated from this string so it runs the
 * same under tsx and from dist/.
 */
const SOURCE = `
const { parentPort } = require("node:worker_threads");
const { scryptSync } = require("node:crypto");
parentPort.on("message", ({ id, password, salt, keylen, options }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keylen, options);
    parentPort.postMessage({ id, key });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

interface Reply {
  id: number;
  key?: Uint8Array;
  error?: string;
}

/**
 * The worker ends once no hash has been asked for this long, and the next hash starts a new one (some 20–40 ms):
 * its isolate holds ~8 MB, needed at sign-ins and the first start's demo seed, not in between.
 */
export const SCRYPT_WORKER_IDLE_MS = 10_000;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (key: Buffer) => void; reject: (err: Error) => void }>();

function start(): Worker {
  // execArgv: [] so the worker does not inherit loaders such as tsx (--import tsx), which it does not need.
  const w = new Worker(SOURCE, { eval: true, execArgv: [] });
  w.unref(); // never keeps the process alive
  w.on("message", (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.key) waiter.resolve(Buffer.from(reply.key));
    else waiter.reject(new Error(reply.error ?? "scrypt failed"));
    if (pending.size === 0) endWhenIdle(w);
  });
  w.on("error", (err) => fail(err));
  // An exit after an idle stop is not a failure (the worker was already let go and nothing waits on it).
  w.on("exit", () => {
    if (worker === w) fail(new Error("scrypt worker exited"));
  });
  return w;
}

/** Whether a worker thread is running (for the tests of the idle stop). */
export function scryptWorkerRunning(): boolean {
  return worker !== undefined;
}

function endWhenIdle(w: Worker): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (worker !== w || pending.size > 0) return;
    worker = undefined;
    void w.terminate();
  }, SCRYPT_WORKER_IDLE_MS);
  idleTimer.unref();
}

function fail(err: Error): void {
  worker = undefined; // the next call starts a fresh worker
  for (const waiter of pending.values()) waiter.reject(err);
  pending.clear();
}

export function scryptInWorker(
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
): Promise<Buffer> {
  clearTimeout(idleTimer);
  worker ??= start();
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, password, salt: new Uint8Array(salt), keylen, options });
  });
}
