/**
 * The name a value given to Devin as a session secret gets, derived from where it was found
 * (pure). In order:
 * 1. the assignment it is the value of: `STRIPE_SECRET_KEY=…`, `"apiKey": "…"`, `password: …`,
 *    `config.stripe.secretKey = …`, `<password>…`, `ENV TOKEN …`, `setenv("DB_PASS", "…")`;
 * 2. for a key block with no assignment, the file it sits in: `deploy/key.pem` → `DEPLOY_KEY_PEM`;
 * 3. the kind of secret: `ghp_…` in prose → `GITHUB_TOKEN`.
 * The result is an environment-variable name in upper snake case, at most DERIVED_KEY_MAX long.
 */

/** A proposed name stays readable; the contract allows 256 for a name the user types. */
export const DERIVED_KEY_MAX = 64;

export interface KeyNameSource {
  /** The line's text before the value (no diff marker). */
  before: string;
  /** The file it was found in (`/`-separated). */
  file: string;
  /** The scanner's rule id. */
  rule: string;
}

/** Names that say nothing about the value (`{ name: 'stripe', value: 'sk_…' }`): the rule names it better. */
const MEANINGLESS = new Set(['VALUE', 'VAL', 'V', 'DATA', 'X', 'S', 'STR', 'STRING', 'DEFAULT', 'TEXT', 'CONTENT', 'ITEM', 'ARG', 'RESULT']);

/** Leading parts of a dotted name that are containers, not names (`this.`, `process.env.`, `config.`). */
const CONTAINERS = new Set([
  'this', 'self', 'process', 'env', 'os', 'environ', 'config', 'cfg', 'conf', 'settings', 'options', 'opts', 'props',
  'window', 'global', 'globals', 'exports', 'module', 'app', 'secrets', 'vars', 'params',
]);

/** Rule id → the name its kind of secret usually has as an environment variable. */
const RULE_NAMES: Readonly<Record<string, string>> = {
  'private-key': 'PRIVATE_KEY',
  'base64-private-key': 'PRIVATE_KEY',
  'aws-access-key-id': 'AWS_ACCESS_KEY_ID',
  'aws-secret-access-key': 'AWS_SECRET_ACCESS_KEY',
  'aws-secret-near-key-id': 'AWS_SECRET_ACCESS_KEY',
  'github-token': 'GITHUB_TOKEN',
  'github-fine-grained-pat': 'GITHUB_TOKEN',
  'gitlab-pat': 'GITLAB_TOKEN',
  'slack-token': 'SLACK_TOKEN',
  'slack-webhook': 'SLACK_WEBHOOK_URL',
  'stripe-live-key': 'STRIPE_SECRET_KEY',
  'google-api-key': 'GOOGLE_API_KEY',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'openai-api-key': 'OPENAI_API_KEY',
  'devin-api-key': 'DEVIN_API_KEY',
  'devin-legacy-key': 'DEVIN_API_KEY',
  'npm-token': 'NPM_TOKEN',
  'pypi-token': 'PYPI_TOKEN',
  'sendgrid-api-key': 'SENDGRID_API_KEY',
  jwt: 'JWT',
  'connection-string': 'DATABASE_URL',
  'url-credentials': 'URL_WITH_CREDENTIALS',
  'azure-storage-key': 'AZURE_STORAGE_KEY',
  'azure-sas-signature': 'AZURE_SAS_SIGNATURE',
  'bearer-token': 'BEARER_TOKEN',
  'generic-secret': 'SECRET',
};

const KEY_BLOCK_RULES = new Set(['private-key', 'base64-private-key']);

/**
 * The name the text before a value assigns it to, or null. The value may open with a quote.
 * Forms: `NAME=`, `NAME: `, `"name": `, `'name' => `, `name := `, `--name=`, `env["NAME"] = `,
 * `<name>`, `ENV NAME `, `export NAME=`, `set("NAME", `.
 */
export function assignedName(before: string): string | null {
  const text = before.replace(/[ \t]*["'`]?[ \t]*$/, '');
  const assign = /(?<![\w$.])-{0,2}([A-Za-z0-9_$][\w$.-]*)["'`]?\]?[ \t]*(?::=|=>|==?|:)$/.exec(text);
  if (assign?.[1]) return assign[1];
  const tag = /<([A-Za-z_][\w.-]*)(?:\s[^<>]*)?>$/.exec(text);
  if (tag?.[1]) return tag[1];
  const dockerEnv = /(?:^|\s)(?:ENV|setx)[ \t]+([A-Za-z_]\w*)$/.exec(text);
  if (dockerEnv?.[1]) return dockerEnv[1];
  const call = /["']([A-Za-z_][\w.-]*)["'][ \t]*,$/.exec(text);
  if (call?.[1]) return call[1];
  return null;
}

/** `stripeSecretKey`, `stripe-secret.key`, `APIKey` → `STRIPE_SECRET_KEY`, `STRIPE_SECRET_KEY`, `API_KEY`. */
export function toEnvName(raw: string): string {
  const snake = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (snake === '') return '';
  return /^[0-9]/.test(snake) ? `SECRET_${snake}` : snake;
}

/** Keeps the end of a long name (the specific part), cut at an underscore when one is near. */
export function clipName(name: string, max = DERIVED_KEY_MAX): string {
  if (name.length <= max) return name;
  const tail = name.slice(name.length - max);
  const cut = tail.indexOf('_');
  const clipped = cut >= 0 && cut < max / 2 ? tail.slice(cut + 1) : tail;
  return /^[0-9]/.test(clipped) ? `S_${clipped}`.slice(0, max) : clipped;
}

/** A dotted name without its leading containers: `this.config.stripe.secretKey` → `stripe.secretKey`. */
function withoutContainers(name: string): string {
  const parts = name.split('.').filter((p) => p !== '');
  let i = 0;
  while (i < parts.length - 1 && CONTAINERS.has((parts[i] ?? '').toLowerCase().replace(/^\$/, ''))) i += 1;
  return parts.slice(i).join('.');
}

function fromFile(file: string): string {
  const parts = file.split('/').filter((p) => p !== '');
  return toEnvName(parts.slice(-2).join('_'));
}

function fromRule(rule: string): string {
  return RULE_NAMES[rule] ?? (toEnvName(rule.replace(/^risky-file:/, '')) || 'SECRET');
}

/** The proposed key name for a value (pure; see the file comment). */
export function deriveSecretKey(src: KeyNameSource): string {
  const assigned = assignedName(src.before);
  if (assigned !== null) {
    const name = toEnvName(withoutContainers(assigned));
    if (name !== '' && !MEANINGLESS.has(name)) return clipName(name);
  }
  if (KEY_BLOCK_RULES.has(src.rule) && src.before.trim() === '') {
    const name = fromFile(src.file);
    if (name !== '') return clipName(name);
  }
  return clipName(fromRule(src.rule));
}

/**
 * `wanted` made unique against `taken` by a suffix (`_2`, `_3` …), still at most `max` long
 * (the base is shortened to make room). Pure.
 */
export function uniqueName(wanted: string, taken: ReadonlySet<string>, max = DERIVED_KEY_MAX): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = `${wanted.slice(0, max - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
