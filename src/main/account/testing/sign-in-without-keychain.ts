/**
 * Run as a child process by no-dbus-sign-in.test.ts, with DBUS_SESSION_BUS_ADDRESS pointing at no
 * bus: the REAL keychain (libsecret over D-Bus) is unreachable in this process, as on a desktop
 * without a Secret Service. Signs in an enterprise key, picks an org, tries Continue (the keychain
 * refuses), then Continue in memory; prints what happened as one JSON line.
 * argv: API base URL, settings folder, enterprise key.
 */
import { createAccountService } from '../account-service';
import { Keychain } from '../keychain';
import { createMemorySlot } from '../account-slot';

async function main(): Promise<void> {
  const [baseUrl, dir, key] = process.argv.slice(2) as [string, string, string];
  // The settings folder is unused since accounts keep their own records (#16); kept for the argv shape.
  void dir;
  const settings = createMemorySlot({ apiBaseUrl: baseUrl });
  const account = createAccountService({
    settings,
    keychain: new Keychain({ account: `test-no-dbus-${process.pid}` }),
    env: {},
  });
  const restored = await account.restore();
  const signIn = await account.signIn({ key });
  const orgs = signIn.status === 'chooseOrg' ? signIn.orgs.map((o) => o.orgId) : [];
  const orgId = orgs[1] ?? orgs[0] ?? '';
  let firstContinue: { code: string; reason: unknown } | null = null;
  try {
    await account.chooseOrg({ orgId });
  } catch (err) {
    const e = err as { code: string; details?: { reason?: unknown } };
    firstContinue = { code: e.code, reason: e.details?.reason };
  }
  const inMemory = await account.chooseOrg({ orgId, memoryOnly: true });
  const sessions = await account.getApi().client.sessions.list({ first: 1 });
  process.stdout.write(
    `${JSON.stringify({ restored, status: signIn.status, orgs, firstContinue, inMemory, listed: Array.isArray(sessions.items) })}\n`,
  );
  await account.dispose();
}

void main();
