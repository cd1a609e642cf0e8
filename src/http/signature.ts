/**
 * Discord signs every request to an interactions endpoint: `X-Signature-Ed25519` is the Ed25519 signature, in
 * hex, of `X-Signature-Timestamp` followed by the raw body, made with the application's private key. Anything
 * else — unsigned, signed by someone else, altered, or an old request sent again — is refused (401), as Discord
 * requires: it sends such requests itself to check an endpoint before accepting its URL.
 *
 * node:crypto verifies Ed25519 natively (no dependency); the key is imported once, as a JWK from its 32 raw bytes.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** A request whose timestamp is further than this from now (either way) is refused: it may be a replay. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

const SIGNATURE_SHAPE = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP_SHAPE = /^\d{1,12}$/;

/** Why a request was refused; the reasons are metric labels. */
export type SignatureProblem = 'unsigned' | 'bad_signature' | 'stale';

/** The application's public key (64 hex characters, as the Developer Portal shows it) as a verification key. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

/**
 * Checks a request's signature headers against its raw body; undefined when it is genuine and recent.
 * `nowSeconds`: the clock (tests).
 */
export function signatureProblem(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number = Date.now() / 1000,
): SignatureProblem | undefined {
  if (!signature || !timestamp) return 'unsigned';
  if (!SIGNATURE_SHAPE.test(signature) || !TIMESTAMP_SHAPE.test(timestamp)) return 'bad_signature';
  if (Math.abs(nowSeconds - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return 'stale';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? undefined : 'bad_signature';
}
