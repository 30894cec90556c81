/** The evaluators' summary lines, and the floors they are held to. */

export interface OpeningsFigures {
  fields: number;
  total: number;
  files: number;
}
export interface PassagesFigures {
  found: number;
  total: number;
  invented: number;
  review: number;
}
export interface Floors {
  openings: { fields: number };
  passages: { recall: number; maxInvented: number };
}

/** "openings: 970/1095 fields (88.6%) over 98 files" → counts; null when the line is not there. */
export function parseOpenings(output: string): OpeningsFigures | null {
  const m = /^openings: (\d+)\/(\d+) fields \([\d.]+%\) over (\d+) files/m.exec(output);
  return m ? { fields: Number(m[1]), total: Number(m[2]), files: Number(m[3]) } : null;
}

/** "passages: 130/248 key values found (recall 52.4%), 25 invented (precision 83.9%), 4 extras to review, …" */
export function parsePassages(output: string): PassagesFigures | null {
  const m = /^passages: (\d+)\/(\d+) key values found \(recall [\d.]+%\), (\d+) invented \(precision [\d.]+%\), (\d+) extras to review/m.exec(output);
  return m ? { found: Number(m[1]), total: Number(m[2]), invented: Number(m[3]), review: Number(m[4]) } : null;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
/** Floors are kept to three decimals, rounded down, so a figure always meets the floor it raised. */
export const floor3 = (x: number): number => Math.floor(x * 1000 + 1e-9) / 1000;

/** Every way the figures fall below the floors, as zh/en lines; empty when they meet them. */
export function belowFloors(o: OpeningsFigures, p: PassagesFigures, floors: Floors): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  const of = ratio(o.fields, o.total);
  if (of + 1e-9 < floors.openings.fields)
    out.push({ zh: `开头字段正确率 ${pct(of)} 低于下限 ${pct(floors.openings.fields)}`, en: `openings fields ${pct(of)} below the floor ${pct(floors.openings.fields)}` });
  const recall = ratio(p.found, p.total);
  if (recall + 1e-9 < floors.passages.recall)
    out.push({ zh: `段落指标找到率 ${pct(recall)} 低于下限 ${pct(floors.passages.recall)}`, en: `passages recall ${pct(recall)} below the floor ${pct(floors.passages.recall)}` });
  if (p.invented > floors.passages.maxInvented)
    out.push({ zh: `误读指标 ${p.invented} 个，超过上限 ${floors.passages.maxInvented} 个`, en: `${p.invented} invented values, above the ceiling of ${floors.passages.maxInvented}` });
  return out;
}

/** Floors raised to the figures where they are better; never lowered. */
export function raisedFloors(o: OpeningsFigures, p: PassagesFigures, floors: Floors): Floors {
  return {
    openings: { fields: Math.max(floors.openings.fields, floor3(ratio(o.fields, o.total))) },
    passages: {
      recall: Math.max(floors.passages.recall, floor3(ratio(p.found, p.total))),
      maxInvented: Math.min(floors.passages.maxInvented, p.invented),
    },
  };
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
