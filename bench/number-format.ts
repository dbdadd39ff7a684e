import type { Spread } from './spread';

/** Numbers as the report prints them: grouped thousands, n/a for what was not measured. */
export const num = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
export const withSpread = (s: Spread | null, digits = 0) =>
  s
    ? s.min === s.max
      ? num(s.median, digits)
      : `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`
    : 'n/a';
