#include "core/eval/citationchecker.h"
#include "core/eval/citationfootnotes.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Cb::Core;

namespace {

const QString kCall = QStringLiteral("3f2a9c11-0000-4000-8000-000000000001");
const QString kMemo = QStringLiteral("77aa0b22-0000-4000-8000-000000000002");
const QString kKorean = QStringLiteral("c0ffee33-0000-4000-8000-000000000003");
const QString kHidden = QStringLiteral("d15ab1ed-0000-4000-8000-000000000004");

Pack samplePack()
{
    Pack pack;
    PackSection meetings;
    meetings.name = QStringLiteral("Meetings");
    PackItem call = PackItem::note(QStringLiteral("Launch planning call"),
                                   QStringLiteral("Mina: we agreed the beta opens on\n"
                                                  "  March 3 — not before the “retention” fix ships.\n"
                                                  "Joon: churn is 4.2% per month."));
    call.id = kCall;
    PackItem memo = PackItem::note(QStringLiteral("Budget memo"),
                                   QStringLiteral("The marketing budget is capped at $40,000 for Q2."));
    memo.id = kMemo;
    meetings.items << call << memo;
    PackSection notes;
    notes.name = QStringLiteral("Notes");
    PackItem korean = PackItem::note(QStringLiteral("회의록"),
                                     QStringLiteral("출시 일정은 3월 3일로 확정되었습니다.\n"
                                                    "유지율 개선이 최우선 과제입니다."));
    korean.id = kKorean;
    PackItem hidden = PackItem::note(QStringLiteral("Draft"), QStringLiteral("secret figure 99"));
    hidden.id = kHidden;
    hidden.enabled = false;
    notes.items << korean << hidden;
    pack.sections << meetings << notes;
    return pack;
}

CitationReport check(const QString& answer) { return CitationChecker(samplePack()).check(answer); }

} // namespace

TEST(CitationChecker, straightQuotes_exactQuote_verified)
{
    const QString answer = QStringLiteral("Churn is high [[3f2a9c: \"churn is 4.2% per month\"]].");
    const CitationReport r = check(answer);
    ASSERT_EQ(r.total(), 1);
    EXPECT_TRUE(r.checked);
    EXPECT_EQ(r.verified(), 1);
    const Citation& c = r.citations.first();
    EXPECT_EQ(c.itemId, kCall);
    EXPECT_EQ(c.title, QStringLiteral("Launch planning call"));
    EXPECT_EQ(c.quote, QStringLiteral("churn is 4.2% per month"));
    EXPECT_EQ(answer.mid(c.start, c.length), QStringLiteral("[[3f2a9c: \"churn is 4.2% per month\"]]"));
}

TEST(CitationChecker, curlyQuotesAndLineBreakInQuote_verified)
{
    // Curly quotes as delimiters, a line break inside the quote where the item has one plus
    // indentation, an ASCII hyphen for the em dash and straight quotes for the item's curly ones.
    const CitationReport r = check(QStringLiteral(
        "Beta opens March 3 [[3F2A9C: “the beta opens on March 3 - not\nbefore the \"retention\" fix”]]"));
    ASSERT_EQ(r.total(), 1);
    EXPECT_EQ(r.citations.first().status, Citation::Status::Verified) << r.citations.first().reason().toStdString();
}

TEST(CitationChecker, koreanQuote_verified_andDecomposedJamoNormalised)
{
    const CitationReport r = check(QStringLiteral("일정 [[c0ffee: \"출시 일정은 3월 3일로 확정되었습니다.\"]]"));
    ASSERT_EQ(r.total(), 1);
    EXPECT_TRUE(r.citations.first().verified());
    // The same quote written in decomposed jamo (NFD) still matches after NFKC.
    const QString nfd = QStringLiteral("유지율 개선이 최우선 과제입니다").normalized(QString::NormalizationForm_D);
    ASSERT_NE(nfd, QStringLiteral("유지율 개선이 최우선 과제입니다"));
    EXPECT_EQ(check(QStringLiteral("[[c0ffee: \"") + nfd + QStringLiteral("\"]]")).verified(), 1);
}

TEST(CitationChecker, unknownOrDisabledItem_unknownItem)
{
    const CitationReport r = check(QStringLiteral("[[abcdef: \"anything\"]] and [[d15ab1: \"secret figure 99\"]]"));
    ASSERT_EQ(r.total(), 2);
    for (const Citation& c : r.citations) {
        EXPECT_EQ(c.status, Citation::Status::UnknownItem);
        EXPECT_TRUE(c.itemId.isEmpty());
        EXPECT_EQ(c.reason(), QStringLiteral("unknown item"));
    }
}

TEST(CitationChecker, quoteFromAnotherItem_quoteNotFound)
{
    const CitationReport r = check(QStringLiteral("[[77aa0b: \"churn is 4.2% per month\"]]"));
    ASSERT_EQ(r.total(), 1);
    EXPECT_EQ(r.citations.first().status, Citation::Status::QuoteNotFound);
    EXPECT_EQ(r.citations.first().title, QStringLiteral("Budget memo"));
    EXPECT_EQ(r.notFound(), 1);
}

