import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class EndBreakGlassDto {
  @ApiProperty({ example: 'The student is safe at home with a guardian; the emergency is over.', description: 'Why the emergency access ends now (R6: logged like its issue)' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must be written' })
  reason: string;
}
