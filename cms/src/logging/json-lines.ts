/** Where winston's transports read the finished line (triple-beam's MESSAGE). */
export const MESSAGE = Symbol.for('message');

/**
 * Fields a log call may add beside its message. Everything else a caller (or Strapi, or a
 * library) hands the logger is dropped, so a request, a user or a form body passed along by
 * mistake cannot end up in the log.
 */
export const SAFE_LOG_FIELDS = ['method', 'route', 'status', 'durationMs', 'stack'] as const;

/** What winston hands a format: the level, the message and any fields of the call. */
export interface LogInfo {
  level: string;
  message?: unknown;
  [field: string]: unknown;
  [MESSAGE]?: string;
}

// Strapi colours some of its own messages; a log collector wants the text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the escape character is the point.
const ANSI = /[\u001b\u009b][[()#;?]*(?:\d{1,4}(?:;\d{0,4})*)?[\dA-ORZcf-nqry=><]/g;

const text = (message: unknown): string => {
  if (typeof message === 'string') return message;
  if (message instanceof Error) return message.message;
  return message === undefined ? '' : JSON.stringify(message);
};

/**
 * A winston format that writes each entry as one JSON object on one line: `time` (ISO 8601),
 * `level`, `message` and the SAFE_LOG_FIELDS the call set. A format is any object with
 * `transform`, so this needs no winston import of its own.
 */
export function jsonLines(now: () => Date = () => new Date()) {
  return {
    transform(info: LogInfo): LogInfo {
      const line: Record<string, unknown> = { time: now().toISOString(), level: info.level, message: text(info.message).replace(ANSI, '') };
      // winston hands a logged Error over as the info itself, so its stack is read like a field.
      for (const field of SAFE_LOG_FIELDS) {
        const value = info[field];
        if (value !== undefined) line[field] = typeof value === 'string' ? value.replace(ANSI, '') : value;
      }
      info[MESSAGE] = JSON.stringify(line);
      return info;
    },
  };
}
