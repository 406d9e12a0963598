/**
 * The sim's test keys and the principals behind them. These are fixed, public test values —
 * not secrets — so tests, benchmarks and the demo can name them.
 */

/** The org every org-scoped key belongs to, and the enterprise's second org. */
export const SIM_ORG = { org_id: 'org-sim', name: 'Sim Org' } as const;
export const SIM_ORG_2 = { org_id: 'org-sim-2', name: 'Sim Org Two' } as const;

export const SIM_KEYS = {
  /** Org-scoped service user on org-sim with every org permission. */
  org: 'cog_sim_org',
  /** Enterprise service user: /v3/enterprise/* and both orgs. */
  enterprise: 'cog_sim_enterprise',
  /** Org-scoped, only ReadAccountMeta + ViewOrgSessions. */
  readonly: 'cog_sim_readonly',
  /** A personal access token of a human user on org-sim. */
  pat: 'cog_sim_pat',
} as const;

export type SimKeyLabel = keyof typeof SIM_KEYS;

/** One line per key for `npm run sim` and the README. */
export const SIM_KEY_DESCRIPTIONS: Record<SimKeyLabel, string> = {
  org: 'org-scoped service user "Sim Bot" on org-sim, all org permissions',
  enterprise: 'enterprise service user: /v3/enterprise/*, org-sim and org-sim-2',
  readonly: 'org-scoped, read-only (ReadAccountMeta + ViewOrgSessions): GETs of sessions only (no ManageBilling, no ViewAccountMetrics)',
  pat: 'personal access token of "Sim Person" on org-sim',
};

export const PERMISSIONS = [
  'ReadAccountMeta',
  'ManageOrganizations',
  'ViewOrgSessions',
  'ManageOrgSessions',
  'ImpersonateOrgSessions',
  'UseDevinSessions',
  'ManageAccountKnowledge',
  'ManageKnowledge',
  'ManageAccountPlaybooks',
  'ManageOrgSchedules',
  'ManageOrgSecrets',
  'ManageBilling',
  'ViewAccountMetrics',
  // Enterprise session routes (`/v3/enterprise/sessions…`): read, and act (send a message, insights).
  'ViewAccountSessions',
  'ManageAccountSessions',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions held only at enterprise level. */
const ENTERPRISE_ONLY: readonly Permission[] = ['ManageOrganizations', 'ViewAccountSessions', 'ManageAccountSessions'];
/** Permissions an org-level principal has in its org (everything but enterprise management). */
const ORG_PERMISSIONS: readonly Permission[] = PERMISSIONS.filter((p) => !ENTERPRISE_ONLY.includes(p));

/** The `/v3/self` body. */
export type SelfResponse =
  | { principal_type: 'service_user'; service_user_id: string; service_user_name: string; org_id: string | null }
  | { principal_type: 'pat_user'; user_id: string; user_name: string; api_key_id: string; api_key_name: string; org_id: string | null };

/** Who is calling, what they may do and where. */
export interface Principal {
  label: SimKeyLabel;
  self: SelfResponse;
  /** Orgs this key may use under /v3/organizations/{org}. */
  orgIds: readonly string[];
  /** Whether /v3/enterprise/* is open to it (still subject to permissions). */
  enterprise: boolean;
  permissions: ReadonlySet<Permission>;
  /** How resources created by this key are attributed. */
  actor: { user_id: string | null; service_user_id: string | null; id: string };
}

export const SIM_PRINCIPALS: Record<SimKeyLabel, Principal> = {
  org: {
    label: 'org',
    self: { principal_type: 'service_user', service_user_id: 'service-user-sim', service_user_name: 'Sim Bot', org_id: SIM_ORG.org_id },
    orgIds: [SIM_ORG.org_id],
    enterprise: false,
    permissions: new Set(ORG_PERMISSIONS),
    actor: { user_id: null, service_user_id: 'service-user-sim', id: 'service-user-sim' },
  },
  enterprise: {
    label: 'enterprise',
    self: {
      principal_type: 'service_user',
      service_user_id: 'service-user-sim-enterprise',
      service_user_name: 'Sim Enterprise Bot',
      org_id: null,
    },
    orgIds: [SIM_ORG.org_id, SIM_ORG_2.org_id],
    enterprise: true,
    permissions: new Set(PERMISSIONS),
    actor: { user_id: null, service_user_id: 'service-user-sim-enterprise', id: 'service-user-sim-enterprise' },
  },
  readonly: {
    label: 'readonly',
    self: {
      principal_type: 'service_user',
      service_user_id: 'service-user-sim-readonly',
      service_user_name: 'Sim Reader',
      org_id: SIM_ORG.org_id,
    },
    orgIds: [SIM_ORG.org_id],
    enterprise: false,
    permissions: new Set<Permission>(['ReadAccountMeta', 'ViewOrgSessions']),
    actor: { user_id: null, service_user_id: 'service-user-sim-readonly', id: 'service-user-sim-readonly' },
  },
  pat: {
    label: 'pat',
    self: {
      principal_type: 'pat_user',
      user_id: 'user-sim-person',
      user_name: 'Sim Person',
      api_key_id: 'apikey-sim-pat',
      api_key_name: 'Sim PAT',
      org_id: SIM_ORG.org_id,
    },
    orgIds: [SIM_ORG.org_id],
    enterprise: false,
    permissions: new Set(ORG_PERMISSIONS),
    actor: { user_id: 'user-sim-person', service_user_id: null, id: 'user-sim-person' },
  },
};
