import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseDocument, type ReportModel } from "@fazhi/core";
import { prettyJsonChunks } from "@fazhi/result";
import { ReadError, readReport } from "@fazhi/readers";
import { detectLang, type Lang } from "../i18n.js";
import { EXIT, UsageError, type CliIO } from "../io.js";
import { renderModelText } from "../render-model.js";
import { parseSize } from "../options.js";

export const PARSE_HELP = {
  zh: `用法: fazhi parse 文件... [选项]

读取报告文件（.txt / .html，UTF-8、GB18030、Big5 均可），输出结构化模型：
元数据（发文机关、层级、报告年度、主送机关、文号、日期）、标题结构、段落、句子和数字。

选项:
  --format text|json      输出格式（默认 text；json 为完整模型，供其他程序使用）
  --max-file-size 大小     单个文件大小上限，如 50MB、800KB（默认 50MB）
  --lang zh|en            提示语言（默认中文）
  -h, --help              显示本帮助

示例:
  fazhi parse report.txt
  fazhi parse seeds/*.txt --format json > models.json
`,
  en: `Usage: fazhi parse FILE... [options]

Reads report files (.txt / .html in UTF-8, GB18030 or Big5) and prints the structured model:
metadata (issuer, level, report year, addressee, document number, dates), headings, paragraphs,
sentences and numbers.

Options:
  --format text|json      output format (default text; json is the whole model, for other programs)
  --max-file-size SIZE    size limit per file, e.g. 50MB, 800KB (default 50MB)
  --lang zh|en            language of messages (default Chinese)
  -h, --help              show this help

Examples:
  fazhi parse report.txt
  fazhi parse seeds/*.txt --format json > models.json
`,
};

export interface FileError {
  file: string;
  code: string;
  message: { zh: string; en: string };
}

export async function runParse(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "text" },
      "max-file-size": { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(PARSE_HELP[lang]);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") {
    throw new UsageError({
      zh: `--format 只能是 text 或 json，收到的是“${format}”。`,
      en: `--format must be text or json, got "${format}".`,
    });
  }
  if (positionals.length === 0) {
    throw new UsageError({ zh: "请指定至少一个报告文件，例如：fazhi parse seeds/*.txt", en: "Name at least one report file, e.g. fazhi parse seeds/*.txt" });
  }
  const maxBytes = values["max-file-size"] === undefined ? undefined : parseSize(values["max-file-size"]);

  const documents: ReportModel[] = [];
  const errors: FileError[] = [];
  for (const file of positionals) {
    try {
      const source = await readReport(resolve(io.cwd, file), { maxBytes });
      source.file = file;
      const model = parseDocument(source);
      documents.push(model);
      if (format === "text") io.stdout(renderModelText(model, lang) + "\n");
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      errors.push({ file, code: error.code, message: error.messages });
      io.stderr(`✖ ${error.messages[lang]}\n`);
    }
  }
  if (format === "json") {
    // A piece at a time, as score's JSON: the models of many files are longer than one string can be.
    for (const piece of prettyJsonChunks({ schemaVersion: 1, documents, errors })) io.stdout(piece.toString());
  }
  if (errors.length > 0) {
    io.stderr(
      lang === "zh"
        ? `${positionals.length} 个文件中 ${errors.length} 个无法读取，其余已解析。\n`
        : `${errors.length} of ${positionals.length} files could not be read; the others were parsed.\n`,
    );
    return EXIT.usage;
  }
  return EXIT.ok;
}

export { detectLang };
