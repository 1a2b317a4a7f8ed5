#include "core/pack/packitem.h"

#include "core/common/sha256.h"

#include <QUuid>

namespace Cb::Core {

QString PackItem::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

PackItem PackItem::note(const QString& title, const QString& text)
{
    PackItem item;
    item.id = newId();
    item.kind = Kind::Note;
    item.title = title;
    item.text = text;
    item.format = QStringLiteral("note");
    return item;
}

QByteArray PackItem::contentHash() const
{
    return Sha256::hexOfUtf8(text);
}

qint64 PackItem::textBytes() const
{
    qint64 bytes = 0;
    const qsizetype n = text.size();
    const QChar* c = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i].unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < n &&
                 QChar::isLowSurrogate(c[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3; // lone surrogates become U+FFFD, three bytes
    }
    return bytes;
}

} // namespace Cb::Core
