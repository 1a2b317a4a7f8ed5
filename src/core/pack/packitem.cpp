#include "core/pack/packitem.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Cb::Core {

QString PackItem::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

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
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Cb::Core
