// Decimal-exact comparisons for band edges: in binary, 0.9 × 0.8 is 0.7200000000000001 and
// 2.1 − 2 is 0.10000000000000009, so an actual exactly on the edge would fall outside it.
// Inputs carry far fewer than 12 significant digits, so rounding every derived figure to 12
// significant digits removes the binary noise without changing any written value.

export function dec(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

export function round2(x: number): number {
  return Math.round(dec(x) * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}
