/**
 * Discord's side of the HTTP interactions endpoint, for tests and the soak: an Ed25519 key pair standing in for
 * the application's (the endpoint gets the public half as DISCORD_PUBLIC_KEY), and a client that POSTs
 * interactions signed as Discord signs them — or unsigned, mis-signed, stale, oversized or malformed.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface SigningKeys {
  privateKey: KeyObject;
  /** The public key as the Developer Portal shows it: 64 hex characters. */
  publicKeyHex: string;
}

export function newSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicKeyHex: Buffer.from(x, 'base64url').toString('hex') };
}

/** Discord's signature headers for `body` sent at `timestamp` (Unix seconds). */
export function signatureHeaders(
  keys: SigningKeys,
  body: Buffer | string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const stamp = String(timestamp);
  const signature = sign(null, Buffer.concat([Buffer.from(stamp), Buffer.from(body)]), keys.privateKey).toString('hex');
  return { 'x-signature-ed25519': signature, 'x-signature-timestamp': stamp };
}

export interface EndpointResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
  /** Milliseconds from sending to the whole response. */
  ms: number;
}

export interface PostOptions {
  /** Headers instead of a valid signature (e.g. none, or another key's). */
  headers?: Record<string, string>;
  /** Sign with this timestamp (Unix seconds) instead of now. */
  timestamp?: number;
}

/** POSTs to an interactions endpoint over keep-alive connections (`sockets` at most, for load). */
export class InteractionClient {
  readonly agent: Agent;

  constructor(
    readonly url: string,
    readonly keys: SigningKeys,
    sockets = 16,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  /** Sends `payload` (JSON-encoded unless a string or Buffer), signed unless `options.headers` says otherwise. */
  post(payload: unknown, options: PostOptions = {}): Promise<EndpointResponse> {
    const body = Buffer.isBuffer(payload)
      ? payload
      : Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
    const headers = options.headers ?? signatureHeaders(this.keys, body, options.timestamp);
    return this.send('POST', '/interactions', body, { 'content-type': 'application/json', ...headers });
  }

  get(path: string): Promise<EndpointResponse> {
    return this.send('GET', path, undefined, {});
  }

  send(
    method: string,
    path: string,
    body: Buffer | undefined,
    headers: Record<string, string>,
  ): Promise<EndpointResponse> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.url),
        {
          method,
          agent: this.agent,
          headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, ms: performance.now() - started });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
