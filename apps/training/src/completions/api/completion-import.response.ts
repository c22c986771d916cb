import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CompletionImport } from '../data/completion-import.entity.js';

export class RowErrorResponse {
  @ApiProperty({ example: 3, description: '1-based data row (a CSV header is not a row)' })
  row: number;

  @ApiProperty({ example: 'courseCode' })
  field: string;

  @ApiProperty({ example: 'no course CIT-41 in the catalogue' })
  message: string;
}

export class CompletionImportResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ example: 'lms-export-2026-11.csv', nullable: true, type: String })
  fileName: string | null;

  @ApiProperty({ enum: ['csv', 'json'] })
  format: string;

  @ApiProperty({ description: 'SHA-256 of the file: the same file again is a replay' })
  sha256: string;

  @ApiProperty({ example: false, description: 'This exact file was imported before; this is the first import\'s report and nothing new was recorded' })
  replayed: boolean;

  @ApiProperty({ example: 'lms' })
  importedBy: string;

  @ApiProperty({ format: 'date-time' })
  importedAt: string;

  @ApiProperty({ example: 120 })
  totalRows: number;

  @ApiProperty({ example: 115, description: 'New completions recorded' })
  accepted: number;

  @ApiProperty({ example: 2, description: 'Good rows already on record (same person, course and day)' })
  duplicates: number;

  @ApiProperty({ example: 3, description: 'Rows with errors, not recorded' })
  rejected: number;

  @ApiProperty({ type: [RowErrorResponse] })
  errors: RowErrorResponse[];

  static from(i: CompletionImport, replayed: boolean): CompletionImportResponse {
    return Object.assign(new CompletionImportResponse(), {
      id: i.id,
      fileName: i.fileName,
      format: i.format,
      sha256: i.sha256,
      replayed,
      importedBy: i.importedBy,
      importedAt: i.importedAt.toISOString(),
      totalRows: i.totalRows,
      accepted: i.accepted,
      duplicates: i.duplicates,
      rejected: i.rejected,
      errors: i.errors,
    });
  }
}
