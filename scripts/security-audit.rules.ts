/** One electronegativity finding (from its CSV report). */
export interface Finding {
  check: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** A checked-in reason why a finding is acceptable: one check in one file (path relative to src/). */
export interface Justification {
  check: string;
  file: string;
  reason: string;
}

/** Parses electronegativity's CSV (quoted fields may hold commas and doubled quotes). */
export function parseFindingsCsv(csv: string): Finding[] {
  const rows = parseCsv(csv);
  return rows
    .slice(1)
    .filter((r) => r.length >= 7)
    .map((r) => ({
      check: r[0] as string,
      severity: r[1] as string,
      confidence: r[2] as string,
      file: r[3] as string,
      location: r[4] as string,
      sample: r[5] as string,
      description: r[6] as string,
    }));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

export interface Verdict {
  /** High/medium findings without a justification: the audit fails on these. */
  unjustified: Finding[];
  justified: { finding: Finding; reason: string }[];
  /** Justifications that match nothing any more (prune them). */
  stale: Justification[];
  /** Low/informational findings, listed for the record. */
  minor: Finding[];
}

const BLOCKING = new Set(['HIGH', 'MEDIUM']);

/** Sorts findings into blocking, justified and minor (pure). */
export function judgeFindings(findings: readonly Finding[], justifications: readonly Justification[]): Verdict {
  const used = new Set<Justification>();
  const verdict: Verdict = { unjustified: [], justified: [], stale: [], minor: [] };
  for (const f of findings) {
    if (!BLOCKING.has(f.severity.toUpperCase())) {
      verdict.minor.push(f);
      continue;
    }
    const j = justifications.find((x) => x.check === f.check && x.file === f.file);
    if (j && j.reason.trim().length >= 20) {
      used.add(j);
      verdict.justified.push({ finding: f, reason: j.reason });
    } else verdict.unjustified.push(f);
  }
  verdict.stale = justifications.filter((j) => !used.has(j));
  return verdict;
}
