// npm run --silent voice:parse < utterances.jsonl
// One JSON line in ({"locale", "text", ...}), one line out ({"intent", "slots"}), in order;
// nothing else on stdout. A line that cannot be read gives {"intent":"unknown","slots":{}}.
import { createInterface } from 'node:readline';
import { parseUtterance } from '../lib/voice/parse';
import { VOICE_LOCALES, type VoiceLocale } from '../lib/voice/types';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
rl.on('line', (line) => {
  if (line.trim() === '') return;
  let result = { intent: 'unknown', slots: {} } as ReturnType<typeof parseUtterance>;
  try {
    const row = JSON.parse(line) as { locale?: unknown; text?: unknown };
    const locale = (VOICE_LOCALES as readonly string[]).includes(String(row.locale))
      ? (row.locale as VoiceLocale)
      : 'zh-CN';
    if (typeof row.text === 'string') result = parseUtterance(row.text, locale);
  } catch {
    process.stderr.write(`voice:parse: not JSON: ${line.slice(0, 80)}\n`);
  }
  out.push(JSON.stringify(result));
  if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
});
rl.on('close', () => {
  if (out.length) process.stdout.write(out.join('\n') + '\n');
});
