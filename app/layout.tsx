import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { VoiceButton } from '@/components/voice/voice-button';
import { currentUser, pageLocale } from '@/server/auth/current';
import { env } from '@/server/env';
import { voiceResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale(await currentUser());
  return { title: getT(locale, 'common')('appName'), icons: { icon: '/icon.svg' } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0a3a82' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  const locale = await pageLocale(user);
  // Care mode is the default until someone signs in who has switched it off.
  const care = user ? user.care_mode === 1 : true;
  const t = getT(locale, 'common');
  const v = getT(locale, 'voice');
  return (
    <html lang={locale} data-care={care ? 'on' : 'off'} data-text-size={user?.text_size ?? 1}>
      <body className="min-h-screen bg-paper">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-lg focus:bg-paper focus:p-3 focus:text-body"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader
          signedIn={Boolean(user)}
          locale={locale}
          speechRate={(user?.speech_rate ?? 85) / 100}
          labels={{
            nav: t('nav.label'),
            appName: t('appName'),
            settings: t('nav.settings'),
            readAloud: t('nav.readAloud'),
            stopReading: t('nav.stopReading'),
            help: t('nav.help'),
          }}
          voice={
            user && (
              <VoiceButton
                labels={{ open: v('open'), close: v('close'), opening: v('opening') }}
                locale={locale}
                rate={user.speech_rate / 100}
                alwaysListening={user.voice_always_listening === 1}
                serverSpeech={Boolean(env().SPEECH_RECOGNIZER_URL)}
                resources={voiceResources(locale)}
              />
            )
          }
        />
        <main id="main" className="mx-auto flex w-full max-w-2xl flex-col gap-8 px-4 pb-16 pt-6">
          {children}
        </main>
      </body>
    </html>
  );
}
