import { createRouter, createWebHistory } from 'vue-router'
import { useAuthStore } from './stores/auth.js'
import { useNoticeStore } from './stores/notice.js'
import { useDelegateSessionStore } from './stores/delegateSession.js'
import { useMemberSessionStore } from './stores/memberSession.js'
import {
  ADMINS,
  DELEGATE_READERS,
  MODERATION_LOG_READERS,
  MODERATORS,
  PATTERN_WRITERS,
  PUBLICATION_WRITERS,
  TECHNOLOGY_WRITERS,
  WORKSHOP_WRITERS,
  roleLabel,
} from './lib/roles.js'

const routes = [
  { path: '/', redirect: '/workshops' },
  {
    path: '/login',
    name: 'login',
    component: () => import('./pages/LoginPage.vue'),
    meta: { public: true, title: 'Sign in' },
  },
  { path: '/themes', name: 'themes', component: () => import('./pages/ThemesPage.vue'), meta: { title: 'Themes' } },
  {
    path: '/workshops',
    name: 'workshops',
    component: () => import('./pages/WorkshopListPage.vue'),
    meta: { title: 'Workshops' },
  },
  {
    path: '/workshops/new',
    name: 'workshop-new',
    component: () => import('./pages/WorkshopFormPage.vue'),
    meta: { title: 'New workshop', roles: WORKSHOP_WRITERS },
  },
  {
    path: '/workshops/:id',
    name: 'workshop',
    component: () => import('./pages/WorkshopPage.vue'),
    props: true,
    meta: { title: 'Workshop' },
  },
  {
    path: '/workshops/:id/edit',
    name: 'workshop-edit',
    component: () => import('./pages/WorkshopFormPage.vue'),
    props: true,
    meta: { title: 'Edit workshop', roles: WORKSHOP_WRITERS },
  },
  {
    path: '/workshops/:id/agenda',
    name: 'workshop-agenda',
    component: () => import('./pages/AgendaPage.vue'),
    props: true,
    meta: { title: 'Agenda' },
  },
  {
    path: '/workshops/:id/delegates',
    name: 'workshop-delegates',
    component: () => import('./pages/DelegatesPage.vue'),
    props: true,
    meta: { title: 'Delegates', roles: DELEGATE_READERS },
  },
  {
    path: '/workshops/:id/check-in',
    name: 'workshop-check-in',
    component: () => import('./pages/CheckInPage.vue'),
    props: true,
    meta: { title: 'Check-in', roles: DELEGATE_READERS },
  },
  {
    path: '/workshops/:id/breakouts',
    name: 'workshop-breakouts',
    component: () => import('./pages/BreakoutsPage.vue'),
    props: true,
    meta: { title: 'Breakouts', roles: DELEGATE_READERS },
  },
  {
    path: '/workshops/:id/board',
    name: 'workshop-board',
    component: () => import('./pages/BoardPage.vue'),
    props: true,
    meta: { title: 'Board', roles: MODERATORS },
  },
  {
    path: '/workshops/:id/moderation-log',
    name: 'workshop-moderation-log',
    component: () => import('./pages/ModerationLogPage.vue'),
    props: true,
    meta: { title: 'Moderation log', roles: MODERATION_LOG_READERS },
  },
  {
    path: '/workshops/:id/projector',
    name: 'workshop-projector',
    component: () => import('./pages/ProjectorPage.vue'),
    props: true,
    meta: { title: 'Projector', roles: DELEGATE_READERS, layout: 'bare' },
  },
  {
    path: '/workshops/:id/tagging',
    name: 'workshop-tagging',
    component: () => import('./pages/TaggingPage.vue'),
    props: true,
    meta: { title: 'Tagging', roles: PATTERN_WRITERS },
  },
  {
    path: '/workshops/:id/lessons',
    name: 'workshop-lessons',
    component: () => import('./pages/LessonsPage.vue'),
    props: true,
    meta: { title: 'Lessons' },
  },
  {
    path: '/workshops/:id/report',
    name: 'workshop-report',
    component: () => import('./pages/ReportPage.vue'),
    props: true,
    meta: { title: 'Report' },
  },
  {
    path: '/patterns',
    name: 'patterns',
    component: () => import('./pages/PatternsPage.vue'),
    meta: { title: 'Patterns' },
  },
  {
    path: '/patterns/new',
    name: 'pattern-new',
    component: () => import('./pages/PatternEditPage.vue'),
    meta: { title: 'New pattern', roles: PATTERN_WRITERS },
  },
  {
    path: '/patterns/:slug',
    name: 'pattern',
    component: () => import('./pages/PatternPage.vue'),
    props: true,
    meta: { title: 'Pattern' },
  },
  {
    path: '/patterns/:slug/edit',
    name: 'pattern-edit',
    component: () => import('./pages/PatternEditPage.vue'),
    props: true,
    meta: { title: 'Edit pattern', roles: PATTERN_WRITERS },
  },
  {
    path: '/technologies',
    name: 'technologies',
    component: () => import('./pages/TechnologiesPage.vue'),
    meta: { title: 'Technology catalogue' },
  },
  {
    path: '/technologies/new',
    name: 'technology-new',
    component: () => import('./pages/TechnologyEditPage.vue'),
    meta: { title: 'New technology', roles: TECHNOLOGY_WRITERS },
  },
  {
    path: '/technologies/:slug',
    name: 'technology',
    component: () => import('./pages/TechnologyPage.vue'),
    props: true,
    meta: { title: 'Technology' },
  },
  {
    path: '/technologies/:slug/edit',
    name: 'technology-edit',
    component: () => import('./pages/TechnologyEditPage.vue'),
    props: true,
    meta: { title: 'Edit technology', roles: TECHNOLOGY_WRITERS },
  },
  // The public Pattern Language guide: no sign-in.
  {
    path: '/guide',
    name: 'guide',
    component: () => import('./pages/GuidePage.vue'),
    meta: { public: true, layout: 'guide', title: 'Pattern Language guide' },
  },
  {
    path: '/guide/:slug',
    name: 'guide-pattern',
    component: () => import('./pages/GuidePatternPage.vue'),
    props: true,
    meta: { public: true, layout: 'guide', title: 'Pattern Language guide' },
  },
  {
    path: '/publications',
    name: 'publications',
    component: () => import('./pages/PublicationsPage.vue'),
    meta: { title: 'Publications' },
  },
  {
    path: '/publications/new',
    name: 'publication-new',
    component: () => import('./pages/PublicationNewPage.vue'),
    meta: { title: 'New publication', roles: PUBLICATION_WRITERS },
  },
  {
    path: '/publications/:id',
    name: 'publication',
    component: () => import('./pages/PublicationPage.vue'),
    props: true,
    meta: { title: 'Publication' },
  },
  // The published outputs: no sign-in.
  {
    path: '/p',
    name: 'public-publications',
    component: () => import('./pages/PublicIndexPage.vue'),
    meta: { public: true, layout: 'public', title: 'Publications' },
  },
  {
    path: '/p/:slug',
    name: 'public-publication',
    component: () => import('./pages/PublicPublicationPage.vue'),
    props: true,
    meta: { public: true, layout: 'public', title: 'Publication' },
  },
  { path: '/search', name: 'search', component: () => import('./pages/SearchPage.vue'), meta: { title: 'Search' } },
  // Delegates: no staff sign-in. /live needs the delegate session from joining.
  {
    path: '/register',
    name: 'register',
    component: () => import('./pages/RegisterPage.vue'),
    meta: { public: true, layout: 'delegate', title: 'Register' },
  },
  {
    path: '/my-registration',
    name: 'my-registration',
    component: () => import('./pages/MyRegistrationPage.vue'),
    meta: { public: true, layout: 'delegate', title: 'My registration' },
  },
  {
    path: '/join',
    name: 'join',
    component: () => import('./pages/JoinPage.vue'),
    meta: { public: true, layout: 'delegate', title: 'Join a workshop' },
  },
  {
    path: '/live',
    name: 'live',
    component: () => import('./pages/LivePage.vue'),
    meta: { delegate: true, layout: 'delegate', title: 'Live workshop' },
  },
  // The community: opened from a personal link, with a member token of its own.
  {
    path: '/community',
    name: 'community',
    component: () => import('./pages/CommunityStartPage.vue'),
    meta: { public: true, layout: 'delegate', title: 'Community' },
  },
  {
    path: '/community/profile',
    name: 'community-profile',
    component: () => import('./pages/CommunityProfilePage.vue'),
    meta: { member: true, layout: 'delegate', title: 'My community profile' },
  },
  {
    path: '/community/suggestions',
    name: 'community-suggestions',
    component: () => import('./pages/CommunitySuggestionsPage.vue'),
    meta: { member: true, layout: 'delegate', title: 'People to meet' },
  },
  {
    path: '/community/directory',
    name: 'community-directory',
    component: () => import('./pages/CommunityDirectoryPage.vue'),
    meta: { member: true, layout: 'delegate', title: 'Community directory' },
  },
  {
    path: '/community/introductions',
    name: 'community-introductions',
    component: () => import('./pages/CommunityIntroductionsPage.vue'),
    meta: { member: true, layout: 'delegate', title: 'Introductions' },
  },
  {
    path: '/accounts',
    name: 'accounts',
    component: () => import('./pages/AccountsPage.vue'),
    meta: { title: 'Accounts', roles: ADMINS },
  },
  {
    path: '/privacy-notices',
    name: 'privacy-notices',
    component: () => import('./pages/PrivacyNoticesPage.vue'),
    meta: { title: 'Privacy notice', roles: ADMINS },
  },
  {
    path: '/audit/author-access',
    name: 'author-access',
    component: () => import('./pages/AuthorAccessPage.vue'),
    meta: { title: 'Author access', roles: ADMINS },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { public: true, title: 'Page not found' },
  },
]

