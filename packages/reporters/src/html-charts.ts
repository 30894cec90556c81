import { html, type SafeHtml } from "./html-escape.js";

/**
 * Charts as inline SVG and CSS: nothing is fetched. Only numbers computed here go into attributes.
 */

/** Colour class of a 0–100 score: ≥ 90 good, ≥ 60 middling, below bad. */
export function scoreClass(score100: number): string {
  return score100 >= 90 ? "s-good" : score100 >= 60 ? "s-mid" : "s-bad";
}

/** A horizontal bar for a 0–100 score. */
export function scoreBar(score100: number | null, label: string): SafeHtml {
  if (score100 === null) return html`<span class="bar" role="img" aria-label="${label}"></span>`;
  const width = Math.max(0, Math.min(100, score100)).toFixed(1);
  return html`<span class="bar" role="img" aria-label="${label}"><span class="${scoreClass(score100)}" style="width:${width}%"></span></span>`;
}

/** Counts of scores in ten bins [0,10) … [90,100]; 100 goes in the last. */
export function histogramBins(scores: number[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))]! += 1;
  return bins;
}

/** A histogram of 0–100 scores in ten bins. */
export function histogram(scores: number[], title: string): SafeHtml {
  const bins = histogramBins(scores);
  const max = Math.max(1, ...bins);
  const W = 420, H = 150, left = 24, bottom = 22, top = 14;
  const bw = (W - left - 16) / 10; // room on the right for the "100" tick label
  const plotH = H - bottom - top;
  const bars = bins.map((count, i) => {
    const h = (count / max) * plotH;
    const x = left + i * bw;
    const y = H - bottom - h;
    return html`<rect class="${count ? "bin" : "empty"}" x="${(x + 2).toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${Math.max(h, 1).toFixed(1)}"><title>${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${count}</title></rect>${
      count ? html`<text x="${(x + bw / 2).toFixed(1)}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${count}</text>` : ""
    }`;
  });
  const ticks = Array.from({ length: 11 }, (_, i) => html`<text x="${(left + i * bw).toFixed(1)}" y="${H - 6}" text-anchor="middle">${i * 10}</text>`);
  return html`<svg class="histogram" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}"><title>${title}</title><line x1="${left}" y1="${H - bottom}" x2="${W - 4}" y2="${H - bottom}"></line>${bars}${ticks}</svg>`;
}
