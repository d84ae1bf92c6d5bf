/** The submission key is a password field; a button shows it as text, to check what was pasted. */
export function visaNyckelKnapp(form: HTMLFormElement): void {
  const nyckel = form.elements.namedItem('nyckel') as HTMLInputElement | null;
  const visa = form.querySelector<HTMLButtonElement>('[data-visa-nyckel]');
  if (!nyckel || !visa) return;
  visa.hidden = false;
  // Shown as text, the key must not get a capital first letter on a phone (not allowed on a password field in the markup).
  nyckel.setAttribute('autocapitalize', 'off');
  visa.addEventListener('click', () => {
    const dold = nyckel.type === 'password';
    nyckel.type = dold ? 'text' : 'password';
    visa.textContent = dold ? 'Dölj nyckeln' : 'Visa nyckeln';
  });
}
