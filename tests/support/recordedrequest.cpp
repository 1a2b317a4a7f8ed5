#include "support/recordedrequest.h"

#include <QJsonDocument>

namespace Cb::Test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString RecordedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QString::fromUtf8(q < 0 ? target : target.left(q));
}

QUrlQuery RecordedRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace Cb::Test
