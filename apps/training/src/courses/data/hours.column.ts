import { Column, type ColumnOptions } from 'typeorm';

/** Hours to one decimal, numeric(5,1); PostgreSQL returns numerics as strings, the entity holds numbers. */
export function HoursColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'numeric', precision: 5, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) }, ...options });
}
