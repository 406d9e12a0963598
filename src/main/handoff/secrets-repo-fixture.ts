/**
 * Test support: a repository whose uncommitted work holds values Devin needs to run the code (a
 * Stripe key and a database URL in `.env`, the same key again in code, a deploy key block), for the
 * "give to Devin as a session secret" tests. Values are built at run time (no literal secret in
 * this repository). Not part of the app: only tests import it.
 */
import { dirname, join } from 'node:path';
import { tokenFactory } from '../../../test/fixtures/secrets/planted/tokens';
import { makeRepo, type TempRepo } from './repo-fixture';

export interface SecretsRepo {
  repo: TempRepo;
  /** The values as the files hold them. */
  stripe: string;
  dbPassword: string;
  dbUrl: string;
  pem: string;
  /** Every value that must never leave in the prompt, nor reach a log. */
  values: string[];
}

/** acme/shop on `main` (hosted remote URL), with the planted work uncommitted. */
export function secretsRepo(seed = 2026, prefix = 'handoff-secrets-'): SecretsRepo {
  const make = tokenFactory(seed);
  const stripe = make('stripe-live-key:sk');
  const dbPassword = make('connection-string');
  const dbUrl = `postgres://app:${dbPassword}@db.internal:5432/shop`;
  const pem = make('private-key:pkcs8');
  const repo = makeRepo(prefix);
  repo.write('src/billing.ts', 'export const currency = "eur";\n');
  repo.write('README.md', '# Shop\n');
  repo.commitAll('Initial commit');
  const bare = join(dirname(repo.dir), 'origin.git');
  repo.git('init', '-q', '--bare', bare);
  repo.git('remote', 'add', 'origin', bare);
  repo.git('push', '-q', '-u', 'origin', 'main');
  repo.git('remote', 'set-url', 'origin', 'git@github.com:acme/shop.git');
  repo.write('.env', `STRIPE_SECRET_KEY=${stripe}\nDATABASE_URL=${dbUrl}\n`);
  repo.write('deploy/key.pem', `${pem}\n`);
  repo.write('src/billing.ts', `export const currency = "eur";\nexport const stripeKey = process.env.STRIPE_SECRET_KEY ?? '${stripe}';\n`);
  return { repo, stripe, dbPassword, dbUrl, pem, values: [stripe, dbPassword, ...pem.split('\n').filter((l) => !l.startsWith('-----'))] };
}
