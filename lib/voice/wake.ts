import { pinyin } from 'pinyin-pro';

// The wake phrase ("安心安心", "Hey Anxin") found in a recognizer's running transcript. A
// recognizer writes what it hears with whatever characters sound right, so the text is compared
// by sound: Chinese is turned into toneless pinyin, English into bare letters, and then one
// pattern accepts the near sounds a recognizer produces (安新, 暗心, "and sin", "an xin", 安芯).
// This module pulls in the pinyin dictionary, so the page loads it only when "always listening"
// is switched on.

/** "an-xin" and its near sounds, as bare letters. */
const ANXIN = '(?:an|ang|en|ann|and|un)(?:x|s|sh|ch)(?:in|ing|een|en|eene)';
/** A greeting before it: hey, hi, ok, 嘿 (hei), 嗨 (hai), 哎 (ai). */
const HEY = '(?:hey|hei|hai|hi|hay|ai|ei|ok|okay)';
const WAKE = new RegExp(`(?:${HEY}${ANXIN}|${ANXIN}${ANXIN})`);

/** The text as bare lower-case letters, Chinese characters as toneless pinyin. */
export function soundOf(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  const spelled = /[\u3400-\u9fff]/.test(folded)
    ? pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('')
    : folded;
  return spelled.replace(/[^a-z]/g, '');
}

/** Whether the transcript contains the wake phrase (any locale: people mix them). */
export function hasWakePhrase(text: string): boolean {
  if (text.length > 400) text = text.slice(-400);
  return WAKE.test(soundOf(text));
}
