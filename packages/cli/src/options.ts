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
