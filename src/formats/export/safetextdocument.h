#pragma once

#include <QAtomicInt>
#include <QTextDocument>

namespace Cb::Formats {

// A QTextDocument for untrusted text (model output, pasted notes). Rendering never fetches
// anything: loadResource() refuses every URL — remote, file: or qrc: — so only resources the
// report itself registered with addResource() (served from QTextDocument's own cache, which
// is consulted before loadResource) and the report's own "cb-emoji:" images (EmojiImages,
// drawn from the installed emoji font) can appear. Links stay text.
// Owned by whoever creates it; like any QTextDocument, use it from one thread at a time.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

    // Resource loads refused so far (tests; also tells whether untrusted markup tried).
    int refusedLoads() const { return m_refused.loadRelaxed(); }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QAtomicInt m_refused;
};

} // namespace Cb::Formats
