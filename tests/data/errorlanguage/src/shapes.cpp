// Fixture for CoreErrorLanguage (tests/unit/coreerrorlanguage_test.cpp): never compiled.
// Four English error literals the guard must report, one of each shape:
return fail(ErrorCode::Io, QStringLiteral("Cannot do a thing"));
return Error(ErrorCode::NotFound,
             QStringLiteral("The run is gone"));
return failLater({ErrorCode::Network, QStringLiteral("no network")});
return fail(sqlError(QStringLiteral("cannot open"), q));
// And what it must let through: translated texts, and literals that are not English words.
return fail(ErrorCode::Io, QCoreApplication::translate("Cb::Core::Demo", "Cannot do a thing"));
return fail(ErrorCode::Parse, QStringLiteral("%1: %2").arg(path, message));
return fail(sqlError(QCoreApplication::translate("Cb::Core::Demo", "Cannot read the run"), q));
