import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

/**
 * One route per page a street office works in. Every page is its own chunk, so the first screen (the project list)
 * loads only what it shows; the charts (ECharts) and the indicator editor load when opened.
 */
export const projectPages: Array<{ path: string; title: string; component: () => Promise<unknown> }> = [
  { path: 'overview', title: '项目概况', component: () => import('@/views/project/ProjectDetailsPage.vue') },
  { path: 'budget', title: '预算', component: () => import('@/views/project/BudgetPage.vue') },
  { path: 'ledger', title: '支出明细', component: () => import('@/views/project/LedgerPage.vue') },
  { path: 'indicators', title: '绩效指标', component: () => import('@/views/project/IndicatorsPage.vue') },
  { path: 'evidence', title: '佐证材料', component: () => import('@/views/project/EvidencePage.vue') },
  { path: 'survey', title: '满意度调查', component: () => import('@/views/project/SurveyPage.vue') },
  { path: 'self-evaluation', title: '自评', component: () => import('@/views/project/SelfEvaluationPage.vue') },
  { path: 'report', title: '报告', component: () => import('@/views/project/ReportPage.vue') },
]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/projects' },
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

router.afterEach((to) => {
  const title = to.meta.title as string | undefined
  document.title = title ? `${title} · 绩效管理平台` : '绩效管理平台'
})
