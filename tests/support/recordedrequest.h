#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace Cb::Test {

// One HTTP request as FakeHttpServer received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path + query, as on the request line
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString path() const;
    QUrlQuery query() const;
    QJsonObject json() const; // body parsed as a JSON object (empty if it is not one)
};

} // namespace Cb::Test
