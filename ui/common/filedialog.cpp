#include "ui/common/filedialog.h"

#include <QFileDialog>

namespace Cb::Ui {

std::optional<QStringList> FileDialog::s_next;

void FileDialog::setNextAnswer(const QStringList& paths) { s_next = paths; }

std::optional<QStringList> FileDialog::takeAnswer()
{
    auto answer = s_next;
    s_next.reset();
    return answer;
}

QString FileDialog::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (auto a = takeAnswer())
        return a->value(0);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QStringList FileDialog::openFiles(QWidget* parent, const QString& title, const QString& filter)
{
    if (auto a = takeAnswer())
        return *a;
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString FileDialog::openFolder(QWidget* parent, const QString& title)
{
    if (auto a = takeAnswer())
        return a->value(0);
    return QFileDialog::getExistingDirectory(parent, title);
}

QString FileDialog::saveFile(QWidget* parent, const QString& title, const QString& suggested,
                             const QString& filter)
{
    if (auto a = takeAnswer())
        return a->value(0);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace Cb::Ui
