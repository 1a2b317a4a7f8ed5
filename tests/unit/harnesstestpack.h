#pragma once

// A small pack for the harness tests: English, Korean and code items, and one disabled item
// whose words must never reach a model.
#include "core/pack/pack.h"

namespace Cb::Test {

inline Core::PackItem harnessItem(const char* uuid, const QString& title, const QString& text, bool enabled = true)
{
    Core::PackItem item = Core::PackItem::note(title, text);
    item.id = QString::fromLatin1(uuid);
    item.enabled = enabled;
    return item;
}

inline Core::Pack harnessPack()
{
    Core::Pack pack;
    pack.title = QStringLiteral("Launch pack");
    pack.goal = QStringLiteral("Plan the Q3 launch");
    Core::PackSection meetings{QStringLiteral("s1"), QStringLiteral("Meetings"), {}, {}};
    meetings.items << harnessItem("a1b2c3d4-0000-4000-8000-000000000001", QStringLiteral("Launch planning call"),
                                  QStringLiteral("We agreed that customer retention is the main goal for Q3. "
                                                 "Retention fell to 81% in May. Marketing owns the launch date."));
    meetings.items << harnessItem("b2c3d4e5-0000-4000-8000-000000000002", QStringLiteral("Budget review"),
                                  QStringLiteral("The budget for the launch is 40k. Hiring is frozen until August."));
    Core::PackSection memos{QStringLiteral("s2"), QStringLiteral("Memos"), {}, {}};
    memos.items << harnessItem("c3d4e5f6-0000-4000-8000-000000000003", QStringLiteral("고객 메모"),
                               QStringLiteral("고객 유지율 목표는 85%입니다. 팀 회의에서 출시 일정을 결정했습니다."));
    memos.items << harnessItem("d4e5f6a7-0000-4000-8000-000000000004", QStringLiteral("Salaries"),
                               QStringLiteral("confidential-xyz retention bonus list"), false);
    Core::PackSection code{QStringLiteral("s3"), QStringLiteral("Code"), {}, {}};
    code.items << harnessItem("e5f6a7b8-0000-4000-8000-000000000005", QStringLiteral("churn.py"),
                              QStringLiteral("def compute_churn_rate(users):\n    lost = [u for u in users if u.lost]\n"
                                             "    return len(lost) / max(1, len(users))\n"));
    pack.sections << meetings << memos << code;
    return pack;
}

} // namespace Cb::Test
