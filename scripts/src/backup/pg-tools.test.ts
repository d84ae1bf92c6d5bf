import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPgTool, libpqConnection } from './pg-tools.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-pgtools-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const tool = (folder: string, name = 'pg_dump') => {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), '#!/bin/sh\n', { mode: 0o755 });
  return path.join(folder, name);
};

describe('finding the PostgreSQL client tools', () => {
  it('takes PATH first, then the newest /usr/lib/postgresql/<version>/bin', () => {
    const debian = path.join(dir, 'postgresql');
    tool(path.join(debian, '13', 'bin'));
    const newest = tool(path.join(debian, '15', 'bin'));
    expect(findPgTool('pg_dump', '', debian)).toBe(newest);
    const onPath = tool(path.join(dir, 'bin'));
    expect(findPgTool('pg_dump', path.join(dir, 'bin'), debian)).toBe(onPath);
  });

  it('names the missing tool and how to get it', () => {
    expect(() => findPgTool('pg_restore', path.join(dir, 'bin'), path.join(dir, 'saknas'))).toThrow(
      /^pg_restore saknas: det finns varken i PATH eller i .*\/saknas\/\*\/bin\. Installera PostgreSQL:s klientverktyg/,
    );
  });

  it('keeps the password off the command line and turns DATABASE_SSL into sslmode', () => {
    const db = { kind: 'postgres', url: 'postgres://vg:l%C3%B6sen@db:5432/cms', schema: 'public' } as const;
    expect(libpqConnection({ ...db, ssl: false })).toEqual({ dbname: 'postgres://vg@db:5432/cms', env: { PGPASSWORD: 'lösen' } });
    expect(libpqConnection({ ...db, ssl: { rejectUnauthorized: true } }).env.PGSSLMODE).toBe('verify-full');
    expect(libpqConnection({ ...db, ssl: { rejectUnauthorized: false } }).env.PGSSLMODE).toBe('require');
  });
});
