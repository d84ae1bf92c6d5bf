/**
 * The Hitta rätt island: one question per step, then the outcome with suggested insatser.
 * It only renders; the flow walking, validation and matching are the engine's (pure, tested
 * on their own). Answers live in React state and sessionStorage for this tab only: never in
 * the URL, never sent, no cookies. The only requests are GETs of the static index and card
 * files, the same for every visitor.
 *
 * Until the index has loaded, the island shows nothing and the server-rendered page (intro
 * and links into Vägval, which work without JavaScript) stays; once it has loaded, the island
 * hides that part and takes over.
 */

import {
  type Answer,
  cardFilesFor,
  type GuideCard,
  type GuideIndex,
  hoursOf,
  type KommunChoice,
  match,
  nextNode,
  related,
  summary,
  validateAnswer,
  visitedPath,
} from '@vg/shared-schema/guide';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { loadCards, loadGuideIndex } from './load.ts';
import { setGuideLoadingState } from './loading-state.ts';
import { type Draft, QuestionStep } from './QuestionStep.tsx';
import { Results } from './Results.tsx';
import { answersFromFragment } from './share.ts';
import { EMPTY_STATE, type GuideState, readState, sessionStore, writeState } from './storage.ts';
import { countText, withCards } from './view-model.ts';

/** Elements of the server-rendered page that the island replaces once it works. */
export const SERVER_PART_SELECTOR = '[data-guide-server]';
const SITE_TITLE = 'Välfärdsguiden';
const RESULT_LIMIT = 20;

/** A step's form state; reset whenever another question is shown. */
interface StepState {
  readonly key: string;
  readonly draft: Draft;
  readonly error: string | null;
  readonly errorCount: number;
}

const fold = (s: string) => s.toLocaleLowerCase('sv').trim();

function initialDraft(answer: Answer | undefined, typ: string, kommuner: readonly KommunChoice[]): Draft {
  if (answer === undefined) return typ === 'flerval' ? [] : '';
  if (typ === 'kommun') return kommuner.find((k) => k.kod === answer)?.namn ?? String(answer);
  if (typeof answer === 'number') return String(answer);
  return answer;
}

