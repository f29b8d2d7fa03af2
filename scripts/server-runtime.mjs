/**
 * How the production server process is started (`npm start`, the Docker image, the benchmarks), so its memory
 * before any console stays small (the performance target: under 110 MB resident after the first start's demo seed, from 156 MB):
 *
 * - `--max-semi-space-size=2` (MB): V8's young generation otherwise grows to 16 MB per semi-space during start-up
 *   (migrations, seed, lexicons) and keeps ~32 MB committed afterwards for objects that die young anyway.
 * - `MALLOC_MMAP_THRESHOLD_` 4 MiB: glibc otherwise raises its mmap threshold after the first large free, so the
 *   16 MiB a scrypt hash allocates (server/domain/scryptWorker.ts) stays resident in the worker thread's arena for
 *   good. Fixed at 4 MiB, blocks that large are mapped and given back when freed; smaller ones (zlib, SQLite) are not.
 */
export const SERVER_NODE_ARGS = ["--max-semi-space-size=2"];
export const SERVER_ENV = { MALLOC_MMAP_THRESHOLD_: "4194304" };
