#include "ui/pack/packeditor.h"

#include "core/pack/packdocument.h"

#include <QUndoStack>

#include <array>
#include <memory>

namespace Cb::Ui {

using Core::PackDocument;
using Core::PackItem;
using Core::PackSection;

PackEditor::PackEditor(PackDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(500);
    connect(document, &PackDocument::resetDone, m_stack, &QUndoStack::clear);
}

int PackEditor::sectionById(const QString& sectionId) const
{
    const auto& sections = m_document->pack().sections;
    for (int s = 0; s < sections.size(); ++s)
        if (sections[s].id == sectionId)
            return s;
    return -1;
}

void PackEditor::push(const QString& text, QList<Step> steps, const QString& mergeKey)
{
    if (!steps.isEmpty())
        m_stack->push(new PackEditCommand(text, std::move(steps), mergeKey));
}

PackEditor::Step PackEditor::insertStep(const QString& sectionId, int row,
                                        const QList<PackItem>& items)
{
    QPointer<PackDocument> doc = m_document;
    return {[this, doc, sectionId, row, items] {
                if (doc)
                    doc->insertItems(sectionById(sectionId), row, items);
            },
            [doc, items] {
                if (!doc)
                    return;
                // Inserted together, so normally still together: one removal, not one per item.
                const auto [s, r] = doc->pack().locate(items.first().id);
                const auto& list = doc->pack().sections.value(s).items;
                bool together = s >= 0 && r + items.size() <= list.size();
                for (qsizetype i = 0; together && i < items.size(); ++i)
                    together = list[r + i].id == items[i].id;
                if (together) {
                    doc->removeItems(s, r, int(items.size()));
                    return;
                }
                for (const PackItem& item : items) {
                    const auto [is, ir] = doc->pack().locate(item.id);
                    if (is >= 0)
                        doc->removeItem(is, ir);
                }
            }};
}

PackEditor::Step PackEditor::createSectionStep(const PackSection& section, int index)
{
    QPointer<PackDocument> doc = m_document;
    return {[doc, section, index] {
                if (doc)
                    doc->insertSection(index, section);
            },
            [this, doc, id = section.id] {
                if (doc)
                    doc->removeSection(sectionById(id));
            }};
}

PackEditor::Step PackEditor::removeStep(const QString& itemId)
{
    QPointer<PackDocument> doc = m_document;
    struct Removed
    {
        QString sectionId;
        int row = -1;
        PackItem item;
    };
    auto removed = std::make_shared<Removed>();
    return {[doc, itemId, removed] {
                const auto [s, r] = doc ? doc->pack().locate(itemId) : std::pair{-1, -1};
                if (s < 0)
                    return;
                *removed = {doc->pack().sections[s].id, r, doc->pack().sections[s].items[r]};
                doc->removeItem(s, r);
            },
            [this, doc, removed] {
                if (doc && removed->row >= 0)
                    doc->insertItems(sectionById(removed->sectionId), removed->row,
                                     {removed->item});
            }};
}

void PackEditor::addItems(int section, int row, QList<PackItem> items, const QString& mergeKey)
{
    if (items.isEmpty())
        return;
    if (section < 0 || section >= m_document->pack().sections.size()) {
        addItemsToSection(tr("Notes"), std::move(items), mergeKey);
        return;
    }
    for (PackItem& item : items)
        if (item.id.isEmpty())
            item.id = PackItem::newId();
    const QString text = items.size() == 1 ? tr("Add “%1”").arg(items.first().title)
                                           : tr("Add %n item(s)", nullptr, int(items.size()));
    push(text, {insertStep(m_document->pack().sections[section].id, row, items)}, mergeKey);
}

void PackEditor::addItemsToSection(const QString& sectionName, QList<PackItem> items,
                                   const QString& mergeKey)
{
    if (items.isEmpty())
        return;
    const int existing = m_document->pack().sectionIndex(sectionName);
    if (existing >= 0) {
        addItems(existing, -1, std::move(items), mergeKey);
        return;
    }
    for (PackItem& item : items)
        if (item.id.isEmpty())
            item.id = PackItem::newId();
    PackSection section;
    section.id = PackItem::newId();
    section.name = sectionName;
    const int index = int(m_document->pack().sections.size());
    push(tr("Add %n item(s) to %1", nullptr, int(items.size())).arg(sectionName),
         {createSectionStep(section, index), insertStep(section.id, -1, items)}, mergeKey);
}

void PackEditor::removeItems(const QStringList& itemIds)
{
    QList<Step> steps;
    QString firstTitle;
    for (const QString& id : itemIds) {
        if (const PackItem* item = m_document->pack().item(id)) {
            steps.append(removeStep(id));
            if (firstTitle.isEmpty())
                firstTitle = item->title;
        }
    }
    const QString text = steps.size() == 1 ? tr("Delete “%1”").arg(firstTitle)
                                           : tr("Delete %n item(s)", nullptr, int(steps.size()));
    push(text, std::move(steps));
}

void PackEditor::updateItem(const QString& itemId, const PackItem& item, const QString& actionText,
                            const QString& mergeKey)
{
    const PackItem* current = m_document->pack().item(itemId);
    if (!current)
        return;
    QPointer<PackDocument> doc = m_document;
    auto apply = [doc, itemId](const PackItem& value) {
        const auto [s, r] = doc ? doc->pack().locate(itemId) : std::pair{-1, -1};
        if (s >= 0)
            doc->updateItem(s, r, value);
    };
    push(actionText,
         {{[apply, item] { apply(item); }, [apply, before = *current] { apply(before); }}},
         mergeKey);
}

void PackEditor::renameItem(const QString& itemId, const QString& title)
{
    const PackItem* current = m_document->pack().item(itemId);
    if (!current || current->title == title)
        return;
    PackItem renamed = *current;
    renamed.title = title;
    updateItem(itemId, renamed, tr("Rename “%1” to “%2”").arg(current->title, title));
}

void PackEditor::setItemsEnabled(const QStringList& itemIds, bool enabled)
{
    QList<Step> steps;
    QPointer<PackDocument> doc = m_document;
    auto apply = [doc](const QString& id, bool on) {
        const auto [s, r] = doc ? doc->pack().locate(id) : std::pair{-1, -1};
        if (s >= 0)
            doc->setItemEnabled(s, r, on);
    };
    for (const QString& id : itemIds) {
        const PackItem* item = m_document->pack().item(id);
        if (item && item->enabled != enabled)
            steps.append({[apply, id, enabled] { apply(id, enabled); },
                          [apply, id, enabled] { apply(id, !enabled); }});
    }
    const QString text = enabled ? tr("Include %n item(s)", nullptr, int(steps.size()))
                                 : tr("Exclude %n item(s)", nullptr, int(steps.size()));
    push(text, std::move(steps));
}

void PackEditor::renameSection(int section, const QString& name)
{
    const auto& sections = m_document->pack().sections;
    if (section < 0 || section >= sections.size() || sections[section].name == name)
        return;
    QPointer<PackDocument> doc = m_document;
    auto apply = [this, doc, id = sections[section].id](const QString& value) {
        if (doc)
            doc->renameSection(sectionById(id), value);
    };
    push(tr("Rename section “%1”").arg(sections[section].name),
         {{[apply, name] { apply(name); },
           [apply, before = sections[section].name] { apply(before); }}});
}

void PackEditor::addSection(const QString& name)
{
    PackSection section;
    section.id = PackItem::newId();
    section.name = name;
    push(tr("New section “%1”").arg(name),
         {createSectionStep(section, int(m_document->pack().sections.size()))});
}

void PackEditor::removeSection(int section)
{
    const auto& sections = m_document->pack().sections;
    if (section < 0 || section >= sections.size())
        return;
    const PackSection removed = sections[section];
    Step create = createSectionStep(removed, section);
    // Removing is creating, undone.
    push(tr("Delete section “%1”").arg(removed.name), {{create.undo, create.redo}});
}

void PackEditor::moveItems(const QStringList& itemIds, int section, int row)
{
    QPointer<PackDocument> doc = m_document;
    // The document decides the individual moves; they are recorded as they happen and
    // replayed backwards on undo.
    auto moves = std::make_shared<QList<std::array<int, 4>>>();
    Step step{[doc, itemIds, section, row, moves] {
                  if (!doc)
                      return;
                  moves->clear();
                  const auto c = QObject::connect(doc, &PackDocument::itemMoved, doc,
                                                  [moves](int fs, int fr, int ts, int tr) {
                                                      moves->append({fs, fr, ts, tr});
                                                  });
                  doc->moveItems(itemIds, section, row);
                  QObject::disconnect(c);
              },
              [doc, moves] {
                  for (auto it = moves->crbegin(); doc && it != moves->crend(); ++it)
                      doc->moveItem((*it)[2], (*it)[3], (*it)[0], (*it)[1]);
              }};
    auto* command =
        new PackEditCommand(tr("Move %n item(s)", nullptr, int(itemIds.size())), {step});
    command->setNoopCheck([moves] { return moves->isEmpty(); });
    m_stack->push(command);
}

} // namespace Cb::Ui
