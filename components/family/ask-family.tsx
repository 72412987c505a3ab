'use client';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';

export interface AskFamilyPerson {
  key: string;
  /** "Call Li Na: 138 0013 8002", with its tel: link; or why there is no way to call. */
  call: { label: string; href: string } | { note: string };
}

/**
 * "Ask my family for help": one large button that opens, in the page itself, the people who
 * can help, each with a phone link where they left a number. Nothing else is offered until it
 * works.
 */
export function AskFamily({
  button,
  heading,
  intro,
  people,
}: {
  button: string;
  heading: string;
  intro: string;
  people: AskFamilyPerson[];
}) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="flex flex-col gap-4">
      <Button size="main" aria-expanded={open} aria-controls={panel} onPress={() => setOpen(!open)}>
        {button}
      </Button>
      <section
        id={panel}
        hidden={!open}
        aria-labelledby={`${panel}-h`}
        className="flex flex-col gap-3 rounded-2xl border-2 border-line bg-surface p-5"
      >
        <h2 id={`${panel}-h`} className="text-title">
          {heading}
        </h2>
        <p>{intro}</p>
        <ul className="flex flex-col gap-3">
          {people.map((p) => (
            <li key={p.key}>
              {'href' in p.call ? (
                <Link href={p.call.href}>
                  <span aria-hidden="true" className="pr-2">
                    ☎
                  </span>
                  {p.call.label}
                </Link>
              ) : (
                <p>{p.call.note}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
