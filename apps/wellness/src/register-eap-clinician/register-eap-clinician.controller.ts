import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, DISTRICT_ID } from '#platform';
import { EapClinician } from '../support/eap-clinician.entity.js';

export class RegisterEapClinicianDto {
  @ApiProperty({ example: 'eap-clinician-1', description: "The clinician's token subject" })
  @IsString()
  @Length(1, 128)
  sub: string;

  @ApiProperty({ example: 'EAP clinician A' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ example: 'LPC-77231' })
  @Matches(DISTRICT_ID)
  license: string;
}

@ApiTags('support')
@Controller('eap-clinicians')
export class RegisterEapClinicianController {
  constructor(private readonly dataSource: DataSource) {}

  @Put()
  @HttpCode(200)
  @Authorize('admin')
  @ApiOperation({ summary: 'Register (or update) a licensed EAP clinician who takes debriefs and escalations (W7, W9)' })
  @ApiOkResponse({ type: RegisterEapClinicianDto })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  async register(@Body() dto: RegisterEapClinicianDto): Promise<RegisterEapClinicianDto> {
    await this.dataSource.getRepository(EapClinician).upsert({ ...dto, active: true }, ['sub']);
    return dto;
  }
}
