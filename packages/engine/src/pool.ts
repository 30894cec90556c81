/**
 * The worker pool (piscina): one report per task, `concurrency` threads. Workers run worker.ts from source
 * under tsx, or the compiled CLI's report-worker.js.
 *
 * Synchronous hangs: code running in a thread cannot be interrupted from inside it, so the main thread
 * watches. Before each rule the worker writes the rule's index, start time and limit into the task's
 * SharedArrayBuffer; when a rule runs past its limit (plus a grace period that lets an async rule's own
 * time limit win), the main thread aborts the task — piscina terminates the worker running it — and
 * resubmits the report with that rule marked as timed out. One hanging rule costs one worker restart; the
 * report is still scored and the run goes on.
 */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { BUNDLED, bundlePath } from "@fazhi/core/bundle";
import type { ReportResult } from "@fazhi/result";
import { workerExecArgv } from "./exec-argv.js";
import { errorReport, HANG_GRACE_MS } from "./run-report.js";
import { nowMs, PHASE_IDLE, PHASE_PARSE, PHASE_RULE, WATCH_BYTES, watchViews, type WorkerOptions, type WorkerTask } from "./worker.js";

const WATCH_INTERVAL_MS = 20;

const WORKER_FILE = BUNDLED ? bundlePath("report-worker.js") : fileURLToPath(new URL("./worker.ts", import.meta.url));


interface ActiveTask {
  times: Float64Array;
  phase: Int32Array;
  controller: AbortController;
  /** What ran past its limit, once the watch has stopped the task. */
  tripped: { phase: number; limitMs: number } | null;
}

export class ReportPool {
  private readonly piscina: Piscina<WorkerTask, ReportResult>;
  private readonly active = new Set<ActiveTask>();
  private watchTimer: NodeJS.Timeout | undefined;
  /** Workers stopped because a rule or the parser hung. */
  restarts = 0;

  constructor(concurrency: number, workerOptions: WorkerOptions) {
    this.piscina = new Piscina({
      filename: WORKER_FILE,
      minThreads: concurrency,
      maxThreads: concurrency,
      execArgv: workerExecArgv(),
      workerData: workerOptions,
    });
  }

  /** Score one report in a worker; never rejects for anything the report or its rules do. */
  async score(path: string, file: string): Promise<ReportResult> {
    const timedOut: number[] = [];
    for (;;) {
      const buffer = new SharedArrayBuffer(WATCH_BYTES);
      const task: ActiveTask = { ...watchViews(buffer), controller: new AbortController(), tripped: null };
      this.track(task);
      try {
        return await this.piscina.run({ path, file, timedOut: [...timedOut], watch: buffer }, { signal: task.controller.signal });
      } catch (err) {
        const tripped = task.tripped;
        if (tripped && tripped.phase >= PHASE_RULE && !timedOut.includes(tripped.phase - PHASE_RULE)) {
          timedOut.push(tripped.phase - PHASE_RULE);
          continue; // run the report again without the rule that hung
        }
        if (tripped?.phase === PHASE_PARSE) {
          return errorReport(file, "parse-timeout", {
            zh: `解析 ${file} 超过 ${tripped.limitMs} 毫秒仍未完成，已中止。请把该文件报告给 fazhi 的维护者。`,
            en: `Parsing ${file} took over ${tripped.limitMs} ms and was stopped. Please report this file to fazhi's maintainers.`,
          });
        }
        const reason = err instanceof Error ? err.message : String(err);
        return errorReport(file, "worker-failed", {
          zh: `评分 ${file} 的工作线程异常退出：${reason}`,
          en: `The worker scoring ${file} failed: ${reason}`,
        });
      } finally {
        this.untrack(task);
      }
    }
  }

  async close(): Promise<void> {
    clearInterval(this.watchTimer);
    this.watchTimer = undefined;
    await this.piscina.destroy();
  }

  private track(task: ActiveTask): void {
    this.active.add(task);
    this.watchTimer ??= setInterval(() => this.checkForHangs(), WATCH_INTERVAL_MS);
  }

  private untrack(task: ActiveTask): void {
    this.active.delete(task);
    if (this.active.size === 0) {
      clearInterval(this.watchTimer);
      this.watchTimer = undefined;
    }
  }

  private checkForHangs(): void {
    const now = nowMs();
    for (const task of this.active) {
      if (task.tripped) continue;
      const phase = Atomics.load(task.phase, 0);
      if (phase === PHASE_IDLE) continue;
      const startedAt = task.times[0]!;
      const limitMs = task.times[1]!;
      // The worker may have moved on between the reads; only a phase seen before and after is trusted.
      if (Atomics.load(task.phase, 0) !== phase) continue;
      if (now - startedAt > limitMs + HANG_GRACE_MS) {
        task.tripped = { phase, limitMs };
        this.restarts++;
        task.controller.abort();
      }
    }
  }
}
