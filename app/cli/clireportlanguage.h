#pragma once

#include "core/common/reportlanguage.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace Cb::App {

// `--language en|ko` of `export` and `experiment export`: the report's language, apart from the
// interface. Not given: the interface language (Settings › General, else the system locale),
// as the export dialog starts with.
QCommandLineOption reportLanguageOption();
Core::Result<Core::ReportLanguage> reportLanguageOf(const QCommandLineParser& parser, const QCommandLineOption& option);

} // namespace Cb::App
