import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A rejected row of an import, as its report lists it. */
export interface RowError {
  /** 1-based data row (the CSV header is not a row). */
  row: number;
  field: string;
  message: string;
}

/** One bulk file, identified by its content hash: the same file imported again is recognised. */
@Entity({ name: 'completion_import' })
export class CompletionImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  sha256: string;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ type: 'text' })
  format: 'csv' | 'json';

  @Column({ name: 'imported_by', type: 'text' })
  importedBy: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;

  @Column({ name: 'total_rows', type: 'integer' })
  totalRows: number;

  @Column({ type: 'integer' })
  accepted: number;

  @Column({ type: 'integer' })
  duplicates: number;

  @Column({ type: 'integer' })
  rejected: number;

  @Column({ type: 'jsonb' })
  errors: RowError[];
}
