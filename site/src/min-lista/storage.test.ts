import { describe, expect, it } from 'vitest';
import {
  isSaved,
  LIST_KEY,
  MAX_ITEMS,
  parseList,
  readList,
  serialiseList,
  today,
  toggleSaved,
  withItem,
  withoutItem,
  writeList,
} from './storage.ts';

/** A Storage in memory, counting writes. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (n: number) => [...data.keys()][n] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      writes++;
      data.set(k, v);
    },
    removeItem: (k: string) => {
      writes++;
      data.delete(k);
    },
  } satisfies Storage;
  return { storage, data, writes: () => writes };
}

describe('Min lista in the browser’s storage', () => {
  it('saves only the slug and the day, and reads back what it wrote', () => {
    const { storage, data } = memoryStorage();
    expect(toggleSaved(storage, 'jonsbo', new Date(2026, 11, 6))).toBe(true);
    expect(JSON.parse(data.get(LIST_KEY) ?? '')).toEqual({ v: 1, i: [{ s: 'jonsbo', d: '2026-12-06' }] });
    expect(toggleSaved(storage, 'steg-for-steg', new Date(2026, 11, 7))).toBe(true);
    expect(readList(storage).map((x) => x.s)).toEqual(['jonsbo', 'steg-for-steg']);
  });

  it('a second press removes it, and an empty list leaves nothing behind', () => {
    const { storage, data } = memoryStorage();
    toggleSaved(storage, 'jonsbo');
    expect(toggleSaved(storage, 'jonsbo')).toBe(false);
    expect(data.has(LIST_KEY)).toBe(false);
  });

  it('reading never writes', () => {
    const { storage, writes } = memoryStorage();
    expect(readList(storage)).toEqual([]);
    expect(writes()).toBe(0);
  });

  it('ignores a corrupt or foreign value instead of failing', () => {
    for (const raw of ['{', 'null', '[]', '"jonsbo"', '{"v":2,"i":[{"s":"jonsbo"}]}', '{"v":1,"i":"jonsbo"}', '{"v":1}'])
      expect(readList(memoryStorage({ [LIST_KEY]: raw }).storage), raw).toEqual([]);
    expect(readList(undefined)).toEqual([]);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readList(throwing)).toEqual([]);
  });

  it('keeps the readable items of a damaged list: no odd slugs, no duplicates, no bad dates', () => {
    const list = parseList({
      v: 1,
      i: [
        { s: 'jonsbo', d: '2026-12-06' },
        { s: 'jonsbo', d: '2026-12-07' },
        { s: '../etc', d: '' },
        { s: 'Jonsbo' },
        7,
        null,
        { s: 'ok', d: '<b>' },
      ],
    });
    expect(list).toEqual([
      { s: 'jonsbo', d: '2026-12-06' },
      { s: 'ok', d: '' },
    ]);
    expect(parseList({ v: 1, i: Array.from({ length: MAX_ITEMS + 5 }, (_, n) => ({ s: `i${n}`, d: '' })) })).toHaveLength(MAX_ITEMS);
  });

  it('adds, removes and tells what is saved', () => {
    const list = withItem(withItem([], 'a', '2026-01-01'), 'b', '2026-01-02');
    expect(isSaved(list, 'a')).toBe(true);
    expect(withItem(list, 'a', '2026-02-02')).toEqual(list);
    expect(withItem(list, 'Inte OK', '2026-02-02')).toEqual(list);
    expect(withoutItem(list, 'a')).toEqual([{ s: 'b', d: '2026-01-02' }]);
    expect(parseList(JSON.parse(serialiseList(list)))).toEqual(list);
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('says so when the browser will not store anything', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(toggleSaved(refusing as unknown as Storage, 'jonsbo')).toBeNull();
    expect(writeList(undefined, [])).toBe(false);
  });
});
