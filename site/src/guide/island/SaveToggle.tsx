/**
 * "Spara i min lista" on a suggestion: puts the insats in the visitor's Min lista on this
 * device (src/min-lista/storage.ts), written only when pressed. The pressed state is the
 * button's aria-pressed; a polite status says what happened.
 */
import { useEffect, useState } from 'react';
import { deviceStorage, isSaved, readList, toggleSaved } from '../../min-lista/storage.ts';

export function SaveToggle({ slug, name }: { readonly slug: string; readonly name: string }) {
  const [saved, setSaved] = useState(false);
  const [status, setStatus] = useState('');
  // Read after the first render, so the server's markup and the browser's agree.
  useEffect(() => setSaved(isSaved(readList(deviceStorage()), slug)), [slug]);
  const toggle = () => {
    const now = toggleSaved(deviceStorage(), slug);
    if (now === null) {
      setStatus('Det gick inte att spara. Webbläsaren tillåter inte att sidor sparar något.');
      return;
    }
    setSaved(now);
    setStatus(now ? `${name} är sparad i din lista.` : `${name} är borttagen från din lista.`);
  };
  return (
    <div className="min-lista-spara">
      <button type="button" className="min-lista-spara__knapp" aria-pressed={saved} onClick={toggle}>
        <span className="min-lista-spara__bock" aria-hidden="true">
          ✓
        </span>
        Spara i min lista<span className="visually-hidden">: {name}</span>
      </button>
      <p role="status" className="min-lista-spara__status">
        {status}
      </p>
    </div>
  );
}
