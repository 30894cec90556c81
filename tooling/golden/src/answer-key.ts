import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const seedDir = join(repoRoot, "seeds");

export interface KeyIndicator {
  id: string;
  value: number;
  text: string;
  stated?: boolean;
  implied?: boolean;
  approx?: boolean;
}
export interface KeyReport {
  file: string;
  script: string;
  issuer: string;
  level: string;
  reportYear: number;
  addressee: string | null;
  documentNumber: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  pageChrome: boolean;
  pageChromeLines?: number[];
  encodingDamage: Array<{ line: number; text: string }>;
  topLevelHeadings: string[];
  indicators: KeyIndicator[];
}

export const answerKey: { reports: KeyReport[] } = JSON.parse(readFileSync(join(seedDir, "expected/seeds.json"), "utf8"));

export function seedText(file: string): string {
  return readFileSync(join(seedDir, file), "utf8");
}

/** 1-based line of the seed file where `fragment` occurs (the key's texts occur literally). */
export function lineOf(fileText: string, fragment: string): number {
  const at = fileText.indexOf(fragment);
  if (at === -1) throw new Error(`answer-key text not found in file: ${fragment}`);
  return fileText.slice(0, at).split("\n").length;
}

/**
 * Indicators whose value is written as a number in their text: the model's `numbers` must hold them.
 * Implied values (全覆盖, 均出庭应诉 → 1.0) and computed ones (stated: false, e.g. 1件 + 8件 → 9) are not numbers in the text.
 */
export function hasWrittenNumber(ind: KeyIndicator): boolean {
  if (ind.implied || ind.stated === false) return false;
  if (ind.value === 1 && !/%/.test(ind.text)) return false;
  return /\d/.test(ind.text);
}
