import 'server-only';
import type { Operation } from '../operation';
import { PasskeyChallenge, SavedPasskey, StepUpOptions } from '../replies';
import { Me, PasskeyVerify, SettingsPatch, StepUpRequest } from '../schemas';

export const meOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/me',
    operationId: 'getMe',
    tag: 'me',
    summary: 'The signed-in person and the accounts they may act on',
    auth: 'session',
    reply: { status: 200, schema: Me, description: 'The person' },
  },
  {
    method: 'patch',
    path: '/api/v1/me/settings',
    operationId: 'updateSettings',
    tag: 'me',
    summary: 'Change care mode, language, text size, reading speed and other settings',
    auth: 'session',
    body: SettingsPatch,
    reply: { status: 200, schema: Me, description: 'The person, as now set' },
  },
  {
    method: 'post',
    path: '/api/v1/me/passkeys/options',
    operationId: 'startPasskeyRegistration',
    tag: 'me',
    summary: 'Start adding a passkey: a challenge for the authenticator',
    auth: 'session',
    reply: { status: 200, schema: PasskeyChallenge, description: 'WebAuthn creation options' },
  },
  {
    method: 'post',
    path: '/api/v1/me/passkeys',
    operationId: 'addPasskey',
    tag: 'me',
    summary: "Finish adding a passkey with the authenticator's attestation",
    auth: 'session',
    body: PasskeyVerify,
    reply: { status: 201, schema: SavedPasskey, description: 'Passkey saved' },
    problems: ['challenge_expired', 'passkey_failed'],
  },
  {
    method: 'post',
    path: '/api/v1/step-up/options',
    operationId: 'startStepUp',
    tag: 'step-up',
    summary: 'How the person can confirm it is them, with a passkey challenge if they have one',
    auth: 'session',
    reply: { status: 200, schema: StepUpOptions, description: 'The ways to confirm' },
  },
  {
    method: 'post',
    path: '/api/v1/step-up',
    operationId: 'stepUp',
    tag: 'step-up',
    summary: 'Confirm it is the person (passkey assertion or PIN) for the next sensitive operation',
    auth: 'session',
    body: StepUpRequest,
    reply: { status: 204, description: 'Confirmed for this session' },
    problems: [
      'pin_wrong',
      'pin_wait',
      'pin_locked',
      'challenge_expired',
      'passkey_failed',
      'passkey_unknown',
    ],
  },
];
