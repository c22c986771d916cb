/**
 * What an agreement may not say beyond field formats (issue 19 item 4). Pure: the handler reads
 * the registry and passes what it found.
 */
export type AgreementRefusal =
  | { kind: 'UNKNOWN_DISTRICT'; districtId: string }
  | { kind: 'SAME_DISTRICT' }
  | { kind: 'CAMPUS_NOT_RECEIVERS'; campusIds: string[] }
  | { kind: 'PERIOD_EMPTY' };

/** A party as the registry knows it; `campusIds` undefined: any campus (the deployment's own district has no registry list). */
export interface KnownDistrict {
  campusIds?: readonly string[];
}

export function partiesRefusal(providerDistrictId: string, receiverDistrictId: string): AgreementRefusal | undefined {
  return providerDistrictId === receiverDistrictId ? { kind: 'SAME_DISTRICT' } : undefined;
}

export function campusRefusal(receiver: KnownDistrict, campusIds: readonly string[]): AgreementRefusal | undefined {
  if (receiver.campusIds === undefined) return undefined;
  const owned = new Set(receiver.campusIds);
  const foreign = campusIds.filter((c) => !owned.has(c));
  return foreign.length ? { kind: 'CAMPUS_NOT_RECEIVERS', campusIds: foreign } : undefined;
}

export function periodRefusal(effectiveFrom: string, effectiveUntil: string | null | undefined): AgreementRefusal | undefined {
  return effectiveUntil != null && Date.parse(effectiveUntil) <= Date.parse(effectiveFrom) ? { kind: 'PERIOD_EMPTY' } : undefined;
}
