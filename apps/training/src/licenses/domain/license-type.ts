import { LICENSE_TYPE_VALUES, type LicenseTypeValue } from '#contracts';

export const LICENSE_TYPES = LICENSE_TYPE_VALUES;
export type LicenseType = LicenseTypeValue;
