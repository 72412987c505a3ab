import 'server-only';
import type { Operation } from '../operation';
import { PasskeyChallenge } from '../replies';
import { PasskeyVerify, PinSignIn, SignedIn } from '../schemas';

export const signInOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/auth/pin',
    operationId: 'signInWithPin',
    tag: 'sign-in',
    summary: 'Sign in with a mobile number and 6-digit PIN (the fallback)',
    auth: 'none',
    body: PinSignIn,
    reply: { status: 200, schema: SignedIn, description: 'Signed in', setsSession: true },
    problems: ['pin_wrong', 'pin_wait', 'pin_locked'],
  },
  {
    method: 'post',
    path: '/api/v1/auth/passkey/options',
    operationId: 'startPasskeySignIn',
    tag: 'sign-in',
    summary: 'Start a passkey sign-in: a challenge for the authenticator',
    auth: 'none',
    reply: { status: 200, schema: PasskeyChallenge, description: 'WebAuthn request options' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/passkey/verify',
    operationId: 'finishPasskeySignIn',
    tag: 'sign-in',
    summary: "Finish a passkey sign-in with the authenticator's assertion",
    auth: 'none',
    body: PasskeyVerify,
    reply: { status: 200, schema: SignedIn, description: 'Signed in', setsSession: true },
    problems: ['challenge_expired', 'passkey_failed', 'passkey_unknown'],
  },
  {
    method: 'post',
    path: '/api/v1/auth/sign-out',
    operationId: 'signOut',
    tag: 'sign-in',
    summary: 'End this session on the server and forget its cookie',
    auth: 'optional',
    reply: { status: 204, description: 'Signed out' },
  },
];
