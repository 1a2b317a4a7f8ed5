#pragma once

#include <QDialog>

namespace Cb::Ui {

// Help > About: name, version, what the app is for, where data and settings live.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString& dataLocation, const QString& settingsLocation, QWidget* parent = nullptr);
};

} // namespace Cb::Ui
