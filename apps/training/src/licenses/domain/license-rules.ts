import { addDays } from '../../calendar/domain/district-time.js';
import { addMonths } from '../../calendar/domain/add-months.js';
import type { CompletionFact, Period, RequirementResult } from '../../compliance/domain/compliance-rules.js';
import type { LicenseType } from './license-type.js';

/**
 * Continuing-education defaults per renewal period, from the Texas boards' rules as the district
 * applies them (BSWE for LMSW/LCSW: 30 h with 6 ethics per 2 years; BPC for LPC: 24 h with 3 ethics per
 * 2 years; TSBEP for LSSP: 20 h with 3 ethics per year). A district whose board counts differently
 * changes this table; every figure in a report comes from here.
 */
export const LICENSE_RULES: Readonly<Record<LicenseType, { periodMonths: number; ceuHours: number; ethicsHours: number }>> = {
  LMSW: { periodMonths: 24, ceuHours: 30, ethicsHours: 6 },
  LCSW: { periodMonths: 24, ceuHours: 30, ethicsHours: 6 },
  LPC: { periodMonths: 24, ceuHours: 24, ethicsHours: 3 },
  LSSP: { periodMonths: 12, ceuHours: 20, ethicsHours: 3 },
};

export interface LicenseFact {
  licenseType: LicenseType;
  issuedOn: string;
  /** Exclusive. */
  expiresOn: string;
}

/** A CEU completion with the ethics share of its hours. */
export interface CeuFact extends CompletionFact {
  ethicsHours: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A clinician's requirements as of a day: a current license, and the CEU and ethics hours of its
 * renewal period ([expiresOn - period, expiresOn)) completed so far. No license, no compliance.
 */
export function licenseRequirements(licenses: readonly LicenseFact[], ceus: readonly CeuFact[], asOf: string): RequirementResult[] {
  const current = licenses
    .filter((l) => l.issuedOn <= asOf && asOf < l.expiresOn)
    .sort((a, b) => b.expiresOn.localeCompare(a.expiresOn))[0];
  if (!current) {
    const latest = [...licenses].sort((a, b) => b.expiresOn.localeCompare(a.expiresOn))[0];
    const reason = latest ? `${latest.licenseType} license expired on ${latest.expiresOn}` : 'no license on record';
    return [{ code: 'LICENSE_CURRENT', period: { from: asOf, to: addDays(asOf, 1) }, required: 1, completed: 0, met: false, reason }];
  }
  const rule = LICENSE_RULES[current.licenseType];
  const period: Period = { from: addMonths(current.expiresOn, -rule.periodMonths), to: current.expiresOn };
  const inPeriod = ceus.filter((c) => c.category === 'clinician-ceu' && c.completedOn >= period.from && c.completedOn < period.to && c.completedOn <= asOf);
  const hours = round(inPeriod.reduce((n, c) => n + c.hours, 0));
  const ethics = round(inPeriod.reduce((n, c) => n + Math.min(c.ethicsHours, c.hours), 0));
  const last = addDays(period.to, -1);
  const result = (code: RequirementResult['code'], required: number, completed: number, reason: string): RequirementResult => {
    const met = completed >= required;
    return { code, period, required, completed, met, reason: met ? null : reason };
  };
  return [
    result('LICENSE_CURRENT', 1, 1, ''),
    result('CEU_HOURS', rule.ceuHours, hours, `${hours} of ${rule.ceuHours} CEU hours for the ${current.licenseType} renewal period ${period.from} to ${last}`),
    result('ETHICS_HOURS', rule.ethicsHours, ethics, `${ethics} of ${rule.ethicsHours} ethics hours for the ${current.licenseType} renewal period ${period.from} to ${last}`),
  ];
}
