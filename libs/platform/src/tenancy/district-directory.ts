import type { District } from '#contracts';
import { runInDistrict } from './district-context.js';
import { Reloading } from './reloading.js';

/** How a district's tokens are checked: its identity provider (the env one for the deployment's own). */
export interface DistrictIdentity {
  districtId: string;
  /** Unset only for the env identity provider when JWT_ISSUER is unset (dev): it then takes every issuer the registry does not know. */
  issuer?: string;
  audience?: string;
  /** Unset for the env identity provider, which may be a configured public key instead. */
  jwksUrl?: string;
  timeZone: string;
  /** The registry's analytics pseudonym key id; unset for the deployment's own district (its env key). */
  pseudonymKeyId?: string;
  /** The registry's region of the district (a regional-admin's scope); unset for the deployment's own district. */
  regionId?: string;
  /** True for the deployment's own identity provider (env JWT_*), the only one trusted with `platform-admin`. */
  deployment: boolean;
}

/** Reads the registry projection (every row, acting in the platform tenant). */
export type DirectoryLoader = () => Promise<District[]>;

/** A miss (an issuer or district not known yet) reloads at most this often: another replica may have learnt it. */
export const DIRECTORY_MISS_RELOAD_MS = 5_000;
/** Every replica rereads the directory this often, so a changed time zone or JWKS URL reaches them all. */
export const DIRECTORY_REFRESH_MS = 60_000;

/**
 * The deployment's districts as this service knows them (issue 19): the default district with the
 * env identity provider, always, and every district of the registry (staffing.district.v1), kept
 * in memory. Each issuer maps to exactly one district; a token's district is its issuer's.
 */
export class DistrictDirectory extends Reloading<District[]> {
  private registered = new Map<string, DistrictIdentity>();
  private byIssuer = new Map<string, DistrictIdentity>();
  private lastLoad = 0;

  constructor(
    readonly deployment: DistrictIdentity,
    loader?: DirectoryLoader,
    private readonly now: () => number = Date.now,
  ) {
    super(loader, DIRECTORY_REFRESH_MS);
    this.index();
  }

  /** Applies one registry entry (an event, or staffing's own write once committed). */
  apply(district: District): void {
    if (district.districtId === this.deployment.districtId) return;
    this.registered.set(district.districtId, identityOf(district));
    this.index();
  }

  get(districtId: string): DistrictIdentity | undefined {
    return districtId === this.deployment.districtId ? this.deployment : this.registered.get(districtId);
  }

  /** The one district whose identity provider issues `iss`; reloads once (throttled) before saying none. */
  async forIssuer(iss: string | undefined): Promise<DistrictIdentity | undefined> {
    const found = this.issuerOf(iss);
    if (found || !this.canLoad || this.now() - this.lastLoad < DIRECTORY_MISS_RELOAD_MS) return found;
    await this.reload();
    return this.issuerOf(iss);
  }

  /** The district's calendar; undefined for a district this service has not learnt yet. */
  timeZoneOf(districtId: string): string | undefined {
    return this.get(districtId)?.timeZone;
  }

  /** Runs `fn` acting in `districtId`, with its time zone (jobs, consumers, tests). */
  run<T>(districtId: string, fn: () => T): T {
    return runInDistrict(districtId, fn, this.timeZoneOf(districtId));
  }

  /** The registry's districts of one region, by id (the deployment's own district is in none). */
  inRegion(regionId: string): DistrictIdentity[] {
    return this.all().filter((d) => d.regionId !== undefined && d.regionId === regionId);
  }

  /** Every district known: the deployment's first, then the registry's by id. */
  all(): DistrictIdentity[] {
    return [this.deployment, ...[...this.registered.values()].sort((a, b) => a.districtId.localeCompare(b.districtId))];
  }

  protected replace(rows: District[]): void {
    this.registered = new Map(rows.filter((d) => d.districtId !== this.deployment.districtId).map((d) => [d.districtId, identityOf(d)]));
    this.index();
  }

  protected override loaded(): void {
    this.lastLoad = this.now();
  }

  private issuerOf(iss: string | undefined): DistrictIdentity | undefined {
    if (iss !== undefined) {
      const found = this.byIssuer.get(iss);
      if (found) return found;
    }
    // The env identity provider without JWT_ISSUER (dev) verifies whatever no district claims, with its own key.
    return this.deployment.issuer === undefined ? this.deployment : undefined;
  }

  private index(): void {
    const byIssuer = new Map<string, DistrictIdentity>();
    for (const d of this.registered.values()) if (d.issuer) byIssuer.set(d.issuer, d);
    // The deployment's own issuer is never a registered district's (staffing refuses it): it wins regardless.
    if (this.deployment.issuer !== undefined) byIssuer.set(this.deployment.issuer, this.deployment);
    this.byIssuer = byIssuer;
  }
}

function identityOf(d: District): DistrictIdentity {
  return { districtId: d.districtId, issuer: d.issuer, audience: d.audience, jwksUrl: d.jwksUrl, timeZone: d.timeZone, pseudonymKeyId: d.pseudonymKeyId, regionId: d.regionId ?? undefined, deployment: false };
}

/** An IANA zone name the runtime knows (`Intl.DateTimeFormat` throws a RangeError on any other). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
