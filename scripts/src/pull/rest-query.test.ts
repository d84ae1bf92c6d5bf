import { POPULATE } from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { encodeQuery } from './rest-query.ts';

describe('encodeQuery', () => {
  it('writes nested objects in bracket notation', () => {
    expect(encodeQuery({ populate: { organisation: { fields: ['slug'] } } })).toBe('populate[organisation][fields][0]=slug');
    expect(encodeQuery({ pagination: { page: 2, pageSize: 100, withCount: true } })).toBe(
      'pagination[page]=2&pagination[pageSize]=100&pagination[withCount]=true',
    );
  });

  it('numbers array elements, also arrays inside arrays and objects inside arrays', () => {
    expect(encodeQuery({ fields: ['slug', 'namn'] })).toBe('fields[0]=slug&fields[1]=namn');
    expect(encodeQuery({ a: [[1, 2], { b: 'c' }] })).toBe('a[0][0]=1&a[0][1]=2&a[1][b]=c');
  });

  it('writes true for a whole-attribute populate and nests component populates', () => {
    expect(encodeQuery({ populate: { kontakt: true, steg: { populate: { aktor: { fields: ['slug'] } } } } })).toBe(
      'populate[kontakt]=true&populate[steg][populate][aktor][fields][0]=slug',
    );
  });

  it('URI-encodes values, so &, =, #, spaces and å cannot break the query', () => {
    const query = encodeQuery({ filters: { namn: { $eq: 'Kinda & Ydre = 2 #å/?' } } });
    expect(query).toBe('filters[namn][%24eq]=Kinda%20%26%20Ydre%20%3D%202%20%23%C3%A5%2F%3F');
    // What the server reads back is exactly what was sent.
    expect([...new URLSearchParams(query)]).toEqual([['filters[namn][$eq]', 'Kinda & Ydre = 2 #å/?']]);
  });

  it('leaves out null and undefined, and gives an empty string for nothing', () => {
    expect(encodeQuery({ a: null, b: undefined, c: 'x' })).toBe('c=x');
    expect(encodeQuery({})).toBe('');
    expect(encodeQuery({ populate: {} })).toBe('');
  });

  it("encodes every content type's populate spec without populate=* and round-trips through URLSearchParams", () => {
    for (const spec of Object.values(POPULATE)) {
      const query = encodeQuery({ populate: spec });
      expect(query).not.toMatch(/populate=\*|%2A/);
      for (const [key, value] of new URLSearchParams(query)) {
        expect(key).toMatch(/^populate(\[[A-Za-z0-9]+\])+$/);
        expect(value).toMatch(/^[A-Za-z]+$/);
      }
    }
  });
});
