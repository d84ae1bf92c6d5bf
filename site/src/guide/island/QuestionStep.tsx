/**
 * One question, GOV.UK style: a <form> with one <fieldset> whose <legend> holds the page's
 * <h1>; hint and error joined to the fields by aria-describedby; an error summary above that
 * takes focus and links to the field. Renders only: the step's value and error live in the
 * parent, which asks the engine whether the answer is acceptable.
 */
import type { GuideFraga } from '@vg/shared-schema';
import { type ReactNode, type RefObject, type SubmitEvent, useEffect, useRef } from 'react';
import { KommunCombobox, type KommunOption } from './KommunCombobox.tsx';

/** What the form holds: an option key or typed text, or the checked option keys. */
export type Draft = string | readonly string[];

interface Props {
  readonly question: GuideFraga;
  readonly draft: Draft;
  readonly onDraft: (draft: Draft) => void;
  readonly error: string | null;
  /** Bumped each time the visitor tries to continue with an error, so the summary takes focus again. */
  readonly errorCount: number;
  readonly onSubmit: () => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly kommuner: readonly KommunOption[];
  /** Step number and total so far, e.g. "Fråga 2". */
  readonly stepLabel: string;
}

/** The id the error summary links to: the first field (its id has no suffix, so the link always has a target). */
export const fieldId = (q: GuideFraga) => `svar-${q.nyckel}`;

export function QuestionStep({ question: q, draft, onDraft, error, errorCount, onSubmit, headingRef, kommuner, stepLabel }: Props) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const id = fieldId(q);
  const hintId = q.hjalptext ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  useEffect(() => {
    if (error && errorCount > 0) summaryRef.current?.focus();
  }, [error, errorCount]);

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit();
  };

  const choice = q.typ === 'enval' || q.typ === 'flerval';
  const checked = (key: string) => (typeof draft === 'string' ? draft === key : draft.includes(key));
  const toggle = (key: string, on: boolean) => {
    if (q.typ === 'enval') onDraft(key);
    else {
      const list = typeof draft === 'string' ? [] : draft;
      onDraft(on ? [...list.filter((k) => k !== key), key] : list.filter((k) => k !== key));
    }
  };

  const heading = (
    <>
      <span className="guide-step">{stepLabel}</span>
      <h1 ref={headingRef} tabIndex={-1} className="guide-question">
        {q.rubrik}
      </h1>
    </>
  );

  return (
    <>
      {error && (
        <div ref={summaryRef} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-summary-title`}>
          <h2 id={`${id}-summary-title`} className="error-summary__title">
            Det finns ett problem
          </h2>
          <ul className="error-summary__list">
            <li>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  // Focus the field without changing the URL.
                  e.preventDefault();
                  document.getElementById(id)?.focus();
                }}
              >
                {error}
              </a>
            </li>
          </ul>
        </div>
      )}
      <form className="guide-form" noValidate onSubmit={submit}>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          {/* Choices: hint and error describe the group. One field: they are joined to the input itself, so they are read once. */}
          <fieldset className="guide-fieldset" aria-describedby={choice ? describedBy : undefined}>
            <QuestionHeader heading={heading} hint={q.hjalptext} hintId={hintId} error={error} errorId={errorId} />
            {choice ? (
              <div className={q.typ === 'enval' ? 'choices choices--radio' : 'choices choices--checkbox'}>
                {q.alternativ.map((a, n) => {
                  const optionId = n === 0 ? id : `${id}-${n}`;
                  const optionHint = a.hjalptext ? `${optionId}-hint` : undefined;
                  return (
                    <div className="choice" key={a.nyckel}>
                      <input
                        id={optionId}
                        type={q.typ === 'enval' ? 'radio' : 'checkbox'}
                        name={q.nyckel}
                        value={a.nyckel}
                        checked={checked(a.nyckel)}
                        aria-describedby={optionHint}
                        onChange={(e) => toggle(a.nyckel, e.target.checked)}
                      />
                      <label htmlFor={optionId}>{a.text}</label>
                      {a.hjalptext && (
                        <p id={optionHint} className="guide-hint choice__hint">
                          {a.hjalptext}
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
            ) : q.typ === 'kommun' ? (
              <>
                <label htmlFor={id} className="guide-label">
                  Kommun
                </label>
                <KommunCombobox
                  id={id}
                  options={kommuner}
                  value={typeof draft === 'string' ? draft : ''}
                  onChange={onDraft}
                  describedBy={describedBy}
                  invalid={error !== null}
                />
              </>
            ) : (
              <>
                <label htmlFor={id} className="guide-label">
                  Timmar i veckan
                </label>
                <input
                  id={id}
                  className="guide-input guide-input--number"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={40}
                  step={1}
                  value={typeof draft === 'string' ? draft : ''}
                  aria-describedby={describedBy}
                  aria-invalid={error !== null || undefined}
                  onChange={(e) => onDraft(e.target.value)}
                />
              </>
            )}
          </fieldset>
        </div>
        <button type="submit" className="guide-button">
          Fortsätt
        </button>
      </form>
    </>
  );
}

/** The question's legend (with the page's h1), its hint and its error message, in the order a screen reader should meet them. */
function QuestionHeader(props: {
  readonly heading: ReactNode;
  readonly hint: string | null | undefined;
  readonly hintId: string | undefined;
  readonly error: string | null;
  readonly errorId: string | undefined;
}) {
  return (
    <>
      <legend className="guide-legend">{props.heading}</legend>
      {props.hint && (
        <p id={props.hintId} className="guide-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={props.errorId} className="error-message">
          <span className="visually-hidden">Fel:</span> {props.error}
        </p>
      )}
    </>
  );
}
