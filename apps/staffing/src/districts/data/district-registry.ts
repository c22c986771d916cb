import type { DataSource, EntityManager } from 'typeorm';
import { DistrictRegisteredEvent, type District, type EventDefinition } from '#contracts';
import type { Outbox } from '#messaging';
import { directoryIssuerHolder, findDirectoryEntry, insertDirectoryEntry, listDirectory, saveDirectoryEntry, sqlQuery } from '#platform';

/*
 * The registry is staffing's rows of `district_directory`, the platform's projection every service
 * keeps (platform tenant): staffing writes them with its events instead of consuming its own topic.
 * Every call acts in the platform tenant (the platform-admin's request).
 */

/** An entry from its id and fields, without a regionId when it is in no region (as in its event). */
export function districtOf(districtId: string, f: Omit<District, 'districtId'>): District {
  return {
    districtId,
    name: f.name,
    issuer: f.issuer,
    jwksUrl: f.jwksUrl,
    audience: f.audience,
    timeZone: f.timeZone,
    pseudonymKeyId: f.pseudonymKeyId,
    campusIds: f.campusIds,
    ...(f.regionId ? { regionId: f.regionId } : {}),
  };
}

export const listDistricts = (db: DataSource | EntityManager): Promise<District[]> => listDirectory(sqlQuery(db));

/** `forUpdate` holds the row until the transaction ends (an update replacing it). */
export const findDistrict = (db: DataSource | EntityManager, districtId: string, forUpdate = false): Promise<District | undefined> =>
  findDirectoryEntry(sqlQuery(db), districtId, forUpdate);

/** Another district holding `issuer`, if any. */
export const issuerHolder = (em: EntityManager, issuer: string, except?: string): Promise<string | undefined> =>
  directoryIssuerHolder(sqlQuery(em), issuer, except);

/**
 * Saves the entry and its event in one transaction: staffing reads its directory like every
 * service, without waiting for its own topic. A registration only inserts, so a concurrent one
 * of the same id fails on the key rather than overwriting it.
 */
export async function publishDistrict(em: EntityManager, outbox: Outbox, district: District, event: EventDefinition<District>): Promise<District> {
  await (event === DistrictRegisteredEvent ? insertDirectoryEntry : saveDirectoryEntry)(sqlQuery(em), district);
  await outbox.add(em, event, district);
  return district;
}
