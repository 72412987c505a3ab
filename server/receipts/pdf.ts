import 'server-only';
import fs from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { amountInWords } from '@/lib/money-words';
import en from '@/locales/en/receipts.json';
import zhCN from '@/locales/zh-CN/receipts.json';
import zhHK from '@/locales/zh-HK/receipts.json';
import zhTW from '@/locales/zh-TW/receipts.json';
import { env } from '../env';
import { counterpartyName } from './names';
import type { ReceiptPayload } from './receipts';
import { CURRENT_KEY_ID } from './signing';

// A one-page A4 receipt in large type, in the reader's language.
//
// Fonts: Chinese needs a CJK font, which we do not ship (Noto Sans CJK is ~20 MB a weight).
// We use Debian's `fonts-noto-cjk` (NotoSansCJK-{Regular,Bold}.ttc; the test script installs
// it, and a production image needs `apt-get install fonts-noto-cjk`), or any OTF/TTF/TTC given
// as `fontPath`. Only the glyphs used are embedded (pdfkit subsets the font), so a receipt is
// well under 200 KB. Without the font, an `en` receipt falls back to the PDF base fonts
// (Helvetica, Latin only); a Chinese receipt fails with a clear error.

export const DEFAULT_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_BOLD_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
export const VERIFY_URL = '/api/v1/receipts/verify';

export interface ReceiptPdfOptions {
  fontPath?: string; // a CJK font: OTF, TTF or a TTC holding Noto Sans CJK SC/TC/HK
  boldFontPath?: string; // defaults to the Debian bold face, or to fontPath when that is given
  verifyUrl?: string; // defaults to PUBLIC_URL + /api/v1/receipts/verify, or the path alone
}

type Labels = typeof zhCN;
const labels: Record<Locale, Labels> = { 'zh-CN': zhCN, 'zh-TW': zhTW, 'zh-HK': zhHK, en };
// The face in a Noto CJK collection with the right glyph shapes for each reader.
const face: Record<Locale, string> = {
  'zh-CN': 'NotoSansCJKsc',
  'zh-TW': 'NotoSansCJKtc',
  'zh-HK': 'NotoSansCJKhk',
  en: 'NotoSansCJKsc',
};

const INK = '#111111';
const GREY = '#4a4a4a';
const MARGIN = 56;
const LABEL_WIDTH = 150;
const FOOT_HEIGHT = 150; // the verification block

const fill = (s: string, params: Record<string, string>) =>
  s.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => params[k] ?? '');

// Font files are read once and kept (about 20 MB a weight): reading them for every receipt
// would churn 40 MB of buffers per PDF. A missing file is looked for again next time.
const fontFiles = new Map<string, Buffer>();

async function readFont(path: string): Promise<Buffer | undefined> {
  const hit = fontFiles.get(path);
  if (hit) return hit;
  try {
    const data = await fs.readFile(path);
    fontFiles.set(path, data);
    return data;
  } catch {
    return undefined;
  }
}

/** Registers regular and bold; a collection (TTC) is opened at the locale's face. */
function register(doc: PDFKit.PDFDocument, alias: string, data: Buffer, ps: string): void {
  const collection = data.subarray(0, 4).toString('latin1') === 'ttcf';
  try {
    if (collection) doc.registerFont(alias, data, ps);
    else doc.registerFont(alias, data);
    doc.font(alias); // parses now, so a bad font fails here with our message
  } catch (cause) {
    throw new Error(`receipt font cannot be used${collection ? ` (no face ${ps})` : ''}`, {
      cause,
    });
  }
}

async function fonts(doc: PDFKit.PDFDocument, locale: Locale, opts: ReceiptPdfOptions) {
  const regular = await readFont(opts.fontPath ?? DEFAULT_FONT_PATH);
  if (!regular) {
    if (locale === 'en') return { regular: 'Helvetica', bold: 'Helvetica-Bold', latinOnly: true };
    throw new Error(
      `receipt PDF needs a CJK font at ${opts.fontPath ?? DEFAULT_FONT_PATH} (Debian: apt-get install fonts-noto-cjk)`,
    );
  }
  const boldPath = opts.boldFontPath ?? (opts.fontPath ? undefined : DEFAULT_BOLD_FONT_PATH);
  const bold = boldPath ? await readFont(boldPath) : undefined;
  register(doc, 'regular', regular, `${face[locale]}-Regular`);
  if (bold) register(doc, 'bold', bold, `${face[locale]}-Bold`);
  return { regular: 'regular', bold: bold ? 'bold' : 'regular', latinOnly: false };
}

function formatTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai', // UTC+8, as in Hong Kong and Taiwan
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(iso))
    .replace(/[\u202f\u00a0\u2009]/g, ' '); // ICU's narrow spaces are not in every font
}

