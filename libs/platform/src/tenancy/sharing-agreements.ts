import { agreementCovers, type SharedResource, type SharingAgreement } from '#contracts';
import { Reloading } from './reloading.js';

/** Every replica rereads the agreements this often, so one recorded or ended elsewhere reaches them all. */
export const AGREEMENTS_REFRESH_MS = 60_000;

export interface AgreementQuery {
  /** The district acted in: whose campus is served, whose records are made. */
  receiverDistrictId: string;
  /** The partner lending its staff; any partner when unset. */
  providerDistrictId?: string;
  share: SharedResource;
  /** A campus of the receiving district the agreement must name; any when unset (acting in the district). */
  campusId?: string;
  at: Date;
}

/**
 * The sharing agreements between districts as this service knows them (issue 19), kept in memory
 * from `sharing_agreement` (staffing.sharing-agreement.v1). Sharing across districts happens only
 * under an agreement this says is in force: dispatch of a partner's clinician or officer, and a
 * partner's staff acting in the district.
 */
export class SharingAgreements extends Reloading<SharingAgreement[]> {
  private byId = new Map<string, SharingAgreement>();

  constructor(loader?: () => Promise<SharingAgreement[]>) {
    super(loader, AGREEMENTS_REFRESH_MS);
  }

  /** Applies one agreement (an event, or staffing's own write once committed). */
  apply(agreement: SharingAgreement): void {
    this.byId.set(agreement.agreementId, agreement);
  }

  get(agreementId: string): SharingAgreement | undefined {
    return this.byId.get(agreementId);
  }

  /** The agreements in force for the query, oldest first (the first is the one an access is audited under). */
  inForce(q: AgreementQuery): SharingAgreement[] {
    return [...this.byId.values()]
      .filter((a) => a.receiverDistrictId === q.receiverDistrictId && (q.providerDistrictId === undefined || a.providerDistrictId === q.providerDistrictId))
      .filter((a) => agreementCovers(a, q.share, q.campusId, q.at))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.agreementId.localeCompare(b.agreementId));
  }

  protected replace(rows: SharingAgreement[]): void {
    this.byId = new Map(rows.map((a) => [a.agreementId, a]));
  }
}
