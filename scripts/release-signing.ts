// The release job's signing step: reads SECRET_* variables (the workflow maps repository secrets to
// them), exports complete sets to $GITHUB_ENV for electron-builder, and says what is skipped.
import { appendFileSync } from 'node:fs';
import { githubEnvLines, signingPlan } from './release-signing-plan';

const plan = signingPlan(process.platform, process.env);
for (const n of plan.notices) console.log(`::notice::${n}`);
for (const e of plan.errors) console.log(`::error::${e}`);
if (plan.errors.length > 0) process.exit(1);
const target = process.env['GITHUB_ENV'];
if (target) appendFileSync(target, githubEnvLines(plan.exports));
console.log(`signing: ${Object.keys(plan.exports).join(', ') || 'nothing to export'}`);
