import type { FieldRange } from './cron-fields';

/**
 * The values one field matches, ascending, or null if it does not parse. Day-of-week 7 folds
 * into 0 (both are Sunday). Call on fields that passed `validateCron`.
 */
export function expandField(text: string, range: FieldRange): number[] | null {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [base = '', stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return null;
    let low = range.min;
    let high = range.max;
    if (base !== '*') {
      const [a = '', b] = base.split('-');
      const lowValue = read(a, range);
      const highValue = b === undefined ? lowValue : read(b, range);
      if (lowValue === null || highValue === null) return null;
      low = lowValue;
      high = highValue;
    }
    for (let v = low; v <= high; v += step) values.add(range.max === 7 && v === 7 ? 0 : v);
  }
  return [...values].sort((x, y) => x - y);
}

function read(text: string, range: FieldRange): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return range.names?.[text.toUpperCase()] ?? null;
}

/**
 * The shortest field text for a set of values: `*` for all, ranges for runs of three or more
 * ("1-5"), commas otherwise ("0,6").
 */
export function compressField(values: readonly number[], range: FieldRange): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const span = range.max === 7 ? 7 : range.max - range.min + 1;
  if (sorted.length === span) return '*';
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const first = sorted[i] as number;
    const last = sorted[j] as number;
    if (j - i >= 2) out.push(`${first}-${last}`);
    else for (let k = i; k <= j; k++) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out.join(',');
}
