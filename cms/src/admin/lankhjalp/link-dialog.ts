import { linkAdvice } from './rules';

/** The hint's text colour: the design system's danger600, which keeps 4.5:1 on the popover's white. */
const HINT_COLOUR = '#d02b20';
const MARK = 'vgLankhjalp';

/** Strapi's Blocks link popover: a dialog with the url field next to rel. */
function linkFieldsIn(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('[role="dialog"] input[name="url"]')].filter((input) =>
    input.closest('[role="dialog"]')?.querySelector('input[name="rel"]'),
  );
}

/** The dialog's save button: the last button, beside Avbryt. */
const saveButtonOf = (input: HTMLInputElement): HTMLButtonElement | null =>
  [...(input.closest('[role="dialog"]')?.querySelectorAll('button') ?? [])].at(-1) ?? null;

function describe(el: Element, id: string, on: boolean): void {
  const ids = new Set((el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size > 0) el.setAttribute('aria-describedby', [...ids].join(' '));
  else el.removeAttribute('aria-describedby');
}

let counter = 0;

function attach(input: HTMLInputElement): void {
  if (input.dataset[MARK]) return;
  input.dataset[MARK] = 'ja';
  const hint = input.ownerDocument.createElement('p');
  hint.id = `vg-lankhjalp-${++counter}`;
  hint.setAttribute('aria-live', 'polite');
  Object.assign(hint.style, { color: HINT_COLOUR, fontSize: '1.2rem', lineHeight: '1.6rem', margin: '0.4rem 0 0', maxWidth: '36.8rem' });
  (input.parentElement ?? input).after(hint);
  const update = () => {
    const advice = linkAdvice(input.value);
    hint.textContent = advice ?? '';
    hint.hidden = advice === null;
    if (advice) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    describe(input, hint.id, advice !== null);
    const save = saveButtonOf(input);
    if (save) describe(save, hint.id, advice !== null);
  };
  input.addEventListener('input', update);
  update();
}

/**
 * Says at the link dialog's address field why an address cannot be saved, as the editor types,
 * and ties the advice to the field and to the greyed-out Spara (aria-describedby), so it is read
 * out where the button stays silent. Strapi renders the dialog; this only adds beside it.
 */
export function watchLinkDialogs(doc: Document): () => void {
  const scan = () => {
    for (const input of linkFieldsIn(doc)) attach(input);
  };
  const observer = new MutationObserver(scan);
  observer.observe(doc.body, { childList: true, subtree: true });
  scan();
  return () => observer.disconnect();
}
