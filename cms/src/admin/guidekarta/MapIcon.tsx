import type * as React from 'react';

/** The menu icon: three boxes joined by arrows, a flow seen from above. */
export function MapIcon(props: React.SVGProps<SVGSVGElement>) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" {...props}>
      <path d="M3 5h9v7H3zM20 3h9v7h-9zM20 22h9v7h-9zM12 8h4v2h-4zM15 9h2v15h-2zM16 24h4v2h-4zM16 6h4v2h-4z" />
    </svg>
  );
}
