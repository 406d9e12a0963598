/**
 * Secret detection rules, as data. Written for this project, informed by the categories and
 * keyword-prefilter idea of gitleaks' published default config (MIT) and secretlint's rule set.
 * Neither could be used directly: secretlint's rules are JavaScript modules that run through its
 * own async engine over whole files (no prefilter, no notion of diff lines), and gitleaks ships a
 * Go binary with a TOML config, not an npm package (the npm package named "gitleaks" is an
 * unrelated personal config with rules such as `[0-9a-zA-Z]{35,40}`).
 *
 * How the engine uses a rule (see scan-secrets.ts):
 * - `triggers` are lower-case strings; the scanner finds them all in one pass over the lower-cased
 *   text, and only there runs the rule's `pattern`, STICKY at the trigger's position (or
 *   `startsBefore` characters earlier). So every pattern must start with (one of) its triggers.
 * - Patterns never span lines (except `multiline` rules) and use only bounded quantifiers, so a
 *   match costs at most a few hundred steps: no catastrophic backtracking.
 * - `group` names the capture group(s) holding the secret (the first one that matched); default is
 *   the whole match. Only the secret is masked and redacted.
 */
export interface SecretRule {
  id: string;
  description: string;
  triggers: readonly string[];
  pattern: RegExp;
  group?: number | readonly number[];
  /** Minimum Shannon entropy of the secret, in bits per character. */
  minEntropy?: number;
  /** Minimum length of the secret. */
  minLength?: number;
  /**
   * The secret must contain a digit or a symbol other than the word separators `_ - .`: plain words,
   * identifiers and descriptive names (`cog_not_a_real_key`) are not secrets.
   */
  needsDigitOrSymbol?: boolean;
  /** The secret must contain a digit (random tokens of 20+ characters practically always do). */
  needsDigit?: boolean;
  /** The secret must mix upper case, lower case and digits (base64-like), e.g. AWS secret keys. */
  needsMixedCase?: boolean;
  /** Drop values that look like placeholders, references or code (see looksLikePlaceholder). */
  skipPlaceholders?: boolean;
  /** The match may run over several lines (a private key block). */
  multiline?: boolean;
  /** The secret is base64 whose decoded start must match this (a PEM private key, not a certificate). */
  decodesTo?: RegExp;
  /**
   * The pattern starts this many characters BEFORE its trigger. A trigger whose first letter is
   * common in code (`l`) would make the one-pass trigger search stop at every such letter; starting
   * the trigger one character later, on a letter the table already starts with, costs nothing.
   */
  startsBefore?: number;
  /**
   * Not triggered by keywords: searched only within `lines` lines of a finding of `rule` in the
   * same file (an AWS secret key is just 40 base64 characters; next to a key id it is a secret).
   */
  near?: { rule: string; lines: number };
}

/** The assignment operators of common languages and config formats. */
const ASSIGN = String.raw`["']?[ \t]{0,4}(?::=|=>|==?|:)[ \t]{0,4}`;
/**
 * A quoted value, or an unquoted one that ends its line (optionally before a `#`/`;` comment): the
 * form of .env, ini, YAML and properties files. An unquoted word followed by more code (`x = y,`,
 * `a: b)`, `t = !u && v`) is an expression, not a literal.
 */
const VALUE = String.raw`(?:"([^"\n\\]{1,200})"|'([^'\n\\]{1,200})'|([^\s"'\x60,;)(\][{}<>]{1,200})(?=[ \t]*(?:[#;][^\n]*)?(?:\r?\n|$)))`;

