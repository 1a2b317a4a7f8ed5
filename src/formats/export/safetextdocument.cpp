#include "formats/export/safetextdocument.h"

#include "formats/export/emojiimages.h"

namespace Cb::Formats {

SafeTextDocument::SafeTextDocument(QObject* parent) : QTextDocument(parent)
{
    // The base implementation would resolve relative names against this and read files.
    setMetaInformation(QTextDocument::DocumentUrl, QString());
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    if (type == QTextDocument::ImageResource && EmojiImages::isEmojiResource(name)) {
        const QImage image = EmojiImages::render(name);
        if (!image.isNull()) {
            addResource(type, name, image); // drawn once per document, not once per paint
            return image;
        }
    }
    m_refused.ref();
    return {};
}

} // namespace Cb::Formats
