/**
 * Where a command's result goes: `--out FILE` or stdout. The file is opened before any work starts, so a path
 * that cannot be written is said at once, not after scoring. A finished file appears whole: it is written
 * beside its name and renamed into place at the end (an earlier result of that name survives a failed run),
 * except JSONL, written straight to its name so that a stopped run keeps every line it finished.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { UsageError, type CliIO } from "./io.js";

export interface Output {
  /** Each piece is written when it is given (synchronously, for a file). */
  stream: Writable;
  /** End the stream, wait for it, and put the file in place. */
  done(): Promise<void>;
  /** Remove a half-written file (a failed run). */
  discard(): void;
}

/** Open `out` (relative to the user's folder) for writing, or stdout when it is undefined. */
export function openOutput(out: string | undefined, io: CliIO, options: { direct?: boolean } = {}): Output {
  if (out === undefined) {
    const stream = new Writable({
      decodeStrings: false,
      write(chunk: string | Buffer, _encoding, callback) {
        io.stdout(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
        callback();
      },
    });
    return { stream, done: () => endStream(stream, out), discard: () => stream.destroy() };
  }
  const path = resolve(io.cwd, out);
  let existing;
  try {
    existing = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw cannotWrite(out, error);
  }
  if (existing?.isDirectory()) throw cannotWrite(out, Object.assign(new Error("EISDIR"), { code: "EISDIR" }));
  // A device or a pipe (/dev/null, a FIFO) is written straight to: renaming a file onto it would replace it.
  const direct = options.direct === true || (existing !== undefined && !existing.isFile());
  const writing = direct ? path : `${dirname(path)}/.${basename(path)}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(writing, "w");
  } catch (error) {
    throw cannotWrite(out, error);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      try {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      close();
      callback();
    },
  });
  stream.on("error", () => {}); // a write error is thrown by done() (through `finished`), not left unhandled
  const discard = () => {
    process.removeListener("exit", discard);
    stream.destroy();
    close();
    if (!direct) rmSync(writing, { force: true });
  };
  // A run that ends before done() (an error, Ctrl+C) leaves no half-written file beside the user's.
  if (!direct) process.once("exit", discard);
  return {
    stream,
    discard,
    done: async () => {
      try {
        await endStream(stream, out);
        process.removeListener("exit", discard);
        if (!direct) renameSync(writing, path);
      } catch (error) {
        discard();
        throw error instanceof UsageError ? error : cannotWrite(out, error);
      }
    },
  };
}

async function endStream(stream: Writable, out: string | undefined): Promise<void> {
  if (!stream.writableEnded) stream.end();
  try {
    await finished(stream);
  } catch (error) {
    throw cannotWrite(out ?? "stdout", error);
  }
}

/** Why the result cannot be written there, in words the user can act on. */
function cannotWrite(out: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const why: Record<string, { zh: string; en: string }> = {
    ENOENT: { zh: `文件夹 ${dirname(out)} 不存在，请先创建它或换一个路径`, en: `the folder ${dirname(out)} does not exist: create it or choose another path` },
    EACCES: { zh: "没有写入权限", en: "permission denied" },
    EPERM: { zh: "没有写入权限", en: "permission denied" },
    EISDIR: { zh: "这是一个文件夹，请写出文件名，例如 --out 结果/评分.json", en: "it is a folder: name a file, e.g. --out results/scores.json" },
    ENOSPC: { zh: "磁盘空间不足", en: "the disk is full" },
    EROFS: { zh: "文件系统只读", en: "the file system is read-only" },
  };
  const reason = why[code] ?? { zh: code, en: code };
  return new UsageError({ zh: `无法写入 ${out}：${reason.zh}。`, en: `Cannot write ${out}: ${reason.en}.` });
}
