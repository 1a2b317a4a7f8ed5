#pragma once

#include "core/providers/httperrorclassifier.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

namespace Cb::Core {

// One HTTP request as a plain value, built by the pure protocol classes and turned into a
// QNetworkRequest only at send time, so request bodies and headers are testable without I/O.
struct HttpCall
{
    QByteArray method = "POST";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    // When set, the body is streamed from this file instead (batch uploads of up to 256 MB
    // must not sit in memory); re-opened on every attempt so retries resend it whole.
    QString bodyFile;

    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
    }
    QByteArray header(QByteArrayView name) const
    {
        return HttpErrorClassifier::headerValue(headers, name);
    }
    QNetworkRequest toNetworkRequest() const
    {
        QNetworkRequest r(url);
        for (const auto& [k, v] : headers)
            r.setRawHeader(k, v);
        // Streams must reach us as they arrive; never let a cache or redirect replay them.
        r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
        return r;
    }
};

} // namespace Cb::Core
