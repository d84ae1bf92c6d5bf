/** A draft of the form in sessionStorage, so a reload or the back button keeps what was typed. The key is never kept. */
import { controls, isCheckable } from './controls.ts';
import { DRAFT_KEY, storage } from './storage.ts';

export const saveDraft = (form: HTMLFormElement): void =>
  storage.write(
    DRAFT_KEY,
    [...new FormData(form)].filter(([name, value]) => name !== 'nyckel' && typeof value === 'string'),
  );

export function restoreDraft(form: HTMLFormElement): void {
  const pairs = storage.read<[string, string][]>(DRAFT_KEY);
  if (!Array.isArray(pairs)) return;
  for (const el of controls(form)) {
    if (el.name === 'nyckel') continue;
    const values = pairs.filter(([name]) => name === el.name).map(([, value]) => value);
    if (isCheckable(el)) el.checked = values.includes(el.value);
    else el.value = values[0] ?? '';
  }
}
