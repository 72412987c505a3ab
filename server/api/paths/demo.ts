import 'server-only';
import type { Operation } from '../operation';
import { DemoReset } from '../replies';
import { DemoSessionRequest, SignedIn } from '../schemas';

export const demoOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/demo/session',
    operationId: 'startDemoSession',
    tag: 'demo',
    summary: 'Sign in as a member of the demo household, or as demo citizen n',
    description:
      'A citizen is created on first use with a wallet of ¥3,000.00, due bills and one ' +
      'long-standing contact; `careMode` sets care mode. Outside demo mode: 404 demo_only.',
    auth: 'none',
    body: DemoSessionRequest,
    reply: { status: 200, schema: SignedIn, description: 'Signed in', setsSession: true },
    problems: ['demo_only'],
  },
  {
    method: 'post',
    path: '/api/v1/demo/reset',
    operationId: 'resetDemo',
    tag: 'demo',
    summary: 'Restore the demo household to its seeded state',
    auth: 'none',
    reply: { status: 200, schema: DemoReset, description: 'Reset' },
    problems: ['demo_only'],
  },
];
