import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, isUUID, Length, registerDecorator, ValidateIf } from 'class-validator';
import { IsStudentId } from '#platform';

/** Exactly one of incidentId and tipId; this property, when given, a uuid. */
function IncidentOrTip() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'incidentOrTip',
      target: target.constructor,
      propertyName,
      options: { message: 'give exactly one of incidentId and tipId, as a uuid' },
      validator: {
        validate: (value: unknown, args) => {
          const o = args!.object as { incidentId?: unknown; tipId?: unknown };
          if ((o.incidentId === undefined) === (o.tipId === undefined)) return false;
          return value === undefined || isUUID(value);
        },
      },
    });
}

export class OpenCaseDto {
  @ApiProperty({ example: 'S1000002', description: 'District student id' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ example: 'campus-ms-02' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The incident the concern came from (give this or tipId)' })
  @IncidentOrTip()
  incidentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The tip the concern came from (give this or incidentId)' })
  @ValidateIf((o: OpenCaseDto) => o.tipId !== undefined)
  @IsUUID()
  tipId?: string;

  @ApiPropertyOptional({ description: 'The tip was anonymous (R11: campuses accept anonymous reports)', default: false })
  @IsOptional()
  @IsBoolean()
  anonymousReport?: boolean;
}
