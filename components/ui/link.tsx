'use client';
import {
  Link as AriaLink,
  composeRenderProps,
  type LinkProps as AriaLinkProps,
} from 'react-aria-components';

import { focusRing, tv } from './styles';

const linkStyles = tv({
  extend: focusRing,
  base: 'inline-flex min-h-target items-center rounded-md font-bold text-primary underline-offset-4 decoration-2 hover:decoration-4 forced-colors:text-[LinkText]',
  variants: { underline: { true: 'underline', false: 'no-underline' } },
});

/** A text link: underlined (colour is never the only cue) and at least one target tall. */
export function Link(props: AriaLinkProps) {
  return (
    <AriaLink
      {...props}
      className={composeRenderProps(props.className, (className, renderProps) =>
        // A caller's `no-underline` (the wallet's name in the header) replaces the underline.
        linkStyles({
          ...renderProps,
          underline: !/\bno-underline\b/.test(className ?? ''),
          className,
        }),
      )}
    />
  );
}
