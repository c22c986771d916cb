import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RegisterInstructorDto {
  @ApiProperty({ example: 'officer-12', description: 'Token subject at the district identity provider' })
  @IsString()
  @Length(1, 200)
  sub: string;

  @ApiProperty({ example: 'Sergeant F (CIT coordinator)' })
  @IsString()
  @Length(1, 120)
  displayName: string;
}
