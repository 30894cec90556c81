// pnpm bench [--reports N] [--seed N] [--keep] [--no-score] [--no-peer] [--peer RUN_SH] [--rounds N]
// Generates a synthetic corpus from seeds/, then in one run measures over the same files:
//   (a) raw read + decode, (b) read + full parse into the report model,
//   (c) the full scoring pipeline (read, parse, every rule, scoring, ranking) with 1 worker, cold cache,
//   (d) the same with one worker per core, cold cache, (e) the same again with the cache warm,
//   (f) read + parse per format, Word and PDF included (copies of the committed fixtures in tooling/fixtures/out),
//   (g) start-up of the compiled CLI (rebuilt first) as a process: `fazhi --version` and `fazhi score` of an empty folder,
//   (h) side by side with the peer (textlint + five rules: its run.sh, from --peer or $FAZHI_PEER): the CLI
//       `fazhi score DIR --no-cache --format json --out /dev/null` and the peer on one folder of N UTF-8 .txt
//       reports, alternating, median of --rounds runs; reports/s of both and their ratio; in the same rounds the
//       CLI in one process (`--concurrency 0`) against its default workers,
//   (i) the CLI end to end with its cache on the same folder: once cold (an empty cache), then warm (median of
//       --rounds) in plain text and JSON, and the warm/cold ratio,
//   (j) peak memory of the CLI scoring --memory-reports UTF-8 reports (default 20000; 0 skips) to a JSON file.
// The last line is JSON.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseDocument } from "@fazhi/core";
import { loadConfig, scoreFiles } from "@fazhi/engine";
import { availableParallelism } from "node:os";
import { decodeText, readReport } from "@fazhi/readers";
import { copyFileSync, readdirSync, statSync } from "node:fs";
import { generateCorpus, loadSeeds, type CorpusFile } from "./corpus.js";
import { alternate, timeProcess, type ProcessTime } from "./side-by-side.js";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "2000" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    "no-score": { type: "boolean", default: false },
    office: { type: "string", default: "60" },
    "no-peer": { type: "boolean", default: false },
    peer: { type: "string" },
    rounds: { type: "string", default: "3" },
    "memory-reports": { type: "string", default: "20000" },
  },
});
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports <= 0) {
  console.error(`--reports 需要正整数 / --reports needs a positive integer, got "${values.reports}"`);
  process.exit(2);
}
const memoryReports = Number(values["memory-reports"]);
if (!Number.isInteger(memoryReports) || memoryReports < 0) {
  console.error(`--memory-reports 需要非负整数 / --memory-reports needs a non-negative integer, got "${values["memory-reports"]}"`);
  process.exit(2);
}
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const outDir = mkdtempSync(join(tmpdir(), "fazhi-bench-"));
const t0 = performance.now();
const files = generateCorpus(loadSeeds(join(root, "seeds")), reports, outDir, Number(values.seed));
const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
console.error(`corpus: ${files.length} reports, ${(totalBytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${outDir}`);
const mix = new Map<string, number>();
for (const f of files) mix.set(f.kind, (mix.get(f.kind) ?? 0) + 1);
console.error(`mix: ${[...mix].map(([k, n]) => `${k} ${n}`).join(", ")}`);

let peakHeap = 0;
let numbers = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));

async function phase(name: string, work: (f: CorpusFile) => Promise<void> | void) {
  for (const f of files.slice(0, 20)) await work(f); // warm-up (JIT, converter tables)
  numbers = 0;
  const start = performance.now();
  for (const [i, f] of files.entries()) {
    await work(f);
    if (i % 50 === 0) sample();
  }
  const seconds = (performance.now() - start) / 1000;
  const result = { reportsPerSecond: round(files.length / seconds), mbPerSecond: round(totalBytes / 1e6 / seconds), seconds: round(seconds) };
  console.error(`${name}: ${result.reportsPerSecond} reports/s, ${result.mbPerSecond} MB/s (${result.seconds} s)`);
  return result;
}

const decode = await phase("(a) read + decode", (f) => {
  decodeText(readFileSync(f.path));
});
const parse = await phase("(b) read + parse", async (f) => {
  const model = parseDocument(await readReport(f.path));
  numbers += model.numbers.length;
});
sample();

