import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession, type Role } from '@/stores/session'

/**
 * One route per page a street office works in. Every page is its own chunk, so the first screen (the project list)
 * loads only what it shows; the charts (ECharts) and the indicator editor load when opened.
 */
export const projectPages: Array<{
  path: string
  title: string
  component: () => Promise<unknown>
  /** only these roles see the tab; every reader of the project when absent */
  roles?: Role[]
}> = [
  { path: 'overview', title: '项目概况', component: () => import('@/views/project/ProjectDetailsPage.vue') },
  { path: 'budget', title: '预算', component: () => import('@/views/project/BudgetPage.vue') },
  { path: 'ledger', title: '支出明细', component: () => import('@/views/project/LedgerPage.vue') },
  { path: 'indicators', title: '绩效指标', component: () => import('@/views/project/IndicatorsPage.vue') },
  { path: 'targets', title: '绩效目标', component: () => import('@/views/project/TargetsPage.vue') },
  { path: 'monitoring', title: '绩效监控', component: () => import('@/views/project/MonitoringPage.vue') },
  { path: 'rectification', title: '整改', component: () => import('@/views/project/RectificationPage.vue') },
  { path: 'evidence', title: '佐证材料', component: () => import('@/views/project/EvidencePage.vue') },
  { path: 'survey', title: '满意度调查', component: () => import('@/views/project/SurveyPage.vue') },
  { path: 'self-evaluation', title: '自评', component: () => import('@/views/project/SelfEvaluationPage.vue') },
  { path: 'report', title: '报告', component: () => import('@/views/project/ReportPage.vue') },
  {
    path: 'audit',
    title: '审计轨迹',
    component: () => import('@/views/project/AuditTrailPage.vue'),
    // who changed what and when: for the district's overseers and auditors, who check the street's entries
    roles: ['district-overseer', 'auditor'],
  },
]

/**
 * The district's pages (overseers; auditors read them all without a write control) and the platform's. `roles` in
 * meta says who may open a page; anyone else is sent to their own home page by the guard below (the services refuse
 * the data anyway: this only spares a page of errors).
 */
const districtRoutes: RouteRecordRaw[] = [
  {
    path: '/district/overview',
    name: 'district-overview',
    meta: { title: '全区概览', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/district/OverviewPage.vue'),
  },
  {
    path: '/district/reviews',
    name: 'review-queue',
    meta: { title: '审核', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/review/ReviewQueuePage.vue'),
  },
  {
    path: '/district/reviews/:evaluationId',
    name: 'review',
    meta: { title: '复核', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/review/ReviewPage.vue'),
  },
  {
    path: '/district/targets',
    name: 'targets-queue',
    meta: { title: '目标审核', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/targets/TargetsQueuePage.vue'),
  },
  {
    path: '/district/targets/:projectId',
    name: 'targets-review',
    meta: { title: '绩效目标审核', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/targets/TargetsReviewPage.vue'),
  },
  {
    path: '/district/monitoring',
    name: 'monitoring-rounds',
    meta: { title: '绩效监控', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/monitoring/MonitoringRoundsPage.vue'),
  },
  {
    path: '/district/monitoring/:roundId',
    name: 'monitoring-round',
    meta: { title: '监控看板', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/monitoring/MonitoringRoundPage.vue'),
  },
  {
    path: '/district/monitoring/:roundId/projects/:projectId',
    name: 'monitoring-form',
    meta: { title: '绩效监控表', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/monitoring/MonitoringReviewPage.vue'),
  },
  {
    // 抽查复核: the district's sampled review; streets see none of it (the service finds no sample for them)
    path: '/district/sampled-reviews',
    name: 'sampled-reviews',
    meta: { title: '抽查复核', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/sampling/SampledReviewsPage.vue'),
  },
  {
    path: '/district/sampled-reviews/:sampleId',
    name: 'sampled-review',
    meta: { title: '抽查复核样本', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/sampling/SampledReviewPage.vue'),
  },
  {
    path: '/district/rectifications',
    name: 'rectifications',
    meta: { title: '整改管理', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/rectification/RectificationsPage.vue'),
  },
  {
    // 审计线索: leads from the ledger for the district's oversight; streets do not see them (the service says 403)
    path: '/district/red-flags',
    name: 'red-flags',
    meta: { title: '审计线索', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/redflags/RedFlagsPage.vue'),
  },
  {
    path: '/district/red-flags/:projectId',
    name: 'project-red-flags',
    meta: { title: '项目审计线索', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/redflags/ProjectRedFlagsPage.vue'),
  },
  {
    path: '/district/templates',
    name: 'templates',
    meta: { title: '评价模板', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/templates/TemplatesPage.vue'),
  },
  {
    path: '/district/templates/:templateId',
    name: 'template',
    meta: { title: '模板版本', roles: ['district-overseer', 'auditor'] },
    props: true,
    component: () => import('@/views/templates/TemplateVersionsPage.vue'),
  },
  {
    path: '/district/summary',
    name: 'district-summary',
    meta: { title: '全区汇总', roles: ['district-overseer', 'auditor'] },
    component: () => import('@/views/district/SummaryPage.vue'),
  },
  {
    path: '/admin/tenants',
    name: 'tenants',
    meta: { title: '租户管理', roles: ['platform-admin', 'district-admin'] },
    component: () => import('@/views/admin/TenantsPage.vue'),
  },
  {
    path: '/admin/tenants/:tenantId',
    name: 'tenant',
    meta: { title: '租户详情', roles: ['platform-admin', 'district-admin'] },
    props: true,
    component: () => import('@/views/admin/TenantPage.vue'),
  },
]

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: { render: () => null } },
  ...districtRoutes,
  { path: '/projects', name: 'projects', meta: { title: '项目' }, component: () => import('@/views/projects/ProjectListPage.vue') },
  {
    path: '/projects/new',
    name: 'project-new',
    meta: { title: '登记项目' },
    component: () => import('@/views/projects/ProjectRegisterPage.vue'),
  },
  {
    path: '/projects/:projectId',
    component: () => import('@/views/project/ProjectShell.vue'),
    props: true,
    children: [
      { path: '', redirect: (to) => `/projects/${to.params.projectId}/overview` },
      ...projectPages.map((page) => ({
        path: page.path,
        name: `project-${page.path}`,
        meta: { title: page.title },
        component: page.component as RouteRecordRaw['component'],
      })) as RouteRecordRaw[],
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', meta: { title: '未找到' }, component: () => import('@/views/NotFoundPage.vue') },
]

export const router = createRouter({ history: createWebHistory(), routes })

/** The start page by role, and a page of another role's sent home. The session is loaded before the router mounts. */
router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.me) await session.load().catch(() => undefined)
  if (!session.me) return true
  if (to.name === 'home') return session.home
  const roles = to.meta.roles as Role[] | undefined
  if (roles && !roles.some((role) => session.has(role))) return session.home
  const tab = projectPages.find((page) => `project-${page.path}` === to.name)
  if (tab?.roles && !tab.roles.some((role) => session.has(role))) return `/projects/${to.params.projectId}/overview`
  return true
})

router.afterEach((to) => {
  const title = to.meta.title as string | undefined
  document.title = title ? `${title} · 绩效管理平台` : '绩效管理平台'
})
