import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { countCell } from '../api/count-cell.js';

const cell = countCell('A count; 1-4 shown as "<5" (W11)');

export class QuarterCounts {
  @ApiProperty({ example: '2026-Q4' })
  quarter: string;

  @ApiProperty(countCell('Debriefs offered after critical incidents or asked for again by staff; 1-4 shown as "<5"'))
  debriefsOffered: number | string;

  @ApiProperty(cell)
  debriefsAccepted: number | string;

  @ApiProperty(countCell('Debriefs held by their due time (72 h after acceptance by default); 1-4 shown as "<5"'))
  debriefsHeldWithinDue: number | string;

  @ApiProperty(cell)
  peerSupportSessions: number | string;

  @ApiPropertyOptional(countCell('Psychological declarations recorded (screening throughput); department-wide only, absent with a unit filter'))
  screeningDeclarations?: number | string;
}

export class WellnessReportResponse {
  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  unit: string | null;

  @ApiProperty({ type: [QuarterCounts], description: 'Counts only, per quarter; never who (W1, W11)' })
  quarters: QuarterCounts[];
}
