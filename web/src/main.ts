import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import './styles.css'

// After sign-in the gateway lands on "/"; go back to the page that asked for it.
const returnTo = sessionStorage.getItem('jixiao.returnTo')
if (returnTo && window.location.pathname === '/') {
  sessionStorage.removeItem('jixiao.returnTo')
  window.history.replaceState(null, '', returnTo)
}

createApp(App).use(createPinia()).use(router).mount('#app')
