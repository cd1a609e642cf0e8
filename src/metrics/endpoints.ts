/**
 * GET /healthz and GET /metrics over node:http: on their own port for the gateway bot (METRICS_PORT), and next to
 * POST /interactions for the HTTP endpoint. /healthz answers 200 when the process can serve interactions and 503
 * otherwise, with a small JSON body saying why (a load balancer or Docker's HEALTHCHECK reads the status only).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../process.js';
import type { BotMetrics } from './metrics.js';

/** Whether the process can serve interactions now, and details for the /healthz body. */
export interface Health {
  ready(): boolean;
  detail(): Record<string, unknown>;
}

/** Sends a small complete response. */
export function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(body), 'application/json', headers);
}

/**
 * Answers /healthz and /metrics; resolves false for any other path, which the caller answers. Only GET and HEAD
 * are allowed on them (405 otherwise).
 */
export async function serveHealthAndMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  metrics: BotMetrics,
  health: Health,
): Promise<boolean> {
  if (path !== '/healthz' && path !== '/metrics') return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
    return true;
  }
  if (path === '/healthz') {
    const ready = health.ready();
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', ...health.detail() });
    return true;
  }
  send(res, 200, await metrics.registry.metrics(), metrics.registry.contentType);
  return true;
}

/** A server of /healthz and /metrics only (the gateway bot's METRICS_PORT); 404 for anything else. */
export function createHealthServer(metrics: BotMetrics, health: Health): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    serveHealthAndMetrics(req, res, path, metrics, health)
      .then((handled) => {
        if (!handled) sendJson(res, 404, { error: 'not found: this port serves /healthz and /metrics' });
      })
      .catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'metrics unavailable' });
        else res.destroy();
      });
  });
}

/**
 * Starts `server` on host:port and resolves with the address it got (port 0 picks a free one). A port in use, or
 * an address this machine does not have, is a {@link ConfigError} naming `variable`.
 */
export function listen(server: Server, port: number, host: string, variable: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            `${variable} ${port} is already in use on ${host}: pick another port or stop the process using it`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
        reject(
          new ConfigError(`HOST ${host} is not an address of this machine: use 0.0.0.0 (every interface) or 127.0.0.1`),
        );
      } else if (error.code === 'EACCES') {
        reject(new ConfigError(`${variable} ${port} needs privileges to listen on: use a port above 1023`));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** http://host:port for a log line (IPv6 addresses in brackets). */
export function addressUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Closes `server`: no new connections, idle keep-alive ones closed now, busy ones once answered. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
