import type { Principal } from '#platform';
import { endingRole } from './end-break-glass.handler.js';

const grant = { grantee: 'officer-7' };
const who = (sub: string, ...roles: Principal['roles']): Principal => ({ sub, roles, districtId: 'dev' });

describe('who may end a break-the-glass grant (R6)', () => {
  it('the person who broke the glass, in the role they act in', () => {
    expect(endingRole(grant, who('officer-7', 'officer'), undefined)).toBe('officer');
    expect(endingRole(grant, who('officer-7', 'officer', 'police-chief'), 'police-chief')).toBe('police-chief');
  });

  it('a bh-director or an admin, whoever issued it; supervision is recorded over being the issuer', () => {
    expect(endingRole(grant, who('bh-director-1', 'bh-director'), undefined)).toBe('bh-director');
    expect(endingRole(grant, who('admin-1', 'admin'), undefined)).toBe('admin');
    expect(endingRole(grant, who('officer-7', 'officer', 'admin'), undefined)).toBe('admin');
  });

  it('nobody else: another officer, a clinician, a chief, nor a supervisor acting in another role', () => {
    expect(endingRole(grant, who('officer-9', 'officer'), undefined)).toBeUndefined();
    expect(endingRole(grant, who('clinician-1', 'clinician'), undefined)).toBeUndefined();
    expect(endingRole(grant, who('chief-1', 'police-chief'), undefined)).toBeUndefined();
    expect(endingRole(grant, who('admin-2', 'admin', 'officer'), 'officer')).toBeUndefined();
  });

  it('refuses an acting role the caller does not hold', () => {
    expect(() => endingRole(grant, who('officer-7', 'officer'), 'bh-director')).toThrow(expect.objectContaining({ status: 403, code: 'AUTH.FORBIDDEN' }));
  });
});
