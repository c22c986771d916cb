import { withDistrictForeignKey, withDistrictKey } from './district-tenancy.migration.js';

// The definitions below are what pg_get_constraintdef prints (PostgreSQL 15) for the shapes the
// services' migrations use; the rewritten ones are re-added as they are, so they must stay valid SQL.
describe('withDistrictKey: every key leads with the district', () => {
  it.each([
    ['a primary key', 'PRIMARY KEY (id)', 'p', 'PRIMARY KEY (district_id, id)'],
    ['a composite primary key', 'PRIMARY KEY (consumer, event_id)', 'p', 'PRIMARY KEY (district_id, consumer, event_id)'],
    ['a unique constraint', 'UNIQUE (code)', 'u', 'UNIQUE (district_id, code)'],
    ['a NULLS NOT DISTINCT unique constraint', 'UNIQUE NULLS NOT DISTINCT (a, b)', 'u', 'UNIQUE NULLS NOT DISTINCT (district_id, a, b)'],
    ['a unique constraint with INCLUDE', 'UNIQUE (a) INCLUDE (b)', 'u', 'UNIQUE (district_id, a) INCLUDE (b)'],
    ['a deferrable primary key', 'PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED', 'p', 'PRIMARY KEY (district_id, id) DEFERRABLE INITIALLY DEFERRED'],
  ])('%s', (_name, def, contype, expected) => {
    expect(withDistrictKey(def, contype, 'staff_member')).toBe(expected);
  });

  it('an exclusion constraint compares the district with = first, keeping its expressions and WHERE', () => {
    const def = 'EXCLUDE USING gist (staff_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((NOT cancelled))';
    expect(withDistrictKey(def, 'x', 'on_call_shift')).toBe(
      'EXCLUDE USING gist (district_id WITH =, staff_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((NOT cancelled))',
    );
  });

  it('the outbox keeps id first (the relay walks it by id across districts) and still holds the district', () => {
    expect(withDistrictKey('PRIMARY KEY (id)', 'p', 'outbox')).toBe('PRIMARY KEY (id, district_id)');
    expect(withDistrictKey('UNIQUE (event_id)', 'u', 'outbox')).toBe('UNIQUE (event_id, district_id)');
  });

  it('the inbox is per district and event: its key leads with the district like any other table', () => {
    expect(withDistrictKey('PRIMARY KEY (consumer, event_id)', 'p', 'inbox')).toBe('PRIMARY KEY (district_id, consumer, event_id)');
  });
});

describe('withDistrictForeignKey: both sides of a reference name the district', () => {
  it('a plain reference', () => {
    expect(withDistrictForeignKey('FOREIGN KEY (incident_id) REFERENCES incident(id)')).toBe(
      'FOREIGN KEY (district_id, incident_id) REFERENCES incident(district_id, id)',
    );
  });

  it('keeps its actions', () => {
    expect(withDistrictForeignKey('FOREIGN KEY (tip_id) REFERENCES tip(id) ON DELETE CASCADE')).toBe(
      'FOREIGN KEY (district_id, tip_id) REFERENCES tip(district_id, id) ON DELETE CASCADE',
    );
  });

  it('a self-reference', () => {
    expect(withDistrictForeignKey('FOREIGN KEY (supervisor_id) REFERENCES staff_member(id)')).toBe(
      'FOREIGN KEY (district_id, supervisor_id) REFERENCES staff_member(district_id, id)',
    );
  });

  it('a schema-qualified target', () => {
    expect(withDistrictForeignKey('FOREIGN KEY (course_id) REFERENCES training_t1.course(id)')).toBe(
      'FOREIGN KEY (district_id, course_id) REFERENCES training_t1.course(district_id, id)',
    );
  });

  it.each(['NULL', 'DEFAULT'])('ON DELETE SET %s names its own columns, so it never clears the district', (action) => {
    expect(withDistrictForeignKey(`FOREIGN KEY (referral_id) REFERENCES referral(id) ON DELETE SET ${action}`)).toBe(
      `FOREIGN KEY (district_id, referral_id) REFERENCES referral(district_id, id) ON DELETE SET ${action} (referral_id)`,
    );
  });

  it('a SET NULL that already names its columns is left as written', () => {
    expect(withDistrictForeignKey('FOREIGN KEY (a, b) REFERENCES t(x, y) ON DELETE SET NULL (b)')).toBe(
      'FOREIGN KEY (district_id, a, b) REFERENCES t(district_id, x, y) ON DELETE SET NULL (b)',
    );
  });

  it('refuses a definition it does not understand rather than guessing', () => {
    expect(() => withDistrictForeignKey('CHECK (a > 0)')).toThrow(/unexpected foreign key definition/);
  });
});
