import { http } from './http'

/**
 * project-service's tenant administration (TenantController, ADR 0007): the platform administrator onboards districts
 * and their streets, disables and enables them; a district's administrator sees its own district and opens, disables
 * and removes its streets' accounts. A temporary password comes back once, in the answer that issued it.
 */
export type TenantKind = 'DISTRICT' | 'STREET'
export type TenantStatus = 'ENABLED' | 'DISABLED'

export interface Tenant {
  id: string
  kind: TenantKind
  districtId: string
  streetId: string | null
  groupPath: string
  name: string
  displayName: string
  status: TenantStatus
  createdBy: string
  createdAt: string
  changedAt: string
}

export interface NewPerson {
  username: string
  firstName: string
  lastName: string
  email: string
}

export interface OnboardTenant {
  /** the group's name, lower-case latin, for good */
  name: string
  displayName: string
  administrator: NewPerson
}

export interface IssuedAccount {
  accountId: string
  username: string
  groupPath: string
  roles: string[]
  temporaryPassword: string
}

export interface OnboardedTenant {
  tenant: Tenant
  administrator: IssuedAccount
}

export interface TenantAuditEntry {
  id: string
  tenantId: string
  action: string
  actor: string
  actorId: string
  details: Record<string, unknown> | null
  at: string
}

export interface StreetAccount {
  accountId: string
  username: string
  firstName: string
  lastName: string
  email: string
  enabled: boolean
  roles: string[]
}

export const KIND_LABELS: Record<TenantKind, string> = { DISTRICT: '区', STREET: '街道' }
export const STATUS_LABELS: Record<TenantStatus, string> = { ENABLED: '启用', DISABLED: '已停用' }
export const ROLE_LABELS: Record<string, string> = {
  'street-editor': '填报人',
  'street-approver': '审核人',
  'district-admin': '区管理员',
  'district-overseer': '区绩效管理人员',
  auditor: '审计',
}
export const ACTION_LABELS: Record<string, string> = {
  'district-onboarded': '开通区',
  'street-onboarded': '开通街道',
  'tenant-disabled': '停用',
  'tenant-enabled': '重新启用',
  'account-created': '开设账号',
  'account-disabled': '停用账号',
  'account-enabled': '启用账号',
  'account-removed': '删除账号',
}

const tenant = (id: string) => `/api/tenants/${encodeURIComponent(id)}`

export const tenantsApi = {
  list: () => http.get<Tenant[]>('/api/tenants'),
  onboardDistrict: (request: OnboardTenant) => http.post<OnboardedTenant>('/api/tenants/districts', request),
  onboardStreet: (districtId: string, request: OnboardTenant) =>
    http.post<OnboardedTenant>(`${tenant(districtId)}/streets`, request),
  disable: (id: string) => http.post<Tenant>(`${tenant(id)}/disable`),
  enable: (id: string) => http.post<Tenant>(`${tenant(id)}/enable`),
  audit: (id: string) => http.get<TenantAuditEntry[]>(`${tenant(id)}/audit`),
  accounts: (streetId: string) => http.get<StreetAccount[]>(`${tenant(streetId)}/accounts`),
  openAccount: (streetId: string, person: NewPerson, roles: string[]) =>
    http.post<IssuedAccount>(`${tenant(streetId)}/accounts`, { person, roles }),
  disableAccount: (streetId: string, accountId: string) =>
    http.post<StreetAccount>(`${tenant(streetId)}/accounts/${encodeURIComponent(accountId)}/disable`),
  enableAccount: (streetId: string, accountId: string) =>
    http.post<StreetAccount>(`${tenant(streetId)}/accounts/${encodeURIComponent(accountId)}/enable`),
  removeAccount: (streetId: string, accountId: string) =>
    http.delete<void>(`${tenant(streetId)}/accounts/${encodeURIComponent(accountId)}`),
}
