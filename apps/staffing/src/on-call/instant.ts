/** ISO 8601 date-time with an explicit offset: a bare local time is ambiguous across districts. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
export const INSTANT_MESSAGE = 'must be an ISO 8601 date-time with an offset, e.g. 2026-12-01T14:00:00Z';
