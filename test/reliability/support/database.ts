/** Counter or gauge value from a prom-client registry (0 when absent). */
export async function metric(registry: { getSingleMetric(name: string): { get(): Promise<{ values: { value: number; labels: object }[] }> } | undefined }, name: string): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) return 0;
  return (await m.get()).values.reduce((sum, v) => sum + v.value, 0);
}
