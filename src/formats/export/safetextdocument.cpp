#include "formats/export/safetextdocument.h"

namespace Cb::Formats {

SafeTextDocument::SafeTextDocument(QObject* parent) : QTextDocument(parent)
{
    // The base implementation would resolve relative names against this and read files.
    setMetaInformation(QTextDocument::DocumentUrl, QString());
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    m_refused.ref();
    return {};
}

} // namespace Cb::Formats
