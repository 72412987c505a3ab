import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmStep } from '@/components/ui/confirm-step';

const step = (heading: string) =>
  h(ConfirmStep, {
    heading,
    summary: 'summary',
    confirmLabel: 'Pay',
    cancelLabel: 'Back',
    onConfirm: () => {},
    onCancel: () => {},
  });

describe('ConfirmStep', () => {
  it('two review steps on one page keep their own headings', () => {
    // A voice payment's review can open over a bill page that shows its own.
    const html = renderToStaticMarkup(h('main', null, step('Bill'), step('Voice')));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    const labelled = [
      ...html.matchAll(/aria-labelledby="([^"]+)"[^>]*>\s*<h2 id="([^"]+)"[^>]*>([^<]*)/g),
    ];
    expect(labelled.map((m) => m[3])).toEqual(['Bill', 'Voice']);
    for (const m of labelled) expect(m[1]).toBe(m[2]);
  });
});
