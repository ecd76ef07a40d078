export const ROLES = ['ADMIN', 'ORGANISER', 'FACILITATOR', 'ANALYST']

export const ROLE_LABELS = {
  ADMIN: 'Admin',
  ORGANISER: 'Organiser',
  FACILITATOR: 'Facilitator',
  ANALYST: 'Analyst',
}

/** Who may create, edit, delete and move workshops. */
export const WORKSHOP_WRITERS = ['ORGANISER', 'ADMIN']

/** Who may see a workshop's delegates (personal data), check them in and see breakout groups. */
export const DELEGATE_READERS = ['ADMIN', 'ORGANISER', 'FACILITATOR']

/** Who runs the live wall: open and close rounds, hide, restore, pin, approve and merge notes. */
export const MODERATORS = ['FACILITATOR', 'ORGANISER', 'ADMIN']

/** Who may read the moderation log. */
export const MODERATION_LOG_READERS = [...MODERATORS, 'ANALYST']

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? role.charAt(0) + role.slice(1).toLowerCase()
}

/** Who may edit patterns and tag notes and lessons with them. */
export const PATTERN_WRITERS = ['ANALYST', 'ADMIN']

/** Who may add to and edit the catalogue of social media technologies (and tag notes and lessons to them). */
export const TECHNOLOGY_WRITERS = ['ANALYST', 'ADMIN']

/** Who may draw lessons from a workshop's notes. */
export const LESSON_WRITERS = ['FACILITATOR', 'ANALYST', 'ORGANISER', 'ADMIN']
