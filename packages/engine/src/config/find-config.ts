import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Names looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES = ["fazhi.config.yaml", "fazhi.config.yml", "fazhi.config.json"] as const;

/** The nearest config file in `cwd` or one of its parents, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
