// Generates the golden differential corpus for the tokenizer tests and the expected token ids.
// Run through regenerate.sh (installs the npm packages into a scratch folder outside the repo).
//
// Expected ids come from two independent implementations run side by side:
//   - gpt-tokenizer (pure JS, the package the issue names), encoding with no special tokens;
//   - tiktoken (OpenAI's Rust core compiled to WASM), encode_ordinary().
// They must agree on every document except where their regex engines are known to differ
// (JS \s vs Rust White_Space on U+0085/U+FEFF, Rust's case folding of 'ſ' in contractions);
// there tiktoken is the specification and wins. Disagreements are listed on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { get_encoding } from 'tiktoken';
import * as gptO200k from 'gpt-tokenizer/encoding/o200k_base';
import * as gptCl100k from 'gpt-tokenizer/encoding/cl100k_base';

const outDir = process.argv[2] ?? '.';
const unicodeRangesCpp = process.argv[3];

// mulberry32: small, deterministic, same sequence everywhere.
let seed = 0x5eed1234;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const repeat = (n, f) => Array.from({ length: n }, f).join('');

const prose = [
  'The quick brown fox jumps over the lazy dog.',
  "It's what they'd've wanted, isn't it? We'll see; you're right, I'm sure.",
  'Context windows are measured in tokens, not characters or words.',
  '안녕하세요, 세상! 오늘 기분이 어때요? 한국어 문장은 띄어쓰기가 있습니다.',
  '대한민국의 수도는 서울이며, 인구는 약 천만 명이다.',
  'こんにちは、世界！お元気ですか？東京は日本の首都です。',
  'カタカナとひらがな、そして漢字が混ざった文章。ｶﾀｶﾅ（半角）もある。',
  '我们今天去公园散步，天气非常好。',
  'مرحبا بالعالم! كيف حالك اليوم؟ اللغة العربية جميلة.',
  'שלום עולם! מה שלומך היום?',
  'Привет, мир! Как дела? Ёжик в тумане.',
  'नमस्ते दुनिया! आप कैसे हैं? क्षत्रिय ज्ञान',
  'สวัสดีชาวโลก วันนี้เป็นอย่างไรบ้าง',
  'Γειά σου Κόσμε! Ελληνικά γράμματα: ΑΒΓΔ αβγδ.',
  'Ça va très bien, merci ! Où est la bibliothèque ? Œuvre, naïve, façade.',
  'Straße, Größe, Übermaß — ÄÖÜ äöü ß ẞ.',
  'Ǆemal ǅemal ǆemal: titlecase digraphs ǈ ǋ ǲ.',
  'A ∀ x (P(x) → Q(x)) ∧ (∃x P(x)) → ∃x Q(x); ∑ᵢ xᵢ² ≤ ∞.',
  'Tiếng Việt có dấu: Người ta nói rằng điều đó đúng.',
  'Türkçe: İstanbul ılık; Azərbaycan: əlifba.',
];
const code = [
  'int main(int argc, char** argv) {\n    return argc > 1 ? 0 : 1;\n}\n',
  'def tokenize(text: str) -> list[int]:\n\treturn [ord(c) for c in text]  # naive\n',
  '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "n": 1}',
  'for (auto it = v.begin(); it != v.end(); ++it) { *it <<= 2; }',
  'SELECT id, name FROM users WHERE email LIKE \'%@example.com\' ORDER BY id DESC;',
  'const re = /^[a-z0-9_-]{3,16}$/i; // username\r\nexport default re;\r\n',
  '#!/bin/sh\nset -eu\nfor f in *.txt; do wc -l "$f"; done\n',
  'https://example.com/path/to/page?query=1&lang=ko#section-2',
  '<div class="note">&nbsp;&lt;tag&gt; ===>>> ... --- *** ///</div>',
  '    indented    with    spaces\n\t\ttabs\tand\ttabs',
];
const specials = ['<|endoftext|>', '<|endofprompt|>', '<|fim_prefix|>', '<|fim_middle|>', '<|fim_suffix|>', '<|im_start|>', '<|endoftext|'];
const emoji = [
  '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇯🇵🇰🇷', '1️⃣', '🧑🏿‍💻', '❤️‍🔥', '😀😃😄', '🌍', '👩🏻‍🤝‍👨🏾', '#️⃣', '🫠',
];
const marks = ['e\u0301', 'a\u0308\u0304', 'Z\u0335\u0321\u031b\u0352\u0347', '\u0301\u0302', 'n\u0303o\u0303', 'क्\u200dष', '\u05e9\u05c1\u05b8'];
const spaces = [' ', '  ', '\t', '\n', '\r\n', '\n\n', ' \n', '\r\n\r\n', '   \t ', '\u00a0', '\u3000', '\u2003', ' \u00a0 ', '\n   ', '\r', '\u2028'];

