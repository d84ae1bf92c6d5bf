import type * as React from 'react';

/**
 * The edit panel renders its second action as a submit button of the entry's form.
 * An intake action opens a dialog instead; without this a click would also save
 * the form (a needless save, and a confusing "Sparat" message).
 * Returns false so the content manager still opens the action's dialog.
 */
export function keepFormUnsaved(event: React.SyntheticEvent): false {
  const target = event.currentTarget;
  if (target instanceof HTMLButtonElement && target.type === 'submit') event.preventDefault();
  return false;
}
