import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ConfirmDialog from './ConfirmDialog.vue'

const props = {
  title: 'Close this workshop?',
  message: 'Closing ends the live session: delegates can no longer send notes or join.',
  confirmLabel: 'Yes, close it',
}

/** A page with a button that opens the dialog, as a parent would. */
function mountWithTrigger() {
  return mount(
    {
      components: { ConfirmDialog },
      data: () => ({ open: false, confirmed: 0, cancelled: 0 }),
      template: `<div>
      <button id="trigger" type="button" @click="open = true">Close</button>
      <ConfirmDialog v-bind="props" :open="open" @confirm="confirmed++; open = false" @cancel="cancelled++; open = false" />
    </div>`,
      setup: () => ({ props }),
    },
    { attachTo: document.body },
  )
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ConfirmDialog', () => {
  it('is a closed dialog until asked', () => {
    const wrapper = mount(ConfirmDialog, { props, attachTo: document.body })
    expect(wrapper.find('dialog').attributes('open')).toBeUndefined()
    wrapper.unmount()
  })

  it('opens as a labelled alert dialog that says what follows, with focus on the safe choice', async () => {
    const wrapper = mountWithTrigger()
    document.getElementById('trigger').focus()
    await wrapper.find('#trigger').trigger('click')
    await flushPromises()

    const dialog = wrapper.find('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(dialog.attributes('role')).toBe('alertdialog')
    expect(document.getElementById(dialog.attributes('aria-labelledby')).textContent).toBe('Close this workshop?')
    expect(document.getElementById(dialog.attributes('aria-describedby')).textContent).toBe(props.message)
    expect(document.activeElement.textContent.trim()).toBe('No, keep it')
    wrapper.unmount()
  })

  it('confirms only on "yes", and gives focus back to what opened it', async () => {
    const wrapper = mountWithTrigger()
    document.getElementById('trigger').focus()
    await wrapper.find('#trigger').trigger('click')
    await flushPromises()
    const yes = wrapper.findAll('dialog button').find((b) => b.text() === 'Yes, close it')
    expect(yes.classes()).toContain('button--danger-strong')
    await yes.trigger('click')
    await flushPromises()

    expect(wrapper.vm.confirmed).toBe(1)
    expect(wrapper.find('dialog').attributes('open')).toBeUndefined()
    expect(document.activeElement.id).toBe('trigger')
    wrapper.unmount()
  })

  it('takes Esc, a cancel request and "no" as no', async () => {
    const wrapper = mountWithTrigger()
    const open = async () => {
      await wrapper.find('#trigger').trigger('click')
      await flushPromises()
    }
    await open()
    await wrapper.find('dialog').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.vm.cancelled).toBe(1)
    expect(wrapper.find('dialog').attributes('open')).toBeUndefined()

    await open()
    wrapper.find('dialog').element.dispatchEvent(new Event('cancel', { cancelable: true }))
    await flushPromises()
    expect(wrapper.vm.cancelled).toBe(2)

    await open()
    await wrapper
      .findAll('dialog button')
      .find((b) => b.text() === 'No, keep it')
      .trigger('click')
    await flushPromises()
    expect(wrapper.vm.cancelled).toBe(3)
    expect(wrapper.vm.confirmed).toBe(0)
    wrapper.unmount()
  })
})
