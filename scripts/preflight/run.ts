/**
 * Runs commands one after the other (stopping at the first that fails, like `&&`) with the services the preflight
 * found or started, then stops what it started — also when a command fails, on Ctrl-C and on SIGTERM/SIGHUP.
 * Exits with the failing command's code (128 + signal number when interrupted).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import { preflight, PreflightStop, type Services } from "./provide.js";

export type Step = [command: string, args: string[]];

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export async function runWithServices(steps: Step[]): Promise<never> {
  let current: ChildProcess | undefined;
  let interrupted: NodeJS.Signals | undefined;
  let services: Services | undefined;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      interrupted ??= signal;
      current?.kill(signal);
    });
  }
  process.on("exit", () => services?.killNow());
  const signalCode = (s: NodeJS.Signals) => 128 + (constants.signals[s] ?? 1);

  try {
    services = await preflight();
  } catch (err) {
    if (interrupted) process.exit(signalCode(interrupted));
    console.error(
      err instanceof PreflightStop
        ? err.message
        : `preflight failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    process.exit(1);
  }
  console.log(services.summary);

  let code = 0;
  try {
    for (const [command, args] of steps) {
      if (interrupted) break;
      code = await new Promise<number>((resolve) => {
        const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...services!.env } });
        current = child;
        child.once("error", (err) => {
          console.error(`${command}: ${err.message}`);
          resolve(127);
        });
        child.once("exit", (exitCode, signal) => resolve(exitCode ?? signalCode(signal ?? "SIGTERM")));
      });
      current = undefined;
      if (code !== 0) break;
    }
  } finally {
    await services.stop();
  }
  process.exit(interrupted ? signalCode(interrupted) : code);
}

/** npm as the running npm (npm_execpath under `npm test`), else the one on PATH. */
export function npm(...args: string[]): Step {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ["npm", args];
}
