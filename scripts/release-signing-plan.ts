/**
 * Which signing and notarisation settings the release job hands electron-builder, from the secrets
 * that are set (pure). A complete set is exported under electron-builder's own names; an absent
 * one means an unsigned (or not notarised) build, said in a notice; a half-set one is an error,
 * because a release that silently ships unsigned after someone configured signing is worse than a
 * failed job.
 */
export interface SigningPlan {
  /** Variables for the next steps ($GITHUB_ENV). */
  exports: Record<string, string>;
  notices: string[];
  errors: string[];
}

const present = (env: Record<string, string | undefined>, name: string) => (env[name] ?? '').trim() !== '';

export function signingPlan(platform: string, env: Record<string, string | undefined>): SigningPlan {
  const plan: SigningPlan = { exports: {}, notices: [], errors: [] };
  const group = (names: string[], label: string, onComplete: () => void, onAbsent: () => void) => {
    const set = names.filter((n) => present(env, n));
    if (set.length === names.length) onComplete();
    else if (set.length === 0) onAbsent();
    else plan.errors.push(`${label}: ${names.filter((n) => !present(env, n)).join(', ')} missing (the others are set)`);
  };
  if (platform === 'darwin') {
    let signed = false;
    group(
      ['SECRET_MAC_CSC_LINK', 'SECRET_MAC_CSC_KEY_PASSWORD'],
      'macOS signing',
      () => {
        signed = true;
        plan.exports['CSC_LINK'] = env['SECRET_MAC_CSC_LINK'] as string;
        plan.exports['CSC_KEY_PASSWORD'] = env['SECRET_MAC_CSC_KEY_PASSWORD'] as string;
      },
      () => {
        // Without this electron-builder would look for any identity in the runner's keychain.
        plan.exports['CSC_IDENTITY_AUTO_DISCOVERY'] = 'false';
        plan.notices.push('macOS: no signing certificate (MAC_CSC_LINK, MAC_CSC_KEY_PASSWORD): the app is not signed, and auto-update on macOS needs a signed app');
      },
    );
    group(
      ['SECRET_APPLE_ID', 'SECRET_APPLE_APP_SPECIFIC_PASSWORD', 'SECRET_APPLE_TEAM_ID'],
      'macOS notarisation',
      () => {
        if (!signed) {
          plan.errors.push('macOS notarisation: the Apple ID secrets are set but there is no signing certificate to notarise');
          return;
        }
        plan.exports['APPLE_ID'] = env['SECRET_APPLE_ID'] as string;
        plan.exports['APPLE_APP_SPECIFIC_PASSWORD'] = env['SECRET_APPLE_APP_SPECIFIC_PASSWORD'] as string;
        plan.exports['APPLE_TEAM_ID'] = env['SECRET_APPLE_TEAM_ID'] as string;
      },
      () => plan.notices.push('macOS: no notarisation secrets (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID): not notarised'),
    );
  } else if (platform === 'win32') {
    group(
      ['SECRET_WIN_CSC_LINK', 'SECRET_WIN_CSC_KEY_PASSWORD'],
      'Windows signing',
      () => {
        plan.exports['WIN_CSC_LINK'] = env['SECRET_WIN_CSC_LINK'] as string;
        plan.exports['WIN_CSC_KEY_PASSWORD'] = env['SECRET_WIN_CSC_KEY_PASSWORD'] as string;
      },
      () => plan.notices.push('Windows: no signing certificate (WIN_CSC_LINK, WIN_CSC_KEY_PASSWORD): the installer is not signed (SmartScreen will warn)'),
    );
  } else {
    plan.notices.push('Linux: AppImage and deb are not signed (nothing to configure)');
  }
  return plan;
}

/** `$GITHUB_ENV` lines; the heredoc form keeps a multi-line value (a base64 certificate) intact. */
export function githubEnvLines(exports: Record<string, string>): string {
  return Object.entries(exports)
    .map(([name, value]) => {
      const marker = `EOF_${name}_${Math.abs(hash(value))}`;
      return `${name}<<${marker}\n${value}\n${marker}\n`;
    })
    .join('');
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
