import { expect, test } from '@playwright/test'
import {
  PHONE,
  PROJECTOR,
  allNotes,
  createLiveWorkshop,
  delegateNote,
  joinOnPhone,
  signIn,
  uniqueTitle,
  watchCsp,
} from './helpers.js'

test.setTimeout(90_000)

/**
 * What may leave the room: a delegate on a phone sends a note "not for any publication"; a facilitator
 * labels another note on the board, the author's phone shows it, and the label is in the moderation log.
 */
test('a delegate keeps a note out of publications, and a facilitator labels another on the board', async ({
  browser,
  request,
  baseURL,
}) => {
  const live = await createLiveWorkshop(request)
  const phoneContext = await browser.newContext({ ...PHONE, baseURL })
  const boardContext = await browser.newContext({ ...PROJECTOR, baseURL })
  const phone = await phoneContext.newPage()
  const board = await boardContext.newPage()
  const csp = [...watchCsp(phone), ...watchCsp(board)]
  const myNote = (text) => phone.locator('.my-note').filter({ hasText: text })

  // the delegate: "Not for any publication", then Send
  await joinOnPhone(phone, request, live.accessToken)
  const restricted = uniqueTitle('Our press officer was threatened after the briefing')
  await phone.getByLabel('Your note').fill(restricted)
  const keepOut = phone.getByRole('checkbox', { name: 'Not for any publication' })
  await keepOut.check()
  await phone.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(myNote(restricted)).toContainText('Sent')
  await expect(myNote(restricted).getByText('Not for publication')).toBeVisible()
  await expect(keepOut).not.toBeChecked()
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  const stored = (await allNotes(request, live.token, live.workshop.id)).find((n) => n.text === restricted)
  expect(stored.sensitivity).toBe('RESTRICTED')

  // another note of theirs, not marked
  const tactics = uniqueTitle('We kept two plain-clothes officers in the crowd chat')
  await delegateNote(request, live, tactics)
  await expect(myNote(tactics)).toContainText('Sent')
  await expect(myNote(tactics).getByText('Not for publication')).toHaveCount(0)

  // the facilitator labels it on the board
  await signIn(board, 'facilitator@demo.test')
  await board.goto(`/workshops/${live.workshop.id}/board`)
  await expect(board.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible()
  const onBoard = (text) => board.locator('.note-card').filter({ hasText: text })
  await expect(onBoard(restricted).getByText('Restricted — not for publication')).toBeVisible()
  await onBoard(tactics).getByRole('button', { name: 'Sensitivity' }).click()
  const select = onBoard(tactics).getByRole('combobox', { name: 'Sensitivity' })
  await expect(select).toBeFocused()
  await select.selectOption('OPERATIONAL')
  await onBoard(tactics).getByRole('textbox', { name: 'Reason (optional)' }).fill('describes tactics')
  await onBoard(tactics).getByRole('button', { name: 'Save label' }).click()
  await expect(board.getByText(/^Labelled “.*”: Operational\.$/)).toBeVisible()
  await expect(onBoard(tactics).getByText('Operational — not for publication')).toBeVisible()

  // the author's phone learns of it live
  await expect(myNote(tactics).getByText('Not for publication')).toBeVisible()

  // and the moderation log says who did it and why
  await board.getByRole('link', { name: 'Moderation log' }).click()
  await expect(board.getByRole('heading', { level: 1, name: 'Moderation log' })).toBeVisible()
  const row = board.getByRole('row').filter({ hasText: 'Sensitivity labelled' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Operational: describes tactics')
  await expect(row).toContainText('You (Fen Facilitator)')

  expect(csp).toEqual([])
  await phoneContext.close()
  await boardContext.close()
})
