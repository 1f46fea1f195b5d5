import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.js';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Fields that hold credentials wherever they appear in a logged object, one level deep included. */
const SECRET_FIELDS = ['password', 'token', 'secret', 'jwtSecret', 'apiKey', 'api_key', 'authorization', 'cookie'];
const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization'];

/**
 * Structured JSON logs; secrets that could reach a log line are censored wherever they appear,
 * and a line written while a request is handled carries its `requestId`.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: [
        ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
        ...SECRET_HEADERS.flatMap((header) => [`headers["${header}"]`, `*.headers["${header}"]`]),
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
