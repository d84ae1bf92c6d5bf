/** A draft of the form in sessionStorage, so a reload or the back button keeps what was typed. The key is never kept. */
import { isCheckable, kontroller } from './controls.ts';
import { lagring, UTKAST } from './storage.ts';

export const sparaUtkast = (form: HTMLFormElement): void =>
  lagring.spara(
    UTKAST,
    [...new FormData(form)].filter(([name, value]) => name !== 'nyckel' && typeof value === 'string'),
  );

export function aterstallUtkast(form: HTMLFormElement): void {
  const par = lagring.las<[string, string][]>(UTKAST);
  if (!Array.isArray(par)) return;
  for (const el of kontroller(form)) {
    if (el.name === 'nyckel') continue;
    const varden = par.filter(([name]) => name === el.name).map(([, value]) => value);
    if (isCheckable(el)) el.checked = varden.includes(el.value);
    else el.value = varden[0] ?? '';
  }
}
