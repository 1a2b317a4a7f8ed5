#include "core/compare/modelidentity.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

namespace Cb::Core {

namespace {

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("default");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    // Objects and arrays: their compact JSON, stable for equal values.
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// The parameter names whose values are not the same for every call of the group.
QStringList differingParams(const QList<const CallRecord*>& group)
{
    QSet<QString> names;
    for (const CallRecord* c : group)
        for (auto it = c->params.begin(); it != c->params.end(); ++it)
            names.insert(it.key());
    QStringList differing;
    for (const QString& name : names) {
        const QJsonValue first = group.first()->params.value(name);
        for (const CallRecord* c : group) {
            if (c->params.value(name) != first) {
                differing.append(name);
                break;
            }
        }
    }
    differing.sort();
    return differing;
}

} // namespace

QStringList ModelIdentity::keysOf(const QList<CallRecord>& calls)
{
    QHash<QString, QList<const CallRecord*>> groups;
    for (const CallRecord& c : calls)
        groups[c.modelKey()].append(&c);
    QHash<QString, QStringList> differing;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        differing.insert(it.key(), differingParams(it.value()));

    QStringList keys;
    keys.reserve(calls.size());
    for (const CallRecord& c : calls) {
        const QStringList& names = differing.value(c.modelKey());
        if (names.isEmpty()) {
            keys.append(c.modelKey());
            continue;
        }
        QStringList parts;
        for (const QString& name : names)
            parts.append(name + QLatin1Char('=') + valueText(c.params.value(name)));
        keys.append(c.modelKey() + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return keys;
}

QString ModelIdentity::shortLabel(const QString& key, const QStringList& all)
{
    const auto withoutProvider = [](const QString& k) {
        const qsizetype colon = k.indexOf(QLatin1Char(':'));
        return colon < 0 ? k : k.mid(colon + 1);
    };
    const QString mine = withoutProvider(key);
    for (const QString& other : all)
        if (other != key && withoutProvider(other) == mine)
            return key;
    return mine;
}

} // namespace Cb::Core
