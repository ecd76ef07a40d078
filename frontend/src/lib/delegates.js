// Helpers for delegates: sectors and statuses (their words are in labels.js), countries, the personal key in a link's
// fragment, and the text of a check-in QR code.

import { toCsv } from './csv.js'

export const SECTORS = [
  'POLICE',
  'PUBLIC_SECURITY_PLANNER',
  'POLICYMAKER',
  'ACADEMIA',
  'INDUSTRY',
  'CIVIL_SOCIETY',
  'CITIZEN',
  'MEDIA',
  'OTHER',
]

/**
 * The delegate form's controls in order, with their labels and, where the server's words do not fit a
 * control (a country is chosen from a list, not typed as a code), the message to show instead.
 * voice: 'self' (a delegate registering) or 'other' (an organiser inviting someone).
 */
export function delegateFields(voice = 'self') {
  const whose = voice === 'self' ? 'your' : 'their'
  return [
    { name: 'name', label: 'Name' },
    { name: 'email', label: 'Email' },
    { name: 'organisation', label: 'Organisation' },
    { name: 'sector', label: 'Sector', message: `Choose ${whose} sector from the list.` },
    { name: 'country', label: 'Country', message: `Choose ${whose} country from the list.` },
    { name: 'jobTitle', label: 'Job title' },
    { name: 'accessNeeds', label: 'Access needs' },
  ]
}

export const DELEGATE_STATUSES = ['INVITED', 'REGISTERED', 'WAITLISTED', 'CANCELLED', 'DECLINED']

/** Who may be checked in at the desk: registered delegates, and invited or waitlisted people who give their consent there. */
export const CHECK_IN_STATUSES = ['REGISTERED', 'INVITED', 'WAITLISTED']

/** Someone not registered yet is registered by checking in, which needs their consent, asked for at the desk. */
export function needsDeskConsent(delegate) {
  return delegate?.status === 'INVITED' || delegate?.status === 'WAITLISTED'
}

/** The server's words (422 on `consent`) when that consent was not given. */
export const DESK_CONSENT_MESSAGE = 'Ask for consent at the desk before checking in someone who has not registered.'

// ISO 3166-1 alpha-2, the codes the server accepts.
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ')

let regionNames = null
function displayNames() {
  if (regionNames === null) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
    } catch {
      regionNames = false
    }
  }
  return regionNames || null
}

/** "BE" → "Belgium"; the code itself where the browser has no name for it. */
export function countryName(code) {
  if (!code) return ''
  try {
    return displayNames()?.of(code) ?? code
  } catch {
    return code
  }
}

/** [{value: 'BE', label: 'Belgium'}, …] sorted by name, for a select. */
export function countryOptions() {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, 'en'),
  )
}

/**
 * The personal key from a link's fragment ("#key=abc"): the fragment never reaches a server, so
 * the key is read here and sent in a request body. Parsed by hand so a "+" stays a "+".
 */
export function readKeyFromHash(hash) {
  if (!hash) return null
  const text = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of text.split('&')) {
    const [name, ...rest] = part.split('=')
    if (name !== 'key') continue
    let value = rest.join('=')
    try {
      value = decodeURIComponent(value)
    } catch {
      // keep it as written
    }
    value = value.trim()
    return value || null
  }
  return null
}

/** The address a delegate keeps: origin + "/my-registration#key=…". */
export function personalLinkFor(origin, accessToken) {
  return `${origin}/my-registration#key=${encodeURIComponent(accessToken)}`
}

/** A personalLink from the API ("/my-registration#key=…") made absolute. */
export function absoluteLink(origin, personalLink) {
  if (!personalLink) return ''
  return /^https?:\/\//.test(personalLink) ? personalLink : `${origin}${personalLink}`
}

export const CHECK_IN_QR_PREFIX = 'workshop-hub:delegate:'

export function checkInQrText(delegateId) {
  return `${CHECK_IN_QR_PREFIX}${delegateId}`
}

/** The delegate id in a check-in QR code's text, or null for any other text. */
export function parseCheckInQr(text) {
  const match = /^workshop-hub:delegate:(\d{1,18})$/.exec(String(text ?? '').trim())
  return match ? Number(match[1]) : null
}

/** Lower case without accents, for matching names typed at the door. */
export function foldForSearch(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
}

/** Delegates whose name (or organisation) contains every word of the query. */
export function matchByName(delegates, query) {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (!words.length) return delegates
  return delegates.filter((delegate) => {
    const haystack = `${foldForSearch(delegate.name)} ${foldForSearch(delegate.organisation)}`
    return words.every((word) => haystack.includes(word))
  })
}

/** The body of an invitation or registration from form values: trimmed, blanks as null. */
export function delegateBody(values) {
  const text = (value) => (typeof value === 'string' ? value.trim() : value)
  const optional = (value) => text(value) || null
  return {
    name: text(values.name),
    email: text(values.email),
    organisation: text(values.organisation),
    sector: values.sector || null,
    country: values.country || null,
    jobTitle: optional(values.jobTitle),
    accessNeeds: optional(values.accessNeeds),
  }
}

export function emptyDelegateValues() {
  return { name: '', email: '', organisation: '', sector: '', country: '', jobTitle: '', accessNeeds: '' }
}

/** A CSV with every imported delegate's email and full personal link (written by lib/csv.js). */
export function personalLinksCsv(rows, origin) {
  const imported = rows.filter((row) => row.status === 'IMPORTED' && row.personalLink)
  return toCsv(
    ['email', 'personalLink'],
    imported.map((row) => [row.email, absoluteLink(origin, row.personalLink)]),
  )
}
