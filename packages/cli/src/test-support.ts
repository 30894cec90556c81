import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIO } from "./io.js";
import { main } from "./main.js";

/** The repository root (tests run the CLI from there unless told otherwise). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Run one fazhi invocation in-process with captured output (for tests). */
export async function runMain(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; io?: Partial<CliIO> } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: options.cwd ?? REPO_ROOT, env: options.env ?? {}, isTTY: false, ...options.io };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
