// Decimal-exact comparisons for band edges: 0.9 × 110 must equal 99, not 99.00000000000001.
// Inputs carry far fewer than 12 significant digits, so rounding every derived figure to 12
// significant digits removes binary noise without changing any written value.

export function dec(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

export function round2(x: number): number {
  return Math.round(dec(x) * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}
