import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { latestYearWithData } from '@/api/overview'

/**
 * A district list opened without a year in its address: puts the latest year with data there, replacing the address
 * (so Back does not return to the page without a year); the page reads when the address changes. Nothing when the
 * person has left the page at `here` meanwhile.
 */
export async function showLatestYear(route: RouteLocationNormalizedLoaded, router: Router, here: string): Promise<void> {
  const year = await latestYearWithData()
  if (route.path === here) await router.replace({ query: { ...route.query, year: String(year) } })
}
