// The tests never use NEO4J_URI (a user's own data): only TEST_NEO4J_* reaches the provider.
import { describe, expect, it } from 'vitest';

import { testDatabaseEnv } from '../helpers/test-env.ts';

describe('testDatabaseEnv', () => {
  it('drops the NEO4J_* variables of the user', () => {
    const env = testDatabaseEnv({ NEO4J_URI: 'bolt://mine:7687', NEO4J_PASSWORD: 'secret', PATH: '/bin' });
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.NEO4J_PASSWORD).toBeUndefined();
    expect(env.PATH).toBe('/bin');
  });

  it('uses the TEST_NEO4J_* variables instead', () => {
    const env = testDatabaseEnv({
      NEO4J_URI: 'bolt://mine:7687',
      TEST_NEO4J_URI: 'bolt://tests:7687',
      TEST_NEO4J_USER: 'tester',
      TEST_NEO4J_PASSWORD: 'pw',
      TEST_NEO4J_DATABASE: 'scratch',
    });
    expect(env).toMatchObject({
      NEO4J_URI: 'bolt://tests:7687',
      NEO4J_USER: 'tester',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'scratch',
    });
  });
});
