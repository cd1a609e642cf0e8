/**
 * LOG_FORMAT=json (src/bot/logger.ts with pino): one JSON object a line, the same level filter and the same
 * redaction as text lines — the bot token, its parts, anything token-shaped and interaction tokens in URLs never
 * appear, in the message nor in an error's message or stack.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/bot/logger.js';
import type { LogLevel } from '../src/env.js';

const TOKEN = `${Buffer.from('1300000000000000001').toString('base64url')}.GhJkLm.${'aB3_x-Yz9'.repeat(4)}`;
const AT = new Date('2025-11-04T12:00:00.000Z');

function jsonLogger(level: LogLevel) {
  const lines: Array<{ level: LogLevel; line: string }> = [];
  const logger = createLogger({
    level,
    format: 'json',
    secrets: [TOKEN],
    write: (at, line) => lines.push({ level: at, line }),
    now: () => AT,
  });
  return { logger, lines, parsed: () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>) };
}

describe('JSON log lines', () => {
  it('writes one JSON object a line with the level as a word, the time, the message and the process', () => {
    const { logger, lines, parsed } = jsonLogger('info');
    logger.info('Connected to Discord as "bot"\nsecond line');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.line).not.toContain('\n');
    expect(parsed()[0]).toMatchObject({
      level: 'info',
      time: '2025-11-04T12:00:00.000Z',
      pid: process.pid,
      msg: 'Connected to Discord as "bot"\nsecond line',
    });
  });

  it('keeps the level filter and the stdout/stderr split (warnings and errors are written at their level)', () => {
    const { logger, lines } = jsonLogger('warn');
    logger.debug('hidden');
    logger.info('hidden too');
    logger.warn('a warning');
    logger.error('an error');
    expect(lines.map((line) => line.level)).toEqual(['warn', 'error']);
    expect(lines.map((line) => (JSON.parse(line.line) as { level: string }).level)).toEqual(['warn', 'error']);
  });

  it('carries an error as {type, message, stack}, the stack at error level only (or at debug)', () => {
    const { logger, parsed } = jsonLogger('info');
    logger.error('error 1a2b3c4d in /ask', new TypeError('handler bug'));
    logger.warn('interaction expired', new Error('10062'));
    const [error, warning] = parsed();
    expect(error!.err).toMatchObject({ type: 'TypeError', message: 'handler bug' });
    expect(String((error!.err as { stack: string }).stack)).toContain('json-log.test');
    expect(warning!.err).toEqual({ type: 'Error', message: '10062' });
  });

  it('redacts the token, its parts, token-shaped strings and interaction tokens everywhere', () => {
    const { logger, lines } = jsonLogger('debug');
    const [id, time] = TOKEN.split('.');
    const other = `${Buffer.from('1400000000000000001').toString('base64url')}.AbCdEf.${'Zz9_y'.repeat(6)}`;
    logger.debug(`Provided token: ${id}.${time}.*****`);
    logger.info(`POST /api/v10/interactions/1234567890/aW50ZXJhY3Rpb246secret123/callback and ${other}`);
    logger.error(`login with ${TOKEN} failed`, new Error(`401 for ${TOKEN}`));
    const text = lines.map(({ line }) => line).join('\n');
    for (const secret of [TOKEN, id!, other, 'aW50ZXJhY3Rpb246secret123']) expect(text).not.toContain(secret);
    expect(text).toContain('/interactions/1234567890/[redacted]/callback');
    for (const { line } of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});
