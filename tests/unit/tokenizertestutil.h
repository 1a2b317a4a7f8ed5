#pragma once

// Helpers shared by the tokenizer tests: one registry for the whole binary (each vocabulary is
// parsed once) and small conversions.
#include "core/tokenize/tokenizerregistry.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>
#include "cb_test_paths.h"

namespace Cb::Core::TokenizerTestUtil {

inline std::shared_ptr<const Tokenizer> tokenizer(Encoding encoding)
{
    static TokenizerRegistry registry(QStringLiteral(CB_SOURCE_DIR "/resources/tokenizers"));
    auto t = registry.tokenizer(encoding);
    if (!t) {
        ADD_FAILURE() << t.error().message.toStdString();
        return nullptr;
    }
    return *t;
}

inline std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<size_t>(bytes.size())};
}

inline QByteArray readTestData(const QString& relative)
{
    QFile file(QStringLiteral(CB_TEST_DATA_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << file.fileName().toStdString();
        return {};
    }
    return file.readAll();
}

// "[1, 2, 3]" or "1 2 3" -> ids.
inline std::vector<uint32_t> parseIds(QByteArray text)
{
    std::vector<uint32_t> ids;
    for (QByteArray& part : text.replace('[', ' ').replace(']', ' ').replace(',', ' ').split(' ')) {
        if (!part.trimmed().isEmpty())
            ids.push_back(part.trimmed().toUInt());
    }
    return ids;
}

} // namespace Cb::Core::TokenizerTestUtil
