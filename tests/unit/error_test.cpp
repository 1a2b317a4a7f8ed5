#include "core/common/result.h"

#include <gtest/gtest.h>

using namespace Cb::Core;

TEST(Result_failure, carriesCodeAndMessage)
{
    Result<int> r = fail(ErrorCode::Parse, QStringLiteral("bad"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::Parse);
    EXPECT_EQ(r.error().message, QStringLiteral("bad"));
    EXPECT_EQ(errorCodeName(ErrorCode::NewerSchema), QStringLiteral("newer_schema"));
}
