/**
 * `node dist/src/healthcheck.js`: the Docker HEALTHCHECK. Asks this container's own /healthz — on METRICS_PORT
 * when it is set, else on PORT (default 3000, the HTTP endpoint's) — and exits 0 for 200, 1 otherwise, within
 * 3 s. The image has no curl; Node is already there.
 */
import { request } from 'node:http';

const TIMEOUT_MS = 3_000;
const port = process.env.METRICS_PORT?.trim() || process.env.PORT?.trim() || '3000';

const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: TIMEOUT_MS }, (res) => {
  res.resume();
  process.exitCode = res.statusCode === 200 ? 0 : 1;
});
req.on('timeout', () => req.destroy(new Error('timed out')));
req.on('error', (error) => {
  console.error(`healthcheck: http://127.0.0.1:${port}/healthz: ${error.message}`);
  process.exitCode = 1;
});
req.end();
