/// <reference path="./vendor.d.ts" />
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** Limits checked on a .docx's ZIP directory before anything is unpacked (zip-bomb defence). */
export interface ZipLimits {
  /** Most entries a document may have. Default 2,000 (a long report has a few dozen). */
  maxEntries: number;
  /** Most bytes all entries may unpack to. Default 200 MB. */
  maxTotalBytes: number;
  /** Highest unpacked:packed ratio of an entry of at least `ratioFloorBytes`. Default 100. */
  maxRatio: number;
  /** Entries smaller than this are not held to the ratio (a few KB of repetitive XML can exceed 100:1 harmlessly). Default 1 MB. */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

/** Why an archive was refused, in both languages (goes into the `zip-bomb` message). */
export class ZipLimitError extends Error {
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
  }
}

/** A ZIP that yauzl could not parse (truncated, damaged, not a ZIP). */
export class ZipFormatError extends Error {}

const MB = 1024 * 1024;

function open(bytes: Uint8Array): Promise<ZipFile> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(new ZipFormatError(err.message)) : resolve(zip),
    ),
  );
}

function readStream(zip: ZipFile, entry: Entry, cap: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(new ZipFormatError(err.message));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (c: Buffer) => {
        size += c.length;
        // yauzl also errors when the stream outgrows the size the directory declares.
        if (size > cap) {
          stream.destroy();
          reject(new ZipLimitError({ zh: `${entry.fileName} 解压后超过 ${Math.round(cap / MB)} MB`, en: `${entry.fileName} unpacks to more than ${Math.round(cap / MB)} MB` }));
        } else chunks.push(c);
      });
      stream.on("error", (e: Error) =>
        reject(
          /too many bytes|too few bytes/i.test(e.message)
            ? new ZipLimitError({ zh: `${entry.fileName} 的实际大小与目录中声明的不符`, en: `${entry.fileName} does not unpack to the size its directory entry declares` })
            : new ZipFormatError(e.message),
        ),
      );
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Check a ZIP's directory against the limits, then unpack the entries `want` selects (the XML parts we read
 * ourselves), each held to the size its directory entry declares. Throws ZipLimitError or ZipFormatError.
 */
export async function checkAndReadZip(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  const zip = await open(bytes);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipLimitError({ zh: `含 ${zip.entryCount} 个文件，超过上限 ${limits.maxEntries}`, en: `${zip.entryCount} entries, over the ${limits.maxEntries} limit` });
    }
    const entries: Entry[] = await new Promise((resolve, reject) => {
      const list: Entry[] = [];
      let total = 0;
      zip.on("entry", (e: Entry) => {
        total += e.uncompressedSize;
        if (total > limits.maxTotalBytes) {
          return reject(
            new ZipLimitError({ zh: `解压后超过 ${Math.round(limits.maxTotalBytes / MB)} MB`, en: `unpacks to more than ${Math.round(limits.maxTotalBytes / MB)} MB` }),
          );
        }
        const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
        if (e.uncompressedSize >= limits.ratioFloorBytes && ratio > limits.maxRatio) {
          return reject(
            new ZipLimitError({
              zh: `${e.fileName} 的压缩比为 ${Math.round(ratio)}:1，超过 ${limits.maxRatio}:1`,
              en: `${e.fileName} has a compression ratio of ${Math.round(ratio)}:1, over ${limits.maxRatio}:1`,
            }),
          );
        }
        list.push(e);
        zip.readEntry();
      });
      zip.on("end", () => resolve(list));
      zip.on("error", (err: Error) => reject(new ZipFormatError(err.message)));
      zip.readEntry();
    });
    const out = new Map<string, Buffer>();
    for (const e of entries) {
      if (!want(e.fileName)) continue;
      if (e.isEncrypted()) throw new ZipFormatError(`${e.fileName} is encrypted`);
      out.set(e.fileName, await readStream(zip, e, limits.maxTotalBytes));
    }
    return out;
  } finally {
    zip.close();
  }
}
