// What went wrong with a form, in the form's own words. The API's 422 problem lists violations as
// [{field, message}] with the JSON field names, sorted alphabetically, and a detail naming them
// ("Some fields are not valid: consent, country, email"). People see the form instead: its labels, in
// its order, and under each control a message that fits that control (a country chosen from a list is
// never asked for "a two-letter code").

/**
 * The form field a violation's path names: the last segment that is one of the form's fields or their
 * aliases, so "create.request.endsAt" is endsAt and "relations[0].to" is relations.
 */
function fieldFor(path, names) {
  const segments = String(path ?? '')
    .split('.')
    .map((segment) => segment.replace(/\[\d*\]$/, ''))
    .filter(Boolean)
  for (let i = segments.length - 1; i >= 0; i -= 1) {
    const name = names.get(segments[i])
    if (name) return name
  }
  return null
}

/**
 * Violations [{field, message}] → {byField: {name: [messages]}, general: [messages]} for a form whose
 * fields are `fields` ([{name, aliases?}] or names). Anything the form has no control for is general.
 */
export function violationsByField(violations, fields) {
  const names = new Map()
  for (const field of fields ?? []) {
    const spec = typeof field === 'string' ? { name: field } : field
    names.set(spec.name, spec.name)
    for (const alias of spec.aliases ?? []) names.set(alias, spec.name)
  }
  const byField = {}
  const general = []
  for (const violation of violations ?? []) {
    const message = violation?.message ?? violation?.detail ?? 'This value is not valid.'
    const name = fieldFor(violation?.field ?? violation?.path, names)
    if (name) (byField[name] ??= []).push(message)
    else general.push(message)
  }
  return { byField, general }
}

const unique = (list) => list.filter((item, index) => item && list.indexOf(item) === index)

/**
 * The problems of one form submission, ready to show.
 * violations: the API's [{field, message}] (or the form's own checks in the same shape).
 * fields: the form's controls in order: [{name, label, message?, aliases?}]. message, a text or a
 *   function of the server's message, replaces the server's words under a control they do not fit.
 * detail: what to say when the answer names no field (e.g. "Email or password is incorrect."); a 422's own
 *   detail ("Some fields are not valid: …") is never shown, since its violations say it better.
 * Answers null when there is nothing to show, else
 *   {heading, fields: [{name, label, message}] in form order, byField: {name: message}, general: [messages], first}.
 */
export function summarise(violations, fields, { detail = '' } = {}) {
  const list = violations ?? []
  const { byField: raw, general: loose } = violationsByField(list, fields)
  const items = []
  const byField = {}
  for (const field of fields ?? []) {
    const messages = raw[field.name]
    if (!messages) continue
    const own =
      typeof field.message === 'function'
        ? messages.map((m) => field.message(m))
        : field.message
          ? [field.message]
          : messages
    const message = unique(own).join(' ')
    byField[field.name] = message
    items.push({ name: field.name, label: field.label ?? field.name, message })
  }
  const general = unique(loose)
  if (!items.length && !general.length && !detail) return null
  let heading
  if (items.length) heading = `Please check: ${items.map((item) => item.label).join(', ')}`
  else if (general.length === 1) heading = general.shift()
  else if (general.length) heading = 'Please check the following.'
  else heading = detail
  return { heading, fields: items, byField, general, first: items[0]?.name ?? null }
}
