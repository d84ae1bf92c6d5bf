import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hsdsSchemaDir } from '@vg/site/open-data/conformance.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../lib/paths.ts';
import { checkOpenData } from './open-data-check.ts';

const schemasPresent = fs.existsSync(hsdsSchemaDir(ROOT, {}).dir);
const dirs: string[] = [];
function dist(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-open-data-check-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("the build's open-data gate", () => {
  it('refuses an HSDS_SCHEMA_DIR that points at nothing, naming the variable', () => {
    expect(() => checkOpenData(dist({}), { HSDS_SCHEMA_DIR: '/finns/inte' })).toThrow(/HSDS_SCHEMA_DIR pekar på \/finns\/inte/);
  });

  it.runIf(schemasPresent)('fails the build for a service that breaks HSDS, naming the file, the place and the rule', () => {
    const id = '0b9f5c2e-6c1a-5d7e-9f3a-1234567890ab';
    const built = dist({ [`oppna-data/hsds/services/${id}.json`]: JSON.stringify({ id, status: 'öppen' }) });
    let message = '';
    try {
      checkOpenData(built, {});
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      new RegExp(
        `oppna-data/hsds/services/${id}\\.json /status: must be equal to one of the allowed values \\(regel compiled/service\\.json#/properties/status/enum\\)`,
      ),
    );
    expect(message).toMatch(new RegExp(`${id}\\.json /: must have required property 'name' \\(regel compiled/service\\.json#/required\\)`));
  });

  it.runIf(schemasPresent)('fails when the build wrote no export at all', () => {
    expect(() => checkOpenData(dist({ 'index.html': '<!doctype html>' }), {})).toThrow(/the build wrote no HSDS export/);
  });

  it.runIf(schemasPresent)('passes a conforming export and says how many files it checked', () => {
    const built = dist({ 'oppna-data/hsds/index.json': '{"version":"3.0"}' });
    expect(checkOpenData(built, {})).toMatchObject({ checked: true, files: 1 });
  });

  it('says plainly that it did not check when the schemas are not beside the checkout', () => {
    const elsewhere = dist({});
    const result = checkOpenData(dist({}), { HSDS_SCHEMA_DIR: '' }, path.join(elsewhere, 'checkout'));
    expect(result).toMatchObject({ checked: false, files: 0 });
    expect(result.message).toMatch(
      /kontrollerades inte mot HSDS 3\.0, schemana finns inte i .*shared\/hsds-3\.0\/schema \(sätt HSDS_SCHEMA_DIR\)/,
    );
  });
});
