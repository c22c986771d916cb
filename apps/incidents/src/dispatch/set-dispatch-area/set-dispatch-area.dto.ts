import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, Matches } from 'class-validator';

export class DispatchAreaParams {
  @ApiProperty({ example: 'north-feeder', description: 'Lower-case letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'areaId must be 1-64 lower-case letters, digits or dashes' })
  areaId: string;
}

export class SetDispatchAreaDto {
  @ApiProperty({ type: [String], example: ['campus-hs-01', 'campus-ms-02', 'campus-el-03'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds: string[];
}

export class DispatchAreaResponse {
  @ApiProperty({ example: 'north-feeder' })
  areaId: string;

  @ApiProperty({ type: [String], example: ['campus-el-03', 'campus-hs-01', 'campus-ms-02'] })
  campusIds: string[];
}
