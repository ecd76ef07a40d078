import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router.js'
import { onDelegateUnauthorized, onMemberUnauthorized, onUnauthorized } from './api/client.js'
import { useAuthStore } from './stores/auth.js'
import { useDelegateSessionStore } from './stores/delegateSession.js'
import { useMemberSessionStore } from './stores/memberSession.js'
import { useCommunityStore } from './stores/community.js'
import { useNoticeStore } from './stores/notice.js'
import './styles.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
// The session stores connect their tokens to the API client when made: before any request.
const auth = useAuthStore()
useDelegateSessionStore()
useMemberSessionStore()
const router = createAppRouter()
app.use(router)

// The session store has already been told the session ended; bring the page along.
onUnauthorized(() => {
  useAuthStore().signOut()
  const current = router.currentRoute.value
  if (current.name === 'login') return
  useNoticeStore().show('Your session has ended. Please sign in again.', 'warning')
  router.replace({ name: 'login', query: { redirect: current.fullPath } })
})

// A delegate token that stopped working (expired, or the place was cancelled): back to joining.
onDelegateUnauthorized(() => {
  useDelegateSessionStore().leave()
  const current = router.currentRoute.value
  if (!current.meta.delegate) return
  useNoticeStore().show('Your session in the workshop has ended. Join again to continue.', 'warning')
  router.replace({ name: 'join' })
})

// A member token that stopped working (expired, erased, or no registration with a place left).
onMemberUnauthorized(() => {
  useMemberSessionStore().leave()
  useCommunityStore().forget()
  const current = router.currentRoute.value
  if (!current.meta.member) return
  useNoticeStore().show(
    'Your community session has ended. Open the community again from your personal link.',
    'warning',
  )
  router.replace({ name: 'community' })
})

app.mount('#app')

if (auth.isSignedIn()) auth.refreshUser().catch(() => {})
