#include "formats/importers/filetypes.h"

#include <QFileInfo>
#include <QHash>

namespace Cb::Formats {

namespace {

struct Entry
{
    const char* key;
    const char* format;
    const char* language;
};

// Suffix → format and language. Languages use the names Markdown code fences use.
const Entry kSuffixes[] = {
    {"txt", "text", ""},
    {"text", "text", ""},
    {"log", "text", ""},
    {"rst", "text", ""},
    {"adoc", "text", ""},
    {"org", "text", ""},
    {"tex", "code", "latex"},
    {"md", "markdown", ""},
    {"markdown", "markdown", ""},
    {"mdown", "markdown", ""},
    {"mkd", "markdown", ""},
    {"json", "json", ""},
    {"jsonl", "json", ""},
    {"ndjson", "json", ""},
    {"geojson", "json", ""},
    {"csv", "csv", ""},
    {"tsv", "csv", ""},
    {"c", "code", "c"},
    {"h", "code", "c"},
    {"cc", "code", "cpp"},
    {"cpp", "code", "cpp"},
    {"cxx", "code", "cpp"},
    {"hpp", "code", "cpp"},
    {"hh", "code", "cpp"},
    {"hxx", "code", "cpp"},
    {"ipp", "code", "cpp"},
    {"m", "code", "objectivec"},
    {"mm", "code", "objectivec"},
    {"cs", "code", "csharp"},
    {"java", "code", "java"},
    {"kt", "code", "kotlin"},
    {"kts", "code", "kotlin"},
    {"scala", "code", "scala"},
    {"groovy", "code", "groovy"},
    {"gradle", "code", "groovy"},
    {"py", "code", "python"},
    {"pyi", "code", "python"},
    {"rb", "code", "ruby"},
    {"pl", "code", "perl"},
    {"pm", "code", "perl"},
    {"php", "code", "php"},
    {"lua", "code", "lua"},
    {"r", "code", "r"},
    {"jl", "code", "julia"},
    {"js", "code", "javascript"},
    {"mjs", "code", "javascript"},
    {"cjs", "code", "javascript"},
    {"jsx", "code", "jsx"},
    {"ts", "code", "typescript"},
    {"tsx", "code", "tsx"},
    {"vue", "code", "vue"},
    {"svelte", "code", "svelte"},
    {"go", "code", "go"},
    {"rs", "code", "rust"},
    {"swift", "code", "swift"},
    {"dart", "code", "dart"},
    {"zig", "code", "zig"},
    {"nim", "code", "nim"},
    {"hs", "code", "haskell"},
    {"ml", "code", "ocaml"},
    {"fs", "code", "fsharp"},
    {"ex", "code", "elixir"},
    {"exs", "code", "elixir"},
    {"erl", "code", "erlang"},
    {"clj", "code", "clojure"},
    {"lisp", "code", "lisp"},
    {"el", "code", "elisp"},
    {"scm", "code", "scheme"},
    {"sh", "code", "bash"},
    {"bash", "code", "bash"},
    {"zsh", "code", "zsh"},
    {"fish", "code", "fish"},
    {"ps1", "code", "powershell"},
    {"bat", "code", "batch"},
    {"cmd", "code", "batch"},
    {"sql", "code", "sql"},
    {"graphql", "code", "graphql"},
    {"proto", "code", "protobuf"},
    {"css", "code", "css"},
    {"scss", "code", "scss"},
    {"sass", "code", "sass"},
    {"less", "code", "less"},
    {"xml", "code", "xml"},
    {"xsd", "code", "xml"},
    {"svg", "code", "xml"},
    {"qml", "code", "qml"},
    {"ui", "code", "xml"},
    {"qrc", "code", "xml"},
    {"plist", "code", "xml"},
    {"yaml", "code", "yaml"},
    {"yml", "code", "yaml"},
    {"toml", "code", "toml"},
    {"ini", "code", "ini"},
    {"cfg", "code", "ini"},
    {"conf", "code", "ini"},
    {"properties", "code", "properties"},
    {"cmake", "code", "cmake"},
    {"mk", "code", "makefile"},
    {"dockerfile", "code", "dockerfile"},
    {"tf", "code", "hcl"},
    {"hcl", "code", "hcl"},
    {"nix", "code", "nix"},
    {"glsl", "code", "glsl"},
    {"vert", "code", "glsl"},
    {"frag", "code", "glsl"},
    {"cu", "code", "cuda"},
    {"asm", "code", "asm"},
    {"s", "code", "asm"},
    {"v", "code", "verilog"},
    {"vhd", "code", "vhdl"},
    {"sol", "code", "solidity"},
    {"diff", "code", "diff"},
    {"patch", "code", "diff"},
};

// Whole file names that carry no telling suffix.
const Entry kFileNames[] = {
    {"makefile", "code", "makefile"},
    {"gnumakefile", "code", "makefile"},
    {"cmakelists.txt", "code", "cmake"},
    {"dockerfile", "code", "dockerfile"},
    {"containerfile", "code", "dockerfile"},
    {"jenkinsfile", "code", "groovy"},
    {"vagrantfile", "code", "ruby"},
    {"gemfile", "code", "ruby"},
    {"rakefile", "code", "ruby"},
    {"justfile", "code", "just"},
    {".bashrc", "code", "bash"},
    {".zshrc", "code", "zsh"},
    {".gitignore", "text", ""},
    {".editorconfig", "code", "ini"},
    {"license", "text", ""},
    {"readme", "text", ""},
};

QHash<QString, FileTypes::Type> makeTable(const Entry* begin, const Entry* end)
{
    QHash<QString, FileTypes::Type> table;
    for (const Entry* e = begin; e != end; ++e)
        table.insert(QString::fromLatin1(e->key),
                     {QString::fromLatin1(e->format), QString::fromLatin1(e->language)});
    return table;
}

const QHash<QString, FileTypes::Type>& suffixTable()
{
    static const auto table = makeTable(std::begin(kSuffixes), std::end(kSuffixes));
    return table;
}

const QHash<QString, FileTypes::Type>& nameTable()
{
    static const auto table = makeTable(std::begin(kFileNames), std::end(kFileNames));
    return table;
}

} // namespace

FileTypes::Type FileTypes::forFileName(const QString& fileName)
{
    const QString lower = fileName.toLower();
    if (const auto it = nameTable().constFind(lower); it != nameTable().constEnd())
        return *it;
    const QString suffix = QFileInfo(lower).suffix();
    if (const auto it = suffixTable().constFind(suffix); it != suffixTable().constEnd())
        return *it;
    return {QStringLiteral("text"), QString()};
}

QStringList FileTypes::knownSuffixes()
{
    return suffixTable().keys();
}

} // namespace Cb::Formats
