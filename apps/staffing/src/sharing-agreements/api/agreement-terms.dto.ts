import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { SHARED_RESOURCES, type SharedResource } from '#contracts';
import { IsStrictDateTime } from '#platform';

/** What an agreement lends, where and when: the part a PUT replaces (the two districts are fixed). */
export class AgreementTermsDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 500,
    uniqueItems: true,
    example: ['campus-hs-01'],
    description:
      "Campuses of the receiving district the agreement covers: each must be one of its registry campusIds. The deployment's own district has no registry campus list: any campus id is accepted for it.",
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds: string[];

  @ApiProperty({ enum: SHARED_RESOURCES, isArray: true, minItems: 1, uniqueItems: true, example: ['on-call-clinicians'], description: 'What the provider lends, each once' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SHARED_RESOURCES, { each: true })
  shares: SharedResource[];

  @IsStrictDateTime()
  effectiveFrom: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Exclusive end; after effectiveFrom. Absent or null: open-ended' })
  @IsOptional() // null too: open-ended
  @IsStrictDateTime()
  effectiveUntil?: string | null;
}
