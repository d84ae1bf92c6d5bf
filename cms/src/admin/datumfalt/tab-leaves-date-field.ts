/** The design system's date field: a text combobox that opens a calendar dialog as one types. */
const DATE_INPUT = 'input[role="combobox"][aria-haspopup="dialog"]';

/**
 * Tab out of a date field keeps the typed date and moves on. Strapi's date picker opens its
 * calendar as soon as one types and then swallows Tab while it is open: the keyboard stays in
 * the field (a trap, WCAG 2.1.2), the typed date is not taken and Spara stays greyed out. Here
 * Tab first does what the picker's own Enter does (take the date, close the calendar) and is
 * then left to the browser, which moves the focus as it would anywhere else.
 */
export function letTabLeaveDateFields(win: Window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.target as Element | null;
    if (!input?.matches?.(DATE_INPUT) || input.getAttribute('aria-expanded') !== 'true') return;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    // The picker's own handler would cancel this Tab: it never sees it, the browser moves the focus.
    event.stopImmediatePropagation();
  };
  win.addEventListener('keydown', onKeyDown, true);
  return () => win.removeEventListener('keydown', onKeyDown, true);
}
