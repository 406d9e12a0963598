import { useEffect } from 'react';
import { applyTheme } from './apply-theme';
import { useSettings } from '../store/hooks';

/** Keeps <html data-theme> in step with settings.theme. */
export function useApplyTheme(): void {
  const { theme } = useSettings();
  useEffect(() => applyTheme(theme), [theme]);
}
