// What the live pages (the delegate's /live, the board, the projector) see of the workshop the live
// store follows: the store may still hold the previous workshop's rounds and notes until the new list
// arrives, so everything here is empty unless it follows this one.
import { computed, ref } from 'vue'
import { emergingLessons } from '../lib/lessons.js'
import { useLessonsStore } from '../stores/lessons.js'
import { useLiveStore } from '../stores/live.js'
import { useAction } from './useAction.js'

const same = (a, b) => a !== null && a !== undefined && String(a) === String(b)

/**
 * idSource: a getter for the workshop's id (the route's, or the delegate's workshop).
 * nameRoundsAmong: 'all' names a note's round when the agenda has several; 'open' only when several
 * are open (the projector shows only the open rounds, so only those need telling apart).
 */
export function useLiveWorkshop(idSource, { nameRoundsAmong = 'all' } = {}) {
  const live = useLiveStore()
  const lessons = useLessonsStore()

  const following = computed(() => same(idSource(), live.workshopId))
  const sessions = computed(() => (following.value ? live.sessions : []))
  const openRounds = computed(() => (following.value ? live.openRounds : []))
  /** Every note of the workshop (any status), in no particular order. */
  const notes = computed(() => (following.value ? live.list : []))

  const titles = computed(() => new Map(sessions.value.map((s) => [s.id, s.title])))
  const roundsToTellApart = computed(() => (nameRoundsAmong === 'open' ? openRounds.value : sessions.value))
  /** The title of a note's round, or '' when there is only one round to tell apart. */
  const roundTitle = (sessionId) => (roundsToTellApart.value.length > 1 ? (titles.value.get(sessionId) ?? '') : '')

  // emerging lessons: loaded once, then kept live by lesson.* events on the same stream
  const emerging = computed(() => (same(idSource(), lessons.workshopId) ? emergingLessons(lessons.list) : []))
  const lessonsLoaded = ref(false)
  const { error: lessonsError, run } = useAction()

  /** as: 'staff' or 'delegate', whose token reads them. A failure is kept in lessonsError. */
  function loadLessons(id, { as } = {}) {
    return run(async () => {
      await lessons.load(id, { as })
      lessonsLoaded.value = true
    })
  }

  return { following, sessions, openRounds, notes, roundTitle, emerging, lessonsLoaded, lessonsError, loadLessons }
}