function contraction() {
  const word = pick(['it', 'DON', 'We', 'they', 'YOU', 'she', 'I', 'x']);
  const tail = pick(['s', 'S', 't', 'T', 'll', 'LL', 'Ll', 'lL', 've', 'VE', 'Ve', 're', 'RE', 'rE', 'm', 'M', 'd', 'D']);
  return word + pick(["'", '’']) + tail + pick(['', 'ing', ' ', 'x']);
}
function digits() {
  return repeat(int(1, 40), () => String(int(0, 9)));
}
function longRun() {
  const alphabet = pick([
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    'aaaaab',
    '가나다라마바사아자차카타파하',
    '!@#$%^&*()[]{}',
  ]);
  return repeat(int(50, 1500), () => alphabet[int(0, alphabet.length - 1)]);
}
function mixedWord() {
  return repeat(int(1, 12), () => pick(['a', 'B', 'ǅ', 'ʰ', '中', 'e\u0301', 'Ω', 'ω', '1', '_', "'", '-', '’']));
}
const generators = [
  () => pick(prose), () => pick(prose), () => pick(prose), () => pick(code), () => pick(code),
  () => pick(specials), () => pick(emoji), () => pick(marks), contraction, contraction, digits,
  mixedWord, () => pick(spaces) + pick(spaces), () => (rand() < 0.15 ? longRun() : pick(prose)),
];

function documentText() {
  let s = '';
  const parts = int(5, 60);
  for (let i = 0; i < parts; ++i) {
    s += pick(generators)();
    s += rand() < 0.7 ? ' ' : pick(spaces);
  }
  return rand() < 0.3 ? s.trimEnd() : s;
}

// Edge cases where JS and Rust regexes differ; tiktoken decides.
const edgeDocs = [
  "it'ſ fine, it'ſt, IT'ſ",
  'a\u0085b \u0085\u0085 c\u0085',
  'x\ufeffy \ufeff z',
  'end with spaces   ',
  'end with newline spaces\n  ',
  '',
  '<|endoftext|>',
  'The document ends here.<|endoftext|>And the next starts here.',
];

// Characters whose class changed after Qt's Unicode 14.0 tables (src/core/tokenize/
// unicode16ranges.inc: first, middle and last of each range) and some Unicode 17.0 additions
// that tiktoken's 16.0 tables do not know, each in contexts that split differently per class.
function unicodeDocs() {
  const sample = [];
  for (const m of readFileSync(unicodeRangesCpp, 'utf8').matchAll(/\{0x([0-9A-F]+), 0x([0-9A-F]+),/g)) {
    const [a, b] = [parseInt(m[1], 16), parseInt(m[2], 16)];
    sample.push(a, Math.floor((a + b) / 2), b);
  }
  sample.push(0xa7f1, 0x088f, 0x1acf, 0x323b0, 0x10940, 0x11db0);
  const contexts = (x) => [`${x}'s`, `A${x}b`, `${x}Ab`, `1${x}2`, ` ${x}!`, `a${x}${x}`];
  const docs = [];
  for (let i = 0; i < sample.length; i += 40)
    docs.push(sample.slice(i, i + 40).map((cp) => contexts(String.fromCodePoint(cp)).join(' ')).join('\n'));
  return docs;
}

const docs = [...edgeDocs, ...unicodeDocs()];
for (let i = 0; i < 230; ++i) docs.push(documentText());

const encoders = {
  o200k_base: { gpt: gptO200k, tik: get_encoding('o200k_base') },
  cl100k_base: { gpt: gptCl100k, tik: get_encoding('cl100k_base') },
};
const noSpecials = { allowedSpecial: new Set(), disallowedSpecial: new Set() };
for (const [name, { gpt, tik }] of Object.entries(encoders)) {
  const lines = [];
  let disagreements = 0;
  docs.forEach((doc, i) => {
    const fromTiktoken = Array.from(tik.encode_ordinary(doc));
    const fromGpt = gpt.encode(doc, noSpecials);
    if (fromGpt.join(' ') !== fromTiktoken.join(' ')) {
      ++disagreements;
      console.error(`${name}: doc ${i} differs between gpt-tokenizer and tiktoken: ${JSON.stringify(doc.slice(0, 60))}`);
    }
    lines.push(fromTiktoken.join(' '));
  });
  tik.free();
  writeFileSync(`${outDir}/golden_${name}.txt`, lines.join('\n') + '\n');
  console.log(`${name}: ${docs.length} documents, ${lines.reduce((n, l) => n + (l ? l.split(' ').length : 0), 0)} tokens, ${disagreements} disagreements`);
}
writeFileSync(`${outDir}/golden_corpus.json`, JSON.stringify(docs, null, 0) + '\n');
console.log(`corpus: ${Buffer.byteLength(docs.join(''), 'utf8')} bytes of text`);