TEST(CitationChecker, nearMisses_notVerified)
{
    // Each differs from the memo by more than whitespace, Unicode form or typography.
    for (const char* quote : {"The marketing budget is capped at $40000 for Q2.", // digit grouping
                              "the marketing budget is capped at $40,000 for Q2.", // case
                              "The marketing budget is capped at $40,000 in Q2.",  // a word
                              "marketing budget capped at $40,000",                // elision
                              "The marketingbudget is capped"}) {                  // a missing space
        const CitationReport r = check(QStringLiteral("[[77aa0b: \"") + QString::fromUtf8(quote) + QStringLiteral("\"]]"));
        ASSERT_EQ(r.total(), 1) << quote;
        EXPECT_EQ(r.citations.first().status, Citation::Status::QuoteNotFound) << quote;
    }
}

TEST(CitationChecker, whitespaceAndUnicodeVariants_verified)
{
    // Non-breaking and ideographic spaces, a tab, fullwidth digits and dollar sign (NFKC), a
    // soft hyphen and a zero-width space.
    for (const QString& quote :
         {QStringLiteral("The\u00A0marketing   budget\tis capped"), QStringLiteral("capped at ＄４０,０００ for Q2"),
          QStringLiteral("mar\u00ADketing bud\u200Bget"), QStringLiteral("budget\u3000is capped")}) {
        const CitationReport r = check(QStringLiteral("[[77aa0b: \"") + quote + QStringLiteral("\"]]"));
        ASSERT_EQ(r.total(), 1);
        EXPECT_TRUE(r.citations.first().verified()) << quote.toStdString();
    }
}

TEST(CitationChecker, severalQuotesForOneId_eachChecked_shareTheSpan)
{
    const CitationReport r = check(
        QStringLiteral("x [[3f2a9c: \"the beta opens on March 3\", “churn is 9% per month”]] y"));
    ASSERT_EQ(r.total(), 2);
    EXPECT_TRUE(r.citations[0].verified());
    EXPECT_EQ(r.citations[1].status, Citation::Status::QuoteNotFound);
    EXPECT_EQ(r.citations[0].start, r.citations[1].start);
}

TEST(CitationChecker, notCitations_ignored)
{
    const CitationReport r = check(QStringLiteral(
        "A wiki [[Link]], a [[TODO: fix]] and [[ab: \"too short an id\"]], an array [[1, 2]] and an open [[3f2a9c: \"never closed"));
    EXPECT_EQ(r.total(), 0);
    EXPECT_TRUE(r.checked);
}

TEST(CitationReport, storageJson_roundTrips_exportJsonHasCountsAndFailures)
{
    const CitationReport r = check(QStringLiteral("[[3f2a9c: \"churn is 4.2% per month\"]] [[abcdef: \"made up\"]]"));
    const CitationReport back = CitationReport::fromStorageJson(r.toStorageJson());
    EXPECT_TRUE(back.checked);
    ASSERT_EQ(back.total(), 2);
    EXPECT_EQ(back.citations[0].itemId, kCall);
    EXPECT_EQ(back.citations[1].status, Citation::Status::UnknownItem);
    EXPECT_EQ(back.citations[1].start, r.citations[1].start);
    const QJsonObject e = r.toExportJson();
    EXPECT_EQ(e.value(QStringLiteral("total")).toInt(), 2);
    EXPECT_EQ(e.value(QStringLiteral("verified")).toInt(), 1);
    const QJsonArray notFound = e.value(QStringLiteral("not_found")).toArray();
    ASSERT_EQ(notFound.size(), 1);
    EXPECT_EQ(notFound[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("unknown item"));
    EXPECT_FALSE(CitationReport::fromStorageJson(QJsonObject{}).checked);
    EXPECT_EQ(r.summary(), QStringLiteral("claims cited 2, verified 1, not found 1"));
}

TEST(CitationFootnotes, markdown_numbersCitations_listsSourcesWithMarks)
{
    const QString answer = QStringLiteral("Churn [[3f2a9c: \"churn is 4.2% per month\"]] and budget "
                                          "[[77aa0b: \"capped at $50,000\"]].");
    const QString md = CitationFootnotes::markdown(answer, check(answer));
    EXPECT_EQ(md, QStringLiteral("Churn¹ and budget**²✗**.\n\n"
                                 "**Sources** — claims cited 2, verified 1, not found 1\n\n"
                                 "1. ✓ *Launch planning call* — “churn is 4.2% per month”\n"
                                 "2. ✗ **not found** (quote not in item) *Budget memo* — “capped at $50,000”\n"));
    EXPECT_EQ(CitationFootnotes::superscript(12), QStringLiteral("¹²"));
    EXPECT_EQ(CitationFootnotes::markdown(QStringLiteral("plain"), CitationReport{}), QStringLiteral("plain"));
}
