/**
 * Checks a built HSDS export against Open Referral's official JSON schemas: every file under
 * `oppna-data/hsds/` is matched to the schema it must pass (a file no rule knows is itself a
 * problem, so a new kind of file cannot slip through unchecked), and each failure names the file,
 * the place in it and the rule it breaks. Used by the build (which fails on any problem) and by
 * the conformance test.
 *
 * The schemas are not in the repository (CC BY-SA, kept beside it in `../shared/hsds-3.0`);
 * `HSDS_SCHEMA_DIR` points elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { HSDS_TABLES } from './tabular.ts';

/** ajv-formats is CommonJS: its default export is typed differently under the site's and the scripts' module settings. */
const addFormats = ((ajvFormats as { default?: unknown }).default ?? ajvFormats) as (ajv: Ajv) => Ajv;

export interface ConformanceProblem {
  /** The file, relative to the export's root (`oppna-data/hsds/…`). */
  file: string;
  /** Where in the file: a JSON pointer, or a CSV row and column. */
  where: string;
  /** The schema and the rule that failed, e.g. `compiled/service.json#/properties/status/enum`. */
  rule: string;
  message: string;
}

export const EXPORT_DIR = path.join('oppna-data', 'hsds');

/** Where the schemas are: `HSDS_SCHEMA_DIR`, or `../shared/hsds-3.0/schema` beside the checkout. */
export function hsdsSchemaDir(repoRoot: string, env: NodeJS.ProcessEnv = process.env): { dir: string; configured: boolean } {
  const configured = env.HSDS_SCHEMA_DIR?.trim();
  return configured
    ? { dir: path.resolve(configured), configured: true }
    : { dir: path.resolve(repoRoot, '..', 'shared', 'hsds-3.0', 'schema'), configured: false };
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The official schemas, each added under its file name so their `$ref`s resolve; compiled on
 * demand. Every file is first checked by a validator that stops at the first error (about half
 * the time of one that collects all, which counts at 10 000 services); only a file that fails is
 * checked again to list all its problems.
 */
export class HsdsSchemas {
  readonly dir: string;
  private readonly first = new Ajv({ strict: false });
  private readonly all = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(dir: string) {
    this.dir = dir;
    if (!fs.existsSync(path.join(dir, 'compiled', 'service.json')))
      throw new Error(
        `HSDS-schemana finns inte i ${dir} (där ska compiled/service.json ligga). Sätt HSDS_SCHEMA_DIR till mappen "schema" i HSDS 3.0.`,
      );
    for (const ajv of [this.first, this.all]) {
      addFormats(ajv);
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
        ajv.addSchema(readJson(path.join(dir, file)) as object, file);
    }
  }

  /** `compiled/x.json`, `x.json`, or one table of the tabular schema as `tabular#table`. */
  validator(name: string, collectAll = false): ValidateFunction {
    const key = `${collectAll ? 'all' : 'first'} ${name}`;
    let v = this.compiled.get(key);
    if (!v) {
      const ajv = collectAll ? this.all : this.first;
      const [file, table] = name.split('#');
      if (table) {
        const tabular = readJson(path.join(this.dir, 'compiled', 'tabular.json')) as { properties: Record<string, { items?: object }> };
        const items = tabular.properties[table]?.items;
        if (!items) throw new Error(`HSDS:s tabellschema saknar tabellen "${table}".`);
        v = ajv.compile(items);
      } else if (file?.startsWith('compiled/')) v = ajv.compile(readJson(path.join(this.dir, file)) as object);
      else v = ajv.getSchema(file ?? '') as ValidateFunction;
      if (!v) throw new Error(`HSDS-schemat ${name} finns inte i ${this.dir}.`);
      this.compiled.set(key, v);
    }
    return v;
  }

  check(name: string, data: unknown, file: string, where = ''): ConformanceProblem[] {
    if (this.validator(name)(data)) return [];
    const validate = this.validator(name, true);
    validate(data);
    return (validate.errors ?? []).map((e: ErrorObject) => ({
      file,
      where: `${where}${e.instancePath}` || '/',
      rule: `${name}${e.schemaPath}`,
      message: e.message ?? e.keyword,
    }));
  }
}

type Checker = (schemas: HsdsSchemas, file: string, absolute: string) => ConformanceProblem[];

/** A paginated list: each item of `contents` passes the list schema. */
const eachItem =
  (schema: string): Checker =>
  (schemas, file, absolute) => {
    const page = readJson(absolute) as { contents?: unknown };
    if (!Array.isArray(page.contents))
      return [{ file, where: '/contents', rule: 'HSDS API: paginerad lista', message: 'must have a "contents" array' }];
    return page.contents.flatMap((item, i) => schemas.check(schema, item, file, `/contents/${i}`));
  };
const whole =
  (schema: string): Checker =>
  (schemas, file, absolute) =>
    schemas.check(schema, readJson(absolute), file);
/** Nothing in HSDS describes the file (the API root, the data package): it must at least be JSON. */
const wellFormedJson: Checker = (_schemas, _file, absolute) => {
  readJson(absolute);
  return [];
};

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') endField();
    else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

/** A CSV table: the header is HSDS's columns in order, and every row passes the table's tabular schema. */
const csvTable: Checker = (schemas, file, absolute) => {
  const entry = Object.entries(HSDS_TABLES).find(([, t]) => t.path === path.basename(file));
  if (!entry) return [{ file, where: '/', rule: 'HSDS tabular', message: 'is not one of the HSDS tables this export writes' }];
  const [table, { columns }] = entry;
  const [header = [], ...rows] = parseCsv(fs.readFileSync(absolute, 'utf8'));
  if (header.join(',') !== columns.join(','))
    return [
      { file, where: 'rad 1', rule: `compiled/tabular.json#/properties/${table}`, message: `the header must be ${columns.join(',')}` },
    ];
  return rows.flatMap((cells, i) => {
    const record = Object.fromEntries(header.flatMap((name, c) => (cells[c] ? [[name, cells[c]]] : [])));
    return schemas.check(`tabular#${table}`, record, file, `rad ${i + 2} `);
  });
};

/** Which schema each file of the export must pass, by its path under `oppna-data/hsds/`. */
const RULES: { pattern: RegExp; check: Checker }[] = [
  { pattern: /^index\.json$/, check: wellFormedJson },
  { pattern: /^services\.json$|^services\/page\/\d+\.json$/, check: eachItem('compiled/service_list.json') },
  { pattern: /^services\/[0-9a-f-]{36}\.json$/, check: whole('compiled/service.json') },
  { pattern: /^organizations\.json$/, check: eachItem('compiled/organization_list.json') },
  { pattern: /^organizations\/[0-9a-f-]{36}\.json$/, check: whole('compiled/organization.json') },
  { pattern: /^service_at_locations\.json$/, check: eachItem('compiled/service_at_location_list.json') },
  { pattern: /^taxonomies\.json$/, check: eachItem('taxonomy.json') },
  { pattern: /^taxonomy_terms\.json$/, check: eachItem('taxonomy_term.json') },
  { pattern: /^csv\/datapackage\.json$/, check: wellFormedJson },
  { pattern: /^csv\/[a-z_]+\.csv$/, check: csvTable },
];

function filesUnder(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)]))
    .sort();
}

