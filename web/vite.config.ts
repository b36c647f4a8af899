import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { devProxy, devSession } from './dev/devSession'

// The gateway serves the built files and answers /api itself, so the dev server proxies /api, /oauth2,
// /login and /logout to a running gateway (./jixiao up) and the session cookie stays first-party.
const gateway = process.env.JIXIAO_GATEWAY ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    devSession(),
    // Element Plus components are imported where they are used, so each route's chunk carries only its own
    // components and the first screen stays small.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: Object.fromEntries(['/api', '/oauth2', '/login', '/logout'].map((p) => [p, devProxy(gateway)])),
  },
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    // Element Plus's per-component style entries import .css, which only Vite (not Node) can load: let Vite transform it
    server: { deps: { inline: ['element-plus'] } },
  },
})
