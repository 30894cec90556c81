/** Why a file could not be read as a report. Every code has a message in Chinese and English that names the file. */
export type ReadErrorCode =
  | "not-found"
  | "is-directory"
  | "empty"
  | "binary"
  | "too-large"
  | "unsupported-format"
  | "unreadable"
  | "needs-ocr"
  | "encrypted"
  | "zip-bomb"
  | "too-many-pages"
  | "timeout"
  | "wrong-format";

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
  empty: (file: string, what: "bytes" | "whitespace" | "invisible" | "html") =>
    new ReadError("empty", file, {
      zh:
        what === "bytes"
          ? `${file} 是空文件（0 字节）：请确认报告已完整保存。`
          : what === "whitespace"
            ? `${file} 只有空白字符，没有任何文字：请确认报告已完整保存。`
            : what === "invisible"
              ? `${file} 只有看不见的字符（零宽字符、字节顺序标记 BOM 等）和空白，没有任何可见文字：请确认报告已完整保存，或从原文件重新导出。`
              : `${file} 网页中没有可读的文字：请确认保存的是报告正文页面，而不是空白页或脚本生成的页面。`,
      en:
        what === "bytes"
          ? `${file} is empty (0 bytes): check that the report was saved completely.`
          : what === "whitespace"
            ? `${file} contains only whitespace, no text: check that the report was saved completely.`
            : what === "invisible"
              ? `${file} contains only invisible characters (zero-width characters, byte-order marks) and whitespace, no visible text: check that the report was saved completely, or export it again from the original.`
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
      zh: `${file} 是 ${ext} 文件，无法直接读取：请在 Word 或 WPS 中打开，另存为 .docx 或 PDF（或 .txt）后再试。`,
      en: `${file} is a ${ext} file, which cannot be read directly: open it in Word or WPS and save it as .docx or PDF (or .txt).`,
    }),
  /** `readReportBytes` is synchronous and reads text and HTML only. */
  needsAsyncReader: (file: string, format: string) =>
    new ReadError("unsupported-format", file, {
      zh: `${file} 是 ${format} 文件，同步读取接口 readReportBytes 只读文本和网页：请改用 readReport 或 readReportBuffer（异步）。`,
      en: `${file} is a ${format} file; readReportBytes is synchronous and reads only text and HTML: use readReport or readReportBuffer (async).`,
    }),
  wpsUnreadable: (file: string, cause?: unknown) =>
    new ReadError(
      "unsupported-format",
      file,
      {
        zh: `${file} 是 WPS 文字文件，但不是能直接读取的格式：请在 WPS 中打开，“另存为” .docx 或 PDF 后再试。`,
        en: `${file} is a WPS Writer file in a format that cannot be read directly: open it in WPS and use Save As to save it as .docx or PDF.`,
      },
      { cause },
    ),
  /** The bytes are not what the extension says and no reader fits them. */
  wrongFormat: (file: string, ext: string, actual: "text" | "html" | "unknown", suggested?: string) =>
    new ReadError("wrong-format", file, {
      zh:
        actual === "unknown"
          ? `${file} 的扩展名是 ${ext}，但内容不是 ${ext} 文件（文件头不符）：文件可能已损坏或被改了扩展名，请找到原始文件重新下载或另存。`
          : `${file} 的扩展名是 ${ext}，但实际上是${actual === "text" ? "纯文本" : "网页（HTML）"}文件：请把扩展名改为 ${suggested} 后再试。`,
      en:
        actual === "unknown"
          ? `${file} is named ${ext} but its bytes are not a ${ext} file (wrong file header): it may be damaged or renamed; download or save the original again.`
          : `${file} is named ${ext} but is really ${actual === "text" ? "a plain-text" : "a web-page (HTML)"} file: rename it to ${suggested} and try again.`,
    }),
  needsOcr: (file: string, what: "pdf" | "docx") =>
    new ReadError("needs-ocr", file, {
      zh:
        what === "pdf"
          ? `${file} 是扫描件（PDF 里只有图片，没有可复制的文字），需要先做文字识别（OCR）：请用 WPS 或 Acrobat 的 OCR 功能另存为可复制文字的 PDF 或 Word 文档后再试。`
          : `${file} 的正文只有图片，没有文字（可能是扫描件贴进了 Word），需要先做文字识别（OCR）：请用 WPS 或 Acrobat 的 OCR 功能另存为可复制文字的 PDF 或 Word 文档后再试。`,
      en:
        what === "pdf"
          ? `${file} is a scan (the PDF holds only images, no text layer) and needs OCR: use the OCR function of WPS or Acrobat to save it as a PDF or Word document with selectable text, then try again.`
          : `${file} holds only images, no text (probably a scan pasted into Word) and needs OCR: use the OCR function of WPS or Acrobat to save it as a PDF or Word document with selectable text, then try again.`,
    }),
  encrypted: (file: string) =>
    new ReadError("encrypted", file, {
      zh: `${file} 设置了打开密码，无法读取：请向报送单位索取无密码的版本，或用密码打开后另存为不加密的 PDF 再试。`,
      en: `${file} is password-protected and cannot be read: ask the issuing office for a copy without a password, or open it with the password and save it as an unencrypted PDF.`,
    }),
  zipBomb: (file: string, reason: string) =>
    new ReadError("zip-bomb", file, {
      zh: `${file} 不像正常的 Word 文档（${reason}），为安全起见拒绝解压：这通常是恶意构造的压缩包；请向报送单位索取原始文件，或在 Word 中打开后另存为 PDF。`,
      en: `${file} does not look like a normal Word document (${reason}) and was not unpacked, for safety: this is usually a maliciously built archive; ask the issuing office for the original, or open it in Word and save it as PDF.`,
    }),
  tooManyPages: (file: string, pages: number, limit: number) =>
    new ReadError("too-many-pages", file, {
      zh: `${file} 有 ${pages} 页，超过上限 ${limit} 页：年度报告一般不超过几十页，请确认这是报告本身而不是汇编或附件合集；如确需读取，可提高页数上限（maxPages）。`,
      en: `${file} has ${pages} pages, over the ${limit}-page limit: annual reports rarely run past a few dozen pages, so check it is the report itself and not a compilation; to read it anyway, raise the page limit (maxPages).`,
    }),
  timeout: (file: string, ms: number) =>
    new ReadError("timeout", file, {
      zh: `读取 ${file} 超过 ${Math.round(ms / 1000)} 秒仍未完成，已放弃：文件可能过大或结构异常；请在 WPS/Word/Acrobat 中打开后另存为新的 PDF 或 .docx 再试。`,
      en: `Reading ${file} took over ${Math.round(ms / 1000)} s and was abandoned: the file may be very large or oddly built; open it in WPS, Word or Acrobat and save it again as a new PDF or .docx.`,
    }),
  /** A PDF or Word file whose structure is broken (truncated download, damaged file). */
  damaged: (file: string, kind: string, detail: string, cause?: unknown) =>
    new ReadError(
      "unreadable",
      file,
      {
        zh: `${file} 不是完整有效的 ${kind} 文件（${detail}），无法读取：文件可能下载不完整或已损坏，请重新下载或向报送单位索取原件。`,
        en: `${file} is not a complete, valid ${kind} file (${detail}) and cannot be read: it may be an incomplete download or damaged; download it again or ask the issuing office for the original.`,
      },
      { cause },
    ),
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
