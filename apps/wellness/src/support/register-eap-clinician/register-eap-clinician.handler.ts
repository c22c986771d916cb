import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EapClinician } from '../data/eap-clinician.entity.js';
import type { RegisterEapClinicianDto } from './register-eap-clinician.dto.js';

/** W7, W9: registers (or updates) an EAP clinician, active for debriefs and escalations. */
@Injectable()
export class RegisterEapClinicianHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(dto: RegisterEapClinicianDto): Promise<RegisterEapClinicianDto> {
    await this.dataSource.getRepository(EapClinician).upsert({ ...dto, active: true }, ['districtId', 'sub']);
    return dto;
  }
}
