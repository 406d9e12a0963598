import { useEffect, useState } from 'react';
import { useT } from '../i18n/context';
import { useAccount } from '../store/hooks';
import { AppMark, CheckIcon } from '../ui/icons';
import { NoticeBanners } from '../notices/NoticeBanners';
import { KeyStep } from './KeyStep';
import { OrgStep } from './OrgStep';
import type { OrgChoice } from '../../../shared/account';
import type { MessageKey } from '../../../shared/i18n';
import './onboarding.css';

const POINTS: MessageKey[] = [
  'ui.onboarding.point.watch',
  'ui.onboarding.point.notify',
  'ui.onboarding.point.handoff',
  'ui.onboarding.point.key',
];

/**
 * First run (and after sign-out): what the app does, then the key, then (enterprise keys) the
 * organization. The org list lives here so it survives the account update that follows sign-in.
 */
export function Onboarding() {
  const t = useT();
  const account = useAccount();
  const [orgs, setOrgs] = useState<OrgChoice[] | null>(null);
  const choosingOrg = orgs !== null || (account.signedIn && account.needsOrg);
  useEffect(() => {
    document.title = t('ui.app.name');
  }, [t]);

  return (
    <main className="onboarding" aria-labelledby="onboarding-title">
      {/* Why we are here again (e.g. the key was revoked mid-run) must be visible on this screen. */}
      <NoticeBanners />
      <div className="onboarding-inner">
        <section className="onboarding-welcome" aria-labelledby="onboarding-title">
          <AppMark size={40} />
          <h1 id="onboarding-title" className="onboarding-title">
            {t('ui.onboarding.title')}
          </h1>
          <p className="onboarding-lead">{t('ui.onboarding.lead')}</p>
          <ul className="onboarding-points">
            {/* The last point says where the key will actually live. */}
            {POINTS.map((point) => (account.keychainUnavailable && point === 'ui.onboarding.point.key' ? 'ui.onboarding.point.keyMemory' : point)).map((key) => (
              <li key={key}>
                <CheckIcon size={14} />
                <span>{t(key)}</span>
              </li>
            ))}
          </ul>
        </section>
        {choosingOrg ? <OrgStep orgs={orgs ?? []} onBack={() => setOrgs(null)} /> : <KeyStep onChooseOrg={setOrgs} />}
      </div>
    </main>
  );
}
