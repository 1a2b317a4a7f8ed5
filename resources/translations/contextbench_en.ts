<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cb::App::Cli</name>
    <message numerus="yes">
        <source>asking %1 for up to %n question(s)</source>
        <translation>
            <numerusform>asking %1 for up to %n question(s)</numerusform>
            <numerusform>asking %1 for up to %n question(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not valid UTF-8: %n invalid byte sequence(s), the first at byte offset %1 (a binary file, or text in another encoding)</source>
        <translation>
            <numerusform>not valid UTF-8: %n invalid byte sequence(s), the first at byte offset %1 (a binary file, or text in another encoding)</numerusform>
            <numerusform>not valid UTF-8: %n invalid byte sequence(s), the first at byte offset %1 (a binary file, or text in another encoding)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>batch %1 %2 %3: %4 (%n request(s))</source>
        <translation>
            <numerusform>batch %1 %2 %3: %4 (%n requests)</numerusform>
            <numerusform>batch %1 %2 %3: %4 (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n request(s))</source>
        <translation>
            <numerusform>%1 (%n requests)</numerusform>
            <numerusform>%1 (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote experiment %1 (%2, %n bytes) to %3</source>
        <translation>
            <numerusform>wrote experiment %1 (%2, %n bytes) to %3</numerusform>
            <numerusform>wrote experiment %1 (%2, %n bytes) to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelling experiment %1 (%n batch(es) recorded)</source>
        <translation>
            <numerusform>cancelling experiment %1 (%n batch(es) recorded)</numerusform>
            <numerusform>cancelling experiment %1 (%n batch(es) recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resuming experiment %1 (%n batch(es) recorded)</source>
        <translation>
            <numerusform>resuming experiment %1 (%n batch(es) recorded)</numerusform>
            <numerusform>resuming experiment %1 (%n batch(es) recorded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+ %n model(s) of unknown price)</source>
        <translation>
            <numerusform>(+ %n model(s) of unknown price)</numerusform>
            <numerusform>(+ %n model(s) of unknown price)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>experiment %1: %2 case(s) × %3 model(s) × %4 = %n call(s), %5 mode</source>
        <translation>
            <numerusform>experiment %1: %2 case(s) × %3 model(s) × %4 = %n call(s), %5 mode</numerusform>
            <numerusform>experiment %1: %2 case(s) × %3 model(s) × %4 = %n call(s), %5 mode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fusing %n answer(s) with %1…</source>
        <translation>
            <numerusform>fusing %n answer(s) with %1…</numerusform>
            <numerusform>fusing %n answer(s) with %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pair(s), %n judgement(s) by %2, estimated cost %3</source>
        <translation>
            <numerusform>%1 pair(s), %n judgement(s) by %2, estimated cost %3</numerusform>
            <numerusform>%1 pair(s), %n judgement(s) by %2, estimated cost %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>judged %1 of %n pair(s) with %2: %3 consistent (votes), %4 inconsistent (discarded)</source>
        <translation>
            <numerusform>judged %1 of %n pair(s) with %2: %3 consistent (votes), %4 inconsistent (discarded)</numerusform>
            <numerusform>judged %1 of %n pair(s) with %2: %3 consistent (votes), %4 inconsistent (discarded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n judgement(s) of unknown price</source>
        <translation>
            <numerusform>+ %n judgement(s) of unknown price</numerusform>
            <numerusform>+ %n judgement(s) of unknown price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added %n document(s)</source>
        <translation>
            <numerusform>added %n document(s)</numerusform>
            <numerusform>added %n document(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %n rating kit(s) of %1 pairs for %2</source>
        <translation>
            <numerusform>wrote %n rating kit(s) of %1 pairs for %2</numerusform>
            <numerusform>wrote %n rating kit(s) of %1 pairs for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resuming %n run(s)</source>
        <translation>
            <numerusform>resuming %n run(s)</numerusform>
            <numerusform>resuming %n run(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run %1: %n call(s)</source>
        <translation>
            <numerusform>run %1: %n call(s)</numerusform>
            <numerusform>run %1: %n call(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n ranking(s))</source>
        <translation>
            <numerusform>(%n ranking)</numerusform>
            <numerusform>(%n rankings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Core::JsonSchemaValidator</name>
    <message numerus="yes">
        <source>%n item(s), minItems is %1</source>
        <translation>
            <numerusform>%n item, minItems is %1</numerusform>
            <numerusform>%n items, minItems is %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), maxItems is %1</source>
        <translation>
            <numerusform>%n item, maxItems is %1</numerusform>
            <numerusform>%n items, maxItems is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Core::RunOrchestrator</name>
    <message numerus="yes">
        <source>ContextBench stopped during this call. It went on after the last complete round of tool use (%n round(s) kept); the text received before the stop is kept above what followed, so the round that was cut may be written twice.</source>
        <translation>
            <numerusform>ContextBench stopped during this call. It went on after the last complete round of tool use (%n round kept); the text received before the stop is kept above what followed, so the round that was cut may be written twice.</numerusform>
            <numerusform>ContextBench stopped during this call. It went on after the last complete round of tool use (%n rounds kept); the text received before the stop is kept above what followed, so the round that was cut may be written twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Core::TextCheck</name>
    <message numerus="yes">
        <source>%n citation(s), fewer than %1</source>
        <translation>
            <numerusform>%n citation, fewer than %1</numerusform>
            <numerusform>%n citations, fewer than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), fewer than %1</source>
        <translation>
            <numerusform>%n word, fewer than %1</numerusform>
            <numerusform>%n words, fewer than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), fewer than %1</source>
        <translation>
            <numerusform>%n character, fewer than %1</numerusform>
            <numerusform>%n characters, fewer than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), more than %1</source>
        <translation>
            <numerusform>%n word, more than %1</numerusform>
            <numerusform>%n words, more than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), more than %1</source>
        <translation>
            <numerusform>%n character, more than %1</numerusform>
            <numerusform>%n characters, more than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::AskFirstDialog</name>
    <message numerus="yes">
        <source>%1 is reading the pack and the goal for up to %n question(s)…</source>
        <translation>
            <numerusform>%1 is reading the pack and the goal for up to %n question…</numerusform>
            <numerusform>%1 is reading the pack and the goal for up to %n questions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 asks %n question(s). Answer what you can; a skipped question (or an empty answer) is noted with what the model will assume.</source>
        <translation>
            <numerusform>%1 asks %n question. Answer what you can; a skipped question (or an empty answer) is noted with what the model will assume.</numerusform>
            <numerusform>%1 asks %n questions. Answer what you can; a skipped question (or an empty answer) is noted with what the model will assume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ComparePanel</name>
    <message numerus="yes">
        <source> (%n refused)</source>
        <translation>
            <numerusform> (%n refused)</numerusform>
            <numerusform> (%n refused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n blind pair(s) voted. Names are shown again; see Stats for the win rates.</source>
        <translation>
            <numerusform>%n blind pair voted. Names are shown again; see Stats for the win rates.</numerusform>
            <numerusform>All %n blind pairs voted. Names are shown again; see Stats for the win rates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentController</name>
    <message numerus="yes">
        <source>Experiments: %n running, %1/%2 calls finished</source>
        <translation>
            <numerusform>Experiments: %n running, %1/%2 calls finished</numerusform>
            <numerusform>Experiments: %n running, %1/%2 calls finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentResultsView</name>
    <message numerus="yes">
        <source>%n answer(s) and %1 human vote(s) across the experiment&apos;s cases.</source>
        <translation>
            <numerusform>%n answer and %1 human vote(s) across the experiment&apos;s cases.</numerusform>
            <numerusform>%n answers and %1 human vote(s) across the experiment&apos;s cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Means over %n answer(s) that reported usage: %1 input, %2 output tokens, of which %3 reasoning. Totals: %4 input, %5 output.</source>
        <translation>
            <numerusform>Means over %n answer that reported usage: %1 input, %2 output tokens, of which %3 reasoning. Totals: %4 input, %5 output.</numerusform>
            <numerusform>Means over %n answers that reported usage: %1 input, %2 output tokens, of which %3 reasoning. Totals: %4 input, %5 output.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Bradley–Terry ranking&lt;/b&gt;&lt;br&gt;A ranking needs blind votes on at least three models; %n model(s) of this experiment have votes so far. Until then, compare the models pair by pair by their win rates.</source>
        <translation>
            <numerusform>&lt;b&gt;Bradley–Terry ranking&lt;/b&gt;&lt;br&gt;A ranking needs blind votes on at least three models; %n model of this experiment has votes so far. Until then, compare the models pair by pair by their win rates.</numerusform>
            <numerusform>&lt;b&gt;Bradley–Terry ranking&lt;/b&gt;&lt;br&gt;A ranking needs blind votes on at least three models; %n models of this experiment have votes so far. Until then, compare the models pair by pair by their win rates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentsWindow</name>
    <message numerus="yes">
        <source>Rating blind: case %1, %n pair(s) left across the experiment.</source>
        <translation>
            <numerusform>Rating blind: case %1, %n pair left across the experiment.</numerusform>
            <numerusform>Rating blind: case %1, %n pairs left across the experiment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>First %n page(s) of %1</source>
        <translation>
            <numerusform>First %n page of %1</numerusform>
            <numerusform>First %n pages of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n output(s)</source>
        <translation>
            <numerusform>Comparison of %n output</numerusform>
            <numerusform>Comparison of %n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HeaviestItemsDialog</name>
    <message numerus="yes">
        <source>%n item(s); included: %1, %2 tokens</source>
        <translation>
            <numerusform>%n item; included: %1, %2 tokens</numerusform>
            <numerusform>%n items; included: %1, %2 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ImportStatusWidget</name>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) added</source>
        <translation>
            <numerusform>Import cancelled: %n file added</numerusform>
            <numerusform>Import cancelled: %n files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ItemEditorDialog</name>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n word</numerusform>
            <numerusform>%1 · %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::JudgeDialog</name>
    <message numerus="yes">
        <source>A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in both orders counts. It sees &quot;Answer A&quot; and &quot;Answer B&quot;, never a model name. Its votes are kept apart from human votes. %n pair(s) to judge.</source>
        <translation>
            <numerusform>A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in both orders counts. It sees &quot;Answer A&quot; and &quot;Answer B&quot;, never a model name. Its votes are kept apart from human votes. %n pair to judge.</numerusform>
            <numerusform>A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in both orders counts. It sees &quot;Answer A&quot; and &quot;Answer B&quot;, never a model name. Its votes are kept apart from human votes. %n pairs to judge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judgement(s), estimated cost %1</source>
        <translation>
            <numerusform>%n judgement, estimated cost %1</numerusform>
            <numerusform>%n judgements, estimated cost %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; cost %1 + %n judgement(s) of unknown price</source>
        <translation>
            <numerusform>; cost %1 + %n judgement of unknown price</numerusform>
            <numerusform>; cost %1 + %n judgements of unknown price</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Collecting %n experiment(s) left running by the last session.</source>
        <translation>
            <numerusform>Collecting %n experiment left running by the last session.</numerusform>
            <numerusform>Collecting %n experiments left running by the last session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked up %n run(s) left unfinished by the last session.</source>
        <translation>
            <numerusform>Picked up %n run left unfinished by the last session.</numerusform>
            <numerusform>Picked up %n runs left unfinished by the last session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::NewExperimentDialog</name>
    <message numerus="yes">
        <source> %n model(s) have no known price.</source>
        <translation>
            <numerusform> %n model has no known price.</numerusform>
            <numerusform> %n models have no known price.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackEditor</name>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to %1</source>
        <translation>
            <numerusform>Add %n item to %1</numerusform>
            <numerusform>Add %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n item(s)</source>
        <translation>
            <numerusform>Include %n item</numerusform>
            <numerusform>Include %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n item(s)</source>
        <translation>
            <numerusform>Exclude %n item</numerusform>
            <numerusform>Exclude %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackImporter</name>
    <message numerus="yes">
        <source>Refreshing %n item(s)…</source>
        <translation>
            <numerusform>Refreshing %n item…</numerusform>
            <numerusform>Refreshing %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackPanel</name>
    <message numerus="yes">
        <source>%n item(s) in %1 section(s), %2 included</source>
        <translation>
            <numerusform>%n item in %1 section(s), %2 included</numerusform>
            <numerusform>%n items in %1 section(s), %2 included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) repeat the text of another item. &lt;a href=&quot;remove&quot;&gt;Remove the copies&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ %n item repeats the text of another item. &lt;a href=&quot;remove&quot;&gt;Remove the copy&lt;/a&gt;</numerusform>
            <numerusform>⚠ %n items repeat the text of another item. &lt;a href=&quot;remove&quot;&gt;Remove the copies&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟳ %n source file(s) changed on disk since import. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt;</source>
        <translation>
            <numerusform>⟳ %n source file changed on disk since import. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt;</numerusform>
            <numerusform>⟳ %n source files changed on disk since import. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ProviderSettingsPage</name>
    <message numerus="yes">
        <source>✔ Connected: %n model(s) available.</source>
        <translation>
            <numerusform>✔ Connected: %n model available.</numerusform>
            <numerusform>✔ Connected: %n models available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatingsDropHandler</name>
    <message numerus="yes">
        <source>%1: already imported, %n vote(s) unchanged</source>
        <translation>
            <numerusform>%1: already imported, %n vote unchanged</numerusform>
            <numerusform>%1: already imported, %n votes unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) added, replacing %2 from an earlier file</source>
        <translation>
            <numerusform>%1: %n vote added, replacing %2 from an earlier file</numerusform>
            <numerusform>%1: %n votes added, replacing %2 from an earlier file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) added</source>
        <translation>
            <numerusform>%1: %n vote added</numerusform>
            <numerusform>%1: %n votes added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReliabilityText</name>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed</source>
        <translation>
            <numerusform>%n call failed</numerusform>
            <numerusform>%n calls failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unjudged</source>
        <translation>
            <numerusform>%n unjudged</numerusform>
            <numerusform>%n unjudged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not fully judged</source>
        <translation>
            <numerusform>%n not fully judged</numerusform>
            <numerusform>%n not fully judged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed call</source>
        <translation>
            <numerusform>%n with a failed call</numerusform>
            <numerusform>%n with a failed call</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n calls</source>
        <comment>tool calls</comment>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n outputs</source>
        <translation>
            <numerusform>Comparison of %n output</numerusform>
            <numerusform>Comparison of %n outputs</numerusform>
        </translation>
    </message>
</context>
</TS>
