import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import DelegateImport from './DelegateImport.vue'

let fetchMock

beforeEach(() => {
  setActivePinia(createPinia())
  fetchMock = vi.fn()
  vi.stubGlobal('fetch', fetchMock)
})

describe('DelegateImport', () => {
  it('sends the pasted CSV as text/csv and shows the row-by-row report with refused rows marked', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          imported: 1,
          refused: 1,
          rows: [
            {
              line: 2,
              status: 'IMPORTED',
              email: 'ana@example.org',
              delegateId: 7,
              personalLink: '/my-registration#key=k1',
              reasons: [],
            },
            {
              line: 3,
              status: 'REFUSED',
              email: 'bad@example.org',
              delegateId: null,
              personalLink: null,
              reasons: ["sector: 'WIZARD' is not a sector."],
            },
          ],
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      ),
    )
    const wrapper = mount(DelegateImport, { props: { workshopId: 5 }, attachTo: document.body })
    const csv =
      'name,email,organisation,sector,country\nAna,ana@example.org,PJ,POLICE,PT\nBad,bad@example.org,X,WIZARD,BE\n'

    await wrapper.find('textarea').setValue(csv)
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/workshops/5/delegates/import')
    expect(init.headers['Content-Type']).toBe('text/csv')
    expect(init.body).toBe(csv)

    expect(wrapper.find('#import-report-heading').text()).toBe('Import report: 1 imported, 1 refused')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].classes()).not.toContain('row--refused')
    expect(rows[0].text()).toContain('Imported')
    expect(rows[0].text()).toContain(`${window.location.origin}/my-registration#key=k1`)
    expect(rows[1].classes()).toContain('row--refused')
    expect(rows[1].text()).toContain('Refused')
    expect(rows[1].text()).toContain("sector: 'WIZARD' is not a sector.")
    expect(wrapper.emitted('imported')).toHaveLength(1)
    wrapper.unmount()
  })

  it('keeps the heading order under the page title: form h2, report h3', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ imported: 0, refused: 0, rows: [] }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const page = mount(
      {
        components: { DelegateImport },
        template: '<main><h1>Delegates</h1><DelegateImport :workshop-id="5" /></main>',
      },
      { attachTo: document.body },
    )
    await page.find('textarea').setValue('name,email,organisation,sector,country\n')
    await page.find('form').trigger('submit')
    await flushPromises()
    const levels = page.findAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.element.tagName.slice(1)))
    expect(levels).toEqual([1, 2, 3])
    levels.reduce((previous, level) => {
      expect(level - previous).toBeLessThanOrEqual(1)
      return level
    })
    page.unmount()
  })

  it('asks for a file or text instead of sending nothing', async () => {
    const wrapper = mount(DelegateImport, { props: { workshopId: 5 } })
    await wrapper.find('form').trigger('submit')
    expect(fetchMock).not.toHaveBeenCalled()
    expect(wrapper.find('[role="alert"]').text()).toBe('Choose a CSV file or paste the CSV text first.')
  })
})
