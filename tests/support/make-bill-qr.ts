// Prints a genuine biller payment code for a notice, signed with the demo biller key.
// Run with: node --conditions=react-server --import tsx tests/support/make-bill-qr.ts '<json>'
// (the react-server condition makes the 'server-only' marker a no-op outside Next).
import { demoBillerKeyPair } from '@/server/bills/biller-keys';
import { encodeBillQr, type BillNotice } from '@/server/bills/qr';

const notice = JSON.parse(process.argv[2] ?? '') as BillNotice;
process.stdout.write(encodeBillQr(notice, demoBillerKeyPair(notice.billerId).privateKey));
