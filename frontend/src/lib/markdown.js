// Markdown → safe HTML, for MarkdownText.vue only. Two layers: raw HTML inside the Markdown is shown
// as text (so nothing like <img onerror> is ever parsed), and the HTML marked makes is sanitised by
// DOMPurify (no scripts, event handlers, styles, forms, images; links only http(s), mailto, in-app).
import { Marked } from 'marked'
import DOMPurify from 'dompurify'

const escape = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  )

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // block and inline HTML in the source: text, not markup
    html({ text }) {
      return escape(text)
    },
  },
})

const PURIFY = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'img',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'class', 'id'],
  ALLOW_DATA_ATTR: false,
}

let hooked = false
function hook() {
  if (hooked) return
  hooked = true
  // links: only http(s), mailto and same-site paths; external ones open without the opener
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? ''
      if (!/^(https?:|mailto:|\/(?!\/)|#)/i.test(href)) node.removeAttribute('href')
      if (/^https?:/i.test(href)) {
        node.setAttribute('rel', 'noopener noreferrer')
        node.setAttribute('target', '_blank')
      }
    }
  })
}

/** HTML → sanitised HTML (exported for the tests of the second layer). */
export function sanitizeHtml(html) {
  // without a DOM to sanitise in, show the HTML as text rather than trust it
  if (!DOMPurify.isSupported) return `<p>${escape(html)}</p>`
  hook()
  return DOMPurify.sanitize(String(html ?? ''), PURIFY)
}

export function renderMarkdown(source) {
  return sanitizeHtml(marked.parse(String(source ?? '')))
}
