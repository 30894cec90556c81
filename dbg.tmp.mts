import { readFileSync } from "node:fs";
import { contextFromText } from "./packages/core/src/context.ts";
import { detectChrome, extractMeta } from "./packages/core/src/meta/index.ts";
const f = process.argv[2]!;
const ctx = contextFromText(readFileSync("seeds/"+f,"utf8"), f);
for (const n of detectChrome(ctx)) ctx.lines[n-1]!.chrome = true;
const r = extractMeta(ctx, []);
console.log(JSON.stringify(r, null, 1).slice(0, 3000));