/** Only same-site paths may be returned to after sign-in ("//evil.example" is another site). */
export function safeRedirect(value) {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\'))
    return '/workshops'
  if (path === '/login' || path.startsWith('/login?')) return '/workshops'
  return path
}

export function installGuards(router) {
  router.beforeEach((to) => {
    const auth = useAuthStore()
    const signedIn = auth.isSignedIn()

    if (to.name === 'login' && signedIn) return safeRedirect(to.query.redirect)
    if (to.meta.delegate) return useDelegateSessionStore().isJoined() ? true : { name: 'join' }
    if (to.meta.member) return useMemberSessionStore().isOpen() ? true : { name: 'community' }
    if (to.meta.public) return true
    if (!signedIn) return { name: 'login', query: { redirect: to.fullPath } }

    const roles = to.meta.roles
    if (roles && !auth.hasAnyRole(roles)) {
      const needed = roles.map(roleLabel).join(' or ')
      useNoticeStore().show(`You need the ${needed} role to open ${to.meta.title ?? 'that page'}.`, 'warning')
      return { name: 'workshops' }
    }
    return true
  })

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Workshop Hub` : 'Workshop Hub'
  })
}

export function createAppRouter(history = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => saved ?? { top: 0 },
  })
  installGuards(router)
  return router
}