// The full pipeline through the engine, with the CLI's built-in configuration.
const defaultConfigFile = join(root, "packages/cli/defaults/fazhi.config.yaml");
const config = await loadConfig({ cwd: root, defaultConfigFile });
const cacheDir = join(outDir, ".cache");
async function pipeline(name: string, concurrency: number) {
  const start = performance.now();
  const result = await scoreFiles({ paths: [outDir], config, cwd: root, defaultConfigFile, concurrency, cache: { dir: cacheDir }, toolVersion: "bench" });
  const seconds = (performance.now() - start) / 1000;
  sample();
  const out = {
    reportsPerSecond: round(files.length / seconds),
    mbPerSecond: round(totalBytes / 1e6 / seconds),
    seconds: round(seconds),
    scored: result.summary.scored,
    cached: result.summary.cached,
    errors: result.summary.errors,
  };
  console.error(`${name}: ${out.reportsPerSecond} reports/s (${out.seconds} s; scored ${out.scored}, cached ${out.cached}, errors ${out.errors})`);
  return out;
}
const cores = availableParallelism();
let score: Record<string, unknown> | undefined;
if (!values["no-score"]) {
  rmSync(cacheDir, { recursive: true, force: true });
  const oneWorker = await pipeline("(c) score, 1 worker, cold cache", 1);
  rmSync(cacheDir, { recursive: true, force: true });
  const allCores = await pipeline(`(d) score, ${cores} workers, cold cache`, cores);
  const warm = await pipeline(`(e) score, ${cores} workers, warm cache`, cores);
  score = {
    cores,
    oneWorkerCold: oneWorker,
    allCoresCold: allCores,
    allCoresWarm: warm,
    speedupAllCoresVsOne: round(allCores.reportsPerSecond / oneWorker.reportsPerSecond),
    speedupWarmVsCold: round(warm.reportsPerSecond / allCores.reportsPerSecond),
  };
}
// Per format: the text corpus by kind, and Word/PDF copies of the committed fixtures.
const fixtureDir = join(root, "tooling/fixtures/out");
const officeCount = Number(values.office);
const formats: Record<string, { reportsPerSecond: number; mbPerSecond: number; files: number }> = {};
async function formatPhase(name: string, paths: string[]) {
  if (paths.length === 0) return;
  await parseDocumentOf(paths[0]!); // warm-up: loads the format's reader
  const bytes = paths.reduce((sum, p) => sum + statSync(p).size, 0);
  const start = performance.now();
  for (const p of paths) await parseDocumentOf(p);
  const seconds = (performance.now() - start) / 1000;
  formats[name] = { reportsPerSecond: round(paths.length / seconds), mbPerSecond: round(bytes / 1e6 / seconds), files: paths.length };
  console.error(`(f) read + parse ${name}: ${formats[name]!.reportsPerSecond} reports/s, ${formats[name]!.mbPerSecond} MB/s (${paths.length} files)`);
}
async function parseDocumentOf(path: string) {
  return parseDocument(await readReport(path));
}
for (const kind of ["txt-utf8", "txt-gb18030", "txt-big5", "html-utf8", "html-gb18030"]) {
  await formatPhase(kind, files.filter((f) => f.kind === kind).slice(0, 300).map((f) => f.path));
}
const officeDir = join(outDir, "office");
rmSync(officeDir, { recursive: true, force: true });
mkdirSync(officeDir, { recursive: true });
for (const ext of ["docx", "pdf", "doc"]) {
  const sources = readdirSync(fixtureDir).filter((f) => f.startsWith("seed-") && f.endsWith(`.${ext}`)).map((f) => join(fixtureDir, f));
  const copies: string[] = [];
  for (let i = 0; i < officeCount && sources.length; i++) {
    const target = join(officeDir, `${i}.${ext}`);
    copyFileSync(sources[i % sources.length]!, target);
    copies.push(target);
  }
  await formatPhase(ext, copies);
}

// The CLI as a user runs it (`pnpm fazhi`: the compiled CLI, rebuilt here so it is the current code), as a whole process.
timeProcess("pnpm", ["-s", "build"], root);
const cli = (args: string[], okCodes = [0], cwd = root) => () => timeProcess(process.execPath, [join(root, "packages/cli/bin/fazhi.js"), ...args], cwd, okCodes);
const rounds = Number(values.rounds);
const emptyDir = join(outDir, "empty");
mkdirSync(emptyDir, { recursive: true });
const startup = alternate({ version: cli(["--version"]), emptyScore: cli(["score", emptyDir, "--no-cache", "--format", "json", "--out", "/dev/null"], [0, 1, 2]) }, rounds);
console.error(`(g) start-up: --version ${startup.version!.seconds} s, score of an empty folder ${startup.emptyScore!.seconds} s`);

