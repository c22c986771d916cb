import type { EntityManager } from 'typeorm';
import type { District, EventDefinition } from '#contracts';
import type { Outbox } from '#messaging';
import { saveDirectoryEntry } from '#platform';
import { DistrictRecord } from './district.entity.js';

export function districtOf(r: DistrictRecord): District {
  return {
    districtId: r.id,
    name: r.name,
    issuer: r.issuer,
    jwksUrl: r.jwksUrl,
    audience: r.audience,
    timeZone: r.timeZone,
    pseudonymKeyId: r.pseudonymKeyId,
    campusIds: r.campusIds,
    ...(r.regionId ? { regionId: r.regionId } : {}),
  };
}

/** Another district holding `issuer`, if any (the caller's transaction acts in the platform tenant). */
export async function issuerHolder(em: EntityManager, issuer: string, except?: string): Promise<string | undefined> {
  const holder = await em.findOne(DistrictRecord, { where: { issuer }, select: { id: true } });
  return holder && holder.id !== except ? holder.id : undefined;
}

/**
 * Saves the entry, staffing's own directory row and the event in one transaction: staffing reads
 * its directory like every service, without waiting for its own topic.
 */
export async function publishDistrict(em: EntityManager, outbox: Outbox, record: DistrictRecord, event: EventDefinition<District>): Promise<District> {
  const saved = await em.save(DistrictRecord, record);
  const district = districtOf(saved);
  await saveDirectoryEntry((sql, params) => em.query(sql, params), district);
  await outbox.add(em, event, district);
  return district;
}
