// Expected ids for the pathological inputs of pathological.json (long runs without a split point
// in several scripts, emoji joiner chains, digits, whitespace). Run through regenerate.sh.
// Each text is rebuilt here from its seed exactly as tokenizer_pathological_test.cpp does, then
// encoded by tiktoken (WASM, the specification) and by gpt-tokenizer; they must agree. The long
// id lists are not committed: golden_pathological_<encoding>.txt holds per case the token count
// and FNV-1a 64 over the ids (4 little-endian bytes each).
import { readFileSync, writeFileSync } from 'node:fs';
import { get_encoding } from 'tiktoken';
import * as gptO200k from 'gpt-tokenizer/encoding/o200k_base';
import * as gptCl100k from 'gpt-tokenizer/encoding/cl100k_base';

const dir = process.argv[2] ?? '.';
const spec = JSON.parse(readFileSync(`${dir}/pathological.json`, 'utf8'));

function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function caseText(c) {
  const units = [...(c.units ?? [])];
  for (const [lo, hi] of c.ranges ?? [])
    for (let cp = lo; cp <= hi; ++cp) units.push(String.fromCodePoint(cp));
  const next = mulberry32(c.seed);
  const parts = [];
  for (let i = 0; i < c.length; ++i) parts.push(units[next() % units.length]);
  return parts.join('');
}

function fnv1a64(ids) {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  for (const id of ids) {
    for (let k = 0; k < 4; ++k) {
      h ^= BigInt((id >>> (8 * k)) & 0xff);
      h = (h * prime) & mask;
    }
  }
  return h.toString(16).padStart(16, '0');
}

const encoders = {
  o200k_base: { gpt: gptO200k, tik: get_encoding('o200k_base') },
  cl100k_base: { gpt: gptCl100k, tik: get_encoding('cl100k_base') },
};
const noSpecials = { allowedSpecial: new Set(), disallowedSpecial: new Set() };
for (const [name, { gpt, tik }] of Object.entries(encoders)) {
  const lines = [];
  for (const c of spec.cases) {
    const text = caseText(c);
    const fromTiktoken = Array.from(tik.encode_ordinary(text));
    const fromGpt = gpt.encode(text, noSpecials);
    if (fromGpt.join(' ') !== fromTiktoken.join(' '))
      console.error(`${name}: ${c.name} differs between gpt-tokenizer and tiktoken`);
    lines.push(`${c.name} ${fromTiktoken.length} ${fnv1a64(fromTiktoken)}`);
    console.log(`${name}: ${c.name}: ${Buffer.byteLength(text, 'utf8')} bytes, ${fromTiktoken.length} tokens`);
  }
  tik.free();
  writeFileSync(`${dir}/golden_pathological_${name}.txt`, lines.join('\n') + '\n');
}
