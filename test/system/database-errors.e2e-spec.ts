import { DataSource } from 'typeorm';
import { toProblem } from '#platform';
import { dropSchema, testDatabaseUrl, uniqueSchema } from '#testing';

// Issue 15: a rule only the database knew (check, unique, foreign key, value range) ends as a 4xx
// with a stable code through the one global problem filter, never as a 500. Real PostgreSQL errors.
describe('PostgreSQL constraint violations → 409/422 problems', () => {
  const schema = uniqueSchema('dberrors');
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource({ type: 'postgres', url: testDatabaseUrl(), schema, extra: { options: `-c search_path=${schema}` } }).initialize();
    await ds.query(`CREATE SCHEMA "${schema}"`);
    await ds.query(`CREATE TABLE parent (id int PRIMARY KEY)`);
    await ds.query(`CREATE TABLE child (
      id int PRIMARY KEY,
      parent_id int REFERENCES parent(id),
      source text NOT NULL,
      incident_id uuid,
      hours numeric(5,1),
      CHECK ((source = 'incident') = (incident_id IS NOT NULL)))`);
    await ds.query(`INSERT INTO parent VALUES (1)`);
    await ds.query(`INSERT INTO child (id, parent_id, source) VALUES (1, 1, 'staff')`);
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropSchema(schema);
  });

  const problemOf = (sql: string) => ds.query(sql).then(() => undefined, (err: unknown) => toProblem(err));

  it.each([
    ['a check constraint (referral_check)', 422, 'DATA.CONSTRAINT_VIOLATED', `INSERT INTO child (id, source, incident_id) VALUES (2, 'staff', gen_random_uuid())`],
    ['a unique key', 409, 'DATA.DUPLICATE', `INSERT INTO child (id, source) VALUES (1, 'staff')`],
    ['a foreign key', 422, 'DATA.REFERENCE_NOT_FOUND', `INSERT INTO child (id, parent_id, source) VALUES (3, 99, 'staff')`],
    ['a numeric overflow', 422, 'DATA.INVALID_VALUE', `INSERT INTO child (id, source, hours) VALUES (4, 'staff', 1e9)`],
    ['an impossible timestamp', 422, 'DATA.INVALID_VALUE', `SELECT '2024-02-30'::date`],
    ['a null in a NOT NULL column', 422, 'DATA.REQUIRED_VALUE_MISSING', `INSERT INTO child (id, source) VALUES (5, NULL)`],
  ] as [string, number, string, string][])('%s → %i %s, naming no table or constraint', async (_label, status, code, sql) => {
    const problem = await problemOf(sql);
    expect(problem).toMatchObject({ status, code });
    expect(problem!.detail).not.toMatch(/child|parent|constraint|check|_pkey|_fkey/i);
  });

  it('leaves a broken query (a server fault) a 500 without internals', async () => {
    const problem = await problemOf(`SELECT * FROM no_such_table`);
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL.ERROR' });
    expect(problem!.detail).not.toContain('no_such_table');
  });
});
