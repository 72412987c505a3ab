import type { ReactNode } from 'react';

/** A plain vertical list: older readers follow lists better than grids. */
export function List({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="flex flex-col gap-3">
      {children}
    </ul>
  );
}

export function ListItem({ children }: { children: ReactNode }) {
  return <li className="rounded-xl border-2 border-line bg-paper p-4 text-body">{children}</li>;
}
