import { useT } from '../i18n/context';
import { useAppInfo } from '../store/hooks';
import { AccountSection } from './AccountSection';
import { AccountsSection } from '../features/accounts/AccountsSection';
import { ApiUrlSection } from './ApiUrlSection';
import { AppearanceSection } from './AppearanceSection';
import { DesktopSection } from './DesktopSection';
import { NotificationsSection } from './NotificationsSection';
import { UpdatesSection } from './UpdatesSection';
import { NetworkSection } from './NetworkSection';
import { AttachmentSettingsSection } from '../features/attachments';
import { UsageSettingsSection } from '../features/usage/UsageSettingsSection';
import './settings.css';

/** Settings: appearance, notifications, desktop, updates, connection, account, and the version line. */
export function SettingsPage() {
  const t = useT();
  const info = useAppInfo();
  return (
    <div className="settings-page">
      <AppearanceSection />
      <NotificationsSection />
      <AttachmentSettingsSection />
      <UsageSettingsSection />
      <DesktopSection />
      <UpdatesSection />
      <ApiUrlSection />
      <NetworkSection />
      <AccountsSection />
      <AccountSection />
      {info && <p className="about-line">{t('ui.settings.about', { version: info.version, platform: info.platform })}</p>}
    </div>
  );
}
