import type { UserView } from '@inno/contracts';
import type { User } from './user.entity';

/** The public shape of an account: never the hash, never the lock counters. */
export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    company: user.company ? { id: user.company.id, name: user.company.name } : null,
    institution: user.institution ? { id: user.institution.id, name: user.institution.name } : null,
    observer:
      user.observerOrganisation && user.observerTermFrom && user.observerTermTo
        ? { organisation: user.observerOrganisation, termFrom: user.observerTermFrom, termTo: user.observerTermTo }
        : null,
    createdAt: user.createdAt.toISOString(),
  };
}
