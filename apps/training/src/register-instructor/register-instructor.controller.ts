import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiProblem, Authorize, Problem } from '#platform';
import { Instructor } from '../completion/instructor.entity.js';
import { RegisterInstructorDto } from './register-instructor.dto.js';

export class InstructorResponse {
  @ApiProperty()
  sub: string;

  @ApiProperty()
  displayName: string;
}

@ApiTags('completions')
@Controller('instructors')
export class RegisterInstructorController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @HttpCode(201)
  @Authorize('admin')
  @ApiOperation({ summary: 'Register an instructor, who may then record completions' })
  @ApiCreatedResponse({ type: InstructorResponse })
  @ApiProblem(400, 'Invalid body (REQUEST.VALIDATION_FAILED)')
  @ApiProblem(409, 'Already registered (INSTRUCTOR.DUPLICATE)')
  async register(@Body() dto: RegisterInstructorDto): Promise<InstructorResponse> {
    const inserted = await this.dataSource.createQueryBuilder().insert().into(Instructor).values(dto).orIgnore().returning('sub').execute();
    if (!(inserted.raw as unknown[]).length) throw Problem.conflict('INSTRUCTOR.DUPLICATE', `${dto.sub} is registered already`);
    return { sub: dto.sub, displayName: dto.displayName };
  }
}
