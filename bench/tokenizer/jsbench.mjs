// Counts o200k_base tokens of a corpus with one JavaScript tokenizer; prints key=value lines.
//   node jsbench.mjs gpt-tokenizer|js-tiktoken CORPUS [LETTERS] [--label NAME]
// LETTERS: a file without whitespace (100 KB of letters), timed on its own. NAME goes into the
// keys (js.NAME.gpt_tokenizer...) so that two corpora can be reported side by side.
// Text that looks like a special token is counted as ordinary text, as the C++ side does.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const labelAt = args.indexOf('--label');
const label = labelAt >= 0 ? args.splice(labelAt, 2)[1] : '';
const [which, corpusPath, lettersPath] = args;
const key = (label ? `${label}.` : '') + which.replace('-', '_');
const text = readFileSync(corpusPath, 'utf8');

const loadStart = performance.now();
let count;
if (which === 'gpt-tokenizer') {
  const enc = await import('gpt-tokenizer/encoding/o200k_base');
  const options = { allowedSpecial: new Set(), disallowedSpecial: new Set() };
  count = (s) => enc.countTokens(s, options);
} else if (which === 'js-tiktoken') {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const ranks = (await import('js-tiktoken/ranks/o200k_base')).default;
  const enc = new Tiktoken(ranks);
  count = (s) => enc.encode(s, [], []).length;
} else {
  throw new Error(`unknown tokenizer ${which}`);
}
count('hello world'); // lazy initialisation belongs to loading
const loadMs = performance.now() - loadStart;

const wallStart = performance.now();
const cpuStart = process.cpuUsage();
const tokens = count(text);
const cpu = process.cpuUsage(cpuStart);
const seconds = (performance.now() - wallStart) / 1000;
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;

console.log(`js.${key}.load_ms=${loadMs.toFixed(3)}`);
console.log(`js.${key}.count_mbps=${(megabytes / seconds).toFixed(3)}`);
console.log(`js.${key}.count_mbps_cpu=${(megabytes / ((cpu.user + cpu.system) / 1e6)).toFixed(3)}`);
console.log(`js.${key}.tokens=${tokens}`);
console.log(`js.${key}.rss_mb=${(process.memoryUsage().rss / 1048576).toFixed(3)}`);
if (lettersPath) {
  const letters = readFileSync(lettersPath, 'utf8');
  const start = performance.now();
  count(letters);
  console.log(`js.${key}.no_whitespace_ms.100kb=${(performance.now() - start).toFixed(3)}`);
}
