import { newInitialPassword } from '../../src/neo4j/initial-password';

test('a new local instance password is 144 random bits that neo4j-admin cannot take for an option', () => {
  const drawn = new Set<string>();
  for (let i = 0; i < 2_000; i++) {
    const password = newInitialPassword();
    // Never '-' first (neo4j-admin would read it as an option), and nothing a shell or a URI mangles.
    expect(password).toMatch(/^[0-9a-f]{36}$/);
    drawn.add(password);
  }
  expect(drawn.size).toBe(2_000);
});
