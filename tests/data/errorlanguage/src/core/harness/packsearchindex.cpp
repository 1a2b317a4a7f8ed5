// Fixture for CoreErrorLanguage: the model-facing file is skipped, so this is not reported.
return fail(ErrorCode::InvalidInput, QStringLiteral("The search query is empty."));
