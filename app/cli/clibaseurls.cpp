#include "cli/clibaseurls.h"
#include "cli/clitext.h"

#include "core/run/runplan.h"

#include <QUrl>

namespace Cb::App::CliBaseUrls {

Core::Result<QHash<QString, QString>> parse(const QStringList& values)
{
    QHash<QString, QString> urls;
    for (const QString& v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const QString provider = Core::PlannedModel::canonicalProvider(v.left(eq));
        const QUrl url(v.mid(eq + 1), QUrl::StrictMode);
        if (eq <= 0 || provider.isEmpty() || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Core::fail(
                Core::ErrorCode::InvalidInput,
                CliText::tr("--base-url expects PROVIDER=http(s)://HOST[:PORT][/PATH], e.g. "
                            "local=http://localhost:11434/v1; got '%1'")
                    .arg(v));
        urls.insert(provider, v.mid(eq + 1));
    }
    return urls;
}

} // namespace Cb::App::CliBaseUrls
