/**
 * What every API read through the consent gate may also answer: GatedReads writes the read's R7
 * entry after its transaction, and when that write fails the data never leaves (DisclosureJournal).
 */
export const NOT_LOGGED_PROBLEM = {
  503: 'The record of disclosures could not be written, so nothing was disclosed; try again (DISCLOSURE.NOT_LOGGED)',
} as const;
