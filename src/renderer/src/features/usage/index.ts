/** The Usage screen (loaded on first visit with the chart library); a session's per-day ACUs are imported from SessionUsageDays directly. */
export { UsageScreen } from './UsageScreen';
