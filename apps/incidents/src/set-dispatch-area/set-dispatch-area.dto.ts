import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';

export class CampusGroupParams {
  @ApiProperty({ example: 'north-feeder', description: 'Lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'groupId must be 1-64 lower-case letters, digits or dashes' })
  groupId: string;
}

export class SetCampusGroupDto {
  @ApiProperty({ type: [String], example: ['campus-hs-01', 'campus-ms-02', 'campus-el-03'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds: string[];
}

export class CampusGroupResponse {
  @ApiProperty({ example: 'north-feeder' })
  groupId: string;

  @ApiProperty({ type: [String], example: ['campus-el-03', 'campus-hs-01', 'campus-ms-02'] })
  campusIds: string[];
}
