#include "corpusgenerator.h"

#include <array>

namespace {

const std::array<const char*, 48> kWords = {
    "the",  "of",   "and",   "to",   "in",    "a",     "is",   "that", "for",  "it",
    "as",   "was",  "with",  "be",   "by",    "on",    "not",  "he",   "this", "are",
    "or",   "his",  "from",  "at",   "which", "but",   "have", "an",   "had",  "they",
    "you",  "were", "their", "one",  "all",   "we",    "can",  "her",  "has",  "there",
    "been", "if",   "more",  "when", "will",  "would", "who",  "so"};
const std::array<const char*, 16> kSyllables = {"con",  "tra", "ex",  "pli", "ment", "ing",
                                                "tion", "ab",  "ver", "qui", "zo",   "ly",
                                                "ness", "ter", "un",  "ous"};
const std::array<const char*, 12> kForeign = {
    "안녕하세요, 세상! 오늘 기분이 어때요? 한국어 문장은 띄어쓰기가 있습니다. ",
    "こんにちは、世界！お元気ですか？東京は日本の首都です。カタカナとひらがな。",
    "我们今天去公园散步，天气非常好。北京是中国的首都。",
    "مرحبا بالعالم! كيف حالك اليوم؟ اللغة العربية جميلة جدا. ",
    "Привет, мир! Как дела? Ёжик в тумане идёт домой. ",
    "नमस्ते दुनिया! आप कैसे हैं? क्षत्रिय ज्ञान ",
    "Ça va très bien, merci ! Où est la bibliothèque ? Œuvre naïve. ",
    "Straße, Größe, Übermaß — ÄÖÜ äöü ß. ",
    "👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇯🇵🇰🇷 1️⃣ 🧑🏿‍💻 "
    "❤️‍🔥 ",
    "Z\u0335\u0321\u031b\u0352a\u0308\u0304 e\u0301 n\u0303o\u0303 ",
    "A ∀ x (P(x) → Q(x)) ∧ (∃x P(x)); ∑ᵢ xᵢ² ≤ ∞. ",
    "Tiếng Việt: Người ta nói rằng điều đó đúng. "};
const std::array<const char*, 6> kCode = {
    "int main(int argc, char** argv) {\r\n    return argc > 1 ? 0 : 1;\r\n}\r\n",
    "def tokenize(text: str) -> list[int]:\n\treturn [ord(c) for c in text]  # naive\n",
    "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}\n",
    "for (auto it = v.begin(); it != v.end(); ++it) {\n        *it <<= 2;\n    }\n",
    "SELECT id, name FROM users WHERE email LIKE '%@example.com' ORDER BY id;\n",
    "https://example.com/path/to/page?query=1&lang=ko#section-2\n"};
const std::array<const char*, 8> kContractions = {"it's", "DON'T",  "We'Ll", "they'RE",
                                                  "I'm",  "you'VE", "she'd", "Isn't"};

} // namespace

uint64_t CorpusGenerator::next()
{
    // splitmix64
    uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QByteArray CorpusGenerator::word()
{
    const uint32_t kind = below(100);
    if (kind < 60)
        return kWords[below(kWords.size())];
    if (kind < 90) {
        QByteArray w;
        for (uint32_t i = 0, n = 1 + below(4); i < n; ++i)
            w += kSyllables[below(kSyllables.size())];
        if (below(8) == 0)
            w[0] = char(w[0] - 32);
        return w;
    }
    if (kind < 95)
        return kContractions[below(kContractions.size())];
    return QByteArray::number(qulonglong(next() % 100000000000ull));
}

QByteArray CorpusGenerator::paragraph()
{
    QByteArray p;
    for (uint32_t s = 0, sentences = 2 + below(6); s < sentences; ++s) {
        for (uint32_t i = 0, n = 5 + below(15); i < n; ++i) {
            p += word();
            p += below(12) == 0 ? ", " : " ";
        }
        p.chop(1);
        p += below(6) == 0 ? "? " : ". ";
    }
    return p;
}

QByteArray CorpusGenerator::document()
{
    QByteArray doc;
    for (uint32_t i = 0, n = 3 + below(12); i < n; ++i) {
        const uint32_t kind = below(100);
        if (kind < 65)
            doc += paragraph();
        else if (kind < 80)
            doc += kForeign[below(kForeign.size())];
        else if (kind < 92)
            doc += kCode[below(kCode.size())];
        else if (kind < 96) {
            doc += QByteArray::number(qulonglong(next()));
            doc += QByteArray::number(qulonglong(next()));
        } else {
            QByteArray blob;
            for (uint32_t k = 0, len = 16 + below(200); k < len; ++k)
                blob += char(next() & 0xFF);
            doc += blob.toBase64();
        }
        doc += below(3) == 0 ? (below(2) ? "\r\n\r\n" : "\n    \n") : "\n\n";
    }
    return doc;
}

QByteArray CorpusGenerator::generate(qsizetype targetBytes)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    while (out.size() < targetBytes) {
        out += document();
        out += "\n\n<|endoftext|>\n\n";
    }
    return out;
}
