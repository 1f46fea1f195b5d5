import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Structured JSON logs; secrets that could reach a log line are censored wherever they appear. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'token', '*.token'],
      censor: '[redacted]',
    },
  });
}
