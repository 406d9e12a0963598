import { parseArgs } from 'node:util';
import { translate } from '../../shared/i18n';
import type { SignedInApi } from '../../main/account/account-service';
import { lastDays } from '../../shared/usage/day-boundary';
import { dailySeries, type UsageDay } from '../../shared/usage/usage-report';
import { formatCount, formatUsageAcus } from '../../shared/usage/format-usage';
import { isForbidden } from '../../main/usage/usage-part';
import { windowOf } from '../../main/usage/usage-report';
import type { CliCommand } from '../types';

export interface UsageCommandDeps {
  getApi: () => Promise<SignedInApi>;
  now?: () => number;
}

const USAGE = 'devin-tray usage [--days N] [--json]';
const MAX_DAYS = 90;

/** What `usage --json` prints: days are ISO dates of Devin's usage days (starting 08:00 UTC). */
export interface UsageJson {
  from: string;
  to: string;
  total_acus: number;
  days: { date: string; acus: number; by_product: UsageDay['byProduct'] }[];
  prs_created: number | null;
  prs_merged: number | null;
}

/**
 * `usage [--days N] [--json]`: ACUs per day for the last N days (default 7, at most 90), split by
 * product, the total, and the PRs created and merged. Exit 0 done; 1 when the key lacks
 * ManageBilling (said plainly) or the API failed; 2 usage. Without ViewAccountMetrics the PR
 * figures are null (a line on stderr says why) and the rest still prints.
 */
export function createUsageCommand(deps: UsageCommandDeps): CliCommand {
  return {
    name: 'usage',
    summary: 'ACUs per day, the total and PRs for the last N days',
    usage: USAGE,
    async run(args, io) {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(io.locale, key, params);
      const { values } = parseArgs({ args, options: { days: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: false });
      const raw = values.days ?? '7';
      const days = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        io.stderr(`${t('usage.cli.badDays', { value: raw, usage: USAGE })}\n`);
        return 2;
      }
      const { client } = await deps.getApi();
      const period = lastDays(days, (deps.now ?? Date.now)());
      const window = windowOf(period);
      const [consumption, metrics] = await Promise.allSettled([client.usage.consumptionDaily(window), client.usage.metrics(window)]);
      if (consumption.status === 'rejected') {
        if (isForbidden(consumption.reason)) {
          io.stderr(`${t('usage.cli.forbidden', { permission: 'ManageBilling' })}\n`);
          return 1;
        }
        throw consumption.reason;
      }
      if (metrics.status === 'rejected' && !isForbidden(metrics.reason)) throw metrics.reason;
      const series = dailySeries(consumption.value, period);
      const prs = metrics.status === 'fulfilled' ? metrics.value : null;
      const out: UsageJson = {
        from: series.days[0]?.date ?? '',
        to: series.days[series.days.length - 1]?.date ?? '',
        total_acus: series.totalAcus,
        days: series.days.map((d) => ({ date: d.date, acus: d.acus, by_product: d.byProduct })),
        prs_created: prs?.prs_created_count ?? null,
        prs_merged: prs?.prs_merged_count ?? null,
      };
      if (!prs) io.stderr(`${t('usage.cli.prsForbidden')}\n`);
      if (values.json) {
        io.stdout(`${JSON.stringify(out, null, 2)}\n`);
        return 0;
      }
      const acus = (n: number) => formatUsageAcus(n, io.locale);
      const lines = [t('usage.cli.header', { from: out.from, to: out.to }), ''];
      const widest = Math.max(1, ...series.days.map((d) => d.acus));
      for (const d of series.days) {
        const bar = '█'.repeat(Math.round((d.acus / widest) * 30));
        const split = t('usage.cli.products', { devin: acus(d.byProduct.devin), cascade: acus(d.byProduct.cascade), terminal: acus(d.byProduct.terminal) });
        lines.push(`${d.date}  ${acus(d.acus).padStart(8)}  ${bar.padEnd(30)}  ${split}`);
      }
      lines.push('', t('usage.cli.total', { acus: acus(out.total_acus) }));
      if (prs) lines.push(t('usage.cli.prs', { created: formatCount(prs.prs_created_count, io.locale), merged: formatCount(prs.prs_merged_count, io.locale) }));
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    },
  };
}
