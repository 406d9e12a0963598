import type { SettingsPatch } from '../../shared/settings';
import { normalizeBaseUrl } from '../api/base-url';

/**
 * Checks the fields zod cannot judge alone: the API URL must be an https origin (http only on
 * loopback, for devin-sim) without credentials. Returns the patch with the URL normalised;
 * throws AppError INVALID_INPUT otherwise.
 */
export function validateSettingsPatch(patch: SettingsPatch): SettingsPatch {
  const out: SettingsPatch = { ...patch };
  if (patch.apiBaseUrl !== undefined) out.apiBaseUrl = normalizeBaseUrl(patch.apiBaseUrl);
  return out;
}
