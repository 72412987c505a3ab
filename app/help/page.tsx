import { Explain } from '@/components/ui/explain';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';
import { TERMS } from '@/lib/voice/types';

/** Help & learn: what to do when stuck, and a plain explanation of every technical word. */
export default async function HelpPage({
  searchParams,
}: {
  searchParams: Promise<{ term?: string | string[] }>;
}) {
  const { term: asked } = await searchParams;
  const locale = await pageLocale(await currentUser());
  const t = getT(locale, 'common');
  const g = getT(locale, 'glossary');
  return (
    <>
      <h1 className="text-title">{t('help.title')}</h1>
      <p>{t('help.body')}</p>
      <section aria-labelledby="glossary-heading" className="flex flex-col gap-3">
        <h2 id="glossary-heading" className="text-title">
          {g('heading')}
        </h2>
        {TERMS.map((term) => (
          <Explain
            key={term}
            question={g(`terms.${term}.question`)}
            answer={g(`terms.${term}.answer`)}
            defaultExpanded={asked === term}
          />
        ))}
      </section>
    </>
  );
}