export default function HittaRatt() {
  const [index, setIndex] = useState<GuideIndex | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, setState] = useState<GuideState>(EMPTY_STATE);
  const [step, setStep] = useState<StepState | null>(null);
  const [cards, setCards] = useState<ReadonlyMap<number, GuideCard>>(new Map());
  const [cardError, setCardError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Bumped with each visitor action, in the same batch as the state it changes (see the focus effect).
  const [focusRequest, setFocusRequest] = useState(0);

  // Load the index once, and the answers kept for this tab.
  useEffect(() => {
    let live = true;
    // A shared link (Dela) opens on its answers; the fragment then leaves the address bar, so the
    // answers are not kept in the history or passed on by accident.
    const shared = answersFromFragment(window.location.hash);
    if (shared) {
      const opened: GuideState = { started: true, answers: shared, editing: null };
      setState(opened);
      writeState(sessionStore(), opened);
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    } else setState(readState(sessionStore()));
    loadGuideIndex()
      .then((ix) => {
        if (!live) return;
        setIndex(ix);
      })
      .catch((error: unknown) => {
        if (!live) return;
        console.error(error);
        setGuideLoadingState('fel');
        setLoadError('Guiden kunde inte starta. Ladda om sidan, eller välj kommun och målgrupp i listorna nedan.');
      });
    return () => {
      live = false;
    };
  }, []);

  // In the same frame as the island's first view (before paint): the server part goes as the guide
  // appears in its place, so the page does not move.
  useLayoutEffect(() => {
    if (!index) return;
    for (const el of document.querySelectorAll<HTMLElement>(SERVER_PART_SELECTOR)) el.hidden = true;
    setGuideLoadingState('klar');
  }, [index]);

  const update = useCallback((next: GuideState) => {
    setState(next);
    writeState(sessionStore(), next);
    setFocusRequest((n) => n + 1);
  }, []);

  const flow = index?.flow;
  const kommuner = useMemo<KommunChoice[]>(() => (index ? index.k.map(([kod, namn]) => ({ kod, namn })) : []), [index]);

  // Which view: start, a question (the one being changed, or the next unanswered), or the outcome.
  const view = useMemo(() => {
    if (!flow || !state.started) return { kind: 'start' as const };
    const editing = state.editing ? flow.fragor.find((q) => q.nyckel === state.editing) : undefined;
    if (editing) return { kind: 'fraga' as const, fraga: editing };
    const node = nextNode(flow, state.answers);
    return node.typ === 'fraga' ? { kind: 'fraga' as const, fraga: node.fraga } : { kind: 'utfall' as const, utfall: node.utfall };
  }, [flow, state]);
  const viewKey = view.kind === 'start' ? 'start' : view.kind === 'fraga' ? `fraga:${view.fraga.nyckel}` : `utfall:${view.utfall.nyckel}`;
  const path = useMemo(() => (flow ? visitedPath(flow, state.answers) : []), [flow, state.answers]);

  const outcome = useMemo(
    () => (index && view.kind === 'utfall' ? match(index, state.answers, index.flow, { limit: RESULT_LIMIT }) : null),
    [index, view.kind, state.answers],
  );
  const relatedContent = useMemo(
    () => (index && outcome ? related(index, state.answers, outcome.results) : { kedjor: [], fragor: [], berattelser: [] }),
    [index, outcome, state.answers],
  );
  const showInsatser = view.kind === 'utfall' && view.utfall.visaInsatser;
  const shown = useMemo(() => (outcome && showInsatser ? withCards(outcome.results, cards) : []), [outcome, showInsatser, cards]);

  // Load the cards for the results shown (by län; see load.ts), then announce the count.
  useEffect(() => {
    if (!index || !outcome || !showInsatser) return;
    const missing = outcome.results.map((r) => r.id).filter((id) => !cards.has(id));
    if (missing.length === 0) {
      setAnnouncement(countText(outcome.total, outcome.results.length));
      return;
    }
    let live = true;
    setAnnouncement('Hämtar förslagen …');
    loadCards(index, cardFilesFor(index, missing, outcome.kommun?.kod))
      .then((loaded) => {
        if (live) setCards((old) => new Map([...old, ...loaded]));
      })
      .catch((error: unknown) => {
        if (!live) return;
        console.error(error);
        setCardError('Förslagen kunde inte hämtas. Kontrollera internetanslutningen och ladda om sidan.');
      });
    return () => {
      live = false;
    };
  }, [index, outcome, showInsatser, cards]);

  useEffect(() => {
    if (view.kind !== 'utfall') setAnnouncement('');
    else if (!showInsatser) setAnnouncement('');
  }, [view.kind, showInsatser]);

  // The step's form state, fresh for each question (derived during render, stored on change).
  const current: StepState | null =
    view.kind !== 'fraga'
      ? null
      : step && step.key === viewKey
        ? step
        : { key: viewKey, draft: initialDraft(state.answers[view.fraga.nyckel], view.fraga.typ, kommuner), error: null, errorCount: 0 };

  // Title and focus follow the step: "Fel: " first while an error shows, focus to the new heading.
  const error = current?.error ?? null;
  useEffect(() => {
    if (!flow) return;
    const name = view.kind === 'start' ? flow.rubrik : view.kind === 'fraga' ? view.fraga.rubrik : view.utfall.rubrik;
    const title = name === flow.rubrik ? `Hitta rätt – ${SITE_TITLE}` : `${name} – Hitta rätt – ${SITE_TITLE}`;
    document.title = `${error ? 'Fel: ' : ''}${title}`;
  }, [flow, view, error]);
  // Only after the render that shows the visitor's action (not on load or restore). A flag set in the
  // click handler was consumed by a late effect of the previous render, which focused the old heading,
  // when the machine was busy; the counter commits together with the new view.
  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  if (!index || !flow) {
    return (
      <div className="guide">
        <p className="visually-hidden" aria-live="polite" />
        {loadError && (
          <div className="panel panel--warn" role="alert">
            <p>{loadError}</p>
          </div>
        )}
      </div>
    );
  }

  const submit = () => {
    if (view.kind !== 'fraga' || !current) return;
    const q = view.fraga;
    let value: Answer | undefined;
    const d = current.draft;
    if (q.typ === 'kommun') {
      const text = typeof d === 'string' ? d : '';
      value = kommuner.find((k) => fold(k.namn) === fold(text))?.kod ?? (text.trim() === '' ? undefined : text);
    } else if (q.typ === 'timmar') value = typeof d === 'string' && d.trim() !== '' ? d : undefined;
    else if (q.typ === 'flerval') value = typeof d === 'string' ? [] : [...d];
    else value = typeof d === 'string' && d !== '' ? d : undefined;
    const problem = validateAnswer(q, value, kommuner);
    if (problem) {
      setStep({ ...current, error: problem, errorCount: current.errorCount + 1 });
      return;
    }
    const stored: Answer = q.typ === 'timmar' ? (hoursOf(value) ?? 0) : q.typ === 'flerval' ? (value ?? []) : (value ?? []);
    setStep(null);
    update({ started: true, answers: { ...state.answers, [q.nyckel]: stored }, editing: null });
  };

  const back = () => {
    const at = view.kind === 'fraga' ? path.findIndex((q) => q.nyckel === view.fraga.nyckel) : -1;
    const target = view.kind === 'utfall' ? path[path.length - 1] : at === -1 ? path[path.length - 1] : path[at - 1];
    setStep(null);
    update(target ? { ...state, editing: target.nyckel } : { ...state, started: false, editing: null });
  };

  const change = (key: string) => {
    setStep(null);
    update({ ...state, started: true, editing: key });
  };

  const restart = () => {
    setStep(null);
    setCards(new Map());
    setCardError(null);
    update(EMPTY_STATE);
  };

  const rows = view.kind === 'utfall' ? summary(flow, state.answers, kommuner) : [];
  const stepNumber = view.kind === 'fraga' ? path.findIndex((q) => q.nyckel === view.fraga.nyckel) + 1 || path.length + 1 : 0;

  return (
    <div className="guide">
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {view.kind === 'start' ? (
        <div className="guide-start">
          <h1 ref={headingRef} tabIndex={-1}>
            {flow.rubrik}
          </h1>
          <p className="lead">{flow.ingress}</p>
          <p className="guide-privacy">
            Dina svar sparas bara i den här fliken i din webbläsare tills du stänger den; de skickas inte till oss eller någon annan, och vi
            använder inga kakor.
          </p>
          <button type="button" className="guide-button guide-button--start" onClick={() => change(flow.start)}>
            Börja
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="guide-back no-print" onClick={back}>
            Tillbaka
          </button>
          {view.kind === 'fraga' && current ? (
            <QuestionStep
              key={view.fraga.nyckel}
              question={view.fraga}
              draft={current.draft}
              onDraft={(draft) => setStep({ ...current, draft })}
              error={current.error}
              errorCount={current.errorCount}
              onSubmit={submit}
              headingRef={headingRef}
              kommuner={kommuner}
              stepLabel={`Fråga ${stepNumber}`}
            />
          ) : view.kind === 'utfall' ? (
            <Results
              utfall={view.utfall}
              outcome={outcome}
              shown={shown}
              related={relatedContent}
              loadError={cardError}
              headingRef={headingRef}
              answers={state.answers}
            />
          ) : null}
          {view.kind === 'utfall' && (
            <section className="guide-answers" aria-labelledby="guide-answers-title">
              <h2 id="guide-answers-title">Dina svar</h2>
              <dl className="guide-summary">
                {rows.map((r) => (
                  <div className="guide-summary__row" key={r.nyckel}>
                    <dt>{r.fraga}</dt>
                    <dd>{r.svar}</dd>
                    <dd className="no-print">
                      <button type="button" className="guide-link-button" onClick={() => change(r.nyckel)}>
                        Ändra<span className="visually-hidden"> svaret på frågan ”{r.fraga}”</span>
                      </button>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <p className="no-print">
            <button type="button" className="guide-link-button" onClick={restart}>
              Börja om
            </button>{' '}
            <span className="muted">(tar bort alla dina svar)</span>
          </p>
          <p className="guide-privacy no-print">
            Dina svar sparas bara i den här fliken i din webbläsare tills du stänger den; de skickas inte till oss eller någon annan, och vi
            använder inga kakor.
          </p>
        </>
      )}
    </div>
  );
}
