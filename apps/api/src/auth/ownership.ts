import { Injectable } from '@nestjs/common';
import type { Actor } from './authenticated-user';
import type { OwnedResource } from './access.decorator';

/** Who a record belongs to: a company, an institution, or a single user. */
export interface Owner {
  companyId?: string | null;
  institutionId?: string | null;
  userId?: string | null;
}

export type OwnerResolver = (id: string) => Promise<Owner | null>;

/**
 * Maps a kind of record to the lookup that finds its owner, so the access guard
 * can decide ownership for any module's routes. Modules register their kinds at start.
 */
@Injectable()
export class OwnershipRegistry {
  private readonly resolvers = new Map<OwnedResource, OwnerResolver>([
    ['company', async (id) => ({ companyId: id })],
    ['institution', async (id) => ({ institutionId: id })],
    ['user', async (id) => ({ userId: id })],
  ]);

  register(resource: OwnedResource, resolver: OwnerResolver): void {
    this.resolvers.set(resource, resolver);
  }

  async owns(actor: Pick<Actor, 'userId' | 'companyId' | 'institutionId'>, resource: OwnedResource, id: string): Promise<boolean> {
    const resolver = this.resolvers.get(resource);
    if (!resolver) throw new Error(`No owner resolver for ${resource}`);
    const owner = await resolver(id);
    if (!owner) return false;
    return (
      (!!owner.companyId && owner.companyId === actor.companyId) ||
      (!!owner.institutionId && owner.institutionId === actor.institutionId) ||
      (!!owner.userId && owner.userId === actor.userId)
    );
  }
}
