import { num } from './number-format';
import { SERVER_NAMES } from './processes';
import type { BenchResults, ScaleRow } from './results';
import type { Spread } from './spread';
import type { ServerId } from './workloads';

/** The results' two charts, SVG written by hand: throughput per server, latency against graph size. */

const COLOURS: Record<ServerId, string> = {
  A: '#1f77b4',
  'A+': '#17becf',
  B: '#ff7f0e',
  C: '#2ca02c',
  D: '#7f7f7f',
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Grouped bars: median req/s per workload and server, with min–max whiskers. */
export function throughputSvg(results: BenchResults): string {
  const rows = results.comparison;
  const groups = [...new Set(rows.map((r) => r.workload))];
  const servers: ServerId[] = ['A', 'A+', 'B', 'C', 'D'];
  const width = 760;
  const height = 360;
  const left = 70;
  const bottom = 50;
  const top = 40;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...rows.map((r) => r.rps.max)) * 1.1;
  const groupW = (width - left - 20) / Math.max(1, groups.length);
  const barW = Math.min(40, (groupW - 20) / servers.length);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">Requests per second at ${results.settings.connections} connections (median, min–max)</text>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (max / 4) * t;
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${num(v)}</text>`,
    );
  }
  groups.forEach((g, gi) => {
    const x0 = left + gi * groupW + 10;
    servers.forEach((s, si) => {
      const row = rows.find((r) => r.workload === g && r.server === s);
      if (!row) return;
      const x = x0 + si * barW;
      parts.push(
        `<rect x="${x}" y="${y(row.rps.median)}" width="${barW - 4}" height="${top + plotH - y(row.rps.median)}" fill="${COLOURS[s]}"><title>${esc(`${g} ${SERVER_NAMES[s]}: ${num(row.rps.median)} req/s`)}</title></rect>`,
        `<line x1="${x + (barW - 4) / 2}" x2="${x + (barW - 4) / 2}" y1="${y(row.rps.min)}" y2="${y(row.rps.max)}" stroke="black"/>`,
      );
    });
    parts.push(
      `<text x="${x0 + (servers.length * barW) / 2}" y="${height - bottom + 18}" text-anchor="middle">${esc(g)}</text>`,
    );
  });
  servers.forEach((s, i) => {
    const x = left + i * 140;
    parts.push(
      `<rect x="${x}" y="${height - 20}" width="12" height="12" fill="${COLOURS[s]}"/>`,
      `<text x="${x + 16}" y="${height - 10}">${esc(SERVER_NAMES[s])}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Lines: A's W1 and W2 p50 latency against graph size (log scale), with load throughput as labels. */
export function scaleSvg(results: BenchResults): string {
  const points = results.scales.filter((s) => s.relationships > 0);
  const width = 760;
  const height = 360;
  const left = 70;
  const right = 30;
  const top = 40;
  const bottom = 60;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xs = points.map((p) => Math.log10(p.relationships));
  const xMin = Math.min(...xs, 1);
  const xMax = Math.max(...xs, xMin + 1);
  const yMax = Math.max(1, ...points.flatMap((p) => [p.w1p50?.max ?? 0, p.w2p50?.max ?? 0])) * 1.2;
  const x = (rel: number) => left + ((Math.log10(rel) - xMin) / (xMax - xMin)) * plotW;
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">A: p50 latency (ms) against graph size (relationships, log scale)</text>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (yMax / 4) * t;
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${num(v, 1)}</text>`,
    );
  }
  for (const p of points) {
    parts.push(
      `<line x1="${x(p.relationships)}" x2="${x(p.relationships)}" y1="${top}" y2="${top + plotH}" stroke="#eee"/>`,
      `<text x="${x(p.relationships)}" y="${top + plotH + 16}" text-anchor="middle">${esc(p.label)}</text>`,
      `<text x="${x(p.relationships)}" y="${top + plotH + 30}" text-anchor="middle" fill="#555">${num(p.loadRelPerS)} rel/s load</text>`,
    );
  }
  const series: { name: string; colour: string; pick: (s: ScaleRow) => Spread | null }[] = [
    { name: 'W1 condition + causes', colour: '#1f77b4', pick: (s) => s.w1p50 },
    { name: 'W2 facts depth 2', colour: '#d62728', pick: (s) => s.w2p50 },
  ];
  series.forEach((line, i) => {
    const pts = points
      .filter((p) => line.pick(p))
      .map((p) => [x(p.relationships), y(line.pick(p)!.median)] as const);
    if (pts.length > 0)
      parts.push(
        `<polyline fill="none" stroke="${line.colour}" stroke-width="2" points="${pts.map(([a, b]) => `${a},${b}`).join(' ')}"/>`,
      );
    for (const [a, b] of pts)
      parts.push(`<circle cx="${a}" cy="${b}" r="4" fill="${line.colour}"/>`);
    parts.push(
      `<rect x="${left + i * 220}" y="${height - 16}" width="12" height="12" fill="${line.colour}"/>`,
      `<text x="${left + i * 220 + 16}" y="${height - 6}">${esc(line.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
