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

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? role.charAt(0) + role.slice(1).toLowerCase()
}
