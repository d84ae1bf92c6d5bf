import { describe, expect, it } from 'vitest';
import { jsonLines, type LogInfo, MESSAGE } from '../src/logging/json-lines.ts';

const format = jsonLines(() => new Date('2026-05-04T08:30:00.000Z'));
const line = (info: LogInfo) => JSON.parse(format.transform(info)[MESSAGE] ?? '') as Record<string, unknown>;

describe('jsonLines', () => {
  it('writes time, level and message, then the safe fields a request adds', () => {
    expect(
      line({ level: 'http', message: 'GET /api/insatser (4 ms) 200', method: 'GET', route: '/api/insatser', status: 200, durationMs: 4 }),
    ).toEqual({
      time: '2026-05-04T08:30:00.000Z',
      level: 'http',
      message: 'GET /api/insatser (4 ms) 200',
      method: 'GET',
      route: '/api/insatser',
      status: 200,
      durationMs: 4,
    });
  });

  it('drops every field it does not know, so a request or a form body passed along cannot reach the log', () => {
    const entry = line({ level: 'info', message: 'hej', ip: '203.0.113.7', body: { kommentar: 'hemligt' }, email: 'anna@example.se' });
    expect(entry).toEqual({ time: '2026-05-04T08:30:00.000Z', level: 'info', message: 'hej' });
  });

  it("keeps a logged error's message and stack, and strips colour codes", () => {
    const err = Object.assign(new Error('\u001b[31mtrasigt\u001b[39m'), { level: 'error' }) as unknown as LogInfo;
    const entry = line(err);
    expect(entry.message).toBe('trasigt');
    expect(entry.stack).toMatch(/^Error: trasigt\n\s+at /);
  });
});
