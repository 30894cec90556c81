/** Why a file could not be read as a report. Every code has a message in Chinese and English that names the file. */
export type ReadErrorCode =
  | "not-found"
  | "is-directory"
  | "empty"
  | "binary"
  | "too-large"
  | "unsupported-format"
  | "unreadable";

export interface Messages {
  zh: string;
  en: string;
}

/**
 * A file that cannot be turned into report text. The run goes on: the caller records the error on the
 * file's report (`error: { code, message }`) and scores the rest. `message` is the English text; show
 * `messages.zh` or `messages.en` to users, never a stack trace.
 */
export class ReadError extends Error {
  override readonly name = "ReadError";
  readonly code: ReadErrorCode;
  readonly file: string;
  readonly messages: Messages;

  constructor(code: ReadErrorCode, file: string, messages: Messages, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.code = code;
    this.file = file;
    this.messages = messages;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** The messages, one function per code, so the wording lives in one place. */
export const readErrors = {
  notFound: (file: string) =>
    new ReadError("not-found", file, {
      zh: `找不到文件 ${file}：请检查路径和文件名是否正确。`,
      en: `${file} was not found: check the path and the file name.`,
    }),
  isDirectory: (file: string) =>
    new ReadError("is-directory", file, {
      zh: `${file} 是一个文件夹，不是报告文件：请给出其中的 .txt 或 .html 文件，或用通配符（如 ${file}/*.txt）。`,
      en: `${file} is a folder, not a report file: name the .txt or .html files in it, or use a glob such as ${file}/*.txt.`,
    }),
  empty: (file: string, what: "bytes" | "whitespace" | "html") =>
    new ReadError("empty", file, {
      zh:
        what === "bytes"
          ? `${file} 是空文件（0 字节）：请确认报告已完整保存。`
          : what === "whitespace"
            ? `${file} 只有空白字符，没有任何文字：请确认报告已完整保存。`
            : `${file} 网页中没有可读的文字：请确认保存的是报告正文页面，而不是空白页或脚本生成的页面。`,
      en:
        what === "bytes"
          ? `${file} is empty (0 bytes): check that the report was saved completely.`
          : what === "whitespace"
            ? `${file} contains only whitespace, no text: check that the report was saved completely.`
            : `${file} is a web page with no readable text: save the page that shows the report itself, not a blank or script-built page.`,
    }),
  binary: (file: string, kind: { zh: string; en: string } | null) =>
    new ReadError("binary", file, {
      zh: kind
        ? `${file} 实际上是${kind.zh}，不是文本报告：请打开原文件，另存为 .txt（UTF-8）或 .html 后再试。`
        : `${file} 含有二进制数据（NUL 字节），不是文本报告：请确认文件没有损坏，并另存为 .txt（UTF-8）或 .html。`,
      en: kind
        ? `${file} is actually ${kind.en}, not a text report: open the original and save it as .txt (UTF-8) or .html.`
        : `${file} contains binary data (NUL bytes), not a text report: check that the file is not damaged and save it as .txt (UTF-8) or .html.`,
    }),
  tooLarge: (file: string, size: number, limit: number) =>
    new ReadError("too-large", file, {
      zh: `${file} 大小为 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}：年度报告一般不超过 1 MB，请确认文件无误；如确需读取，可用 --max-file-size 提高上限（如 --max-file-size ${Math.ceil(size / (1024 * 1024)) + 1}MB）。`,
      en: `${file} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit: annual reports are rarely over 1 MB, so check the file; to read it anyway, raise the limit with --max-file-size (e.g. --max-file-size ${Math.ceil(size / (1024 * 1024)) + 1}MB).`,
    }),
  unsupportedFormat: (file: string, ext: string) =>
    new ReadError("unsupported-format", file, {
      zh: `${file} 是 ${ext} 文件，暂不支持 Word/PDF/WPS：请在 Word 或 WPS 中打开，另存为 .txt 或 .html 后再试。`,
      en: `${file} is a ${ext} file; Word/PDF/WPS files are not supported yet: open it in Word or WPS and save it as .txt or .html.`,
    }),
  unreadable: (file: string, reason: string, cause?: unknown) =>
    new ReadError(
      "unreadable",
      file,
      {
        zh: `无法读取 ${file}（${reason}）：请检查文件权限，或确认文件没有被其他程序占用。`,
        en: `${file} could not be read (${reason}): check the file's permissions and that no other program holds it.`,
      },
      { cause },
    ),
};
