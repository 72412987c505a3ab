import { redirect } from 'next/navigation';
import { AskFamily } from '@/components/family/ask-family';
import { Explain } from '@/components/ui/explain';
import { accountsIHelpWith, grantsOnMyAccounts } from '@/server/access/grants';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';
import { HelpersSection, HelpingSection, nameIn } from './_components/sections';

/** 138 0013 8002: a mainland mobile number in the groups people say it in. */
const spaced = (phone: string) => phone.replace(/^(1\d{2})(\d{4})(\d{4})$/, '$1 $2 $3');

/**
 * Family help: who may help the user and how (from the grants on the user's own wallets), and
 * whose wallets the user helps with. Inviting, changing and taking back help come later.
 */
export default async function FamilyPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'family');
  const [helpers, helping] = await Promise.all([grantsOnMyAccounts(user), accountsIHelpWith(user)]);
  const helpersSection = <HelpersSection key="helpers" helpers={helpers} locale={locale} />;
  const helpingSection = helping.length > 0 && (
    <HelpingSection key="helping" helping={helping} locale={locale} />
  );
  return (
    <>
      <h1 className="text-title">{t('title')}</h1>
      {helpers.length > 0 && (
        <AskFamily
          button={t('ask.button')}
          heading={t('ask.heading')}
          intro={t('ask.intro')}
          people={helpers
            .filter((h, i) => helpers.findIndex((o) => o.helper.id === h.helper.id) === i)
            .map((h) => {
              const name = nameIn(h.helper, locale);
              return {
                key: h.grantId,
                call: h.helper.phone
                  ? {
                      label: t('ask.call', { name, phone: spaced(h.helper.phone) }),
                      href: `tel:${h.helper.phone}`,
                    }
                  : { note: t('ask.noPhone', { name }) },
              };
            })}
        />
      )}
      {/* Someone who mostly helps others sees that first. */}
      {helpers.length === 0 ? [helpingSection, helpersSection] : [helpersSection, helpingSection]}
      <Explain question={t('explain.question')} answer={t('explain.answer')} />
    </>
  );
}
