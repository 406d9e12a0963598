import { inspectRepo } from '../../src/main/handoff/inspect-repo';
import { scanForSecrets } from '../../src/main/handoff/scan-secrets';
const ins = await inspectRepo('/tmp/gx/benchrepo', { scan: false });
const texts = ins.files.map(f => f.diffText);
const total = texts.reduce((n, t) => n + t.length, 0);
console.log('MB', total / 1048576);
const t = (name: string, fn: () => unknown) => { const t0 = performance.now(); const r = fn(); console.log(name, (performance.now()-t0).toFixed(0), r ?? ''); };
for (let i=0;i<2;i++){
t('lower', () => { for (const x of texts) x.toLowerCase(); });
const lowers = texts.map(x => x.toLowerCase());
const trig = /-----begin|pypi-ageichlwas5vcmc|github_pat_|hooks\.slack\.com\/|secret_access|secret-access|secretaccess|access_key|access-key|private_key|private-key|privatekey|accesskey|sk_live_|rk_live_|sqlserver|postgres|api_key|api-key|api\.key|mariadb|mongodb|sk-ant-|bearer |apikey|glpat-|secret|mysql|redis|token|mssql|xoxa-|xoxb-|xoxp-|xoxo-|xoxs-|xoxr-|akia|asia|abia|acca|ghp_|gho_|ghu_|ghs_|ghr_|aiza|cog_|apk_|npm_|amqp|pass|auth|cred|a3t|aws|sk-|sg\.|eyj|pwd|:\/\//g;
let hits = 0;
t('trigger', () => { for (const l of lowers) { trig.lastIndex = 0; while (trig.exec(l)) hits++; } return hits; });
t('scan', () => scanForSecrets(ins.files).length);
}
