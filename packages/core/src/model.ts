import { z } from "zod";

/**
 * The report model: what every rule sees. Every node carries `span` (UTF-16 offsets into `text`),
 * `line` (1-based line of `text`) and `raw`, with the invariant `text.slice(span[0], span[1]) === raw`.
 * `origin` points back into the source file (its line as stored, and the HTML element / docx paragraph /
 * pdf page where the reader knows it).
 */

export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof SpanSchema>;

export const OriginSchema = z.object({
  /** 1-based line in the source file as stored (for html: the line of the element in the HTML source). */
  line: z.number().int().positive(),
  /** HTML: a short path of the element the text came from, e.g. `div#zoom > p:nth-of-type(3)`. */
  element: z.string().optional(),
  /** docx: 0-based paragraph index. */
  paragraph: z.number().int().nonnegative().optional(),
  /** pdf: 1-based page. */
  page: z.number().int().positive().optional(),
});
export type Origin = z.infer<typeof OriginSchema>;

/** A text in both of fazhi's languages: Chinese first, English available (every message, title and label). */
export const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;
/** The same, where an author must write both (a rule's title and messages, a catalogue entry). */
export const NonEmptyLocalizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const EvidenceSchema = z.object({
  line: z.number().int().positive(),
  /**
   * 1-based column where the quote starts on its line, in UTF-16 code units (one per Chinese character, as
   * editors count): given on a line a number alone does not find (longer than `LONG_LINE`, as in a report
   * read as one line).
   */
  column: z.number().int().positive().optional(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LineSchema = z.object({
  /** 1-based line number in `text`. */
  line: z.number().int().positive(),
  span: SpanSchema,
  raw: z.string(),
  origin: OriginSchema,
  /** Web-page furniture (menus, breadcrumbs, metadata tables, footers): kept, but not part of the report body. */
  chrome: z.boolean(),
});
export type Line = z.infer<typeof LineSchema>;

export const LevelSchema = z.enum(["province", "city", "county", "township", "department"]);
export type Level = z.infer<typeof LevelSchema>;
export const ScriptSchema = z.enum(["simplified", "traditional", "mixed"]);
export type Script = z.infer<typeof ScriptSchema>;
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Exactly the fields of DESIGN §5 — other tools rely on these names. */
export const MetaSchema = z.object({
  issuer: z.string().nullable(),
  level: LevelSchema.nullable(),
  reportYear: z.number().int().nullable(),
  addressee: z.string().nullable(),
  documentNumber: z.string().nullable(),
  signedDate: IsoDate.nullable(),
  publishedDate: IsoDate.nullable(),
  script: ScriptSchema,
  pageChrome: z.boolean(),
  encodingDamage: z.array(EvidenceSchema),
  truncated: z.boolean(),
});
export type Meta = z.infer<typeof MetaSchema>;

/** How each metadata field was found: the evidence behind `meta`, and what does not fit its fixed shape. */
export const MetaDetailsSchema = z.object({
  /** The report's title as written, if one was found. */
  title: EvidenceSchema.nullable(),
  issuerAsWritten: z.string().nullable(),
  /** For a department (县公安局, 市司法局…): the level of government it belongs to. */
  departmentLevel: z.enum(["national", "province", "city", "county", "township"]).nullable(),
  /** Evidence line and text per meta field that was found. */
  evidence: z.record(z.string(), EvidenceSchema),
  /** 1-based lines of `text` that are page chrome. */
  chromeLines: z.array(z.number().int().positive()),
  /**
   * Meta fields that are inferred or guessed rather than read from the text as written (an issuer composed
   * from the place the report names for itself, a year taken from the publication date): the field, how it
   * was found, a note for the reader and the evidence. A field not listed here was stated.
   */
  inferred: z
    .array(
      z.object({
        field: z.enum(["issuer", "level", "reportYear"]),
        basis: z.string(),
        note: z.object({ zh: z.string(), en: z.string() }),
        evidence: z.array(EvidenceSchema),
      }),
    )
    .optional(),
});
export type MetaDetails = z.infer<typeof MetaDetailsSchema>;

export const HeadingStyleSchema = z.enum([
  "chapter", // 第一章 / 第一部分
  "cn-comma", // 一、
  "cn-paren", // （一） / (一) / 一）
  "arabic-dot", // 1. / 1、 / 1．
  "arabic-paren", // （1） / (1) / 1）
  "run-in-ordinal", // 一是… / 二是…
  "run-in-title", // a short first sentence ending in 。 that titles the paragraph after it
]);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;

export interface Heading {
  id: string;
  style: HeadingStyle;
  /** 1 = top level of the tree. */
  depth: number;
  /** The numbering as written ("一", "1", "二是" → "二"), null for unnumbered run-in titles. */
  number: string | null;
  /** The numbering as an integer (一 → 1), null when unnumbered. */
  ordinal: number | null;
  /** Title without its numbering, trailing 。 and watermarks. */
  title: string;
  /** Numbering + title as a reader would quote the heading, e.g. "一、工作总体开展情况". */
  text: string;
  /** Exactly `text.slice(span)`: the heading as it stands in the source (numbering included). */
  raw: string;
  span: Span;
  line: number;
  origin: Origin;
  /** True when body text follows the heading on the same line (run-in heading). */
  runIn: boolean;
  children: Heading[];
}
export const HeadingSchema: z.ZodType<Heading> = z.lazy(() =>
  z.object({
    id: z.string(),
    style: HeadingStyleSchema,
    depth: z.number().int().positive(),
    number: z.string().nullable(),
    ordinal: z.number().int().nullable(),
    title: z.string(),
    text: z.string(),
    raw: z.string(),
    span: SpanSchema,
    line: z.number().int().positive(),
    origin: OriginSchema,
    runIn: z.boolean(),
    children: z.array(HeadingSchema),
  }),
);

export const ParagraphSchema = z.object({
  index: z.number().int().nonnegative(),
  span: SpanSchema,
  line: z.number().int().positive(),
  endLine: z.number().int().positive(),
  raw: z.string(),
  origin: OriginSchema,
  /** id of the innermost heading this paragraph sits under (null before the first heading). */
  headingId: z.string().nullable(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  span: SpanSchema,
  line: z.number().int().positive(),
  raw: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const NumberKindSchema = z.enum([
  "count", // 564件, 1192名, 4次, 两万余人次
  "rate", // 99.3%, 百分之九十
  "money", // 20万元
  "change", // 同比下降21.9%, 增加7.6个百分点, 较上年增加58人
  "score", // 92.25分
  "year", // 2023年, 2021-2025年
  "date", // 2021年1月25日, 2023-03-07, 11月28日
  "ordinal", // 第8次, 第三次会议, 连续5年
  "documentNumber", // 武政发〔2021〕7号, 国办发〔2018〕37号
  "other", // 2.0方案, “1310”, 12345热线 …: number-like, not a quantity
]);
export type NumberKind = z.infer<typeof NumberKindSchema>;

export const QualifierSchema = z.enum(["余", "多", "逾", "近", "约", "以上", "超过", "以下", "不到"]);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const NumericFactSchema = z.object({
  span: SpanSchema,
  line: z.number().int().positive(),
  /** Exactly `text.slice(span)`: the number with its qualifier and unit, e.g. "13000余件", "99.3%". */
  raw: z.string(),
  /** The value. Rates are fractions (99.3% → 0.993); 万/亿 are scaled (80.63万件 → 806300). */
  value: z.number(),
  /** Unit as written after scaling: "件", "人次", "%", "元", "个百分点"…; null when none. */
  unit: z.string().nullable(),
  kind: NumberKindSchema,
  qualifier: QualifierSchema.nullable(),
  /** 余/多/逾/近/约 */
  approx: z.boolean(),
  /** 以上/超过 → lower bound; 以下/不到 → upper bound. */
  bound: z.enum(["lower", "upper"]).nullable(),
  /** Decimal places as written (99.19% → 2), for tolerance checks. */
  decimals: z.number().int().nonnegative(),
  /** For changes: up (增加/上升/增长) or down (下降/减少). */
  direction: z.enum(["up", "down"]).nullable(),
  /** The phrase this number quantifies, as written ("调解成功", "出庭应诉率", "办复率、满意率"); null when none. */
  label: z.string().nullable(),
  /** index into `sentences`. */
  sentence: z.number().int().nonnegative(),
});
export type NumericFact = z.infer<typeof NumericFactSchema>;

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.object({ zh: z.string(), en: z.string() }),
  line: z.number().int().positive().optional(),
  text: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const SourceFormatSchema = z.enum(["txt", "html", "docx", "doc", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const SourceInfoSchema = z.object({
  format: SourceFormatSchema,
  /** The encoding the bytes were decoded with: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: z.string(),
  /** How sure the detector was (0–100); 100 when a BOM or strict UTF-8 decoding decided it. */
  encodingConfidence: z.number().min(0).max(100),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

export const ReportModelSchema = z.object({
  file: z.string(),
  source: SourceInfoSchema,
  text: z.string(),
  lines: z.array(LineSchema),
  meta: MetaSchema,
  metaDetails: MetaDetailsSchema,
  headings: z.array(HeadingSchema),
  paragraphs: z.array(ParagraphSchema),
  sentences: z.array(SentenceSchema),
  numbers: z.array(NumericFactSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ReportModel = z.infer<typeof ReportModelSchema>;

/** What a reader hands to core: decoded text plus what the reader knows about where it came from. */
export const SourceDocumentSchema = z.object({
  file: z.string(),
  source: SourceInfoSchema,
  /** Decoded text; any line ending (core normalizes to \n). */
  text: z.string(),
  /** Per line of the normalized text (index 0 = line 1): its origin. Missing → line n comes from source line n. */
  lineOrigins: z.array(OriginSchema).optional(),
  /** 1-based lines of the normalized text the reader already knows to be page chrome (e.g. from HTML structure). */
  chromeLines: z.array(z.number().int().positive()).optional(),
  /** What the reader noticed (e.g. decoding replacement characters). */
  diagnostics: z.array(DiagnosticSchema).optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
