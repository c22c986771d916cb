import { ApiProperty } from '@nestjs/swagger';
import { CLINICIAN_MODE_VALUES, OFFICER_ONLY_REASON_VALUES, VOID_REASON_VALUES } from '#contracts';
import type { IncidentDisposition } from '../data/disposition.entity.js';
import { INCIDENT_PRIORITIES, INCIDENT_STATUSES, INCIDENT_TYPES, type Incident } from '../data/incident.entity.js';
import type { IncidentUseOfForce } from '../data/use-of-force.entity.js';
import { DispositionResponse, UseOfForceResponse } from './incident-outcomes.response.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export class TriageResponse {
  @ApiProperty({ enum: INCIDENT_PRIORITIES, example: 'urgent' })
  priority: string;

  @ApiProperty({ example: true })
  coResponseIndicated: boolean;

  @ApiProperty({ format: 'date-time' })
  triagedAt: string;
}

export class DispatchResponse {
  @ApiProperty({ description: 'Officer and on-call clinician together (true), or an officer only', example: true })
  coResponse: boolean;

  @ApiProperty({ format: 'uuid', description: 'Staff id (staffing roster) of the dispatched officer' })
  officerStaffId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Staff id of the on-call clinician; null for officer-only' })
  clinicianStaffId: string | null;

  @ApiProperty({
    enum: ['campus', 'dispatch-area', 'partner-district'],
    description: "Officer assigned to the incident's campus, to another campus of its dispatch area, or lent by a partner district under a sharing agreement",
  })
  officerMatch: string;

  @ApiProperty({ nullable: true, type: String, example: null, description: "The partner district that lent the officer under a sharing agreement; null: this district's own" })
  officerDistrictId: string | null;

  @ApiProperty({ nullable: true, type: String, example: null, description: "The partner district that lent the clinician under a sharing agreement; null: this district's own or none" })
  clinicianDistrictId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: "The sharing agreement a partner's responder was dispatched under (the clinician's when both were lent)" })
  sharingAgreementId: string | null;

  @ApiProperty({ format: 'date-time' })
  dispatchedAt: string;

  @ApiProperty({ enum: CLINICIAN_MODE_VALUES, nullable: true, type: String, description: 'How the clinician joins a co-response: on scene, or remote (telehealth)' })
  clinicianMode: string | null;

  @ApiProperty({ enum: OFFICER_ONLY_REASON_VALUES, nullable: true, type: String, description: 'Why an officer went alone although co-response was indicated' })
  officerOnlyReason: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  onSceneAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  clearedAt: string | null;
}

export class VoidResponse {
  @ApiProperty({ enum: VOID_REASON_VALUES })
  reason: string;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;

  @ApiProperty({ example: 'police-chief-1' })
  voidedBy: string;

  @ApiProperty({ format: 'date-time' })
  voidedAt: string;
}

export class IncidentResponse {
  @ApiProperty({ format: 'uuid', example: '0b7a4c1e-6f1d-4c9a-8a55-2f4ad1c1b0de' })
  id: string;

  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;

  @ApiProperty({ example: 'Cafeteria, north entrance' })
  location: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-23T14:05:00.000Z' })
  occurredAt: string;

  @ApiProperty({ enum: INCIDENT_TYPES, example: 'welfare-check' })
  type: string;

  @ApiProperty({ type: [String], example: ['S1000001'] })
  studentIds: string[];

  @ApiProperty({ example: 'Student reported as distressed by a teacher; no weapon seen.' })
  narrative: string;

  @ApiProperty({ example: true })
  mentalHealthCrisis: boolean;

  @ApiProperty({ enum: INCIDENT_STATUSES, example: 'reported' })
  status: string;

  @ApiProperty({ example: 'officer-7' })
  reportedBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: TriageResponse, nullable: true, description: 'Set once triaged' })
  triage: TriageResponse | null;

  @ApiProperty({ type: DispatchResponse, nullable: true, description: 'Set once dispatched; arrival and clear times follow' })
  dispatch: DispatchResponse | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  closedAt: string | null;

  @ApiProperty({ type: VoidResponse, nullable: true, description: 'Set once a supervisor voided the incident' })
  void: VoidResponse | null;

  @ApiProperty({ type: [DispositionResponse] })
  dispositions: DispositionResponse[];

  @ApiProperty({ type: [UseOfForceResponse] })
  usesOfForce: UseOfForceResponse[];

  static from(i: Incident, dispositions: IncidentDisposition[] = [], usesOfForce: IncidentUseOfForce[] = []): IncidentResponse {
    return Object.assign(new IncidentResponse(), {
      id: i.id,
      campusId: i.campusId,
      location: i.location,
      occurredAt: i.occurredAt.toISOString(),
      type: i.type,
      studentIds: i.studentIds,
      narrative: i.narrative,
      mentalHealthCrisis: i.mentalHealthCrisis,
      status: i.status,
      reportedBy: i.reportedBy,
      createdAt: i.createdAt.toISOString(),
      triage:
        i.triagedAt && i.priority && i.coResponseIndicated !== null
          ? { priority: i.priority, coResponseIndicated: i.coResponseIndicated, triagedAt: i.triagedAt.toISOString() }
          : null,
      dispatch:
        i.dispatchedAt && i.officerStaffId
          ? {
              coResponse: i.coResponse ?? false,
              officerStaffId: i.officerStaffId,
              clinicianStaffId: i.clinicianStaffId,
              officerMatch: i.officerMatch,
              officerDistrictId: i.officerDistrictId ?? null,
              clinicianDistrictId: i.clinicianDistrictId ?? null,
              sharingAgreementId: i.sharingAgreementId ?? null,
              dispatchedAt: i.dispatchedAt.toISOString(),
              clinicianMode: i.clinicianMode,
              officerOnlyReason: i.officerOnlyReason,
              onSceneAt: iso(i.onSceneAt),
              clearedAt: iso(i.clearedAt),
            }
          : null,
      closedAt: iso(i.closedAt),
      void: i.voidedAt && i.voidedBy && i.voidReason ? { reason: i.voidReason, note: i.voidNote, voidedBy: i.voidedBy, voidedAt: i.voidedAt.toISOString() } : null,
      dispositions: dispositions.map((d) => DispositionResponse.from(d)),
      usesOfForce: usesOfForce.map((u) => UseOfForceResponse.from(u)),
    });
  }
}
