'use client';
import { useState } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { reloadTo } from '@/lib/navigation';
import { api, type ApiProblem } from '@/lib/api-client';

const personas = ['elder', 'family', 'volunteer'] as const;

/** Demo mode only: one large button per member of the demo household. */
export function DemoPersonas() {
  const { t } = useTranslation('auth');
  const [problem, setProblem] = useState<ApiProblem>();
  async function choose(persona: (typeof personas)[number]) {
    const res = await api('/demo/session', { method: 'POST', body: { persona } });
    if (res.ok) return reloadTo('/');
    setProblem(res.problem);
  }
  return (
    <section
      aria-labelledby="demo-heading"
      className="flex flex-col gap-4 rounded-2xl border-2 border-line bg-surface p-5"
    >
      <h2 id="demo-heading" className="text-title">
        {t('demo.heading')}
      </h2>
      <p>{t('demo.intro')}</p>
      {personas.map((p) => (
        <Button key={p} size="main" variant="secondary" onPress={() => choose(p)}>
          {t(`demo.${p}`)}
        </Button>
      ))}
      {problem && (
        <Message tone="error" title={problem.title}>
          {problem.detail}
        </Message>
      )}
    </section>
  );
}
