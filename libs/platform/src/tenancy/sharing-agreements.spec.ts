import type { SharingAgreement } from '#contracts';
import { SharingAgreements } from './sharing-agreements.js';

const agreement = (over: Partial<SharingAgreement>): SharingAgreement => ({
  agreementId: '00000000-0000-4000-8000-000000000001',
  providerDistrictId: 'east',
  receiverDistrictId: 'west',
  campusIds: ['w-hs'],
  shares: ['on-call-clinicians'],
  effectiveFrom: '2026-12-01T00:00:00.000Z',
  effectiveUntil: '2027-01-01T00:00:00.000Z',
  endedAt: null,
  ...over,
});

describe('SharingAgreements (issue 19: sharing across districts only under an agreement in force)', () => {
  const at = new Date('2026-12-10T12:00:00Z');
  const query = { receiverDistrictId: 'west', share: 'on-call-clinicians' as const, campusId: 'w-hs', at };

  it('finds an agreement lending the share to the campus between its instants, and none outside them', () => {
    const agreements = new SharingAgreements();
    agreements.apply(agreement({}));
    expect(agreements.inForce(query).map((a) => a.providerDistrictId)).toEqual(['east']);
    expect(agreements.inForce({ ...query, at: new Date('2026-11-30T23:59:59Z') })).toEqual([]);
    expect(agreements.inForce({ ...query, at: new Date('2027-01-01T00:00:00Z') })).toEqual([]); // until is exclusive
  });

  it('refuses another campus, another share, the reverse direction and an agreement ended early', () => {
    const agreements = new SharingAgreements();
    agreements.apply(agreement({}));
    expect(agreements.inForce({ ...query, campusId: 'w-ms' })).toEqual([]);
    expect(agreements.inForce({ ...query, share: 'co-responders' })).toEqual([]);
    expect(agreements.inForce({ ...query, receiverDistrictId: 'east', providerDistrictId: 'west' })).toEqual([]);
    agreements.apply(agreement({ endedAt: '2026-12-05T00:00:00.000Z' }));
    expect(agreements.inForce(query)).toEqual([]);
    expect(agreements.inForce({ ...query, at: new Date('2026-12-04T00:00:00Z') })).toHaveLength(1);
  });

  it('without a campus (a partner acting in the district) any covered campus will do; an open-ended agreement has no end', () => {
    const agreements = new SharingAgreements();
    agreements.apply(agreement({ effectiveUntil: null }));
    expect(agreements.inForce({ ...query, campusId: undefined, at: new Date('2030-01-01T00:00:00Z') })).toHaveLength(1);
  });

  it('reload replaces what it holds with the table, oldest agreement first', async () => {
    const rows = [agreement({ agreementId: '00000000-0000-4000-8000-000000000002', effectiveFrom: '2026-12-02T00:00:00.000Z' }), agreement({})];
    const agreements = new SharingAgreements(async () => rows);
    agreements.apply(agreement({ agreementId: '00000000-0000-4000-8000-000000000009', providerDistrictId: 'north' }));
    await agreements.reload();
    expect(agreements.inForce(query).map((a) => a.agreementId)).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
  });
});
