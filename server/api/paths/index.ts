import 'server-only';
import type { Operation } from '../operation';
import { billOperations } from './bills';
import { demoOperations } from './demo';
import { meOperations } from './me';
import { payCodeOperations } from './pay-codes';
import { receiptOperations } from './receipts';
import { signInOperations } from './sign-in';
import { speechOperations } from './speech';
import { systemOperations } from './system';
import { transferOperations } from './transfers';
import { walletOperations } from './wallet';

// Every operation of the API, one file per product area. A new area adds its file here.
export const operations: Operation[] = [
  ...systemOperations,
  ...demoOperations,
  ...signInOperations,
  ...meOperations,
  ...walletOperations,
  ...billOperations,
  ...transferOperations,
  ...receiptOperations,
  ...payCodeOperations,
  ...speechOperations,
];