const peerGiven = values.peer ?? process.env.FAZHI_PEER;
const peerScript = peerGiven ? resolve(peerGiven) : undefined;
let sideBySide: Record<string, unknown> | undefined;
const textDir = join(outDir, "utf8");
if (!values["no-peer"] && peerScript && existsSync(peerScript)) {
  const textFiles = generateCorpus(loadSeeds(join(root, "seeds")), reports, textDir, Number(values.seed), { utf8Text: true });
  const warmDir = join(outDir, "peer-warm-up");
  mkdirSync(warmDir, { recursive: true });
  copyFileSync(textFiles[0]!.path, join(warmDir, "0.txt"));
  timeProcess("bash", [peerScript, warmDir], root); // installs textlint on first use; not timed
  const peer = () => timeProcess("bash", [peerScript, textDir], root);
  const times = alternate(
    {
      fazhi: cli(["score", textDir, "--no-cache", "--format", "json", "--out", "/dev/null"], [0, 1]),
      peer,
      fazhiOneProcess: cli(["score", textDir, "--no-cache", "--concurrency", "0", "--format", "json", "--out", "/dev/null"], [0, 1]),
    },
    rounds,
  );
  const perSecond = (t: ProcessTime) => round(reports / t.seconds);
  sideBySide = {
    reports,
    rounds,
    fazhi: { ...times.fazhi!, reportsPerSecond: perSecond(times.fazhi!) },
    peer: { ...times.peer!, reportsPerSecond: perSecond(times.peer!) },
    throughputFazhiOverPeer: round(times.peer!.seconds / times.fazhi!.seconds),
    fazhiOneProcess: times.fazhiOneProcess,
    workersOverOneProcess: round(times.fazhi!.seconds / times.fazhiOneProcess!.seconds),
  };
  console.error(
    `(h) side by side, ${reports} UTF-8 reports, median of ${rounds}: fazhi ${perSecond(times.fazhi!)} reports/s (${times.fazhi!.seconds} s, CPU ${times.fazhi!.cpuSeconds} s, ${times.fazhi!.peakRssMB} MB), ` +
      `peer ${perSecond(times.peer!)} reports/s (${times.peer!.seconds} s, CPU ${times.peer!.cpuSeconds} s, ${times.peer!.peakRssMB} MB); fazhi/peer throughput ${sideBySide.throughputFazhiOverPeer}; ` +
      `fazhi in one process ${times.fazhiOneProcess!.seconds} s (workers/one process ${sideBySide.workersOverOneProcess})`,
  );
} else if (!values["no-peer"]) {
  console.error(peerScript ? `(h) side by side skipped: no peer at ${peerScript}` : "(h) side by side skipped: name the peer's run.sh with --peer or $FAZHI_PEER");
}

// (i) The CLI's cache end to end: the folder of UTF-8 reports (made here when the peer did not run), scored once into an
// empty cache, then again warm. The CLI keeps its cache in .fazhi-cache/ of its working directory: a scratch one.
if (!existsSync(textDir)) generateCorpus(loadSeeds(join(root, "seeds")), reports, textDir, Number(values.seed), { utf8Text: true });
const cacheCwd = join(outDir, "cli-cache");
mkdirSync(cacheCwd, { recursive: true });
const inCacheCwd = (args: string[]) => cli(args, [0, 1], cacheCwd);
const cold = inCacheCwd(["score", textDir, "--format", "json", "--out", "/dev/null"])();
const warmRuns = alternate(
  {
    text: inCacheCwd(["score", textDir, "--format", "text", "--out", "/dev/null"]),
    json: inCacheCwd(["score", textDir, "--format", "json", "--out", "/dev/null"]),
  },
  rounds,
);
const cliCache = {
  reports,
  cold,
  warmText: warmRuns.text!,
  warmJson: warmRuns.json!,
  warmOverColdText: round(cold.seconds / warmRuns.text!.seconds),
  warmOverColdJson: round(cold.seconds / warmRuns.json!.seconds),
};
console.error(
  `(i) CLI with its cache, ${reports} reports: cold ${cold.seconds} s; warm ${warmRuns.text!.seconds} s as text (${cliCache.warmOverColdText}× faster), ` +
    `${warmRuns.json!.seconds} s as JSON (${cliCache.warmOverColdJson}×)`,
);

// (j) Peak memory at scale: the CLI writes every report's result to a JSON file; memory should not grow with the count.
let memory: Record<string, unknown> | undefined;
if (memoryReports > 0) {
  const bigDir = join(outDir, "memory");
  generateCorpus(loadSeeds(join(root, "seeds")), memoryReports, bigDir, Number(values.seed), { utf8Text: true });
  const run = cli(["score", bigDir, "--no-cache", "--format", "json", "--out", join(outDir, "memory.json")], [0, 1])();
  rmSync(bigDir, { recursive: true, force: true });
  rmSync(join(outDir, "memory.json"), { force: true });
  memory = { reports: memoryReports, ...run, reportsPerSecond: round(memoryReports / run.seconds) };
  console.error(`(j) ${memoryReports} reports to a JSON file: ${run.seconds} s, CPU ${run.cpuSeconds} s, peak ${run.peakRssMB} MB`);
}

if (!values.keep) rmSync(outDir, { recursive: true, force: true });

const summary = {
  reports: files.length,
  megabytes: round(totalBytes / 1e6),
  decode,
  parse,
  ratioParseToDecode: round(decode.reportsPerSecond / parse.reportsPerSecond),
  peakRssMB: round(process.resourceUsage().maxRSS / 1024),
  peakHeapMB: round(peakHeap / 1024 / 1024),
  numbersPerReport: round(numbers / files.length),
  score,
  formats,
  startup,
  sideBySide,
  cliCache,
  memory,
  node: process.version,
};
console.log(JSON.stringify(summary));

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
