/**
 * LOG_FORMAT=json: log lines as pino writes them, one JSON object a line —
 * `{"level":"info","time":"2025-11-04T12:00:00.000Z","pid":1,"hostname":"…","msg":"…","err":{…}}` — which log
 * collectors (Loki, Elasticsearch, CloudWatch …) read without parsing rules.
 *
 * pino only formats here: the caller has already filtered by level and redacted every string, and the line goes
 * to the same writer as a text line (stdout, or stderr for warnings and errors).
 */
import { pino } from 'pino';
import type { LogLevel } from '../env.js';

/** What a JSON line carries about an error (already redacted). */
export interface ErrorFields {
  type: string;
  message: string;
  stack?: string;
}

export type JsonLine = (level: LogLevel, message: string, err?: ErrorFields) => void;

export function jsonLines(level: LogLevel, write: (level: LogLevel, line: string) => void, now: () => Date): JsonLine {
  // pino writes synchronously into this stream during the call below, so `current` is the line's level.
  let current: LogLevel = 'info';
  const stream = { write: (line: string) => write(current, line.endsWith('\n') ? line.slice(0, -1) : line) };
  const logger = pino(
    {
      level,
      formatters: { level: (label) => ({ level: label }) },
      timestamp: () => `,"time":"${now().toISOString()}"`,
      // The fields arrive redacted and shaped already: pino's own error serializer would rebuild them from scratch.
      serializers: { err: (fields: ErrorFields) => fields },
    },
    stream,
  );
  return (at, message, err) => {
    current = at;
    if (err) logger[at]({ err }, message);
    else logger[at](message);
  };
}
