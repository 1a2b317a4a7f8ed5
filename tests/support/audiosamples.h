#pragma once

#include <QByteArray>
#include <QString>

namespace Cb::Test {

// Audio files for the voice-memo tests: real enough for a transcription server to accept, small
// enough to write in microseconds.
namespace AudioSamples {

// A valid RIFF/WAVE file: 16-bit mono PCM at 8 kHz, `milliseconds` of a quiet 440 Hz tone.
QByteArray tinyWav(int milliseconds = 100);
// A sparse file of `bytes` zeros (QFile::resize): costs no disk, trips size limits.
bool writeSparse(const QString& path, qint64 bytes);
// The JSON reply of OpenAI's /v1/audio/transcriptions with this text.
QByteArray transcriptionReply(const QString& text);

} // namespace AudioSamples

} // namespace Cb::Test
