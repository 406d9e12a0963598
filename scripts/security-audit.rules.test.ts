import { describe, expect, it } from 'vitest';
import { judgeFindings, parseFindingsCsv } from './security-audit.rules';

const csv = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/electron/app.ts","108:24","openExternal: (t) => shell.openExternal(t), ""quoted""","Review the use of openExternal",https://x',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src \'self\'; a, b","One or more CSP directives",https://y',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/electron/window.ts","3:7",N/A,"Review contextIsolation",https://z',
  '',
].join('\n');

describe('parseFindingsCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    const f = parseFindingsCsv(csv);
    expect(f).toHaveLength(3);
    expect(f[0]).toMatchObject({ check: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', file: 'main/electron/app.ts', sample: 'openExternal: (t) => shell.openExternal(t), "quoted"' });
    expect(f[1]?.sample).toBe("default-src 'self'; a, b");
    expect(f[2]?.sample).toBe('N/A');
  });
});

describe('judgeFindings', () => {
  const findings = parseFindingsCsv(csv);
  it('high and medium findings block unless justified for that check in that file', () => {
    const v = judgeFindings(findings, [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/electron/app.ts', reason: 'URLs pass the allow-list in security/external-url.ts first' }]);
    expect(v.justified.map((j) => j.finding.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(v.unjustified.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(v.minor.map((f) => f.check)).toEqual(['CSP_GLOBAL_CHECK']);
  });
  it('a justification for another file or with no real reason does not count; unused ones are stale', () => {
    const v = judgeFindings(findings, [
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/electron/other.ts', reason: 'a reason that is long enough' },
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/electron/window.ts', reason: 'ok' },
    ]);
    expect(v.unjustified).toHaveLength(2);
    expect(v.stale).toHaveLength(2);
  });
});
