import { expect } from '@playwright/test'

export const DEMO_PASSWORD = 'workshop-demo'

export const organiser = 'organiser@demo.test'
export const analyst = 'analyst@demo.test'
export const admin = 'admin@demo.test'

export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
}

/** A day far enough ahead that demo data does not crowd it, and different per run. */
export function aFutureDay() {
  const day = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000)
  return day.toISOString().slice(0, 10)
}

export function nextDay(isoDate) {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

export function uniqueTitle(prefix) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
}

/** Fills the workshop form with a valid workshop; override any field. */
export async function fillWorkshopForm(page, { title, day, starts = '09:00', ends = '17:00', endDay = day }) {
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Theme').selectOption('trolling')
  await page.getByLabel('Description').fill('How trolling shapes public security debates, with police and civil society.')
  await page.getByLabel('Starts').fill(`${day}T${starts}`)
  await page.getByLabel('Ends').fill(`${endDay}T${ends}`)
  await page.getByLabel('Time zone').selectOption('Europe/Brussels')
  await page.getByLabel('Venue').fill('Brussels, Résidence Palace')
  await page.getByLabel('Capacity').fill('30')
}
