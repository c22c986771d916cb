import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { TEAM_DISCIPLINE_VALUES } from '#contracts';
import type { Discipline } from '#consent';

export class AddTeamMemberDto {
  @ApiProperty({ example: 'officer-7', description: "The member's staff id at the identity provider (the token subject)" })
  @IsString()
  @Length(1, 128)
  memberId: string;

  @ApiProperty({
    enum: TEAM_DISCIPLINE_VALUES,
    description: "The member's discipline on the team. It must match the member's role when they read the case (police: officer or police-chief).",
  })
  @IsIn(TEAM_DISCIPLINE_VALUES)
  discipline: Discipline;
}
