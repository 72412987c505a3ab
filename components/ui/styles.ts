import { createTV } from 'tailwind-variants/lite';

/**
 * Our `tv`: tailwind-variants without tailwind-merge (about 13 KB gzip of JavaScript on every
 * page, and CPU at start-up). Nothing relies on merging: a component never lists two classes
 * for the same property at once; where a value depends on a state or a size, each branch of a
 * variant (or compound variant) says it, and callers choose a variant instead of overriding.
 * Callers' own classes add layout (self-start, px-2, a border); the one overlap left, a boxed
 * link's rounded-xl over Link's rounded-md, holds because Tailwind writes -xl after -md.
 */
export const tv = createTV();

/** The one focus ring, visible in forced-colors mode too. */
export const focusRing = tv({
  base: 'outline-offset-[3px] outline-primary forced-colors:outline-[Highlight]',
  variants: {
    isFocusVisible: { false: 'outline-0', true: 'outline-4' },
  },
});

/**
 * Marks a main action (a primary full-width button, a home tile, a bill or person to pick): the
 * care-mode suite holds every element with this mark to 64x64 CSS px (care-mode.md).
 */
export const mainAction = { 'data-main-action': true } as const;
