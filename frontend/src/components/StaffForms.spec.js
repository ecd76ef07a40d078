// The staff forms sum up the API's 422 in their own order and words, through FormProblems.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError } from '../api/client.js'

vi.mock('../api/accounts.js', () => ({ listAccounts: vi.fn(), createAccount: vi.fn(), updateAccount: vi.fn() }))
vi.mock('../api/delegates.js', () => ({ inviteDelegate: vi.fn() }))

const accountsApi = await import('../api/accounts.js')
const delegatesApi = await import('../api/delegates.js')
const AccountCreateForm = (await import('./AccountCreateForm.vue')).default
const AccountEditor = (await import('./AccountEditor.vue')).default
const DelegateInviteForm = (await import('./DelegateInviteForm.vue')).default

const invalid = (...violations) =>
  new ApiError({
    status: 422,
    detail: `Some fields are not valid: ${violations.map((v) => v.field).join(', ')}.`,
    violations,
  })
const ROLES = ['ADMIN', 'ORGANISER', 'FACILITATOR', 'ANALYST']

let wrapper
beforeEach(() => {
  setActivePinia(createPinia())
  vi.resetAllMocks()
})
afterEach(() => {
  wrapper?.unmount()
  document.body.innerHTML = ''
})

describe('staff forms', () => {
  it('the new-account form names its fields and sends the keyboard to the first role', async () => {
    accountsApi.createAccount.mockRejectedValue(
      invalid(
        { field: 'displayName', message: 'An account needs a display name.' },
        { field: 'password', message: 'A password has 10 to 200 characters.' },
        { field: 'roles', message: 'An account needs at least one role.' },
      ),
    )
    wrapper = mount(AccountCreateForm, { props: { roles: ROLES }, attachTo: document.body })
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const summary = wrapper.find('.error-summary')
    expect(summary.find('h3').text()).toBe('Please check: Display name, Password, Roles')
    expect(wrapper.find('#new-account-roles-error').text()).toBe('Choose at least one role.')
    await summary.findAll('a')[2].trigger('click')
    expect(document.activeElement?.id).toBe('new-account-role-ADMIN')
  })

  it("an account's own form shows a refusal that names no field as its heading", async () => {
    accountsApi.updateAccount.mockRejectedValue(
      new ApiError({ status: 409, detail: 'You cannot disable your own account.' }),
    )
    wrapper = mount(AccountEditor, {
      props: {
        account: { id: 3, displayName: 'Jo', email: 'jo@demo.test', roles: ['ADMIN'], enabled: true },
        roles: ROLES,
      },
    })
    await wrapper
      .findAll('button')
      .find((b) => b.text().startsWith('Disable'))
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('.error-summary').text()).toBe('You cannot disable your own account.')
  })

  it('the invitation words its messages for someone else', async () => {
    delegatesApi.inviteDelegate.mockRejectedValue(
      invalid(
        { field: 'country', message: 'Give a two-letter country code, such as BE.' },
        { field: 'email', message: 'Give an email address.' },
      ),
    )
    wrapper = mount(DelegateInviteForm, { props: { workshopId: 7 } })
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.error-summary h3').text()).toBe('Please check: Email, Country')
    expect(wrapper.find('#invite-country-error').text()).toBe('Choose their country from the list.')
  })
})
