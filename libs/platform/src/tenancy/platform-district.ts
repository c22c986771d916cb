/** The reserved tenant of platform data (the district registry), defined with the registry's contract. */
export { PLATFORM_DISTRICT_ID } from '#contracts';
