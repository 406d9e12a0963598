/**
 * Files that are secrets by nature, flagged by name whatever their content (data table).
 *
 * `.env` decision: `.env` and `.env.*` (and `*.env`, `.envrc`) are flagged, EXCEPT templates named
 * `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `.env.defaults`, `.env.schema`.
 * Templates exist to be shared (they are committed in most projects and list variable names with
 * placeholder values); flagging them would teach users to click "allow" without reading. A real
 * key pasted into a template is still caught: templates go through the content rules like any file.
 *
 * SSH keys: `id_rsa`, `id_ed25519` … are flagged, their `.pub` halves are not (public keys are
 * meant to be shared).
 *
 * A name is flagged whatever happens to the file: added, modified, deleted (its removed lines carry
 * the old content out whole), renamed or copied (either name), binary (only the name would go: the
 * user still decides whether even that may leave).
 */
export interface RiskyFileRule {
  id: string;
  description: string;
  /** Tested against the file's base name. */
  name?: RegExp;
  /** Or against the whole `/`-separated path (for names that only mean something in a folder, `.kube/config`). */
  path?: RegExp;
  /** Base names matching this are not flagged. */
  except?: RegExp;
  /** When set, only flagged if the content being sent matches (e.g. `.npmrc` with an auth token). */
  content?: RegExp;
}

export const RISKY_FILE_RULES: readonly RiskyFileRule[] = [
  {
    id: 'risky-file:env',
    description: 'Environment file (.env): usually holds credentials',
    name: /^(?:\.env(?:\..+)?|.+\.env|\.envrc)$/i,
    except: /\.(?:example|sample|template|dist|defaults|schema)$/i,
  },
  { id: 'risky-file:private-key', description: 'Key or certificate file', name: /\.(?:pem|key|ppk|p8)$/i },
  {
    id: 'risky-file:ssh-key',
    description: 'SSH private key',
    name: /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-].*)?$/,
    except: /\.pub$/,
  },
  { id: 'risky-file:pkcs12', description: 'PKCS#12 key store (.p12/.pfx)', name: /\.(?:p12|pfx)$/i },
  { id: 'risky-file:keystore', description: 'Java key store', name: /\.(?:keystore|jks)$/i },
  {
    id: 'risky-file:npmrc',
    description: '.npmrc with a registry auth token',
    name: /^\.npmrc$/,
    content: /_auth(?:Token)?\s*=|_password\s*=/,
  },
  { id: 'risky-file:pypirc', description: '.pypirc with a password', name: /^\.pypirc$/, content: /password\s*[=:]/i },
  {
    id: 'risky-file:credentials',
    description: 'Credentials file',
    name: /^(?:credentials|(?:credentials|client_secrets?)(?:[-_.][^/]*)?\.(?:json|ya?ml|toml|ini|xml))$/i,
  },
  {
    id: 'risky-file:service-account',
    description: 'Cloud service-account key (JSON)',
    name: /(?:service[-_]?account|sa[-_]key|firebase[-_]adminsdk)[^/]*\.json$/i,
  },
  {
    id: 'risky-file:kubeconfig',
    description: 'Kubernetes config (cluster credentials)',
    name: /^(?:kubeconfig(?:[-_.][^/]*)?|[^/]+\.kubeconfig)$/i,
    path: /(?:^|\/)\.kube\/config$/,
  },
  {
    id: 'risky-file:docker-config',
    description: 'Docker config with registry credentials',
    path: /(?:^|\/)\.docker\/config\.json$/,
    content: /"auths?"\s*:/,
  },
  { id: 'risky-file:tfstate', description: 'Terraform state (holds secrets in plain text)', name: /\.tfstate(?:\.backup)?$/i },
  { id: 'risky-file:netrc', description: '.netrc (machine passwords)', name: /^[._]netrc$/ },
  { id: 'risky-file:pgpass', description: '.pgpass (database passwords)', name: /^\.pgpass$/ },
  { id: 'risky-file:git-credentials', description: 'Stored git credentials', name: /^\.git-credentials$/ },
  { id: 'risky-file:htpasswd', description: 'Password file (.htpasswd)', name: /^\.htpasswd$/ },
];

/**
 * The rule flagging a file by name, if any. `paths` are its names (the new one and, for a rename or
 * copy, the old one); `content` gives the text being sent, for rules with a content condition.
 */
export function riskyFileRule(paths: readonly string[], content: () => string): RiskyFileRule | null {
  for (const path of paths) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    for (const rule of RISKY_FILE_RULES) {
      if (!rule.name?.test(base) && !rule.path?.test(path)) continue;
      if (rule.except?.test(base)) continue;
      if (rule.content && !rule.content.test(content())) continue;
      return rule;
    }
  }
  return null;
}
