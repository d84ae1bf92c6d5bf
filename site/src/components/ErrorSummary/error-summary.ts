/**
 * Fills and shows an ErrorSummary box. Each error links to its field; following a link opens
 * any closed <details> around the field, brings its label into view and focuses the field.
 */

export interface SammanfattningsFel {
  /** The field's element id; without it the error is listed without a link. */
  id?: string | undefined;
  text: string;
}

const lista = (box: HTMLElement) => box.querySelector('[data-fel-lista]') as HTMLElement;

/** Shows the errors and moves focus to the box. */
export function visaFelsammanfattning(box: HTMLElement, fel: readonly SammanfattningsFel[]): void {
  lista(box).replaceChildren(
    ...fel.map((f) => {
      const li = document.createElement('li');
      if (f.id) {
        const a = document.createElement('a');
        a.href = `#${f.id}`;
        a.textContent = f.text;
        li.append(a);
      } else li.textContent = f.text;
      return li;
    }),
  );
  box.hidden = false;
  box.focus();
}

export function doljFelsammanfattning(box: HTMLElement): void {
  box.hidden = true;
  lista(box).replaceChildren();
}

/** Makes the summary's links move focus to their field (once per box). */
export function kopplaFelsammanfattning(box: HTMLElement): void {
  box.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    // A <summary> is itself the way into its <details>; anything else inside a closed one must be shown first.
    let details = target.tagName === 'SUMMARY' ? null : target.closest('details');
    for (; details; details = details.parentElement?.closest('details') ?? null) details.open = true;
    (target.closest('[data-falt]') ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });
}
