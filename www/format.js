// Figures as people write them, the one formatter every face uses (card, tables, CSV,
// report, the widget). The analysis gives values normalised (`3000亿元` → 300000000000, unit
// 元); an editor reads `3000亿元`, so a value is shown again with the magnitude its text
// wrote (亿, 万亿, 万…), or, for a plan's value or a computed one, the magnitude a writer
// would choose. Digits are moved as a decimal string, never by dividing a float, so
// 4860.4亿元 reads 4860.4亿元 and no binary-float residue (4860.400000001) is ever shown.
// No DOM and no language here: a figure reads the same in both interfaces (it is the
// document's), so tests/e2e/page.mjs imports this module in node too.

/** Chinese magnitudes, largest first: the power of ten each stands for. */
const MAGNITUDES = [
  ['万亿', 12],
  ['亿', 8],
  ['千万', 7],
  ['百万', 6],
  ['万', 4],
];

/** Significant digits kept: a double holds 15-17; the 16th and 17th are where the residue of
 *  float arithmetic lives (0.1 + 0.2 = 0.30000000000000004). */
const SIGNIFICANT = 15;

/** `value` as an exact decimal string shifted `shift` places left (÷ 10^shift), rounded to at
 *  most `maxFrac` decimals when given; no exponent, no trailing zeros: 486040000000, 8 → "4860.4". */
export function decimal(value, shift = 0, maxFrac = null) {
  if (!Number.isFinite(value)) return String(value);
  const [mant, exp] = Math.abs(value).toExponential(SIGNIFICANT - 1).split('e');
  let digits = mant.replace('.', '');
  let point = 1 + Number(exp) - shift; // digits before the decimal point
  if (maxFrac !== null && point + maxFrac < 0) return '0';
  if (maxFrac !== null && digits.length - point > maxFrac) {
    const keep = Math.max(0, point + maxFrac);
    const up = digits[keep] >= '5';
    digits = digits.slice(0, keep);
    if (up) {
      // Round half up on the digit string: 0.5 → 1, 99.95 → 100.0.
      const carried = (BigInt(digits || '0') + 1n).toString();
      if (carried.length > digits.length && digits.length > 0) point += 1;
      else if (digits.length === 0) point += 1;
      digits = carried;
    }
  }
  digits = digits.replace(/0+$/, '');
  if (!digits) return '0';
  let s;
  if (point <= 0) s = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) s = digits + '0'.repeat(point - digits.length);
  else s = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return value < 0 ? `-${s}` : s;
}

/** A value as a number again, without float residue (for JSON and sorting). */
export function clean(value) {
  return typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT)) : value;
}

/** A number, in digits or Chinese numerals, and the magnitude word right after it. */
const WRITTEN = /[0-9.０-９零〇一二两三四五六七八九十百千]\s*(万亿|亿|千万|百万|万)/;

/** The magnitude a figure's text writes after its number (`3000亿元` → 8, `50万人` → 4,
 *  `一百一十四万亿元` → 12, `2136家` → 0; `3.5亩/亿元` → 0: 亿 there is the unit's). */
export function writtenMagnitude(text) {
  if (!text) return null;
  const m = WRITTEN.exec(text);
  return m ? MAGNITUDES.find(([word]) => word === m[1])[1] : 0;
}

/** The magnitude a writer would give `value`: the largest under which it is at least 1 and
 *  keeps at most two decimals (6000000000000 → 万亿: 6; 12345 stays 12345). */
export function naturalMagnitude(value) {
  const a = Math.abs(value);
  for (const [, power] of MAGNITUDES) {
    if (power === 7 || power === 6) continue; // 千万/百万 are written only when the text does
    if (a < 10 ** power) continue;
    const shifted = decimal(a, power);
    const frac = shifted.split('.')[1] ?? '';
    if (frac.length <= 2) return power;
  }
  return 0;
}

const WORD = Object.fromEntries(MAGNITUDES.map(([w, p]) => [p, w]));

/** Units that scale with a Chinese magnitude (an amount of something), not rates. */
function scalable(unit) {
  return !(unit.includes('/') || unit === '%' || unit === '‰' || unit === '个百分点' || unit === '百分点' || (unit ?? '').startsWith(':'));
}

/**
 * One figure as written: `figure(300000000000, '元', 8)` → `3000亿元`, `figure(6.5, '%')` →
 * `6.5%`. `magnitude`: the power of ten to write it in (the text's: writtenMagnitude), or
 * null for the natural one. `maxFrac` rounds a computed value (an expected value).
 */
export function figure(value, unit, magnitude = null, maxFrac = null) {
  if (value === null || value === undefined) return '—';
  const u = unit ?? '';
  let power = 0;
  if (scalable(u) && Math.abs(value) >= 1) {
    power = magnitude ?? naturalMagnitude(value);
    // A magnitude that does not fit the value (a text that wrote another unit): the natural one.
    if (power && Math.abs(value) < 10 ** (power - 3)) power = naturalMagnitude(value);
  }
  return `${decimal(value, power, maxFrac)}${power ? WORD[power] : ''}${u}`;
}

/** The bound of a qualifier, before the value. */
export const BOUND = { at_least: '≥ ', at_most: '≤ ', about: '≈ ' };

/**
 * A claim's value as its text writes it, with its bound: `750亿元以上` → `≥ 750亿元`,
 * `5%—6%` → `5%～6%`; null when the value is beyond representation.
 */
export function claimFigure(claim) {
  if (claim.value === null) return null;
  const power = writtenMagnitude(claim.text);
  if (claim.qualifier === 'range' && claim.value_max !== null) {
    return `${figure(claim.value, claim.unit, power)}～${figure(claim.value_max, claim.unit, power)}`;
  }
  return (BOUND[claim.qualifier] ?? '') + figure(claim.value, claim.unit, power);
}

/**
 * The numbers inside a formula the core wrote, as people write them: float residue cut
 * (486039999999.99994 → 486040000000) and amounts of 亿 and more in their magnitude
 * (486040000000 < 6000000000000 → 4860.4亿 < 6万亿). Years, rates and small counts stay.
 */
export function formulaFigures(formula) {
  if (!formula) return formula;
  return formula.replace(/\d+(?:\.\d+)?/g, (token) => {
    const value = Number(token);
    const power = value >= 1e8 ? naturalMagnitude(value) : 0;
    if (power) return `${decimal(value, power)}${WORD[power]}`;
    return token.replace('.', '').length > SIGNIFICANT ? decimal(value) : token;
  });
}
