// Runs a compiled service (dist/apps/<argv[2]>/src/main.js) in this process, so a fault test can
// kill -9 it as a crashed pod. Exits when the test that started it goes away (its end of our stdin
// closes), so no service outlives a crashed test worker. No test helpers here: it runs from dist.
const service = process.argv[2];
if (!/^[a-z-]+$/.test(service ?? '')) throw new Error('usage: service-main.js <service>');
process.stdin.on('end', () => process.exit(1));
process.stdin.resume();
await import(`../../../apps/${service}/src/main.js`);
