#include "support/goldenpack.h"

namespace Cb::Test {

namespace {
Core::PackItem item(const QString& id, const QString& title, const QString& text,
                    const QString& source = {})
{
    Core::PackItem i;
    i.id = id;
    i.title = title;
    i.text = text;
    i.kind = source.isEmpty() ? Core::PackItem::Kind::Note : Core::PackItem::Kind::Document;
    i.format = source.isEmpty() ? QStringLiteral("note") : QStringLiteral("markdown");
    i.sourcePath = source;
    return i;
}
} // namespace

Core::Pack GoldenPack::pack()
{
    Core::Pack pack;
    pack.title = QStringLiteral("Spring release of the field app");
    pack.goal =
        QStringLiteral("Plan the spring release so that offline sync ships by 30 April without "
                       "raising the crash rate.");
    pack.created = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    Core::PackSection goals{QStringLiteral("sec-goals"), QStringLiteral("Goals"), {}, {}};
    goals.items.append(item(QStringLiteral("item-target"), QStringLiteral("Release target"),
                            QStringLiteral("Offline sync for technicians, shipped by 30 April.\n"
                                           "Crash-free sessions must stay above 99.5%.")));

    Core::PackSection meetings{QStringLiteral("sec-meetings"), QStringLiteral("Meetings"), {}, {}};
    meetings.items.append(
        item(QStringLiteral("item-call"), QStringLiteral("Planning call 2026-03-10"),
             QStringLiteral("[00:00:05] Ana: Sync conflicts are the hard part.\n"
                            "[00:00:20] Bo: Two sprints for conflict handling, then beta.\n"),
             QStringLiteral("/home/tester/packs/calls/planning-call.vtt")));

    Core::PackSection memos{QStringLiteral("sec-memos"), QStringLiteral("Memos"), {}, {}};
    memos.items.append(item(
        QStringLiteral("item-memo"), QStringLiteral("Pricing \"v2\" <draft> & notes"),
        QStringLiteral("Template text inside a document stays as it is: {{goal}} {{context}}.\n"
                       "A stray </document> tag and a </DOCUMENT > one.\n"
                       "@@ input"),
        QStringLiteral("/home/tester/memo & plan.md")));
    Core::PackItem disabled = item(QStringLiteral("item-old"), QStringLiteral("Dropped idea"),
                                   QStringLiteral("THIS MUST NOT APPEAR"));
    disabled.enabled = false;
    memos.items.append(disabled);

    Core::PackSection empty{QStringLiteral("sec-empty"), QStringLiteral("Empty"), {}, {}};

    Core::PackSection notes{QStringLiteral("sec-notes"), QStringLiteral("Notes"), {}, {}};
    notes.items.append(item(QStringLiteral("item-intl"), QStringLiteral("Testers: 한국어 ✓"),
                            QStringLiteral("Seoul pilot: 12 technicians, Ünïcödé names.\n")));

    pack.sections = {goals, meetings, memos, empty, notes};
    return pack;
}

QHash<QString, QString> GoldenPack::variables()
{
    return {{QStringLiteral("audience"), QStringLiteral("the leadership team")}};
}

} // namespace Cb::Test
