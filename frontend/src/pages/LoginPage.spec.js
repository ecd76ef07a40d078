import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '../api/client.js'

vi.mock('../api/auth.js', () => ({ login: vi.fn(), fetchMe: vi.fn() }))

const authApi = await import('../api/auth.js')
const LoginPage = (await import('./LoginPage.vue')).default

let wrapper
beforeEach(async () => {
  localStorage.clear()
  setActivePinia(createPinia())
  vi.resetAllMocks()
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: LoginPage }],
  })
  await router.push('/login')
  wrapper = mount(LoginPage, { global: { plugins: [router] }, attachTo: document.body })
})

afterEach(() => {
  wrapper.unmount()
  document.body.innerHTML = ''
})

describe('LoginPage', () => {
  it('names the empty fields with their labels and puts each message under its field', async () => {
    authApi.login.mockRejectedValue(
      new ApiError({
        status: 422,
        detail: 'Some fields are not valid: email, password.',
        violations: [
          { field: 'email', message: 'Enter your email address.' },
          { field: 'password', message: 'Enter your password.' },
        ],
      }),
    )
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.findAll('[role="alert"]')).toHaveLength(1)
    expect(wrapper.find('[role="alert"] h2').text()).toBe('Please check: Email, Password')
    const email = wrapper.find('#login-email')
    expect(email.attributes('aria-invalid')).toBe('true')
    expect(wrapper.find(`#${email.attributes('aria-describedby')}`).text()).toBe('Enter your email address.')
    expect(wrapper.find('#login-password-error').text()).toBe('Enter your password.')
  })

  it('says a wrong password once, for both fields', async () => {
    authApi.login.mockRejectedValue(
      new ApiError({ status: 401, title: 'Unauthorized', detail: 'Email or password is incorrect.' }),
    )
    await wrapper.find('#login-email').setValue('ana@demo.test')
    await wrapper.find('#login-password').setValue('wrong')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('Email or password is incorrect.')
    expect(wrapper.find('#login-password').attributes('aria-describedby')).toBe('login-problem')
    expect(wrapper.find('#login-password').element.value).toBe('')
  })

  it('links to the public Pattern Language guide', () => {
    const link = wrapper.findAll('a').find((a) => a.text() === 'Pattern Language guide')
    expect(link.attributes('href')).toBe('/guide')
  })

  it('links the published outputs for those who are not staff', () => {
    expect(wrapper.find('.login-publications a').attributes('href')).toBe('/p')
  })
})
