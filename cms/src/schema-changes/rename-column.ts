import type { Core } from '@strapi/strapi';

type Database = Core.Strapi['db'];
/** The transaction Strapi hands a migration's `up`: a Knex instance bound to it. */
type Knex = Database['connection'];

/**
 * One column to rename. Names are the database's, not the schema.json's, and are written
 * out in the migration on purpose: a migration must keep meaning what it meant when it was
 * written, while the content model (from which they could be derived) goes on changing.
 * A content type's table is its `collectionName`, a component's `collectionName` too
 * (components_…); a column is the attribute name in snake_case (kortText → kort_text).
 */
export interface ColumnRename {
  table: string;
  from: string;
  to: string;
}

/** What the database looks like for one rename, as far as the decision goes. */
export interface ColumnState {
  table: boolean;
  from: boolean;
  to: boolean;
}

export type RenameStep = 'rename' | 'no-table' | 'already-renamed';

/**
 * Decides what to do, so that running a migration twice (its record lost, a file renamed)
 * does no harm, and a wrong name stops the start instead of letting the schema sync drop
 * the old column with its data.
 */
export function renameStep(rename: ColumnRename, state: ColumnState): RenameStep {
  const { table, from, to } = rename;
  // Migrations run before the schema sync, so on a new database no table exists yet: the
  // sync creates it with the new column, and there is nothing to keep.
  if (!state.table) return 'no-table';
  if (state.from && !state.to) return 'rename';
  if (!state.from && state.to) return 'already-renamed';
  if (state.from && state.to) {
    throw new Error(
      `${table}: både "${from}" och "${to}" finns — den nya kolumnen skapades innan migreringen kördes. ` +
        `Flytta över värdena för hand och ta bort "${from}", annars raderar schemasynken "${from}" med sitt innehåll.`,
    );
  }
  throw new Error(
    `${table}: varken "${from}" eller "${to}" finns — kontrollera namnen (kolumnen är fältnamnet i snake_case, kortText → kort_text).`,
  );
}

/**
 * Renames a column, on SQLite and PostgreSQL alike, inside the migration's transaction.
 * Draft and published versions (and every locale) are rows of the same table, so one
 * rename keeps all of them. Relation, media and component attributes are not columns and
 * are out of reach here.
 */
export async function renameColumn(knex: Knex, db: Database, rename: ColumnRename): Promise<RenameStep> {
  const schema = () => db.getSchemaConnection(knex);
  const table = await schema().hasTable(rename.table);
  const state: ColumnState = {
    table,
    from: table && (await schema().hasColumn(rename.table, rename.from)),
    to: table && (await schema().hasColumn(rename.table, rename.to)),
  };
  const step = renameStep(rename, state);
  if (step === 'rename') {
    await schema().alterTable(rename.table, (t) => {
      t.renameColumn(rename.from, rename.to);
    });
  }
  const outcome = { rename: 'bytte namn', 'no-table': 'tabellen finns inte än, inget att flytta', 'already-renamed': 'redan gjort' }[step];
  db.logger.info(`Migrering: ${rename.table}.${rename.from} → ${rename.to}: ${outcome}`);
  return step;
}

/**
 * A migration's `up` that renames these columns in order, all in the one transaction
 * Strapi runs it in — so either every rename happens or none does:
 *
 *   export const up = renameColumns([{ table: 'insatser', from: 'kort_text', to: 'sammanfattning' }]);
 */
export function renameColumns(renames: ColumnRename[]): (knex: Knex, db: Database) => Promise<void> {
  return async (knex, db) => {
    for (const rename of renames) await renameColumn(knex, db, rename);
  };
}
