/** The submission key is a password field; a button shows it as text, to check what was pasted. */
export function enableShowKey(form: HTMLFormElement): void {
  const nyckel = form.elements.namedItem('nyckel') as HTMLInputElement | null;
  const showButton = form.querySelector<HTMLButtonElement>('[data-visa-nyckel]');
  if (!nyckel || !showButton) return;
  showButton.hidden = false;
  // Shown as text, the key must not get a capital first letter on a phone (not allowed on a password field in the markup).
  nyckel.setAttribute('autocapitalize', 'off');
  showButton.addEventListener('click', () => {
    const concealed = nyckel.type === 'password';
    nyckel.type = concealed ? 'text' : 'password';
    showButton.textContent = concealed ? 'Dölj nyckeln' : 'Visa nyckeln';
  });
}
