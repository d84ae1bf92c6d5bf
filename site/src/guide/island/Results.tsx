/**
 * The outcome page: the outcome's heading and text, how far the search widened, the suggested
 * insatser as cards (why, where, places, contact, link), the förbund's contact, related chains,
 * FAQ and stories, and ways to take the list along (print, copy as text).
 */
import type { GuideUtfall } from '@vg/shared-schema';
import type { Answers, MatchOutcome, RelatedContent, RelatedLink } from '@vg/shared-schema/guide';
import { PAGE_PATHS } from '@vg/shared-schema/paths';
import { type RefObject, useRef, useState } from 'react';
import { SaveToggle } from './SaveToggle.tsx';
import { shareFragment } from './share.ts';
import { placeText, platserText, resultsAsText, type ShownResult, widenedText } from './view-model.ts';

interface Props {
  readonly utfall: GuideUtfall;
  readonly outcome: MatchOutcome | null;
  readonly shown: readonly ShownResult[];
  readonly related: RelatedContent;
  readonly loadError: string | null;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** The visitor's answers, put in a link only when they press Dela. */
  readonly answers: Answers;
}

const telHref = (t: string) => `tel:${t.replace(/[^0-9+]/g, '').replace(/^0/, '+46')}`;

function Contact({
  roll,
  telefon,
  epost,
  webb,
}: {
  roll: string;
  telefon?: string | undefined;
  epost?: string | undefined;
  webb?: string | undefined;
}) {
  return (
    <>
      <p className="guide-contact__role">{roll}</p>
      <ul className="guide-contact">
        {telefon && (
          <li>
            Telefon: <a href={telHref(telefon)}>{telefon}</a>
          </li>
        )}
        {epost && (
          <li>
            E-post: <a href={`mailto:${epost}`}>{epost}</a>
          </li>
        )}
        {webb && (
          <li>
            Webb: <a href={webb}>{webb.replace(/^https?:\/\//, '')}</a>
          </li>
        )}
      </ul>
    </>
  );
}

function RelatedList({ title, links }: { title: string; links: readonly RelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="link-list">
        {links.map((l) => (
          <li key={l.path}>
            <a href={l.path}>{l.titel}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function Results({ utfall, outcome, shown, related, loadError, headingRef, answers }: Props) {
  const [copyStatus, setCopyStatus] = useState('');
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const contact = outcome?.contact ?? null;
  const widened = outcome
    ? widenedText(outcome.widened, outcome.kommun?.namn ?? null, contact?.kortnamn ?? contact?.forbund ?? null)
    : null;
  const hasRelated = related.kedjor.length + related.fragor.length + related.berattelser.length > 0;

  const [shareLink, setShareLink] = useState<string | null>(null);
  const shareRef = useRef<HTMLInputElement>(null);
  const share = async () => {
    const link = `${window.location.origin}${window.location.pathname}${shareFragment(answers)}`;
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus('Länken är kopierad. Skicka den till din handläggare.');
    } catch {
      setCopyStatus('Markera länken i rutan och kopiera den.');
    }
    requestAnimationFrame(() => shareRef.current?.select());
  };

  const copy = async () => {
    if (!outcome) return;
    const text = resultsAsText(outcome, shown, window.location.origin, utfall.rubrik);
    try {
      await navigator.clipboard.writeText(text);
      setFallbackText(null);
      setCopyStatus('Listan är kopierad. Klistra in den där du vill spara den.');
    } catch {
      // No clipboard access (an older browser, or permission refused): show the text to select and copy by hand.
      setFallbackText(text);
      setCopyStatus('Det gick inte att kopiera automatiskt. Markera texten i rutan och kopiera den.');
      requestAnimationFrame(() => fallbackRef.current?.select());
    }
  };

  return (
    <div className="guide-results">
      <h1 ref={headingRef} tabIndex={-1}>
        {utfall.rubrik}
      </h1>
      <p className="lead">{utfall.text}</p>
      {loadError && (
        <div className="panel panel--warn" role="alert">
          <p>{loadError}</p>
        </div>
      )}
      {utfall.visaInsatser && outcome && (
        <>
          {widened && (
            <div className="panel panel--warn">
              <p>{widened}</p>
            </div>
          )}
          {shown.length > 0 && (
            <>
              <h2>Förslag på stöd</h2>
              <ol className="guide-cards">
                {shown.map(({ result, card, path }) => {
                  const platser = platserText(result);
                  return (
                    <li key={result.id} className="card guide-card">
                      <h3>
                        <a href={path}>{card.n}</a>
                      </h3>
                      <p>{card.m}</p>
                      <p className="card__meta">
                        <span>{placeText(result)}</span>
                        <span>{card.o}</span>
                      </p>
                      {platser && (
                        <p>
                          <span className={result.insats.lediga ? 'tag tag--ok' : 'tag tag--warn'}>{platser}</span>
                        </p>
                      )}
                      {result.reasons.length > 0 && (
                        <>
                          <h4 className="guide-card__why">Därför föreslår vi det</h4>
                          <ul>
                            {result.reasons.map((r) => (
                              <li key={r}>{r}</li>
                            ))}
                          </ul>
                        </>
                      )}
                      {card.c && (
                        <>
                          <h4 className="guide-card__why">Kontakt</h4>
                          <Contact roll={card.c.r} telefon={card.c.t} epost={card.c.e} webb={card.c.w} />
                        </>
                      )}
                      <SaveToggle slug={card.s} name={card.n} />
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}
      {contact && (
        <section className="panel" aria-labelledby="guide-forbund">
          <h2 id="guide-forbund">Få hjälp att komma vidare</h2>
          <p>
            {contact.forbund}
            {contact.kortnamn ? ` (${contact.kortnamn})` : ''} samordnar stödet där du bor och kan hjälpa dig att hitta rätt.
          </p>
          <Contact roll={contact.roll} telefon={contact.telefon} epost={contact.epost} webb={contact.webb} />
        </section>
      )}
      {hasRelated && (
        <section aria-labelledby="guide-related">
          <h2 id="guide-related">Läs också</h2>
          <RelatedList title="Så fungerar välfärdssystemet" links={related.kedjor} />
          <RelatedList title="Vanliga frågor" links={related.fragor} />
          <RelatedList title="Berättelser" links={related.berattelser} />
        </section>
      )}
      {shown.length > 0 && outcome && (
        <section className="no-print" aria-labelledby="guide-take">
          <h2 id="guide-take">Spara eller lämna över listan</h2>
          <div className="guide-actions">
            <button type="button" className="guide-button guide-button--secondary" onClick={() => window.print()}>
              Skriv ut förslagen
            </button>
            <button type="button" className="guide-button guide-button--secondary" onClick={() => void copy()}>
              Kopiera förslagen som text
            </button>
            <button type="button" className="guide-button guide-button--secondary" onClick={() => void share()}>
              Dela med en handläggare
            </button>
          </div>
          <p>
            Förslag du sparar med ”Spara i min lista” finns i <a href={PAGE_PATHS.minLista}>Min lista</a>, bara i den här webbläsaren.
          </p>
          {shareLink !== null && (
            <div className="guide-share">
              <label htmlFor="guide-share-link" className="guide-label">
                Länk till dina svar
              </label>
              <input
                id="guide-share-link"
                ref={shareRef}
                className="guide-input"
                type="text"
                readOnly
                value={shareLink}
                aria-describedby="guide-share-warning"
              />
              <p id="guide-share-warning" className="guide-hint">
                Den som öppnar länken ser dina svar och samma förslag. Skicka den bara till den du vill ska se dem. Dina svar finns i själva
                länken, inte hos oss. Använder du en dator som andra också använder: stäng fliken när du är klar.
              </p>
            </div>
          )}
          <p aria-live="polite" className="guide-status">
            {copyStatus}
          </p>
          {fallbackText !== null && (
            <>
              <label htmlFor="guide-copy-text" className="guide-label">
                Förslagen som text
              </label>
              <textarea id="guide-copy-text" ref={fallbackRef} className="guide-textarea" readOnly rows={12} value={fallbackText} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