/** The rows of the receipt body: what it was for, whose account, who did it, when, which one. */
function rows(
  p: ReceiptPayload,
  locale: Locale,
  t: Labels,
  cpName: string,
): [string, string | undefined][] {
  const zh = locale !== 'en';
  const cp = p.counterparty;
  const billType = cp.billType
    ? ((t.billTypes as Record<string, string>)[cp.billType] ?? cp.billType)
    : undefined;
  const purpose: [string, string | undefined][] =
    p.kind === 'bill_payment'
      ? [
          [t.rows.biller, cpName],
          [t.rows.billType, billType],
          [t.rows.customerNumber, cp.customerNumber],
          [t.rows.noticeNumber, cp.noticeNumber],
        ]
      : p.kind === 'transfer'
        ? [
            [t.rows.payee, cpName],
            [t.rows.relation, cp.relation],
          ]
        : [[t.rows.source, cpName]];
  const actorName = zh ? p.actor.name : p.actor.nameEn;
  return [
    [t.rows.kind, t.kind[p.kind]],
    ...purpose,
    [t.rows.owner, zh ? p.ownerName : p.ownerNameEn],
    [t.rows.actor, fill(t.actor[p.actor.relation], { name: actorName })],
    [t.rows.time, fill(t.time, { time: formatTime(p.createdAt, locale) })],
    [t.rows.receiptId, p.id],
  ];
}

type Doc = PDFKit.PDFDocument;
type Write = (
  font: 'regular' | 'bold' | 'mono',
  size: number,
  color: string,
  text: string,
  o?: PDFKit.Mixins.TextOptions,
) => Doc;

/** Writes one run of text; Noto CJK's loose line height (1.45 em) is tightened for large type. */
function writer(doc: Doc, f: Awaited<ReturnType<typeof fonts>>): Write {
  return (font, size, color, text, o = {}) => {
    const lineGap = font === 'mono' || f.latinOnly || size < 16 ? 0 : -0.2 * size;
    const name = font === 'mono' ? 'Courier' : f[font];
    return doc
      .font(name)
      .fontSize(size)
      .fillColor(color)
      .text(text, { lineGap, ...o });
  };
}

function rule(doc: Doc, weight: number, color: string): void {
  const y = doc.y + 8;
  doc
    .lineWidth(weight)
    .strokeColor(color)
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y);
  doc.stroke();
  doc.y = y + 12;
}

/** The signature block, at the foot of the page: where to check, the key, the signature. */
function verification(doc: Doc, write: Write, t: Labels, r: ReceiptInput, url: string): void {
  doc.y = Math.max(doc.y + 12, doc.page.height - MARGIN - FOOT_HEIGHT);
  rule(doc, 0.75, GREY);
  write('bold', 13, GREY, t.verify.title);
  write('regular', 12, GREY, t.verify.body).moveDown(0.2);
  write('mono', 12, INK, url).moveDown(0.5);
  write('regular', 12, GREY, fill(t.verify.signature, { keyId: r.keyId ?? CURRENT_KEY_ID }));
  // 86 characters in two lines of a monospaced base font, so each can be read or typed.
  write('mono', 12, INK, r.signature.slice(0, 43)).text(r.signature.slice(43)).moveDown(0.5);
  write('regular', 12, GREY, fill(t.verify.transaction, { id: r.payload.transactionId }));
}

type ReceiptInput = {
  payload: ReceiptPayload;
  canonical: string;
  signature: string;
  keyId?: string;
};

/** Renders a signed receipt as a one-page A4 PDF in the given language. */
export async function renderReceiptPdf(
  r: ReceiptInput,
  locale: Locale,
  opts: ReceiptPdfOptions = {},
): Promise<Uint8Array> {
  const t = labels[locale];
  const p = r.payload;
  const created = new Date(p.createdAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 24 },
    lang: locale,
    displayTitle: true,
    info: { Title: `${t.title} ${p.id}`, Author: t.issuer, CreationDate: created },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const f = await fonts(doc, locale, opts);
  const write = writer(doc, f);
  const valueWidth = doc.page.width - 2 * MARGIN - LABEL_WIDTH;
  write('regular', 16, GREY, t.issuer);
  write('bold', 32, INK, t.title);
  rule(doc, 1.5, INK);
  write('regular', 16, GREY, t.amount);
  write('bold', 40, INK, formatMoney(p.amount, locale));
  write('regular', 20, INK, fill(t.amountInWords, { words: amountInWords(p.amount, locale) }));
  doc.moveDown(0.6);

  // Helvetica writes Latin-1 only: in the fallback, leave out a row it cannot write.
  const drawable = (s: string) => !f.latinOnly || /^[\u0020-\u00ff]*$/.test(s);
  for (const [label, value] of rows(p, locale, t, await counterpartyName(p, locale))) {
    if (!value || !drawable(value)) continue;
    const y = doc.y;
    write('regular', 15, GREY, label, { width: LABEL_WIDTH - 10 });
    const afterLabel = doc.y;
    doc.x = MARGIN + LABEL_WIDTH;
    doc.y = y - 2;
    write('regular', 18, INK, value, { width: valueWidth });
    doc.x = MARGIN;
    doc.y = Math.max(afterLabel, doc.y) + 6;
  }
  doc.moveDown(0.3);
  write('bold', 16, INK, t.keep, { width: valueWidth + LABEL_WIDTH });

  const origin = env().PUBLIC_URL;
  const url = opts.verifyUrl ?? (origin ? new URL(VERIFY_URL, origin).href : VERIFY_URL);
  verification(doc, write, t, r, url);

  // The signed text itself, as the body that POST /api/v1/receipts/verify takes.
  const data = JSON.stringify({ payload: r.canonical, signature: r.signature });
  doc.file(Buffer.from(data, 'utf8'), {
    name: `${p.id}.json`,
    type: 'application/json',
    description: t.verify.title,
    creationDate: created,
    modifiedDate: created,
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
