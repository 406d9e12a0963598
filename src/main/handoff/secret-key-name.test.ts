import { describe, expect, it } from 'vitest';
import { SESSION_SECRET_KEY_MAX, checkSecretKeyName } from '../../shared/domain/secret';
import { DERIVED_KEY_MAX, assignedName, clipName, deriveSecretKey, toEnvName, uniqueName } from './secret-key-name';

describe('deriveSecretKey', () => {
  const cases: Array<[string, { before: string; file?: string; rule?: string }, string]> = [
    ['.env assignment', { before: 'STRIPE_SECRET_KEY=', rule: 'stripe-live-key' }, 'STRIPE_SECRET_KEY'],
    ['shell export', { before: 'export AWS_SECRET_ACCESS_KEY="', rule: 'aws-secret-access-key' }, 'AWS_SECRET_ACCESS_KEY'],
    ['quoted .env value', { before: 'DATABASE_URL = "', rule: 'connection-string' }, 'DATABASE_URL'],
    ['JSON key', { before: '    "apiKey": "', rule: 'generic-secret' }, 'API_KEY'],
    ['JSON kebab key', { before: '  "api-key": "', rule: 'generic-secret' }, 'API_KEY'],
    ['YAML, nested', { before: '    password: ', rule: 'generic-secret' }, 'PASSWORD'],
    ['TOML/INI', { before: 'token = ', rule: 'github-token' }, 'TOKEN'],
    ['JS object, camelCase', { before: "  githubToken: '", rule: 'github-token' }, 'GITHUB_TOKEN'],
    ['member access, containers dropped', { before: 'this.config.stripe.secretKey = "', rule: 'stripe-live-key' }, 'STRIPE_SECRET_KEY'],
    ['process.env', { before: 'process.env.SENDGRID_KEY = "', rule: 'sendgrid-api-key' }, 'SENDGRID_KEY'],
    ['Go :=', { before: '\tdbPassword := "', rule: 'generic-secret' }, 'DB_PASSWORD'],
    ['PHP =>', { before: "    'password' => '", rule: 'generic-secret' }, 'PASSWORD'],
    ['Python dict subscript', { before: 'os.environ["OPENAI_API_KEY"] = "', rule: 'openai-api-key' }, 'OPENAI_API_KEY'],
    ['command-line flag', { before: 'deploy --token=', rule: 'github-token' }, 'TOKEN'],
    ['comparison', { before: 'if (adminPass == "', rule: 'generic-secret' }, 'ADMIN_PASS'],
    ['XML element', { before: '  <password>', rule: 'generic-secret' }, 'PASSWORD'],
    ['XML element with attributes', { before: '<apiKey env="prod">', rule: 'generic-secret' }, 'API_KEY'],
    ['Dockerfile ENV', { before: 'ENV NPM_TOKEN ', rule: 'npm-token' }, 'NPM_TOKEN'],
    ['call with the name first', { before: 'headers.set("X-Api-Key", "', rule: 'google-api-key' }, 'X_API_KEY'],
    ['acronym', { before: 'APIKey: ', rule: 'generic-secret' }, 'API_KEY'],
    ['meaningless name → the rule', { before: "{ name: 'stripe', value: '", rule: 'stripe-live-key' }, 'STRIPE_SECRET_KEY'],
    ['prose → the rule', { before: 'The old one was ', rule: 'github-token' }, 'GITHUB_TOKEN'],
    ['header value → the rule', { before: 'Authorization: Bearer ', rule: 'bearer-token' }, 'BEARER_TOKEN'],
    ['PEM in its own file → the file', { before: '', file: 'deploy/key.pem', rule: 'private-key' }, 'DEPLOY_KEY_PEM'],
    ['PEM at the top level', { before: '', file: 'server.key', rule: 'private-key' }, 'SERVER_KEY'],
    ['PEM deep down: the last two parts', { before: '', file: 'infra/k8s/tls/tls.key', rule: 'private-key' }, 'TLS_TLS_KEY'],
    ['PEM in an assignment → the assignment', { before: 'PRIVATE_KEY="', file: '.env', rule: 'private-key' }, 'PRIVATE_KEY'],
    ['indented PEM, no assignment → the file', { before: '    ', file: 'certs/.ssh/id_rsa', rule: 'private-key' }, 'SSH_ID_RSA'],
    ['a key id in prose', { before: 'use ', rule: 'aws-access-key-id' }, 'AWS_ACCESS_KEY_ID'],
    ['unknown rule', { before: '', rule: 'risky-file:weird-thing' }, 'WEIRD_THING'],
    ['leading digit', { before: '2fa_seed = ', rule: 'generic-secret' }, 'SECRET_2FA_SEED'],
    ['only a container', { before: 'config = "', rule: 'generic-secret' }, 'CONFIG'],
  ];
  it.each(cases)('%s', (_name, src, expected) => {
    const key = deriveSecretKey({ before: src.before, file: src.file ?? 'src/app.ts', rule: src.rule ?? 'generic-secret' });
    expect(key).toBe(expected);
    expect(checkSecretKeyName(key)).toBeNull();
  });

  it('a very long name keeps its specific end, under the limit', () => {
    const key = deriveSecretKey({ before: `${'very_long_prefix_'.repeat(10)}stripe_secret_key=`, file: 'a', rule: 'stripe-live-key' });
    expect(key.length).toBeLessThanOrEqual(DERIVED_KEY_MAX);
    expect(key.endsWith('_STRIPE_SECRET_KEY') || key === 'STRIPE_SECRET_KEY').toBe(true);
    expect(checkSecretKeyName(key)).toBeNull();
  });
});

