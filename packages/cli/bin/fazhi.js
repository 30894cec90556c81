#!/usr/bin/env node
// The `fazhi` command: runs the compiled CLI (dist/, built by `pnpm install` or `pnpm build` in the repository).
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  console.error("fazhi 尚未构建：请在仓库根目录运行 pnpm install 或 pnpm build。\nfazhi is not built yet: run pnpm install or pnpm build in the repository root.");
  process.exit(2);
}
await import(built.href);
