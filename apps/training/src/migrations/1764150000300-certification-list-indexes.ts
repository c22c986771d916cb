import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes of GET /certifications (expiring or lapsed in a window): unrevoked rows in keyset order. */
export const CERTIFICATION_LIST_INDEXES: Record<string, string> = {
  certification_expiry_list_idx: 'ON certification (expires_on, id) WHERE revoked_at IS NULL',
  certification_category_expiry_list_idx: 'ON certification (category, expires_on, id) WHERE revoked_at IS NULL',
};

export class CertificationListIndexes1764150000300 implements MigrationInterface {
  name = 'CertificationListIndexes1764150000300';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of Object.entries(CERTIFICATION_LIST_INDEXES)) await q.query(`CREATE INDEX ${name} ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of Object.keys(CERTIFICATION_LIST_INDEXES)) await q.query(`DROP INDEX ${name}`);
  }
}
