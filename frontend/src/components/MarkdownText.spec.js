import '../test-support/happyDom.js'
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { sanitizeHtml } from '../lib/markdown.js'
import MarkdownText from './MarkdownText.vue'

const handlers = (root) =>
  [...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => a.name),
  )

describe('MarkdownText', () => {
  it('renders Markdown', () => {
    const wrapper = mount(MarkdownText, {
      props: { source: '# Title\n\nSome **bold** text and a [link](https://example.org).\n\n- one\n- two' },
    })
    expect(wrapper.find('h1').text()).toBe('Title')
    expect(wrapper.find('strong').text()).toBe('bold')
    expect(wrapper.findAll('li')).toHaveLength(2)
    const link = wrapper.find('a')
    expect(link.attributes('href')).toBe('https://example.org')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
  })

  it('shows HTML in the Markdown as text: no script, no onerror, no style', () => {
    const source = [
      '# Heading',
      'Hello <script>window.pwned = true</script>',
      '<img src="x" onerror="window.pwned = true">',
      '<p onclick="window.pwned = true" style="color:red">click</p>',
      '[bad](javascript:alert(1))',
      'The end',
    ].join('\n\n')
    const wrapper = mount(MarkdownText, { props: { source } })
    const root = wrapper.element
    expect(root.querySelector('script, img, svg, iframe')).toBeNull()
    expect(handlers(root)).toEqual([])
    expect(root.querySelector('a')?.getAttribute('href') ?? null).toBeNull()
    expect(wrapper.find('h1').text()).toBe('Heading')
    expect(wrapper.text()).toContain('<script>window.pwned = true</script>')
    expect(wrapper.text()).toContain('The end')
    expect(window.pwned).toBeUndefined()
  })

  it('sanitises the HTML it renders (the second layer): <script> and onerror are stripped', () => {
    const html = sanitizeHtml(
      '<h2>Ok</h2><script>window.pwned = true</script><img src="x" onerror="window.pwned = true">' +
        '<p onclick="x()" style="color:red">text</p><a href="javascript:alert(1)">bad</a><svg onload="x()"></svg><p>end</p>',
    )
    expect(html).not.toMatch(/<script|onerror|onclick|onload|style=|javascript:|<img|<svg/i)
    expect(html).toContain('<h2>Ok</h2>')
    expect(html).toContain('<p>text</p>')
    expect(html).toContain('<p>end</p>')
  })
})