/** Every problem in the export under `dist`, and how many files were checked. */
export function checkHsdsExport(dist: string, schemas: HsdsSchemas): { files: number; problems: ConformanceProblem[] } {
  const root = path.join(dist, EXPORT_DIR);
  if (!fs.existsSync(root))
    return { files: 0, problems: [{ file: EXPORT_DIR, where: '/', rule: 'export', message: 'the build wrote no HSDS export' }] };
  const files = filesUnder(root);
  const problems = files.flatMap((file) => {
    const shown = path.posix.join('oppna-data', 'hsds', file);
    const rule = RULES.find((r) => r.pattern.test(file));
    if (!rule)
      return [
        {
          file: shown,
          where: '/',
          rule: 'export',
          message: 'no HSDS schema is known for this file; add a rule in site/src/open-data/conformance.ts',
        },
      ];
    try {
      return rule.check(schemas, shown, path.join(root, file));
    } catch (error) {
      return [{ file: shown, where: '/', rule: 'JSON/CSV', message: `cannot be read: ${(error as Error).message}` }];
    }
  });
  return { files: files.length, problems };
}

/** The problems as lines for a person: file, place, rule and what is wrong. */
export function describeProblems(problems: readonly ConformanceProblem[], max = 20): string {
  const lines = problems.slice(0, max).map((p) => `- ${p.file} ${p.where}: ${p.message} (regel ${p.rule})`);
  if (problems.length > max) lines.push(`… och ${problems.length - max} fel till.`);
  return lines.join('\n');
}
