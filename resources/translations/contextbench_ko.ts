<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cb::Core::AudioTranscriber</name>
    <message>
        <source>%1 was not transcribed: transcription needs an OpenAI API key. Set it in Settings (Providers, OpenAI) or in the environment variable %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcription came back empty (silence or no speech?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::CallLauncher</name>
    <message>
        <source>No API key for %1: set %2 or save a key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::ConnectionTester</name>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Check the key and that it has access to the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::FollowUpSender</name>
    <message>
        <source>Write a follow-up message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such answer in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this answer has finished before following up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the reply to the previous follow-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextBench stopped before this reply finished; what arrived until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextBench was closed before the reply finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::JudgeRunner</name>
    <message>
        <source>The judge is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to judge: a pair needs two answers from different models (same repeat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a judge model (PROVIDER:MODEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging cancelled after %1 of %2 pairs; those are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging stopped after %1 of %2 pairs (those are kept): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackDocument</name>
    <message>
        <source>Choose where to save the pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened, so it is not overwritten: it may hold data this version cannot read. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackSourceWatcher</name>
    <message>
        <source>The source file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source file changed on disk since it was imported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackTreeModel</name>
    <message>
        <source>Same text as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::ReplyOutcome</name>
    <message>
        <source>The model refused to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped at its output limit; the answer is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model finished without writing any answer text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model wrote no answer text; it asked to call %1, which this run does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::RunOrchestrator</name>
    <message>
        <source>ContextBench stopped before this call finished; the output received until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextBench was closed before the call finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Core::SecretStore</name>
    <message>
        <source>No keychain backend in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not saved. Set %1 in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: %1 Set %2 in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::AboutDialog</name>
    <message>
        <source>About ContextBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ContextBench %1&lt;/h2&gt;&lt;p&gt;Build context packs from goals, transcripts, memos, notes, PDFs and code; preview the exact prompt with token counts and cost; send it to several models in parallel; compare the answers side by side, vote blind, and export the plan to PDF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;History database and data:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Settings:&lt;/b&gt; %3&lt;br&gt;API keys live in the system keychain or environment variables, never in these files.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindRankBar</name>
    <message>
        <source>Submit ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of output %1: 1 is best; give two outputs the same number for a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Waiting for every answer to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Submit to reveal who wrote what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Rank every output, 1 = best (ties allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindRanker</name>
    <message>
        <source>Ranking is for three or more answers; with two, use Blind vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rank %2) was %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking saved. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindVoteBar</name>
    <message>
        <source>A is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind pair %1 of %2.&lt;/b&gt; Which answer is better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind pair %1 of %2.&lt;/b&gt; Waiting for both answers to finish…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BudgetPanel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending, for all repeats: input at list price (no cache hits), output from a typical answer to the model&apos;s maximum, reasoning included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the current prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ estimated with o200k_base: these models have no public tokenizer. “Count exactly” asks the provider (free, needs its API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted exactly with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted exactly by the provider&apos;s count endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning effort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the model catalog: context window and prices unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models without known prices are left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last count failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider&apos;s count-tokens endpoint for the exact figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run of %1 may cost up to %2 (estimate %3).

You asked to confirm runs above %4. Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::CallFormat</name>
    <message>
        <source>%1 in · %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::CheckDialog</name>
    <message>
        <source>Automatic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished answer is marked pass or fail, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is JSON matching a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a length within bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code fence around the JSON is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ComparePanel</name>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers appear here, one column per model and attempt.

Choose the models to compare, then press Send (Ctrl+Return).
Each answer streams into its own column; vote blind, then export the plan to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the models, shuffle the answers and vote pair by pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the models, shuffle all answers and rank them best to worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll all columns together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer at a time, in tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line the answers up section by section: Goals next to Goals, Risks next to Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two answers word by word and section by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every answer pass/fail with an automatic check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating panel&apos;s members and their votes; rename them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rates, reliability and cost across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating kits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind kits for a panel of raters, one HTML file each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a model judge these answers blind, in both orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts judged pass over all attempts, per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n refused)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rating was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass/fail mark was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer links to %1, which is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address from the model&apos;s answer in your browser?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics need the history database, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters live in the history database, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to vote on: blind pairs need at least two different models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n blind pair(s) voted. Names are shown again; see Stats for the win rates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The vote was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you preferred A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you preferred B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt; was %1, &lt;b&gt;B&lt;/b&gt; was %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::DiffDialog</name>
    <message>
        <source>Compare two answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the word diff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words shared, %2 only in A, %3 only in B · sections: %4 only in A, %5 only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar titles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentController</name>
    <message>
        <source>The history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment %1 is waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Experiments: %n running, %1/%2 calls finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentMatrixModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, check failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentResultsView</name>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-of-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s win rate (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per model&lt;/b&gt; — pass rate over answers judged pass/fail; k-of-k: cases whose k repeats all passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Per pair&lt;/b&gt; — blind votes pooled over every case; a tie or both-bad vote counts as half a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) and %1 human vote(s) across the experiment&apos;s cases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentsWindow</name>
    <message>
        <source>&amp;nbsp; ✓ on a mark: check passed &amp;nbsp; ✗: check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments — ContextBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume / Poll Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case in Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate Next Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating Kits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling experiment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the providers to cancel this experiment&apos;s batches and stop its live calls? Everything already answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available, so experiments cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment selected. &quot;New Experiment…&quot; designs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 cases × %3 models × k=%4, %5 mode, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batch %2 (%3, %4 requests): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — window ends in %1 h %2 min (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case whose run has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair of finished answers in this experiment has been judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rating blind: case %1, %n pair(s) left across the experiment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExportDialog</name>
    <message>
        <source>Export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt appendix (exact instructions and input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the PDF could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n page(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::FindBar</name>
    <message>
        <source>Find in prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the shown part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HeaviestItemsDialog</name>
    <message>
        <source>Heaviest Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); included: %1, %2 tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search packs, templates, models, answers and follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ImportStatusWidget</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ItemEditorDialog</name>
    <message>
        <source>Edit Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. launch, q3, pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model should know: decisions, constraints, numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::JudgeDialog</name>
    <message>
        <source>Judge model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in both orders counts. It sees &quot;Answer A&quot; and &quot;Answer B&quot;, never a model name. Its votes are kept apart from human votes. %n pair(s) to judge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, e.g. openai:o3 or local:llama3.1:70b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt ({{task}}, {{answer_a}}, {{answer_b}}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel judging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a judge model (PROVIDER:MODEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n judgement(s), estimated cost %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged %1 of %2 pairs: %3 consistent (votes), %4 inconsistent (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unparseable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cost unknown (no price for the judge model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; cost %1 + %n judgement(s) of unknown price</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; cost %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::MainWindow</name>
    <message>
        <source>&amp;New Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ContextBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heaviest Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model catalog unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token counting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact count failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens (%2): instructions %3, input %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item text per section (tags and headings not included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key for %1: add one in Settings or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: environment variables (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome pack could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet: the prompt is still being assembled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collecting %n experiment(s) left running by the last session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked up %n run(s) left unfinished by the last session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ModelParamsDialog</name>
    <message>
        <source>Parameters for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the run says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model maximum (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens including reasoning; the upper end of the cost range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max output tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 tokens%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 0 turns thinking off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in background mode (polled; survives a dropped connection and a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model only answers in background mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤%1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ModelPicker</name>
    <message>
        <source>Choose the models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each model answers (for k-of-k reliability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the prompt to every selected model (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a model for its own effort, output cap, thinking budget, temperature or background mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another model: provider:model, e.g. openai-compatible:llama3.1:8b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to run defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to change this model&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type provider:model, for example openai-compatible:llama3.1:8b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — choose models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the models that accept this effort; others use their default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected models takes a reasoning effort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::NewExperimentDialog</name>
    <message>
        <source>New Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Q3 planning: o3 vs o3-pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal (optional; empty: the pack&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch (half price, results within 24 h; OpenAI and Anthropic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (full price, answers now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats (k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context packs (*.ctxpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some packs were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one pack and tick at least one model to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls (%2 cases × %3 models × %4).&lt;br&gt;&lt;b&gt;Live:&lt;/b&gt; %5 &amp;nbsp;&amp;nbsp; &lt;b&gt;Batch:&lt;/b&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;This experiment will be billed at the &lt;b&gt;%1&lt;/b&gt; price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n model(s) have no known price.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::OutputColumn</name>
    <message>
        <source>▸ Reasoning summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ Reasoning summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⤢</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up to this model, same context…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the others too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same message to every other finished answer, each in its own conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this attempt as passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this attempt as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rating of this answer, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a follow-up message to this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details hidden until you vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer text&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cut short&lt;/b&gt; — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The text below is what arrived before the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply above is partial: it is what arrived before the error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackEditor</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackImporter</name>
    <message>
        <source>Transcribing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackPanel</name>
    <message>
        <source>&lt;b&gt;Context pack&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: what should the model produce? For example: a launch plan with target metrics, a timeline, priorities and explicit exclusions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, tag or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the items by size and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop documents, notes or folders here

Meeting transcripts, voice memos, PDFs, Word files, web pages, code.
Or use Add Files… and Add Note below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 section(s), %2 included</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) repeat the text of another item. &lt;a href=&quot;remove&quot;&gt;Remove the copies&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟳ %n source file(s) changed on disk since import. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Duplicate Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Section…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PromptPreviewPanel</name>
    <message>
        <source>&lt;b&gt;Prompt preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what the models receive: the instructions and the user message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole prompt, instructions and user message (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions (system message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User message (context documents and goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assembled prompt appears here as you add documents and write a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters of the user message to keep the window responsive. Copy Prompt copies all of it; Find searches all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · template: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ProviderSettingsPage</name>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns dropped voice memos (m4a, mp3, wav, ogg, webm) into text, e.g. gpt-4o-mini-transcribe, gpt-4o-transcribe or whisper-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Connected: %n model(s) available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No key set (local servers usually need none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key set. Type one above, or set %1 in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 from the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatersDialog</name>
    <message>
        <source>Raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who rated through a rating kit, and judge models. Double-click a name to correct it; drop ratings files on the comparison to bring verdicts back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raters yet: make rating kits from a run or an experiment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater not renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatingKitDialog</name>
    <message>
        <source>Rating kits for run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating kits for experiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rater gets a kit: one HTML file that opens offline in any current browser, shows pairs of answers as Answer A / Answer B with nothing that tells which model wrote them, and saves a ratings file to bring back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the rating kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save kits in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to judge: a kit needs finished answers from at least two models to the same prompt and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kit asks about the same pair, sides drawn per rater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kit asks about the same %1 pairs, each rater in their own random order and sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rater&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the kits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote 1 kit. Send it to its rater:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 kits. Send each rater their file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatingsDropHandler</name>
    <message>
        <source>Ratings not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing ratings needs the history database, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReadingLayout</name>
    <message>
        <source>&amp;Reading Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the answers the whole window (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReadingStrip</name>
    <message>
        <source>Show the pack and the prompt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pack and prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸  Pack and prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RunController</name>
    <message>
        <source>The history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run to follow up on one of its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2/%3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RunListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::SectionReadingView</name>
    <message>
        <source>Rows are sections lined up by their headings. &lt;span style=&quot;background:#fff0a8&quot;&gt;Highlighted&lt;/span&gt;: what only that answer says there. &lt;span style=&quot;color:#b35900&quot;&gt;Only in …&lt;/span&gt;: a section one answer alone wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>OpenAI (o3, o3-pro, GPT-5, GPT-4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys you type here are stored in the system keychain, never in settings files, history, packs or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No system keychain is available: %1 Keys are read from the environment variables OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY and OPENAI_COMPATIBLE_API_KEY; keys typed here cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::StatsDialog</name>
    <message>
        <source>Statistics across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos;s win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes on the pair. A ranking of several outputs counts once per model pair (the model with the better mean rank wins), however many outputs it ranked, because its placements are one judgement and not independent votes. Rankings have no left/right, so position bias ignores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of this rater&apos;s decisive votes, how many went to the answer shown on the left, with a 95% interval. An interval that excludes 50% means the layout swayed this rater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items are pairs of answers judged by more than one rater, on the scale: first model better, no preference (tie or both bad), second model better. Votes of judge models are never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-of-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All k passed (pass^k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 from rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position bias: no decisive votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position bias: the left answer won %1 of %2 decisive votes (%3, 95% interval %4). An interval that excludes 50% means the layout sways the judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the ranking (1000 bootstrap refits)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two models the ranking says what the win rate says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths sum to 1; intervals from 1000 bootstrap refits, each resampling whole rater-items (a rater&apos;s votes on one pair of answers, or one ranking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 rankings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 votes of judge models (%2) are kept apart from every figure here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::TemplateEditorDialog</name>
    <message>
        <source>Prompt Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This preset ships with ContextBench and is read-only. Duplicate it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML tags: &lt;document title=… source=… section=…&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain separator lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap items as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions (system message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (user message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (your version of the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (variable: asked for when used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &apos;%1&apos; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;, but the old file could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your version of &apos;%1&apos; and use the shipped preset again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cb::Ui::VariablesForm</name>
    <message>
        <source>No value yet: the prompt shows {{%1}} as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This template needs %1&lt;/b&gt; — until then the prompt keeps the {{placeholder}} as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;b&gt;Live:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Batch:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Actual so far:&lt;/b&gt; %3 (%4 of %5 calls finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON run record (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per call (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context packs (*.ctxpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextBench closed while an unsaved pack had edits. They were kept automatically at %1.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ContextBench closed before the edits to %1 were saved. They were kept automatically at %2.

Restore them? The pack file stays as it is until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved edits could not be read (%1). The file %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Slots&lt;/b&gt;&lt;br&gt;&lt;code&gt;{{goal}}&lt;/code&gt; the pack&apos;s goal · &lt;code&gt;{{title}}&lt;/code&gt; its title · &lt;code&gt;{{date}}&lt;/code&gt; today (yyyy-mm-dd)&lt;br&gt;&lt;code&gt;{{context}}&lt;/code&gt; every enabled item, grouped by section, wrapped in the style above&lt;br&gt;&lt;code&gt;{{section:Name}}&lt;/code&gt; one section&apos;s enabled items&lt;br&gt;&lt;code&gt;{{audience}}&lt;/code&gt; or any other name: a variable you are asked for when the template is used&lt;br&gt;Write &lt;code&gt;{{{{&lt;/code&gt; and &lt;code&gt;}}}}&lt;/code&gt; for literal braces. Document text is never expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight — %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is the first model&apos;s share of the pair&apos;s votes (a tie counts half); the whiskers are the 95% Wilson interval, wide when there are few votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradley–Terry strengths from all votes (summing to 1), with 95% intervals from %1 bootstrap refits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts judged pass per model (k-of-k), with the 95% Wilson interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cost against mean time of each model&apos;s answers; lower left is cheaper and faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cost against mean time per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate of the first model, with 95 % Wilson interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradley–Terry strength, with 95 % bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate per model (k-of-k), with 95 % Wilson interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
