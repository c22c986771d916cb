import type request from 'supertest';

/** Every page of a keyset list endpoint, following nextCursor with the same filters (at most 50 pages). */
export async function walkPages(
  http: ReturnType<typeof request>,
  path: string,
  token: string,
  query: Record<string, string | number> = {},
): Promise<Record<string, unknown>[][]> {
  const pages: Record<string, unknown>[][] = [];
  let cursor: string | null = null;
  do {
    const res: request.Response = await http.get(path).query({ ...query, ...(cursor ? { cursor } : {}) }).set('authorization', token).expect(200);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}
