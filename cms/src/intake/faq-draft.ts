import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ATERKOPPLING_UID, FRAGA_UID } from '@vg/shared-schema';
import { asIntakeCode } from '../access/intake-writes';
import { documents } from '../bootstrap/documents';
import { paragraphs } from './apply';

/** The longest FAQ question (the fraga field's maxLength in its schema.json). */
export const FAQ_FRAGA_MAX = 200;

/**
 * A visitor's question as an FAQ question: whole when it fits, otherwise cut after the last
 * whole word that fits, with "…". `cut` says the draft must keep the whole text elsewhere.
 */
export function faqQuestion(question: string): { fraga: string; cut: boolean } {
  const text = question.replace(/\s+/g, ' ').trim();
  if (text.length <= FAQ_FRAGA_MAX) return { fraga: text, cut: false };
  const room = text.slice(0, FAQ_FRAGA_MAX - 1);
  const lastSpace = room.lastIndexOf(' ');
  return { fraga: `${(lastSpace > FAQ_FRAGA_MAX / 2 ? room.slice(0, lastSpace) : room).trimEnd()}…`, cut: true };
}

interface QuestionRow {
  typ: string;
  kommentar: string | null;
  faqUtkast: { documentId: string } | null;
}

/**
 * "Gör ett FAQ-utkast": turns a question sent with Ställ en fråga into a draft Vanlig fråga
 * and links the two, in one transaction. Nothing is published: the redaktion writes the answer,
 * picks the topic and publishes. Asked again, it answers with the draft already made (unless that
 * draft was deleted), so a double click or a second editor makes no duplicate.
 */
export async function faqDraftFromQuestion(strapi: Core.Strapi, documentId: string): Promise<{ fraga: string; skapad: boolean }> {
  return strapi.db.transaction(async () => {
    const row = (await strapi.db.query(ATERKOPPLING_UID).findOne({
      where: { documentId },
      select: ['typ', 'kommentar'],
      populate: { faqUtkast: { select: ['documentId'] } },
    })) as QuestionRow | null;
    if (!row) throw new errors.NotFoundError('Återkopplingen finns inte (den kan ha tagits bort).');
    if (row.typ !== 'fraga')
      throw new errors.ApplicationError('Bara en fråga från Ställ en fråga kan bli ett FAQ-utkast, inte annan återkoppling.');
    if (row.faqUtkast) return { fraga: row.faqUtkast.documentId, skapad: false };
    const question = row.kommentar?.trim() ?? '';
    if (question === '') throw new errors.ApplicationError('Frågan är tom, så det finns inget att göra ett utkast av.');
    const { fraga, cut } = faqQuestion(question);
    const created = await documents(strapi, FRAGA_UID).create({
      data: {
        fraga,
        // The answer is the redaktion's to write; a question too long for the heading is kept whole here so nothing is lost.
        svar: cut ? paragraphs(`Besökarens hela fråga (ersätt med svaret):\n\n${question}`) : [],
      },
    });
    // Återkoppling is written by intake code only (access/intake-writes.ts); this link is part of the intake's work.
    await asIntakeCode(() => documents(strapi, ATERKOPPLING_UID).update({ documentId, data: { faqUtkast: created.documentId } }));
    return { fraga: created.documentId, skapad: true };
  });
}
