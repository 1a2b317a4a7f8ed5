#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace Cb::Ui {

// The one way the app asks for file names, so GUI tests can pre-answer without a native dialog.
class FileDialog
{
public:
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    static QStringList openFiles(QWidget* parent, const QString& title, const QString& filter);
    static QString openFolder(QWidget* parent, const QString& title);
    static QString saveFile(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter);

    // Test seam: the next call returns these paths (empty list = cancelled).
    static void setNextAnswer(const QStringList& paths);

private:
    static std::optional<QStringList> takeAnswer();
    static std::optional<QStringList> s_next;
};

} // namespace Cb::Ui
