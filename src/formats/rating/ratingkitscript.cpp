#include "formats/rating/ratingkitassets.h"

namespace Cb::Formats {

// The kit's whole behaviour; see docs/RATINGS_FILE.md. ASCII only, no external resources, and
// it never sets innerHTML: answers are already in the page as sanitised HTML.
QString RatingKitAssets::script()
{
    return QStringLiteral(R"JS((function () {
  'use strict';
  // SHA-256 (FIPS 180-4) in plain JavaScript: crypto.subtle is not offered to file:// pages.
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];
  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }
  function sha256Hex(bytes) {
    var length = bytes.length;
    var padded = (((length + 9) + 63) >> 6) << 6;
    var buffer = new Uint8Array(padded);
    buffer.set(bytes);
    buffer[length] = 0x80;
    var view = new DataView(buffer.buffer);
    view.setUint32(padded - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded - 4, (length << 3) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Uint32Array(64);
    for (var offset = 0; offset < padded; offset += 64) {
      var t;
      for (t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
      for (t = 16; t < 64; t++) {
        var x = w[t - 15], y = w[t - 2];
        w[t] = w[t - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[t - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10));
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    return h.map(function (v) { return ('00000000' + (v >>> 0).toString(16)).slice(-8); }).join('');
  }

  // The integrity code of docs/RATINGS_FILE.md, exactly as Cb::Core::RatingsIntegrity computes it.
  function escapeField(s) { return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'); }
  function integrity(secret, kit, rater, answers) {
    var sorted = answers.slice().sort(function (x, y) { return x.item < y.item ? -1 : x.item > y.item ? 1 : 0; });
    var text = escapeField(secret) + '\n' + escapeField(kit) + '\n' + escapeField(rater) + '\n';
    sorted.forEach(function (a) {
      text += escapeField(a.item) + '\t' + escapeField(a.verdict) + '\t' + escapeField(a.comment) + '\n';
    });
    return sha256Hex(new TextEncoder().encode(text));
  }

)JS") +
           QStringLiteral(R"JS(  var kit = JSON.parse(document.getElementById('kit-data').textContent);
  var items = Array.prototype.slice.call(document.querySelectorAll('section.item'));
  var ids = items.map(function (s) { return s.getAttribute('data-item'); });
  var storageKey = 'contextbench-rating-kit:' + kit.kit;
  var state = {verdicts: {}, comments: {}, current: 0};
  var VERDICTS = {'1': 'a', '2': 'b', '3': 'tie', '4': 'both_bad'};

  var el = function (id) { return document.getElementById(id); };
  var comment = el('comment');
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-verdict]'));

  function warn(text) { var w = el('storage-warning'); w.textContent = text; w.hidden = false; }
  // The page's words come with the kit, in its language; %1, %2… are filled in here.
  function fill(text, values) {
    return text.replace(/%(\d)/g, function (m, d) { return d - 1 < values.length ? String(values[d - 1]) : m; });
  }
  function load() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(storageKey) || 'null');
      if (saved && typeof saved === 'object') {
        ids.forEach(function (id) {
          var v = saved.verdicts && saved.verdicts[id];
          if (v === 'a' || v === 'b' || v === 'tie' || v === 'both_bad') state.verdicts[id] = v;
          var c = saved.comments && saved.comments[id];
          if (typeof c === 'string' && c !== '') state.comments[id] = c;
        });
        if (saved.current >= 0 && saved.current < ids.length) state.current = saved.current;
      }
    } catch (e) {
      warn(kit.texts.noStorage);
    }
  }
  function save() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) {
      warn(kit.texts.storageFailed);
    }
  }
  function ratedCount() { return ids.filter(function (id) { return state.verdicts[id]; }).length; }

  function render() {
    var id = ids[state.current];
    items.forEach(function (s, i) { s.hidden = i !== state.current; });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', state.verdicts[id] === b.getAttribute('data-verdict') ? 'true' : 'false');
    });
    if (document.activeElement !== comment) comment.value = state.comments[id] || '';
    el('progress').textContent = fill(kit.texts.progress, [ratedCount(), ids.length]);
    el('position').textContent = fill(kit.texts.position, [state.current + 1, ids.length]);
    el('previous').disabled = state.current === 0;
    el('next').disabled = state.current === ids.length - 1;
  }
  function go(delta) {
    var next = Math.max(0, Math.min(ids.length - 1, state.current + delta));
    if (next === state.current) return;
    state.current = next;
    comment.value = state.comments[ids[next]] || '';
    save();
    render();
    window.scrollTo(0, 0);
  }
  function setVerdict(verdict) {
    state.verdicts[ids[state.current]] = verdict;
    save();
    render();
  }

  function safeName(s) { return s.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'rater'; }
  function download() {
    var answers = ids.filter(function (id) { return state.verdicts[id]; }).sort().map(function (id) {
      return {item: id, verdict: state.verdicts[id], comment: state.comments[id] || ''};
    });
    var file = {
      format: 'contextbench-ratings',
      version: 1,
      kit: kit.kit,
      rater: kit.rater,
      saved_at: new Date().toISOString(),
      answers: answers,
      integrity: integrity(kit.secret, kit.kit, kit.rater, answers)
    };
    var blob = new Blob([JSON.stringify(file, null, 2) + '\n'], {type: 'application/json'});
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'ratings-' + safeName(kit.rater) + '-' + kit.kit.slice(0, 8) + '.json';
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    el('download-status').textContent = fill(kit.texts.saved, [link.download, answers.length, ids.length]);
  }

  buttons.forEach(function (b) {
    b.addEventListener('click', function () { setVerdict(b.getAttribute('data-verdict')); });
  });
  el('previous').addEventListener('click', function () { go(-1); });
  el('next').addEventListener('click', function () { go(1); });
  el('download').addEventListener('click', download);
  comment.addEventListener('input', function () {
    var id = ids[state.current];
    if (comment.value === '') delete state.comments[id]; else state.comments[id] = comment.value;
    save();
  });
  document.addEventListener('keydown', function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === 'TEXTAREA' || tag === 'INPUT') { // typing a comment: keys are text
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (VERDICTS[event.key]) setVerdict(VERDICTS[event.key]);
    else if (event.key === 'ArrowRight') go(1);
    else if (event.key === 'ArrowLeft') go(-1);
    else return;
    event.preventDefault();
  });

  load();
  el('kit-app').hidden = false;
  el('noscript-note').hidden = true;
  render();
})();
)JS");
}

} // namespace Cb::Formats
