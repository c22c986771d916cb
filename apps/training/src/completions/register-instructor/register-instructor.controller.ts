import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { RegisterInstructorDto } from './register-instructor.dto.js';
import { RegisterInstructorHandler } from './register-instructor.handler.js';

export class InstructorResponse {
  @ApiProperty()
  sub: string;

  @ApiProperty()
  displayName: string;
}

@ApiTags('completions')
@Controller('instructors')
export class RegisterInstructorController {
  constructor(private readonly handler: RegisterInstructorHandler) {}

  @Post()
  @Endpoint({
    roles: ['admin'],
    summary: 'Register an instructor, who may then record completions',
    status: 201,
    response: InstructorResponse,
    problems: { 400: 'Invalid body (REQUEST.VALIDATION_FAILED)', 409: 'Already registered (INSTRUCTOR.DUPLICATE)' },
  })
  async register(@Body() dto: RegisterInstructorDto): Promise<InstructorResponse> {
    await this.handler.execute(dto);
    return { sub: dto.sub, displayName: dto.displayName };
  }
}
