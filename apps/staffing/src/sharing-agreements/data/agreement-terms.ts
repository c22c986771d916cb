import type { EntityManager } from 'typeorm';
import type { SharingAgreement } from '#contracts';
import { campusRefusal, partiesRefusal, periodRefusal, type AgreementRefusal, type KnownDistrict } from '../domain/agreement-rules.js';
import { findRegistryDistrict } from './agreement-records.js';

type Terms = Pick<SharingAgreement, 'providerDistrictId' | 'receiverDistrictId' | 'campusIds' | 'effectiveFrom' | 'effectiveUntil'>;

/**
 * Why the agreement cannot be, if it cannot: read in the caller's transaction from the registry
 * (district_directory), not the in-memory directory, so a district registered a moment ago on
 * another replica counts. The deployment's own district is configuration, known without an entry,
 * and has no campus list: any campus of it is accepted.
 */
export async function termsRefusal(em: EntityManager, deploymentDistrictId: string, t: Terms): Promise<AgreementRefusal | undefined> {
  const early = partiesRefusal(t.providerDistrictId, t.receiverDistrictId) ?? periodRefusal(t.effectiveFrom, t.effectiveUntil);
  if (early) return early;
  const known = async (districtId: string): Promise<KnownDistrict | undefined> =>
    districtId === deploymentDistrictId ? {} : await findRegistryDistrict(em, districtId);
  if (!(await known(t.providerDistrictId))) return { kind: 'UNKNOWN_DISTRICT', districtId: t.providerDistrictId };
  const receiver = await known(t.receiverDistrictId);
  if (!receiver) return { kind: 'UNKNOWN_DISTRICT', districtId: t.receiverDistrictId };
  return campusRefusal(receiver, t.campusIds);
}

/** An instant as the event and the row carry it (UTC, milliseconds), whatever offset the request used. */
export const instant = (value: string): string => new Date(value).toISOString();
