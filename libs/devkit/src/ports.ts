import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Fails early with a readable message instead of a half-started system. */
export async function assertPortsFree(ports: { port: number; what: string }[]): Promise<void> {
  const taken = [];
  for (const p of ports) if (!(await isFree(p.port))) taken.push(p);
  if (taken.length) {
    throw new Error(
      `port(s) already in use: ${taken.map((t) => `${t.port} (${t.what})`).join(', ')}. ` +
        'Is another `npm start` running? Stop it, or free the ports.',
    );
  }
}
