import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/stores/session'

/** where a page's links lead in a spec: nowhere in particular */
export const BLANK = { template: '<div />' }

const mounted: VueWrapper[] = []

/**
 * A page as someone with `roles` opens it: a fresh store, a memory router at `path` (every other address answered by
 * a blank page, `routes` for the named ones the page links to), mounted in the document, where Element Plus puts its
 * dialogs, and settled. `unmountPages` after each test takes it down again.
 */
export async function mountPage(page: Component, { roles, props, routes = [], path, stores }: {
  roles: string[]
  props?: Record<string, unknown>
  routes?: RouteRecordRaw[]
  path?: string
  /** what else the page finds in the stores when it opens (the fresh ones, set up here) */
  stores?: () => void
}): Promise<VueWrapper> {
  setActivePinia(createPinia())
  useSession().me = { username: 'u', roles }
  stores?.()
  const router = createRouter({ history: createMemoryHistory(), routes: [...routes, { path: '/:p(.*)*', component: BLANK }] })
  if (path) await router.push(path)
  const wrapper = mount(page, { props, global: { plugins: [router] }, attachTo: document.body }) as VueWrapper
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}

export function unmountPages() {
  mounted.splice(0).forEach((wrapper) => wrapper.unmount())
  // a message still showing would close on its timer after the test, perhaps once the document is gone
  ElMessage.closeAll()
  document.body.innerHTML = ''
}

/** an element of the open dialog, which Element Plus teleports to the body */
export const inDialog = (selector: string) => document.body.querySelector<HTMLElement>(`.el-dialog ${selector}`)!
