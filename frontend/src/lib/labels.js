// The words the app shows for the API's codes: sectors, note kinds and statuses, lessons, patterns,
// stances, moderation actions, search result types, workshop and delegate statuses. One place, so that
// a chart, a table, a note card and a search result say "Civil society" alike and never "CIVIL_SOCIETY".

/** "FIRE_SERVICE" → "Fire service": a code this build does not know is still made readable. */
export function words(code) {
  if (code === null || code === undefined || code === '') return ''
  const text = String(code).toLowerCase().replace(/_/g, ' ').trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const lookup = (labels) => (code) => labels[code] ?? words(code)

export const SECTOR_LABELS = {
  POLICE: 'Police',
  PUBLIC_SECURITY_PLANNER: 'Public-security planner',
  POLICYMAKER: 'Policymaker',
  ACADEMIA: 'Academia / research',
  INDUSTRY: 'Industry',
  CIVIL_SOCIETY: 'Civil society',
  CITIZEN: 'Citizen',
  MEDIA: 'Media',
  OTHER: 'Other',
  // not sectors a delegate chooses, but rows of counts by sector
  UNDISCLOSED: 'Not disclosed',
  RAPPORTEUR: 'Rapporteur',
  LESSON: 'Lessons (no sector)',
}
export const sectorLabel = lookup(SECTOR_LABELS)

export const NOTE_KIND_LABELS = {
  INSIGHT: 'Insight',
  GOOD_PRACTICE: 'Good practice',
  CONCERN: 'Concern',
  QUESTION: 'Question',
  IDEA: 'Idea',
  DISCUSSION: 'Discussion (rapporteur)',
}
export const kindLabel = lookup(NOTE_KIND_LABELS)

export const NOTE_STATUS_LABELS = {
  PENDING: 'Waiting for approval',
  VISIBLE: 'Visible',
  HIDDEN: 'Hidden',
  MERGED: 'Merged',
  WITHDRAWN: 'Withdrawn',
}
export const noteStatusLabel = lookup(NOTE_STATUS_LABELS)

export const MODERATION_ACTION_LABELS = {
  HIDE: 'Hidden',
  RESTORE: 'Restored',
  PIN: 'Pinned',
  UNPIN: 'Unpinned',
  APPROVE: 'Approved',
  MERGE: 'Merged',
}
// the log may also name an action by its outcome ("HIDDEN")
const MODERATION_OUTCOMES = {
  HIDDEN: 'HIDE',
  RESTORED: 'RESTORE',
  PINNED: 'PIN',
  UNPINNED: 'UNPIN',
  APPROVED: 'APPROVE',
  MERGED: 'MERGE',
}
export function moderationActionLabel(action) {
  const code = String(action ?? '').toUpperCase()
  return MODERATION_ACTION_LABELS[MODERATION_OUTCOMES[code] ?? code] ?? words(action)
}

export const LESSON_TYPE_LABELS = {
  BEST_PRACTICE: 'Best practice',
  LESSON_LEARNED: 'Lesson learned',
  CHALLENGE: 'Challenge',
  RECOMMENDATION: 'Recommendation',
  ROLE_AND_RESPONSIBILITY: 'Role and responsibility',
  ETHICAL_ISSUE: 'Ethical issue',
  TRAINING_NEED: 'Training need',
}
export const lessonTypeLabel = lookup(LESSON_TYPE_LABELS)

export const LESSON_STATUS_LABELS = {
  EMERGING: 'Emerging',
  VALIDATED: 'Validated',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
}
export const lessonStatusLabel = lookup(LESSON_STATUS_LABELS)

export const PATTERN_STATUS_LABELS = { DRAFT: 'Draft', PUBLISHED: 'Published' }
export const patternStatusLabel = lookup(PATTERN_STATUS_LABELS)

export const TECHNOLOGY_CATEGORY_LABELS = {
  MONITORING_AND_ANALYTICS: 'Monitoring and analytics',
  OPEN_SOURCE_INVESTIGATION: 'Open-source investigation',
  CRISIS_COMMUNICATION: 'Crisis communication',
  VERIFICATION: 'Verification',
  COMMUNITY_ENGAGEMENT: 'Community engagement',
  DARK_WEB_MONITORING: 'Dark web monitoring',
  MODERATION_AND_REPORTING: 'Moderation and reporting',
  OTHER: 'Other',
}
export const technologyCategoryLabel = lookup(TECHNOLOGY_CATEGORY_LABELS)

export const MATURITY_LABELS = { EMERGING: 'Emerging', PILOTED: 'Piloted', ESTABLISHED: 'Established' }
export const maturityLabel = lookup(MATURITY_LABELS)

export const STANCE_LABELS = { SUPPORTS: 'Supports', CONTRADICTS: 'Contradicts' }
export const stanceLabel = lookup(STANCE_LABELS)

export const RESULT_TYPE_LABELS = { NOTE: 'Note', LESSON: 'Lesson', PATTERN: 'Pattern' }
export const resultTypeLabel = lookup(RESULT_TYPE_LABELS)

export const WORKSHOP_STATUS_LABELS = {
  DRAFT: 'Draft',
  SCHEDULED: 'Scheduled',
  LIVE: 'Live',
  CLOSED: 'Closed',
  ARCHIVED: 'Archived',
  CANCELLED: 'Cancelled',
}
export const workshopStatusLabel = lookup(WORKSHOP_STATUS_LABELS)

export const DELEGATE_STATUS_LABELS = {
  INVITED: 'Invited',
  REGISTERED: 'Registered',
  WAITLISTED: 'Waitlisted',
  CANCELLED: 'Cancelled',
  DECLINED: 'Declined',
}
export const delegateStatusLabel = lookup(DELEGATE_STATUS_LABELS)