describe('assignedName', () => {
  it.each([
    ['KEY=', 'KEY'],
    ['  key: "', 'key'],
    ["'key' => '", 'key'],
    ['k := `', 'k'],
    ['no assignment here ', null],
    ['a sentence: ', 'sentence'],
    ['', null],
  ])('%j → %j', (before, expected) => {
    expect(assignedName(before)).toBe(expected);
  });
});

describe('toEnvName and clipName', () => {
  it.each([
    ['stripeSecretKey', 'STRIPE_SECRET_KEY'],
    ['stripe-secret.key', 'STRIPE_SECRET_KEY'],
    ['__private__', 'PRIVATE'],
    ['--', ''],
    ['9lives', 'SECRET_9LIVES'],
    ['密码', ''],
  ])('%j → %j', (raw, expected) => {
    expect(toEnvName(raw)).toBe(expected);
  });

  it('clips at an underscore and never starts with a digit', () => {
    expect(clipName('A_'.repeat(40) + 'END', 10)).toMatch(/^[A-Z_][A-Z0-9_]*$/);
    expect(clipName('ABC_1234567890', 10)).toBe('S_12345678');
    expect(clipName('SHORT', 10)).toBe('SHORT');
  });
});

describe('uniqueName', () => {
  it('adds _2, _3 … and stays within the limit', () => {
    expect(uniqueName('TOKEN', new Set())).toBe('TOKEN');
    expect(uniqueName('TOKEN', new Set(['TOKEN']))).toBe('TOKEN_2');
    expect(uniqueName('TOKEN', new Set(['TOKEN', 'TOKEN_2']))).toBe('TOKEN_3');
    const long = 'K'.repeat(DERIVED_KEY_MAX);
    const next = uniqueName(long, new Set([long]));
    expect(next).toHaveLength(DERIVED_KEY_MAX);
    expect(next.endsWith('_2')).toBe(true);
  });
});

describe('checkSecretKeyName', () => {
  it.each([
    ['STRIPE_SECRET_KEY', null],
    ['_private', null],
    ['lower_case_ok', null],
    ['', 'empty'],
    ['HAS SPACE', 'chars'],
    ['1TOKEN', 'chars'],
    ['DASH-ED', 'chars'],
    ['ÜBER', 'chars'],
    ['K'.repeat(SESSION_SECRET_KEY_MAX), null],
    ['K'.repeat(SESSION_SECRET_KEY_MAX + 1), 'tooLong'],
  ])('%j → %j', (key, expected) => {
    expect(checkSecretKeyName(key)).toBe(expected);
  });
});
