import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs on stdout. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { service: 'cooperation-knowledge-api' } });
}
