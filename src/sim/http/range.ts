/**
 * Parsing of a `Range: bytes=…` header against a body of `size` bytes (RFC 9110 §14).
 * Only single ranges are honoured; multi-range requests get the whole body (allowed by the RFC).
 */
export type RangeDecision =
  | { kind: 'full' }
  | { kind: 'partial'; start: number; end: number /* inclusive */ }
  | { kind: 'unsatisfiable' };

/** Decides what to send for a Range header (undefined header = full body). */
export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  const m = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!m || m[1] === undefined) return { kind: 'full' };
  const specs = m[1].split(',');
  if (specs.length !== 1) return { kind: 'full' };
  const spec = (specs[0] ?? '').trim();
  const r = /^(\d*)-(\d*)$/.exec(spec);
  if (!r) return { kind: 'full' };
  const [, a = '', b = ''] = r;
  if (a === '' && b === '') return { kind: 'full' };
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (end < start) return { kind: 'full' };
  return { kind: 'partial', start, end };
}
