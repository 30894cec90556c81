// Declarations for the untyped CommonJS libraries the readers use (only what we call).

declare module "yauzl" {
  import type { Readable } from "node:stream";
  import type { EventEmitter } from "node:events";
  export interface Entry {
    fileName: string;
    compressedSize: number;
    uncompressedSize: number;
    compressionMethod: number;
    isEncrypted(): boolean;
  }
  export interface ZipFile extends EventEmitter {
    entryCount: number;
    readEntry(): void;
    openReadStream(entry: Entry, callback: (err: Error | null, stream: Readable) => void): void;
    close(): void;
  }
  export interface Options {
    lazyEntries?: boolean;
    validateEntrySizes?: boolean;
    decodeStrings?: boolean;
    strictFileNames?: boolean;
  }
  export function fromBuffer(buffer: Buffer, options: Options, callback: (err: Error | null, zipfile: ZipFile) => void): void;
  const yauzl: { fromBuffer: typeof fromBuffer };
  export default yauzl;
}

declare module "word-extractor" {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
    getHeaders(options?: { filterUnicode?: boolean; includeFooters?: boolean }): string;
    getFootnotes(options?: { filterUnicode?: boolean }): string;
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
  export = WordExtractor;
}
