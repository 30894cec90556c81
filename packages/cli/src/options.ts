import { UsageError } from "./io.js";

const UNITS: Record<string, number> = { "": 1024 * 1024, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "50MB", "800KB", "1.5GB", "20" (MB) → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const factor = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined || Number(m[1]) <= 0) {
    throw new UsageError({
      zh: `无法理解文件大小“${value}”，请写成 50MB、800KB 这样的形式。`,
      en: `Cannot understand the size "${value}"; write it like 50MB or 800KB.`,
    });
  }
  return Math.round(Number(m[1]) * factor);
}

/** `--fail-under`: a score from 0 to 100, or undefined when not given. */
export function parseFailUnder(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const score = Number(value);
  if (!(score >= 0 && score <= 100)) {
    throw new UsageError({ zh: `--fail-under 应为 0 到 100 之间的分数，收到“${value}”。`, en: `--fail-under must be a score from 0 to 100, got "${value}".` });
  }
  return score;
}

/** The narrowest plain-text table fazhi lays out (its fixed columns and a short issuer). */
export const MIN_WIDTH = 40;

/**
 * The width plain text is laid out for: `--width N`, else the COLUMNS environment variable, else the terminal's
 * width when printing to one, else `fallback`. A width that is not a whole number ≥ 40 is a usage error
 * (from COLUMNS it is ignored, as other tools do).
 */
export function textWidth(option: string | undefined, env: NodeJS.ProcessEnv, terminal: number | undefined, fallback = 80): number {
  if (option !== undefined) {
    const n = Number(option);
    if (!(Number.isInteger(n) && n >= MIN_WIDTH)) {
      throw new UsageError({ zh: `--width 应为不小于 ${MIN_WIDTH} 的整数（字符列数），收到“${option}”。`, en: `--width must be a whole number of columns, at least ${MIN_WIDTH}; got "${option}".` });
    }
    return n;
  }
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns >= MIN_WIDTH) return columns;
  return terminal ?? fallback;
}

/** A binary format (xlsx) needs `--out`: it is never written to a terminal. */
export function requireOutForBinary(format: string, out: string | undefined): void {
  if (format === "xlsx" && out === undefined) {
    throw new UsageError({ zh: "xlsx 是二进制格式，请用 --out 指定要写入的文件，例如 --out 结果.xlsx。", en: "xlsx is a binary format; name the file with --out, e.g. --out result.xlsx." });
  }
}
