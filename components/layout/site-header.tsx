import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/lib/i18n/config';
import { ReadAloud } from './read-aloud';

export interface SiteHeaderLabels {
  nav: string;
  appName: string;
  settings: string;
  help: string;
  readAloud: string;
  stopReading: string;
}

/**
 * The same header on every page: the wallet's name (home) and Help, always in the same place
 * (WCAG 3.2.6).
 */
export function SiteHeader({
  labels,
  signedIn,
  locale,
  speechRate,
  voice,
}: {
  labels: SiteHeaderLabels;
  signedIn: boolean;
  locale: Locale;
  speechRate: number;
  /** The voice assistant (signed-in pages): its button and panel, under the menu. */
  voice?: ReactNode;
}) {
  return (
    <header className="border-b-2 border-line bg-surface">
      <nav
        aria-label={labels.nav}
        className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-2"
      >
        <Link href="/" className="px-2 text-title no-underline">
          {labels.appName}
        </Link>
        <span className="flex flex-wrap gap-4">
          {signedIn && (
            <Link href="/settings" className="px-2">
              {labels.settings}
            </Link>
          )}
          <Link href="/help" className="px-2">
            {labels.help}
          </Link>
          <ReadAloud
            locale={locale}
            rate={speechRate}
            readLabel={labels.readAloud}
            stopLabel={labels.stopReading}
          />
        </span>
      </nav>
      {voice}
    </header>
  );
}
