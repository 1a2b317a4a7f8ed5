#include "support/clilanguage.h"

#include <QProcessEnvironment>

namespace Cb::Test {

void setCliLanguage(QProcessEnvironment& env, const QString& lang)
{
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
}

} // namespace Cb::Test
