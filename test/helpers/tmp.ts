import { accessSync, constants, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Where test data directories go: /dev/shm (tmpfs) when the machine has one, else the OS temp dir. The servers under
 * test run SQLite with synchronous=FULL, so every commit fsyncs; on a disk that made seeding a demo database take
 * ~1 s instead of ~0.2 s. On tmpfs fsync returns at once, and a SIGKILLed server's writes are still in memory exactly
 * as they would be in the page cache on disk, so the crash and durability tests check the same thing.
 * KRISRUM_TEST_TMPDIR overrides it (e.g. to run them against a real disk).
 */
function testTmpRoot(): string {
  const chosen = process.env.KRISRUM_TEST_TMPDIR;
  if (chosen) return chosen;
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
}

const root = testTmpRoot();

/** A fresh directory for one test's data, named `<prefix>XXXXXX`; the caller removes it. */
export function makeTestDir(prefix: string): string {
  return mkdtempSync(join(root, prefix));
}
