/**
 * What each report file held when it was last read: its content hash by path, trusted while the file's
 * metadata (size, inode, modification and change times in nanoseconds) is the same. A warm run then finds
 * a report's cached result from one `stat`, without reading and hashing the file (ESLint's `metadata` cache
 * strategy, with git's guard against "racily clean" files).
 *
 * - A file whose change time lies within `RACY_MS` before the moment it was looked at is never trusted
 *   later: a write in the same clock tick could leave every field as it was. Any later write changes the
 *   change time (`ctime` cannot be set by tools such as `touch -d`), so a trusted entry is a file not
 *   written since it was hashed.
 * - The index is a hint: a missing, damaged or foreign index is an empty one, a wrong entry costs one
 *   re-hash (the content hash then keys the result cache as before). Runs sharing a folder write it by
 *   rename; the last one wins.
 * - At most `MAX_ENTRIES` entries, the most recently recorded.
 * - Stored as `<cache dir>/files.json`: `{ "fazhi": "file-index", "version": 1, "files": { path: entry } }`.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync, type BigIntStats } from "node:fs";
import { join } from "node:path";

/** A change this close before the look (ms) may hide a same-tick write: the entry is not trusted. */
export const RACY_MS = 2000;
/** Entries kept at most (the most recently recorded): a folder of deleted reports never grows it without bound. */
export const MAX_ENTRIES = 500_000;
const SHA256 = /^[0-9a-f]{64}$/;

interface Entry {
  /** size, inode, mtime ns, ctime ns — as decimal strings, joined by ":". */
  stat: string;
  sha256: string;
}

export interface FileLook {
  /** The file's metadata, or null when it cannot be stat-ed (the reader reports why). */
  stat: string | null;
  /** ctime in ms, for the racy check. */
  changedMs: number;
  size: number;
  /** When the file was looked at (ms since the epoch): a change shortly before keeps it out of the index. */
  seen: number;
}

export class FileIndex {
  private readonly files = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly path: string | null,
    private readonly racyMs: number,
  ) {}

  /**
   * The index in a cache folder (empty when there is none or it cannot be read); null dir: an index that is
   * never saved. `racyMs`: see `RACY_MS` (tests make it 0 to trust a file written a moment ago).
   */
  static load(dir: string | null, racyMs = RACY_MS): FileIndex {
    const index = new FileIndex(dir === null ? null : join(dir, "files.json"), racyMs);
    if (index.path === null) return index;
    try {
      const data = JSON.parse(readFileSync(index.path, "utf8")) as { fazhi?: unknown; version?: unknown; files?: Record<string, Partial<Entry>> };
      if (data?.fazhi !== "file-index" || data.version !== 1 || typeof data.files !== "object" || data.files === null) return index;
      for (const [path, e] of Object.entries(data.files)) {
        if (typeof e?.stat === "string" && typeof e.sha256 === "string" && SHA256.test(e.sha256)) {
          index.files.set(path, { stat: e.stat, sha256: e.sha256 });
        }
      }
    } catch {
      // no index yet, or a damaged one: start empty
    }
    return index;
  }

  /** Look at a file now: its metadata, for `hashOf` and `record`. */
  static look(path: string): FileLook {
    const seen = Date.now();
    let s: BigIntStats;
    try {
      s = statSync(path, { bigint: true });
    } catch {
      return { stat: null, changedMs: 0, size: 0, seen };
    }
    return { stat: `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`, changedMs: Number(s.ctimeNs / 1_000_000n), size: Number(s.size), seen };
  }

  /** The content hash recorded for a file whose metadata is still `look`'s, or null. */
  hashOf(path: string, look: FileLook): string | null {
    const e = this.files.get(path);
    if (!e || look.stat === null || e.stat !== look.stat) return null;
    return e.sha256;
  }

  /** Record what a file held when it was looked at (`look` taken before it was read). */
  record(path: string, look: FileLook, sha256: string): void {
    if (look.stat === null || !SHA256.test(sha256)) return;
    const known = this.files.get(path);
    if (look.changedMs > look.seen - this.racyMs) {
      // Changed just before it was read: not trusted next time, and an older entry for it no longer holds.
      if (known) {
        this.files.delete(path);
        this.changed = true;
      }
      return;
    }
    if (known && known.stat === look.stat && known.sha256 === sha256) return;
    this.files.delete(path); // re-inserted last: the map's order is the order files were last recorded
    this.files.set(path, { stat: look.stat, sha256 });
    this.changed = true;
  }

  /** Write the index when it changed (by rename, so a reader never sees half of it); never throws. */
  save(): void {
    if (this.path === null || !this.changed) return;
    const entries = [...this.files];
    const kept = entries.length > MAX_ENTRIES ? entries.slice(entries.length - MAX_ENTRIES) : entries;
    const temp = `${this.path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      mkdirSync(join(this.path, ".."), { recursive: true });
      writeFileSync(temp, JSON.stringify({ fazhi: "file-index", version: 1, files: Object.fromEntries(kept) }));
      renameSync(temp, this.path);
      this.changed = false;
    } catch {
      rmSync(temp, { force: true }); // a read-only or full disk: the next run hashes the files again
    }
  }
}