export const SECRET_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    description: 'Private key block',
    triggers: ['-----begin'],
    // To its END line; without one in sight (a hunk that stops mid-key, a JSON string with literal
    // `\n` cut short, a notebook's one-string-per-line source), over the base64 body that follows,
    // so a redaction covers the key itself.
    pattern: new RegExp(
      String.raw`-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]{0,65536}?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|(?:[A-Za-z0-9+/=]|\\{1,2}[nr]|",?(?=\r?\n)|\r?\n[+ -]?[ \t]*"?(?=[A-Za-z0-9+/]{16}|[A-Za-z0-9+/]{0,15}=)){0,65536})`,
    ),
    multiline: true,
  },
  {
    id: 'base64-private-key',
    description: 'Base64-encoded private key (e.g. kubeconfig client-key-data)',
    // base64 of "-----BEGIN " always starts so when the PEM starts the value, as in kubeconfig
    // `client-key-data` or a Kubernetes Secret's `tls.key`. Certificates decode to CERTIFICATE: not flagged.
    triggers: ['s0tls1crudjti'],
    startsBefore: 1,
    pattern: /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{16,16384}={0,2}/,
    decodesTo: /^-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY/,
  },
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID',
    triggers: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    pattern: /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/,
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    triggers: ['aws', 'secret_access', 'secret-access', 'secretaccess'],
    pattern: new RegExp(String.raw`(?:aws[_.-]?)?secret[_.-]?(?:access[_.-]?)?key[\w.-]{0,10}${ASSIGN}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])`, 'i'),
    group: 1,
  },
  {
    id: 'aws-secret-near-key-id',
    description: 'AWS secret access key (next to an access key ID)',
    triggers: [],
    pattern: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/,
    near: { rule: 'aws-access-key-id', lines: 5 },
    needsMixedCase: true,
    minEntropy: 4,
  },
  {
    id: 'github-token',
    description: 'GitHub token (ghp_, gho_, ghu_, ghs_, ghr_)',
    triggers: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])/,
  },
  {
    id: 'github-fine-grained-pat',
    description: 'GitHub fine-grained personal access token',
    triggers: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/,
  },
  {
    id: 'gitlab-pat',
    description: 'GitLab personal access token',
    triggers: ['glpat-'],
    pattern: /(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_.-]{20,200}/,
  },
  {
    id: 'slack-token',
    description: 'Slack token',
    triggers: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'],
    pattern: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,250}/,
    needsDigitOrSymbol: true,
  },
  {
    id: 'slack-webhook',
    description: 'Slack incoming webhook URL',
    triggers: ['hooks.slack.com/'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,200}/,
  },
  {
    id: 'stripe-live-key',
    description: 'Stripe live secret or restricted key',
    triggers: ['sk_live_', 'rk_live_'],
    pattern: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,247}(?![A-Za-z0-9])/,
  },
  {
    id: 'google-api-key',
    description: 'Google API key',
    triggers: ['aiza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/,
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key',
    triggers: ['sk-ant-'],
    pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]{2,8}[0-9]{0,3}-[A-Za-z0-9_-]{32,200}/,
  },
  {
    id: 'openai-api-key',
    description: 'OpenAI API key',
    triggers: ['sk-'],
    pattern: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'devin-api-key',
    description: 'Devin API key',
    triggers: ['cog_'],
    pattern: /(?<![A-Za-z0-9_])cog_[A-Za-z0-9_-]{20,200}/,
    needsDigit: true,
    minEntropy: 3,
  },
  {
    id: 'devin-legacy-key',
    description: 'Devin legacy API key',
    triggers: ['apk_'],
    pattern: /(?<![A-Za-z0-9_])apk_(?:user_)?[A-Za-z0-9_-]{20,200}/,
    needsDigit: true,
    minEntropy: 3,
  },
  {
    id: 'npm-token',
    description: 'npm access token',
    triggers: ['npm_'],
    pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/,
  },
  {
    id: 'pypi-token',
    description: 'PyPI upload token',
    triggers: ['pypi-ageichlwas5vcmc'],
    pattern: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}/,
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    triggers: ['sg.'],
    pattern: /(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
  },
  {
    id: 'jwt',
    description: 'JSON Web Token',
    triggers: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{10,2000}/,
  },
  {
    id: 'connection-string',
    description: 'Database or broker connection string with a password',
    triggers: ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'],
    pattern: /(?<![A-Za-z0-9])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver)(?:\+[a-z0-9]+)?:\/\/[^\s:@/"'`]{0,100}:([^\s@/"'`]{1,200})@/,
    group: 1,
    skipPlaceholders: true,
  },
  {
    id: 'azure-storage-key',
    description: 'Azure storage account or Service Bus key (AccountKey=, SharedAccessKey=)',
    triggers: ['accountkey=', 'sharedaccesskey='],
    pattern: /(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{30,200}={0,2})/i,
    group: 1,
    minEntropy: 4,
    needsMixedCase: true,
  },
  {
    id: 'azure-sas-signature',
    description: 'Azure shared access signature (sig= in a SAS URL or connection string)',
    triggers: ['sig='],
    // Only as a query or connection-string parameter; the value is URL-encoded base64 of an HMAC.
    pattern: /(?<=[?&;])sig=([A-Za-z0-9%+/]{30,200}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/i,
    group: 1,
    minEntropy: 4,
    needsMixedCase: true,
  },
  {
    id: 'url-credentials',
    description: 'URL with a password',
    triggers: ['://'],
    pattern: /:\/\/[^\s:@/"'`<>]{1,100}:([^\s@/"'`<>]{6,200})@[A-Za-z0-9.-]+/,
    group: 1,
    skipPlaceholders: true,
  },
  {
    id: 'bearer-token',
    description: 'Bearer token',
    triggers: ['bearer '],
    pattern: /bearer [ \t]{0,3}([A-Za-z0-9._~+/-]{20,500}=*)/i,
    group: 1,
    needsDigitOrSymbol: true,
    minEntropy: 3.5,
    skipPlaceholders: true,
  },
  {
    id: 'generic-secret',
    description: 'Password, secret or token assigned a high-entropy value',
    triggers: ['pass', 'pwd', 'secret', 'token', 'api_key', 'api-key', 'api.key', 'apikey', 'access_key', 'access-key', 'accesskey', 'private_key', 'private-key', 'privatekey', 'auth', 'cred'],
    pattern: new RegExp(
      String.raw`(?:pass(?:word|wd|phrase)?|pwd|secrets?|tokens?|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth|credentials?|creds?)(?![a-z])[\w.-]{0,30}${ASSIGN}${VALUE}`,
      'i',
    ),
    group: [1, 2, 3],
    minLength: 8,
    minEntropy: 3,
    needsDigitOrSymbol: true,
    skipPlaceholders: true,
  },
];
