import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeerCertification } from './data/peer-certification.entity.js';
import { WellnessStaffMember } from './data/staff-member.entity.js';
import { ProjectPeerCertificationsHandler } from './project-peer-certifications/project-peer-certifications.handler.js';
import { ProjectRosterHandler } from './project-roster/project-roster.handler.js';

export const ROSTER_ENTITIES = [WellnessStaffMember, PeerCertification];

/**
 * Local read models of staffing's roster (units for report cells, W11; supervisors for the chain of
 * command, W8) and of training's peer-support certifications (W8), kept by @InboxConsumer projections.
 */
@Module({
  imports: [TypeOrmModule.forFeature(ROSTER_ENTITIES)],
  controllers: [ProjectRosterHandler, ProjectPeerCertificationsHandler],
})
export class RosterModule {}
