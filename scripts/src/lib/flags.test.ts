import { describe, expect, it } from 'vitest';
import { parseCommand, parseFlags } from './flags.ts';
import { UserError } from './processes.ts';

const options = { 'allow-shrink': { type: 'boolean' }, out: { type: 'string' } } as const;
const USAGE = 'pnpm pull [--allow-shrink] [--out FIL]';
const parse = (args: string[]) => parseFlags(options, USAGE, args);

describe('parseFlags', () => {
  it('reads on/off flags and values', () => {
    expect(parse([])).toEqual({});
    expect(parse(['--allow-shrink', '--out', 'a.json'])).toEqual({ 'allow-shrink': true, out: 'a.json' });
    expect(parse(['--out=-x.json'])).toEqual({ out: '-x.json' });
  });

  it('stops on a misspelt or unknown flag, naming it, with the usage line', () => {
    expect(() => parse(['--allow-shrnik'])).toThrow(UserError);
    expect(() => parse(['--allow-shrnik'])).toThrow(`Okänd flagga --allow-shrnik. Användning: ${USAGE}`);
    expect(() => parse(['-x'])).toThrow('Okänd flagga -x.');
  });

  it('stops on a value given to an on/off flag and on a missing value', () => {
    expect(() => parse(['--allow-shrink=ja'])).toThrow('Flaggan --allow-shrink tar inget värde.');
    expect(() => parse(['--out'])).toThrow('Flaggan --out behöver ett värde');
    expect(() => parse(['--out', '--allow-shrink'])).toThrow('Flaggan --out behöver ett värde');
  });

  it('stops on a stray argument', () => {
    expect(() => parse(['allow-shrink'])).toThrow('Oväntat argument "allow-shrink" — kommandot tar bara flaggor.');
  });
});

describe('parseCommand', () => {
  const RESTORE = 'pnpm restore ARKIV [--force]';
  const restore = (args: string[]) => parseCommand({ force: { type: 'boolean' } }, ['ARKIV'], RESTORE, args);

  it('reads the named arguments and the flags, in any order', () => {
    expect(restore(['a.tar'])).toEqual({ flags: {}, args: ['a.tar'] });
    expect(restore(['--force', 'a.tar'])).toEqual({ flags: { force: true }, args: ['a.tar'] });
  });

  it('stops on a missing or an extra argument, and on an unknown flag, with the usage line', () => {
    expect(() => restore([])).toThrow(`ARKIV saknas. Användning: ${RESTORE}`);
    expect(() => restore(['a.tar', 'b.tar'])).toThrow('Oväntat argument "b.tar".');
    expect(() => restore(['a.tar', '--forse'])).toThrow(`Okänd flagga --forse. Användning: ${RESTORE}`);
  });
});
