// pnpm corpus [--corpus DIR] [--raise] [--verbose]
// Scores the real openings and passages of the real-text corpus (measuring material kept outside this
// repository: --corpus DIR or $FAZHI_CORPUS) with the current code (`fazhi score … --format
// json --no-cache` under the built-in scheme, exactly as the corpus README says), runs the corpus's own
// evaluators on the results, prints their figures and holds them to floors.json: exit 1 when a figure is
// below its floor, 2 when the corpus or python3 is missing. --raise writes better figures into floors.json.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { belowFloors, parseOpenings, parsePassages, pct, raisedFloors, ratio, type Floors } from "./figures.js";

const HELP = `pnpm corpus [--corpus 目录] [--raise] [--verbose]
用当前代码为真实语料（不在仓库中的测量材料）中的报告开头和数据段落评分，运行语料自带的评估脚本，并与 tooling/corpus/floors.json 中记录的下限比较。
  --corpus 目录   语料目录（不写时用环境变量 FAZHI_CORPUS）
  --raise         结果优于下限时，把新的数字写入 floors.json
  --verbose       显示评估脚本的全部逐条结果
退出码：0 达到下限；1 低于下限；2 找不到语料或 python3。

Scores the real openings and passages of the real-text corpus (measuring material kept outside this
repository) with the current code, runs the corpus's evaluators and holds their figures to
tooling/corpus/floors.json.
  --corpus DIR    the corpus folder (else $FAZHI_CORPUS)
  --raise         write better figures into floors.json
  --verbose       print every line of the evaluators
Exit codes: 0 floors met; 1 a figure below its floor; 2 no corpus or no python3.`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const floorsFile = join(root, "tooling/corpus/floors.json");

function fail(zh: string, en: string): never {
  console.error(`${zh}\n${en}`);
  process.exit(2);
}

let values: { corpus?: string; raise?: boolean; verbose?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { corpus: { type: "string" }, raise: { type: "boolean" }, verbose: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  }));
} catch (e) {
  fail(`参数有误：${(e as Error).message}（pnpm corpus --help 查看用法）`, `Bad arguments: ${(e as Error).message} (see pnpm corpus --help)`);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const given = values.corpus ?? process.env.FAZHI_CORPUS;
if (!given) fail("没有指定语料：请用 --corpus 目录 或环境变量 FAZHI_CORPUS 指定语料目录。", "No corpus given: name its folder with --corpus DIR or $FAZHI_CORPUS.");
const corpus = resolve(given);
for (const need of ["openings/KEY.json", "eval_openings.py", "passages.jsonl", "eval_passages.py"])
  if (!existsSync(join(corpus, need)))
    fail(`语料不完整：找不到 ${join(corpus, need)}。请用 --corpus 指定语料目录。`, `Corpus incomplete: ${join(corpus, need)} not found. Point --corpus at the corpus folder.`);
if (spawnSync("python3", ["--version"]).status !== 0) fail("需要 python3 来运行语料的评估脚本。", "python3 is needed to run the corpus evaluators.");

const work = mkdtempSync(join(tmpdir(), "fazhi-corpus-"));
const run = (cmd: string, args: string[], label: string): string => {
  const r = spawnSync(cmd, args, { cwd: work, encoding: "utf8", env: { ...process.env, INIT_CWD: work }, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stdout + r.stderr);
    fail(`${label} 运行失败（退出码 ${r.status}）。`, `${label} failed (exit code ${r.status}).`);
  }
  return r.stdout;
};
const score = (dir: string, out: string): void => {
  run(
    process.execPath,
    [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "packages/cli/src/bin.ts"), "score", dir, "--format", "json", "--no-cache", "--config", join(root, "packages/cli/defaults/fazhi.config.yaml"), "--out", out],
    "fazhi score",
  );
  if (!existsSync(out)) fail(`fazhi score 没有写出 ${out}。`, `fazhi score wrote no ${out}.`);
};

try {
  const openDir = join(work, "openings");
  mkdirSync(openDir);
  for (const f of readdirSync(join(corpus, "openings"))) if (f.endsWith(".txt")) copyFileSync(join(corpus, "openings", f), join(openDir, f));
  const passDir = join(work, "passages");
  run("python3", [join(corpus, "eval_passages.py"), "materialize", join(corpus, "passages.jsonl"), passDir], "eval_passages.py materialize");

  score(openDir, join(work, "openings.json"));
  score(passDir, join(work, "passages.json"));
  const verbose = values.verbose ? ["--verbose"] : [];
  const openOut = run("python3", [join(corpus, "eval_openings.py"), join(corpus, "openings/KEY.json"), join(work, "openings.json"), ...verbose], "eval_openings.py");
  const passOut = run("python3", [join(corpus, "eval_passages.py"), "score", join(corpus, "passages.jsonl"), join(work, "passages.json"), ...verbose], "eval_passages.py");
  console.log(openOut.trimEnd() + "\n\n" + passOut.trimEnd() + "\n");

  const o = parseOpenings(openOut);
  const p = parsePassages(passOut);
  if (!o || !p) fail("评估脚本的输出里没有汇总行（见上）。", "The evaluators printed no summary line (see above).");
  const floors = JSON.parse(readFileSync(floorsFile, "utf8")) as Floors & { $comment?: string };
  console.log(
    `语料 / corpus: 开头字段 openings ${o.fields}/${o.total} (${pct(ratio(o.fields, o.total))}, 下限 floor ${pct(floors.openings.fields)}); ` +
      `段落指标 passages ${p.found}/${p.total} (${pct(ratio(p.found, p.total))}, 下限 floor ${pct(floors.passages.recall)}), ` +
      `误读 invented ${p.invented} (上限 ceiling ${floors.passages.maxInvented})`,
  );
  const below = belowFloors(o, p, floors);
  if (below.length) {
    for (const b of below) console.log(`✗ ${b.zh} / ${b.en}`);
    process.exitCode = 1;
  } else if (values.raise) {
    const raised = raisedFloors(o, p, floors);
    writeFileSync(floorsFile, JSON.stringify({ $comment: floors.$comment, ...raised }, null, 2) + "\n");
    console.log(`下限已更新 / floors raised: ${JSON.stringify(raised)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
