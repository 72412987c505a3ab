import 'server-only';
import { z } from 'zod';
import { locales } from '@/lib/i18n/config';
import { errorCodes } from '../http/problem';

// One schema validates a request, types the handler (z.infer) and feeds the OpenAPI document.

export const Money = z
  .object({
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    currency: z.literal('CNY'),
  })
  .strict()
  .meta({ id: 'Money', description: 'Integer minor units (fen) of CNY.' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(errorCodes),
  })
  .meta({
    id: 'Problem',
    description: 'application/problem+json; title and detail are translated.',
  });

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const DemoSessionRequest = z
  .discriminatedUnion('persona', [
    z.object({ persona: z.enum(['elder', 'family', 'volunteer']) }).strict(),
    z
      .object({
        persona: z.literal('citizen'),
        n: z.number().int().min(1).max(1_000_000_000),
        careMode: z.boolean().optional(),
      })
      .strict(),
  ])
  .meta({ id: 'DemoSessionRequest' });

export const Scope = z.enum(['view', 'pay_bills', 'transfer', 'manage']);

export const Me = z
  .object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      locale: z.enum(locales).nullable(),
      careMode: z.boolean(),
    }),
    accounts: z.array(
      z.object({
        id: z.string(),
        ownerName: z.string(),
        relation: z.enum(['own', 'granted']),
        scopes: z.array(Scope),
        monthlyLimit: Money.optional(),
      }),
    ),
  })
  .meta({ id: 'Me' });

export const SettingsPatch = z
  .object({ careMode: z.boolean().optional(), locale: z.enum(locales).optional() })
  .strict()
  .refine((o) => o.careMode !== undefined || o.locale !== undefined, {
    message: 'careMode or locale',
  })
  .meta({ id: 'SettingsPatch' });

export const PinSignIn = z
  .object({
    phone: z.string().regex(/^\d{8,15}$/),
    pin: z.string().regex(/^\d{6}$/),
  })
  .strict()
  .meta({ id: 'PinSignIn' });

export const ChallengeId = z.string().min(1).max(64);

/** WebAuthn responses are checked by @simplewebauthn/server; here only their outer shape. */
const CredentialResponse = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()),
    authenticatorAttachment: z.string().max(64).optional(),
  })
  .strict();

export const PasskeyVerify = z
  .object({ challengeId: ChallengeId, response: CredentialResponse })
  .strict()
  .meta({ id: 'PasskeyVerify' });

export const SignedIn = z.object({ user: Me.shape.user }).meta({ id: 'SignedIn' });
