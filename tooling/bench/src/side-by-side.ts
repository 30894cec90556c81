/**
 * Whole processes timed side by side: fazhi's CLI and the textlint peer (its `run.sh`, kept outside this repository) on the
 * same folder, alternating, median of the runs; and fazhi's start-up (`--version`, `score` of an empty
 * folder). Wall time, CPU time and peak RSS come from GNU time (`/usr/bin/time`) when the machine has it;
 * without it only wall time is measured and CPU/RSS are null.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessTime {
  seconds: number;
  cpuSeconds: number | null;
  peakRssMB: number | null;
}

const GNU_TIME = "/usr/bin/time";

/** Run a command to completion and measure it; a non-zero exit is an error naming the command and its stderr. */
export function timeProcess(command: string, args: string[], cwd: string, okCodes = [0]): ProcessTime {
  const haveTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), "fazhi-time-"));
  const timeFile = join(scratch, "time");
  const start = performance.now();
  const run = haveTime
    ? spawnSync(GNU_TIME, ["-o", timeFile, "-f", "%e %U %S %M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  try {
    if (run.error) throw new Error(`${command} ${args.join(" ")}: ${run.error.message}`);
    if (!okCodes.includes(run.status ?? -1)) throw new Error(`${command} ${args.join(" ")} 退出码 exit ${run.status}: ${(run.stderr ?? "").trim().slice(-400)}`);
    if (!haveTime) return { seconds: round(seconds), cpuSeconds: null, peakRssMB: null };
    const fields = readFileSync(timeFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    const [wall, user, sys, rssKB] = fields as [number, number, number, number];
    return { seconds: round(wall), cpuSeconds: round(user + sys), peakRssMB: round(rssKB / 1024) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Run each contender `rounds` times, alternating, and keep each one's median run (by wall time). */
export function alternate(contenders: Record<string, () => ProcessTime>, rounds = 3): Record<string, ProcessTime> {
  const runs: Record<string, ProcessTime[]> = {};
  for (let r = 0; r < rounds; r++) for (const [name, run] of Object.entries(contenders)) (runs[name] ??= []).push(run());
  return Object.fromEntries(Object.entries(runs).map(([name, xs]) => [name, median(xs)]));
}

function median(xs: ProcessTime[]): ProcessTime {
  const sorted = [...xs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
