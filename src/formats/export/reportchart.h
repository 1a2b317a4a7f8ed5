#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace Cb::Formats {

// A statistics chart drawn before the export starts, for PDF and HTML reports. The charts are
// Qt Charts widgets, which this layer cannot link and which need a QApplication on the GUI
// thread, so the caller (the export dialog, `contextbench export`) renders them and hands the
// images over in ExportOptions; the writers only place them. Markdown leaves them out: it is
// one text file, and a Markdown report with sibling PNG files would no longer be a single,
// atomically written export. A plain value; QImage is implicitly shared, so copies to the
// export's worker thread are cheap.
struct ReportChart
{
    QString title;   // "Win rates"
    QString caption; // one sentence saying how to read it
    QImage image;
};

} // namespace Cb::Formats
