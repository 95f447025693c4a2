import { createTestDatabase } from '../../test/test-app';
import { pendingSchemaChanges } from './data-source';

describe('migrations', () => {
  it('match the entities: a migrated database needs no further change', async () => {
    const database = await createTestDatabase();
    try {
      expect(await pendingSchemaChanges(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
