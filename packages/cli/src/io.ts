/** Where a command writes: stdout for results, stderr for messages. Tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Width of the terminal when stdout is one. */
  columns?: number;
  /** Whether the interactive UI may run: stdin and stdout are both terminals. */
  interactive?: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: invocationDirectory(process.env),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    interactive: Boolean(process.stdout.isTTY && process.stdin.isTTY),
  };
}

/**
 * The folder the user ran fazhi from. `pnpm fazhi …` runs the script in the repository's root, but pnpm
 * (like npm) records where it was invoked in INIT_CWD — so `pnpm --dir ~/fazhi fazhi score .` from a
 * folder of reports scores that folder and finds its fazhi.config.yaml.
 */
export function invocationDirectory(env: NodeJS.ProcessEnv): string {
  return env.INIT_CWD && env.npm_lifecycle_event === "fazhi" ? env.INIT_CWD : process.cwd();
}

/**
 * How the user runs fazhi, for the commands a hint tells them to type: \`pnpm fazhi\` (or \`npm run fazhi --\`)
 * when fazhi was started through the repository's package script, else \`fazhi\` (installed on PATH).
 */
export function invokedAs(env: NodeJS.ProcessEnv): string {
  if (env.npm_lifecycle_event !== "fazhi") return "fazhi";
  return (env.npm_config_user_agent ?? "").startsWith("npm/") ? "npm run fazhi --" : "pnpm fazhi";
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake the user can fix (bad option, bad path): printed as a message, never as a stack trace. */
export class UsageError extends Error {
  /** @param suggestions what the user may have meant (a did-you-mean), shown under the message */
  constructor(
    readonly messages: { zh: string; en: string },
    readonly suggestions: string[] = [],
  ) {
    super(messages.en);
  }
}
