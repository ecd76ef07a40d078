// What one can do on a member's card, wherever the card is shown: ask to be introduced, or block them.
// Each card waits on its own button and shows its own error; a member once asked stays marked as asked.
import { reactive, ref } from 'vue'
import { describeError } from '../api/client.js'
import { useCommunityStore } from '../stores/community.js'

export function useMemberActions() {
  const community = useCommunityStore()
  /** The id of the member whose card is busy, or null. */
  const busyWith = ref(null)
  /** member id → what went wrong on that card */
  const errors = reactive({})
  /** member ids asked from this page */
  const asked = reactive(new Set())
  const announcement = ref('')

  async function act(memberId, action, done) {
    busyWith.value = memberId
    delete errors[memberId]
    announcement.value = ''
    try {
      await action()
      announcement.value = done
    } catch (e) {
      errors[memberId] = describeError(e)
    } finally {
      busyWith.value = null
    }
  }

  function ask(card, message, title) {
    return act(
      card.id,
      async () => {
        await community.ask(card.id, message)
        asked.add(card.id)
      },
      `Your request to ${title} is sent.`,
    )
  }

  function block(card, title) {
    return act(card.id, () => community.block(card.id), `${title} is blocked.`)
  }

  return { busyWith, errors, asked, announcement, ask, block }
}
