/** Pure checks a candidate secret must pass after its rule's pattern matched. */

/** Shannon entropy in bits per character. Random base64 is near 6, English words near 3 or below. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...s].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A digit, or a symbol other than the separators `_`, `-`, `.` found in names. */
export function hasDigitOrSymbol(s: string): boolean {
  return /[^A-Za-z_.-]/.test(s);
}

export function hasMixedCase(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);
}

/** Whole values that are documentation stand-ins, not secrets. */
const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'user', 'username', 'changeme', 'change_me', 'null',
  'undefined', 'none', 'true', 'false', 'required', 'optional', 'string', 'redacted',
]);

/** Substrings that mark a value as a placeholder, template or reference rather than a literal secret. */
const PLACEHOLDER_PARTS = [
  'example', 'xxxx', '****', '....', 'placeholder', 'your_', 'your-', 'yourpass', 'changeme', 'change_me', 'dummy',
  'sample', 'redacted', 'fake', 'test', 'mock', '<', '>', '${', '{{', '}}', '$(', '%s', '%(', 'process.env', 'os.environ',
  'getenv', 'env[', 'env.', 'secrets.', 'vault:', '«',
];

/**
 * True for values that are not literal secrets: placeholders (`changeme`, `<password>`, `xxxx`),
 * template or environment references (`${DB_PASS}`, `$TOKEN`, `process.env.X`), file paths,
 * and dotted identifiers (`this.config.apiKey`, `settings.auth_token_v2`).
 */
export function looksLikePlaceholder(value: string): boolean {
  const v = value.toLowerCase();
  if (PLACEHOLDER_WORDS.has(v)) return true;
  if (PLACEHOLDER_PARTS.some((p) => v.includes(p))) return true;
  if (/^[$@&*%]/.test(v)) return true; // shell/env variable, decorator, YAML anchor or alias
  if (/^(?:\.{0,2}\/|~\/|[a-z]:\\)/.test(v)) return true; // a path
  if (/^(.)\1+$/.test(v)) return true; // one repeated character
  if (/^[a-z_][\w$]*(?:\.[a-z_][\w$]*)+$/.test(v)) return true; // dotted identifier / member access
  return false;
}
