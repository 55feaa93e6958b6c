import { pino, type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";

export type { DestinationStream, Logger };

/**
 * The hub's one logger: JSON lines (one object per line, ISO time, level by name) for log
 * collectors; pino-pretty's readable lines when a person watches a terminal. `destination` lets a
 * test (or an embedding program) take the lines instead of stdout.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    // Partner API keys (src/auth/) must never reach a log, even if a line someday carries headers.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "authorization"], censor: "[redacted]" },
  };
  if (destination) return pino(options, destination);
  // Pretty-printing runs in this thread: fine for a person at a terminal, never used under a log collector.
  if (process.stdout.isTTY) return pino(options, pretty({ colorize: true, singleLine: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" }));
  return pino(options);
}
