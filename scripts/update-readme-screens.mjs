// Copies the README's screenshots from the last end-to-end run (test-results/screens/, written by
// the Playwright tests) to docs/screens/. Run after `npm test` (or `npm run test:e2e`), then look at them.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FROM = 'test-results/screens';
const TO = 'docs/screens';
// README name ← e2e screenshot name.
const PICKS = {
  'sessions-en-light.png': 'sessions-detail-en-light.png',
  'sessions-list-zh-CN-dark.png': 'sessions-list-zh-CN-dark.png',
  'handoff-en-dark.png': 'handoff-findings-en-dark.png',
  'handoff-preview-en-light.png': 'handoff-preview-en-light.png',
  'attachments-en-light.png': 'attachments-done-en-light.png',
  'schedules-zh-CN-light.png': 'schedules-editor-zh-CN-light.png',
  'knowledge-en-dark.png': 'knowledge-detail-en-dark.png',
  'settings-en-light.png': 'settings-page-en-light.png',
  'onboarding-en-dark.png': 'onboarding-en-dark.png',
};

mkdirSync(TO, { recursive: true });
let missing = 0;
for (const [to, from] of Object.entries(PICKS)) {
  const src = join(FROM, from);
  if (!existsSync(src)) {
    console.error(`missing ${src} (run the end-to-end tests first)`);
    missing += 1;
    continue;
  }
  copyFileSync(src, join(TO, to));
  console.log(`${to} ← ${from}`);
}
process.exit(missing ? 1 : 0);
