#include "support/audiosamples.h"

#include <QDataStream>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <numbers>

namespace Cb::Test::AudioSamples {

QByteArray tinyWav(int milliseconds)
{
    constexpr quint32 rate = 8000;
    const quint32 samples = rate * quint32(milliseconds) / 1000;
    const quint32 dataBytes = samples * 2;
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.writeRawData("RIFF", 4);
    s << quint32(36 + dataBytes);
    s.writeRawData("WAVEfmt ", 8);
    s << quint32(16) << quint16(1) << quint16(1) << rate << quint32(rate * 2) << quint16(2)
      << quint16(16);
    s.writeRawData("data", 4);
    s << dataBytes;
    for (quint32 i = 0; i < samples; ++i)
        s << qint16(std::lround(2000.0 * std::sin(2.0 * std::numbers::pi * 440.0 * i / rate)));
    return out;
}

bool writeSparse(const QString& path, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(bytes);
}

QByteArray transcriptionReply(const QString& text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Cb::Test::AudioSamples
