/**
 * The build's open-data gate: the HSDS export must pass Open Referral's official schemas, or the
 * build fails and names each file, place and rule. The schemas live beside the checkout (not in
 * the repository); where they are absent the build says it could not check, and
 * `HSDS_SCHEMA_DIR` that points at nothing is an error, not a silent skip.
 */
import fs from 'node:fs';
import { checkHsdsExport, describeProblems, HsdsSchemas, hsdsSchemaDir } from '@vg/site/open-data/conformance.ts';
import { ROOT } from '../lib/paths.ts';
import { UserError } from '../lib/processes.ts';

export interface OpenDataCheck {
  checked: boolean;
  files: number;
  ms: number;
  message: string;
}

export function checkOpenData(dist: string, env: NodeJS.ProcessEnv = process.env, repoRoot = ROOT): OpenDataCheck {
  const started = Date.now();
  const { dir, configured } = hsdsSchemaDir(repoRoot, env);
  if (!fs.existsSync(dir)) {
    if (configured)
      throw new UserError(`HSDS_SCHEMA_DIR pekar på ${dir}, som inte finns. Ange mappen "schema" i HSDS 3.0 eller ta bort variabeln.`);
    return {
      checked: false,
      files: 0,
      ms: 0,
      message: `Öppna data: kontrollerades inte mot HSDS 3.0, schemana finns inte i ${dir} (sätt HSDS_SCHEMA_DIR).`,
    };
  }
  let schemas: HsdsSchemas;
  try {
    schemas = new HsdsSchemas(dir);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const { files, problems } = checkHsdsExport(dist, schemas);
  if (problems.length > 0)
    throw new UserError(
      `Öppna data följer inte HSDS 3.0 (${problems.length} fel). Rätta exporten i site/src/open-data/ och bygg igen:\n${describeProblems(problems)}`,
    );
  const ms = Date.now() - started;
  return { checked: true, files, ms, message: `Öppna data: ${files} filer följer HSDS 3.0 (kontrollerat på ${(ms / 1000).toFixed(1)} s).` };
}
