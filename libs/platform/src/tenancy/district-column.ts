import { Column } from 'typeorm';

/**
 * The row's district, for entities whose upserts name their conflict target: keys lead with
 * district_id. Never written by the entity (the column defaults to the session's district) and
 * never read back.
 */
export function DistrictColumn(): PropertyDecorator {
  return Column({ name: 'district_id', type: 'text', insert: false, update: false, select: false });
}
