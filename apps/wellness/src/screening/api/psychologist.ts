import { isDistrictId, Problem, type Principal } from '#platform';

/**
 * W3: a declaration names the evaluator's license, and it comes from the psychologist's own token
 * (the `license_number` claim), never from the request body.
 */
export function evaluatorLicense(by: Principal): string {
  if (!by.roles.includes('psychologist') || !by.licenseNumber || !isDistrictId(by.licenseNumber)) {
    throw new Problem(403, 'WELLNESS.LICENSE_REQUIRED', 'A licensed psychologist token (license_number claim) is required');
  }
  return by.licenseNumber;
}
