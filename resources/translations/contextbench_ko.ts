<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cb::App::Cli</name>
    <message>
        <source>%1 has no clarifying questions.</source>
        <translation>%1 모델에게는 확인 질문이 없습니다.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>중요한 이유: %1</translation>
    </message>
    <message>
        <source>If unanswered, assumes: %1</source>
        <translation>답이 없으면 가정할 내용: %1</translation>
    </message>
    <message>
        <source>asked by %1, cost %2</source>
        <translation>질문한 모델: %1, 비용 %2</translation>
    </message>
    <message>
        <source>asked by %1, cost unknown</source>
        <translation>질문한 모델: %1, 비용 알 수 없음</translation>
    </message>
    <message>
        <source>(the first answer did not match the schema and was repaired)</source>
        <translation>(첫 답변이 스키마와 일치하지 않아 수정됨)</translation>
    </message>
    <message>
        <source>Answer them: save this with --json, add an &quot;answer&quot; to each question, then</source>
        <translation>답하려면 --json으로 이 결과를 저장하고 질문마다 &quot;answer&quot;를 추가한 뒤 다음을 실행하세요:</translation>
    </message>
    <message>
        <source>Asks a model for the clarifying questions a planner would need answered before planning from the pack: it reads the prompt a run would send (template, pack and goal) and answers through a JSON schema (question, why it matters, what it will assume if unanswered), validated and repaired once. Add the answers with &apos;contextbench pack note PACK --answers FILE&apos;.
Exit codes: 0 done, 1 failed, 2 usage.</source>
        <translation>팩으로 계획을 세우기 전에 답이 필요한 확인 질문을 모델에게 묻습니다. 모델은 실행이 보낼 프롬프트(템플릿, 팩, 목표)를 읽고 JSON 스키마(질문, 중요한 이유, 답이 없을 때 가정할 내용)에 맞춰 답하며, 답변은 검증되고 필요하면 한 번 수정됩니다. 답변은 &apos;contextbench pack note PACK --answers FILE&apos;로 팩에 추가하세요.
종료 코드: 0 완료, 1 실패, 2 사용법 오류.</translation>
    </message>
    <message>
        <source>The .ctxpack file.</source>
        <translation>.ctxpack 파일입니다.</translation>
    </message>
    <message>
        <source>The model that asks, PROVIDER:MODEL (default: the cheapest catalog model with a key).</source>
        <translation>질문할 모델(PROVIDER:MODEL, 기본값: 키가 있는 카탈로그 모델 중 가장 저렴한 모델)입니다.</translation>
    </message>
    <message>
        <source>At most this many questions (1-20, default 5).</source>
        <translation>최대 질문 수(1-20, 기본값 5)입니다.</translation>
    </message>
    <message>
        <source>Template name or .cbtemplate file of the run to come.</source>
        <translation>이어서 보낼 실행의 템플릿 이름 또는 .cbtemplate 파일입니다.</translation>
    </message>
    <message>
        <source>Set a template variable (repeatable).</source>
        <translation>템플릿 변수를 지정합니다(여러 번 사용 가능).</translation>
    </message>
    <message>
        <source>Server for a provider (repeatable), e.g. local=http://localhost:11434/v1.</source>
        <translation>제공자의 서버를 지정합니다(여러 번 사용 가능). 예: local=http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Print {&quot;model&quot;,&quot;questions&quot;:[…],&quot;cost_usd&quot;,&quot;usage&quot;}.</source>
        <translation>{&quot;model&quot;,&quot;questions&quot;:[…],&quot;cost_usd&quot;,&quot;usage&quot;}를 출력합니다.</translation>
    </message>
    <message>
        <source>expected one pack file</source>
        <translation>팩 파일을 하나 지정하세요</translation>
    </message>
    <message>
        <source>--max-questions expects a number from 1 to %1</source>
        <translation>--max-questions에는 1부터 %1까지의 숫자를 지정하세요</translation>
    </message>
    <message>
        <source>no model catalog (%1); the cost is unknown</source>
        <translation>모델 카탈로그가 없어(%1) 비용을 알 수 없습니다</translation>
    </message>
    <message>
        <source>no catalog model to ask with: give one with --model PROVIDER:MODEL</source>
        <translation>질문에 쓸 카탈로그 모델이 없습니다. --model PROVIDER:MODEL로 지정하세요</translation>
    </message>
    <message>
        <source>no --model given: using %1, the cheapest model with a key</source>
        <translation>--model을 지정하지 않아 키가 있는 모델 중 가장 저렴한 %1 모델을 사용합니다</translation>
    </message>
    <message numerus="yes">
        <source>asking %1 for up to %n question(s)</source>
        <translation>
            <numerusform>%1 모델에게 확인 질문을 최대 %n개 묻는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s answer, as received:</source>
        <translation>받은 그대로의 모델 답변:</translation>
    </message>
    <message>
        <source>the ask was not recorded in the history: %1</source>
        <translation>질문 내역이 기록에 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>no history (%1); the ask is not recorded</source>
        <translation>기록을 열 수 없어(%1) 질문 내역을 저장하지 않습니다</translation>
    </message>
    <message>
        <source>clarifying questions to answer before a run</source>
        <translation>실행 전에 답할 확인 질문</translation>
    </message>
    <message>
        <source>Prints exactly what would be sent for a pack: the instructions and the input, each after a marker line
(&lt;&lt;&lt;contextbench:instructions&gt;&gt;&gt;, &lt;&lt;&lt;contextbench:input&gt;&gt;&gt;), or one part raw with --part, or JSON.
Exit codes: 0 done, 1 failure, 2 usage, 3 template variables left unfilled (output still written).</source>
        <translation>팩에 대해 실제로 보낼 내용을 그대로 출력합니다. 지시문과 입력을 각각 표시 줄
(&lt;&lt;&lt;contextbench:instructions&gt;&gt;&gt;, &lt;&lt;&lt;contextbench:input&gt;&gt;&gt;) 다음에 출력하거나, --part로 한 부분만 그대로, 또는 JSON으로 출력합니다.
종료 코드: 0 완료, 1 실패, 2 사용법 오류, 3 값이 없는 템플릿 변수가 있음(출력은 그대로 기록됨).</translation>
    </message>
    <message>
        <source>Template name or .cbtemplate file (default report-generator).</source>
        <translation>템플릿 이름 또는 .cbtemplate 파일입니다(기본값 report-generator).</translation>
    </message>
    <message>
        <source>Use this goal instead of the pack&apos;s.</source>
        <translation>팩의 목표 대신 이 목표를 사용합니다.</translation>
    </message>
    <message>
        <source>The date for {{date}} (default today).</source>
        <translation>{{date}}에 넣을 날짜입니다(기본값 오늘).</translation>
    </message>
    <message>
        <source>Override the template&apos;s wrap style.</source>
        <translation>템플릿의 감싸기 방식을 바꿉니다.</translation>
    </message>
    <message>
        <source>Which part to print (default both).</source>
        <translation>출력할 부분입니다(기본값 both).</translation>
    </message>
    <message>
        <source>Print JSON: template, instructions, input, sha256, missing_variables, warnings.</source>
        <translation>JSON(template, instructions, input, sha256, missing_variables, warnings)으로 출력합니다.</translation>
    </message>
    <message>
        <source>Write to this file (atomically) instead of stdout.</source>
        <translation>표준 출력 대신 이 파일에 씁니다(원자적으로).</translation>
    </message>
    <message>
        <source>List the templates and exit.</source>
        <translation>템플릿 목록을 출력하고 끝냅니다.</translation>
    </message>
    <message>
        <source>template skipped: %1</source>
        <translation>템플릿을 건너뛰었습니다: %1</translation>
    </message>
    <message>
        <source>--part must be both, instructions or input</source>
        <translation>--part는 both, instructions, input 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--date expects yyyy-mm-dd</source>
        <translation>--date는 yyyy-mm-dd 형식이어야 합니다</translation>
    </message>
    <message>
        <source>--wrap must be xml, markdown or plain</source>
        <translation>--wrap은 xml, markdown, plain 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>template variables without a value, left as {{name}} in the prompt: %1 (set them with --var NAME=VALUE)</source>
        <translation>값이 없어 프롬프트에 {{name}} 그대로 남은 템플릿 변수: %1 (--var NAME=VALUE로 지정하세요)</translation>
    </message>
    <message>
        <source>print exactly what would be sent</source>
        <translation>실제로 보낼 내용을 그대로 출력</translation>
    </message>
    <message>
        <source>--base-url expects PROVIDER=http(s)://HOST[:PORT][/PATH], e.g. local=http://localhost:11434/v1; got &apos;%1&apos;</source>
        <translation>--base-url은 PROVIDER=http(s)://HOST[:PORT][/PATH] 형식이어야 합니다(예: local=http://localhost:11434/v1). 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read --case-vars file %1: %2</source>
        <translation>--case-vars 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--case-vars expects a .json or .csv file, got %1</source>
        <translation>--case-vars에는 .json 또는 .csv 파일을 지정하세요. 받은 값: %1</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>올바른 JSON이 아닙니다(오프셋 %2에서 %1)</translation>
    </message>
    <message>
        <source>expected an array of {&quot;pack&quot;, &quot;goal&quot;, &quot;variables&quot;} objects</source>
        <translation>{&quot;pack&quot;, &quot;goal&quot;, &quot;variables&quot;} 객체의 배열이어야 합니다</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>%1번째 항목</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos; (expected pack, goal, variables)</source>
        <translation>%1: 알 수 없는 필드 &apos;%2&apos;입니다(pack, goal, variables만 쓸 수 있습니다)</translation>
    </message>
    <message>
        <source>%1: needs a &quot;pack&quot;</source>
        <translation>%1: &quot;pack&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>%1: &quot;variables&quot; must be an object of name: value</source>
        <translation>%1: &quot;variables&quot;는 이름: 값 형태의 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: variable &apos;%2&apos; must be text</source>
        <translation>%1: 변수 &apos;%2&apos;의 값은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>empty; expected a header row &apos;pack,goal,NAME…&apos;</source>
        <translation>비어 있습니다. &apos;pack,goal,NAME…&apos; 머리글 행이 필요합니다</translation>
    </message>
    <message>
        <source>the header row must start with &apos;pack,goal&apos;, then one column per variable</source>
        <translation>머리글 행은 &apos;pack,goal&apos;로 시작하고 그 뒤에 변수마다 열이 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <translation>%1의 필드는 %2개인데 머리글은 %3개입니다</translation>
    </message>
    <message>
        <source>%1: the pack is empty</source>
        <translation>%1: 팩이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>pack &apos;%1&apos; is not one of the packs given (%2)</source>
        <translation>팩 &apos;%1&apos;은(는) 지정한 팩(%2) 중에 없습니다</translation>
    </message>
    <message>
        <source>pack &apos;%1&apos; matches several packs given (%2); give its path</source>
        <translation>팩 &apos;%1&apos;이(가) 지정한 팩 여러 개(%2)와 일치합니다. 경로로 지정하세요</translation>
    </message>
    <message>
        <source>names goal &apos;%1&apos;, but no --goal was given</source>
        <translation>목표 &apos;%1&apos;을(를) 지정했지만 --goal이 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>goal &apos;%1&apos; is not one of the --goal values</source>
        <translation>목표 &apos;%1&apos;은(는) --goal 값 중에 없습니다</translation>
    </message>
    <message>
        <source>a second entry for pack &apos;%1&apos;%2</source>
        <translation>팩 &apos;%1&apos;%2에 대한 항목이 두 번째로 나왔습니다</translation>
    </message>
    <message>
        <source> and goal &apos;%1&apos;</source>
        <translation>와 목표 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name</source>
        <translation>&apos;%1&apos;은(는) 변수 이름이 아닙니다</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; uses no variables, got &apos;%2&apos;</source>
        <translation>템플릿 &apos;%1&apos;은(는) 변수를 사용하지 않는데 &apos;%2&apos;이(가) 주어졌습니다</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; has no variable &apos;%2&apos; (it uses: %3)</source>
        <translation>템플릿 &apos;%1&apos;에는 변수 &apos;%2&apos;이(가) 없습니다(사용하는 변수: %3)</translation>
    </message>
    <message>
        <source>build context packs and compare reasoning models side by side.</source>
        <translation>컨텍스트 팩을 만들고 추론 모델을 나란히 비교합니다.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>사용 방법:</translation>
    </message>
    <message>
        <source>open the window (with a pack)</source>
        <translation>창을 엽니다(팩과 함께)</translation>
    </message>
    <message>
        <source>run a command without a display</source>
        <translation>화면 없이 명령을 실행합니다</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Run &apos;contextbench COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>명령별 옵션은 &apos;contextbench COMMAND --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>API keys come from the system keychain or OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY.</source>
        <translation>API 키는 시스템 키체인이나 OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY에서 가져옵니다.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a command nor something the window can open (an existing file or a .ctxpack pack).</source>
        <translation>&apos;%1&apos;은(는) 명령도 아니고 창에서 열 수 있는 것(기존 파일 또는 .ctxpack 팩)도 아닙니다.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. The closest command is &apos;%2&apos;.</source>
        <translation>알 수 없는 명령 &apos;%1&apos;입니다. 가장 비슷한 명령은 &apos;%2&apos;입니다.</translation>
    </message>
    <message>
        <source>Report language for headings, labels, numbers and dates (default: the interface language). JSON and CSV keep English keys.</source>
        <translation>제목, 레이블, 숫자, 날짜에 쓸 보고서 언어입니다(기본값: 인터페이스 언어). JSON과 CSV의 키는 영어로 유지됩니다.</translation>
    </message>
    <message>
        <source>--language must be en or ko, got &apos;%1&apos;</source>
        <translation>--language는 en 또는 ko여야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no template named &apos;%1&apos;; available: %2</source>
        <translation>&apos;%1&apos;이라는 템플릿이 없습니다. 사용 가능한 템플릿: %2</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE with a name like &apos;audience&apos;, got &apos;%1&apos;</source>
        <translation>--var는 NAME=VALUE 형식이어야 하며 이름은 &apos;audience&apos;처럼 써야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>See &apos;%1 --help&apos;.</source>
        <translation>&apos;%1 --help&apos;를 참고하세요.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>응답 대기 중</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>추론 중</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>스트리밍 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message numerus="yes">
        <source>not valid UTF-8: %n invalid byte sequence(s), the first at byte offset %1 (a binary file, or text in another encoding)</source>
        <translation>
            <numerusform>올바른 UTF-8이 아닙니다. 잘못된 바이트 시퀀스가 %n개 있으며 첫 번째는 바이트 오프셋 %1에 있습니다(바이너리 파일이거나 다른 인코딩의 텍스트입니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>Counts the tokens of each file exactly, and the total. A .ctxpack counts its assembled
prompt (instructions + input, default template); other files are read as UTF-8 text.
Exit codes: 0 done, 1 nothing could be counted, 2 usage, 3 some files failed.</source>
        <translation>파일마다 토큰 수를 정확히 세고 합계를 냅니다. .ctxpack은 조립된 프롬프트(지시문 + 입력,
기본 템플릿)를 세고, 다른 파일은 UTF-8 텍스트로 읽습니다.
종료 코드: 0 완료, 1 하나도 세지 못함, 2 사용법 오류, 3 일부 파일 실패.</translation>
    </message>
    <message>
        <source>Files to count.</source>
        <translation>토큰을 셀 파일입니다.</translation>
    </message>
    <message>
        <source>o200k_base (default) or cl100k_base.</source>
        <translation>o200k_base(기본값) 또는 cl100k_base입니다.</translation>
    </message>
    <message>
        <source>Print {&quot;encoding&quot;, &quot;files&quot;: [{&quot;path&quot;, &quot;bytes&quot;, &quot;tokens&quot;}], &quot;total&quot;}.</source>
        <translation>{&quot;encoding&quot;, &quot;files&quot;: [{&quot;path&quot;, &quot;bytes&quot;, &quot;tokens&quot;}], &quot;total&quot;}을 출력합니다.</translation>
    </message>
    <message>
        <source>--encoding must be o200k_base or cl100k_base</source>
        <translation>--encoding은 o200k_base 또는 cl100k_base여야 합니다</translation>
    </message>
    <message>
        <source>expected at least one file</source>
        <translation>파일을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>total (%1)</source>
        <translation>합계 (%1)</translation>
    </message>
    <message>
        <source>exact token counts (a .ctxpack counts its prompt)</source>
        <translation>정확한 토큰 수(.ctxpack은 프롬프트를 셈)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>expected at most one experiment id</source>
        <translation>실험 ID는 하나만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>the experiment id is a positive number</source>
        <translation>실험 ID는 양수여야 합니다</translation>
    </message>
    <message>
        <source>--poll-interval expects seconds between 0 and 3600</source>
        <translation>--poll-interval에는 0초 초과 3600초 이하의 값을 지정하세요</translation>
    </message>
    <message>
        <source>Experiment %1 &quot;%2&quot; (%3, %4)</source>
        <translation>실험 %1 &quot;%2&quot; (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1 %2 %3: %4 (%n request(s))</source>
        <translation>
            <numerusform>배치 %1 %2 %3: %4 (요청 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>case %1: %2%3</source>
        <translation>케이스 %1: %2%3</translation>
    </message>
    <message>
        <source>batch %1 %2</source>
        <translation>배치 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n request(s))</source>
        <translation>
            <numerusform>%1 (요청 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>experiment %1 submitted; &apos;contextbench experiment resume %1&apos; collects the results</source>
        <translation>실험 %1을(를) 제출했습니다. 결과는 &apos;contextbench experiment resume %1&apos;로 받아 오세요</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>알 수 없는 하위 명령 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>many cases × models × k, live or through batch APIs</source>
        <translation>여러 케이스 × 모델 × k회, 실시간 또는 배치 API로</translation>
    </message>
    <message>
        <source>Writes an experiment as recorded: every case × model × repeat with its state, billing (batch or live), cost in USD (batch calls at the batch price), tokens and the answer. Contacts no provider.
Formats: json (everything), csv (one row per call), md (tables per case, then the answers).</source>
        <translation>기록된 실험을 파일로 씁니다. 케이스 × 모델 × 반복마다 상태, 과금 방식(배치 또는 실시간), USD 비용(배치 호출은 배치 가격), 토큰, 답변을 담습니다. 제공자에는 연결하지 않습니다.
형식: json(전체), csv(호출마다 한 행), md(케이스별 표 다음에 답변).</translation>
    </message>
    <message>
        <source>Experiment id.</source>
        <translation>실험 ID입니다.</translation>
    </message>
    <message>
        <source>The file to write (atomically).</source>
        <translation>쓸 파일입니다(원자적으로 씀).</translation>
    </message>
    <message>
        <source>json, csv, md, html or pdf (default: from the file&apos;s extension, else json).</source>
        <translation>json, csv, md, html, pdf 중 하나입니다(기본값: 파일 확장자에 따름, 없으면 json).</translation>
    </message>
    <message>
        <source>give the id of the experiment to export</source>
        <translation>내보낼 실험의 ID를 지정하세요</translation>
    </message>
    <message>
        <source>give the file to write with --out FILE</source>
        <translation>--out FILE로 쓸 파일을 지정하세요</translation>
    </message>
    <message>
        <source>--format must be json, csv, md, html or pdf; got &apos;%1&apos;</source>
        <translation>--format은 json, csv, md, html, pdf 중 하나여야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>wrote experiment %1 (%2, %n bytes) to %3</source>
        <translation>
            <numerusform>실험 %1을(를) %3에 썼습니다(%2, %n바이트)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks the providers to cancel an experiment&apos;s batches, stops its live calls, and collects every result that came back.
Exit codes as for &apos;run&apos;.</source>
        <translation>제공자에게 실험의 배치를 취소하도록 요청하고 실시간 호출을 중지한 뒤, 돌아온 결과를 모두 받아 옵니다.
종료 코드는 &apos;run&apos;과 같습니다.</translation>
    </message>
    <message>
        <source>Polls an experiment&apos;s batches until they end and collects their results (without ID: the oldest experiment still running).
Exit codes as for &apos;run&apos;: 0 every call done, 1 none done, 2 usage, 3 some failed or still waiting.</source>
        <translation>실험의 배치가 끝날 때까지 상태를 확인하고 결과를 받아 옵니다(ID가 없으면 아직 진행 중인 가장 오래된 실험).
종료 코드는 &apos;run&apos;과 같습니다: 0 모든 호출 완료, 1 완료된 호출 없음, 2 사용법 오류, 3 일부 실패 또는 대기 중.</translation>
    </message>
    <message>
        <source>Server for a provider (repeatable).</source>
        <translation>제공자의 서버를 지정합니다(여러 번 사용 가능).</translation>
    </message>
    <message>
        <source>Seconds between status checks of a batch (default: 5, growing to 60).</source>
        <translation>배치 상태를 확인하는 간격(초)입니다(기본값: 5초에서 시작해 60초까지 늘어남).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>요약을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>give the id of the experiment to cancel</source>
        <translation>취소할 실험의 ID를 지정하세요</translation>
    </message>
    <message>
        <source>no experiment is waiting to be resumed</source>
        <translation>재개를 기다리는 실험이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>cancelling experiment %1 (%n batch(es) recorded)</source>
        <translation>
            <numerusform>실험 %1 취소 중(기록된 배치 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resuming experiment %1 (%n batch(es) recorded)</source>
        <translation>
            <numerusform>실험 %1 재개 중(기록된 배치 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs every case (each PACK, once per --goal) on every --model, --repeat times, and records each call in history (one run per case).
Batch mode sends OpenAI and Anthropic calls through their batch APIs (half price, results within 24 h); other providers run live. Progress goes to stderr; the summary to stdout. Exit codes: 0 every call done, 1 none done, 2 usage, 3 some failed or still waiting.</source>
        <translation>모든 케이스(각 PACK을 --goal마다 한 번씩)를 모든 --model에 --repeat회씩 실행하고 호출을 모두 기록에 남깁니다(케이스마다 실행 하나).
배치 모드는 OpenAI와 Anthropic 호출을 배치 API로 보내고(가격 절반, 24시간 이내 결과) 다른 제공자는 실시간으로 실행합니다. 진행 상황은 표준 오류로, 요약은 표준 출력으로 나갑니다. 종료 코드: 0 모든 호출 완료, 1 완료된 호출 없음, 2 사용법 오류, 3 일부 실패 또는 대기 중.</translation>
    </message>
    <message>
        <source>One or more .ctxpack files.</source>
        <translation>.ctxpack 파일 하나 이상입니다.</translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, repeatable.</source>
        <translation>PROVIDER:MODEL이며 여러 번 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Independent calls per case and model (default 1).</source>
        <translation>케이스와 모델마다 보내는 독립 호출 수입니다(기본값 1).</translation>
    </message>
    <message>
        <source>A goal; each pack becomes one case per goal (repeatable).</source>
        <translation>목표입니다. 팩마다 목표 하나당 케이스 하나가 됩니다(여러 번 사용 가능).</translation>
    </message>
    <message>
        <source>batch (default) or live.</source>
        <translation>batch(기본값) 또는 live입니다.</translation>
    </message>
    <message>
        <source>A name for the experiment.</source>
        <translation>실험 이름입니다.</translation>
    </message>
    <message>
        <source>Reasoning effort.</source>
        <translation>추론 강도입니다.</translation>
    </message>
    <message>
        <source>Output token limit per call.</source>
        <translation>호출당 출력 토큰 한도입니다.</translation>
    </message>
    <message>
        <source>Template name or .cbtemplate file.</source>
        <translation>템플릿 이름 또는 .cbtemplate 파일입니다.</translation>
    </message>
    <message>
        <source>Template variables per case, over --var: a .json file [{&quot;pack&quot;: FILE, &quot;goal&quot;: TEXT, &quot;variables&quot;: {NAME: VALUE}}, ...] or a .csv file with the header pack,goal,NAME,... (no goal: every case of that pack).</source>
        <translation>--var보다 우선하는 케이스별 템플릿 변수입니다. .json 파일 [{&quot;pack&quot;: FILE, &quot;goal&quot;: TEXT, &quot;variables&quot;: {NAME: VALUE}}, ...] 또는 머리글이 pack,goal,NAME,...인 .csv 파일입니다(goal이 없으면 그 팩의 모든 케이스).</translation>
    </message>
    <message>
        <source>Return once the batches are submitted; &apos;experiment resume&apos; collects them later.</source>
        <translation>배치를 제출하면 바로 돌아옵니다. 결과는 나중에 &apos;experiment resume&apos;으로 받아 옵니다.</translation>
    </message>
    <message>
        <source>--repeat expects a number from 1 to 100</source>
        <translation>--repeat에는 1부터 100까지의 숫자를 지정하세요</translation>
    </message>
    <message>
        <source>--mode must be live or batch</source>
        <translation>--mode는 live 또는 batch여야 합니다</translation>
    </message>
    <message>
        <source>give at least one pack file</source>
        <translation>팩 파일을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>no model catalog (%1); costs are unknown</source>
        <translation>모델 카탈로그가 없어(%1) 비용을 알 수 없습니다</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (see &apos;contextbench models&apos;)</source>
        <translation>알 수 없는 모델 &apos;%1&apos;입니다(&apos;contextbench models&apos;를 참고하세요)</translation>
    </message>
    <message>
        <source>give at least one --model PROVIDER:MODEL</source>
        <translation>--model PROVIDER:MODEL을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>%1 has no value for %2 (template &apos;%3&apos;); give it with --var NAME=VALUE or --case-vars</source>
        <translation>%1에 %2 값이 없습니다(템플릿 &apos;%3&apos;). --var NAME=VALUE나 --case-vars로 지정하세요</translation>
    </message>
    <message>
        <source>price estimate: live %1, this experiment (%2) %3</source>
        <translation>예상 가격: 실시간 %1, 이 실험(%2) %3</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n model(s) of unknown price)</source>
        <translation>
            <numerusform>(+ 가격을 알 수 없는 모델 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>experiment %1: %2 case(s) × %3 model(s) × %4 = %n call(s), %5 mode</source>
        <translation>
            <numerusform>실험 %1: 케이스 %2개 × 모델 %3개 × %4회 = 호출 %n회, %5 모드</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows an experiment as recorded: its batches and every call. Contacts no provider; &apos;experiment resume&apos; polls and collects.
Exit codes as for &apos;run&apos;: 0 every call done, 1 none done, 3 some failed or still waiting.</source>
        <translation>기록된 실험의 배치와 모든 호출을 보여 줍니다. 제공자에는 연결하지 않습니다. 상태 확인과 결과 받기는 &apos;experiment resume&apos;이 합니다.
종료 코드는 &apos;run&apos;과 같습니다: 0 모든 호출 완료, 1 완료된 호출 없음, 3 일부 실패 또는 대기 중.</translation>
    </message>
    <message>
        <source>Experiment id (default: the newest).</source>
        <translation>실험 ID입니다(기본값: 가장 최근 실험).</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>there is no experiment yet</source>
        <translation>아직 실험이 없습니다</translation>
    </message>
    <message>
        <source>Exports a run from the history (%1) as a report or data file.
Exit codes: 0 done, 1 failure (no such run, unwritable file), 2 usage.</source>
        <translation>기록(%1)의 실행을 보고서나 데이터 파일로 내보냅니다.
종료 코드: 0 완료, 1 실패(없는 실행, 쓸 수 없는 파일), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>The run id.</source>
        <translation>실행 ID입니다.</translation>
    </message>
    <message>
        <source>Export the most recent run.</source>
        <translation>가장 최근 실행을 내보냅니다.</translation>
    </message>
    <message>
        <source>Output format (default: from the --out extension, else pdf).</source>
        <translation>출력 형식입니다(기본값: --out의 확장자에 따름, 없으면 pdf).</translation>
    </message>
    <message>
        <source>PDF page size (default A4).</source>
        <translation>PDF 용지 크기입니다(기본값 A4).</translation>
    </message>
    <message>
        <source>PDF/HTML: two outputs per page.</source>
        <translation>PDF/HTML: 한 페이지에 답변 두 개를 나란히 놓습니다.</translation>
    </message>
    <message>
        <source>Add the exact instructions and input as an appendix.</source>
        <translation>실제 지시문과 입력을 부록으로 붙입니다.</translation>
    </message>
    <message>
        <source>Leave out reasoning summaries.</source>
        <translation>추론 요약을 뺍니다.</translation>
    </message>
    <message>
        <source>Leave out the manifest appendix.</source>
        <translation>매니페스트 부록을 뺍니다.</translation>
    </message>
    <message>
        <source>give one run id or --last</source>
        <translation>실행 ID 하나 또는 --last를 지정하세요</translation>
    </message>
    <message>
        <source>run id must be a positive number, got &apos;%1&apos;</source>
        <translation>실행 ID는 양수여야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE이 필요합니다</translation>
    </message>
    <message>
        <source>--format must be pdf, md, html, json or csv</source>
        <translation>--format은 pdf, md, html, json, csv 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size는 A4 또는 Letter여야 합니다</translation>
    </message>
    <message>
        <source>no history yet (%1 does not exist)</source>
        <translation>아직 기록이 없습니다(%1이(가) 없습니다)</translation>
    </message>
    <message>
        <source>the history has no runs</source>
        <translation>기록에 실행이 없습니다</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <source>export a run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <source>(text before the first heading)</source>
        <translation>(첫 제목 앞의 텍스트)</translation>
    </message>
    <message>
        <source>(calls %1)</source>
        <translation>(호출 %1)</translation>
    </message>
    <message>
        <source>--pick expects SECTION=CALL_INDEX (e.g. 2=1 or Risks=3), got &quot;%1&quot;</source>
        <translation>--pick은 SECTION=CALL_INDEX 형식이어야 합니다(예: 2=1 또는 Risks=3). 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no section &quot;%1&quot; in this run&apos;s answers; they have:
%2</source>
        <translation>이 실행의 답변에는 &quot;%1&quot; 섹션이 없습니다. 있는 섹션:
%2</translation>
    </message>
    <message>
        <source>call %1 has no finished answer to pick from</source>
        <translation>호출 %1에는 고를 수 있는 완료된 답변이 없습니다</translation>
    </message>
    <message>
        <source>call %1 (%2) has no section &quot;%3&quot;</source>
        <translation>호출 %1(%2)에는 &quot;%3&quot; 섹션이 없습니다</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>(introduction)</source>
        <translation>(도입부)</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>비용 %1</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
    <message>
        <source>Fuses the answers of a judged run (every blind pair voted, or the answers ranked blind) into one plan and prints it with the answers each section came from. fuse: a model merges all answers (with --pick: only the picked sections, guided). pick: the picked sections as written, no model. The fusion is recorded in the history with the run.
Exit codes: 0 done, 1 failed (the partial plan is kept), 2 usage.</source>
        <translation>심사를 마친 실행(모든 블라인드 쌍에 투표했거나 답변의 블라인드 순위를 매긴 실행)의 답변을 하나의 계획으로 통합하고, 섹션마다 어느 답변에서 왔는지와 함께 출력합니다. fuse: 모델이 모든 답변을 병합합니다(--pick을 주면 고른 섹션만 안내식으로). pick: 고른 섹션을 쓰인 그대로 모으며 모델을 쓰지 않습니다. 통합 결과는 실행과 함께 기록에 남습니다.
종료 코드: 0 완료, 1 실패(일부 작성된 계획은 보존됨), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>Run id.</source>
        <translation>실행 ID입니다.</translation>
    </message>
    <message>
        <source>The model that merges, PROVIDER:MODEL.</source>
        <translation>병합할 모델(PROVIDER:MODEL)입니다.</translation>
    </message>
    <message>
        <source>fuse (default) or pick.</source>
        <translation>fuse(기본값) 또는 pick입니다.</translation>
    </message>
    <message>
        <source>Keep this call&apos;s version of a section (repeatable); SECTION is its number in --sections or a heading, CALL_INDEX the call&apos;s place in the run.</source>
        <translation>섹션을 이 호출의 버전으로 유지합니다(여러 번 사용 가능). SECTION은 --sections에 나온 번호나 제목이고, CALL_INDEX는 실행 안에서 호출의 순서입니다.</translation>
    </message>
    <message>
        <source>List the run&apos;s sections as --pick names them; fuse nothing.</source>
        <translation>--pick에서 쓰는 이름으로 실행의 섹션을 나열하고 통합은 하지 않습니다.</translation>
    </message>
    <message>
        <source>Print the plan and its lineage as JSON.</source>
        <translation>계획과 그 출처를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>give one run id</source>
        <translation>실행 ID를 하나 지정하세요</translation>
    </message>
    <message>
        <source>a run id is a positive number</source>
        <translation>실행 ID는 양수여야 합니다</translation>
    </message>
    <message>
        <source>--mode is fuse or pick</source>
        <translation>--mode는 fuse 또는 pick이어야 합니다</translation>
    </message>
    <message>
        <source>pick mode needs at least one --pick SECTION=CALL_INDEX (see --sections)</source>
        <translation>pick 모드에는 --pick SECTION=CALL_INDEX가 하나 이상 필요합니다(--sections 참고)</translation>
    </message>
    <message>
        <source>give the model that merges: --model PROVIDER:MODEL (or --mode pick)</source>
        <translation>병합할 모델을 --model PROVIDER:MODEL로 지정하세요(또는 --mode pick)</translation>
    </message>
    <message numerus="yes">
        <source>fusing %n answer(s) with %1…</source>
        <translation>
            <numerusform>%1 모델로 답변 %n개를 통합하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>the fusion was lost</source>
        <translation>통합 결과를 잃었습니다</translation>
    </message>
    <message>
        <source>one plan from a judged run&apos;s answers, with the sources of each section</source>
        <translation>심사를 마친 실행의 답변으로 만든 하나의 계획(섹션별 출처 포함)</translation>
    </message>
    <message>
        <source>Asks a judge model about every pair of answers of a run (or of each run of an experiment): calls with answer text from different models, same repeat. Each pair is judged in both orders (A/B, then B/A); only a verdict that holds in both counts, as one blind vote of the judge, kept apart from human votes. Judging again replaces the judge&apos;s earlier votes. Prints the counts, the cost and the agreement with the humans (Cohen&apos;s kappa against their majority).
Exit codes: 0 done, 1 failed (finished pairs are kept), 2 usage.</source>
        <translation>실행(또는 실험의 각 실행)의 모든 답변 쌍을 심사 모델에게 묻습니다. 쌍은 같은 반복 회차에서 서로 다른 모델이 답변 텍스트를 낸 호출입니다. 각 쌍은 두 순서(A/B, 다음에 B/A)로 심사하며, 두 순서 모두에서 같은 판정만 심사 모델의 블라인드 투표 한 표로 세고 사람의 투표와는 따로 둡니다. 다시 심사하면 그 심사 모델의 이전 투표를 대체합니다. 집계, 비용, 사람과의 일치도(사람 다수 의견 대비 Cohen의 카파)를 출력합니다.
종료 코드: 0 완료, 1 실패(끝난 쌍은 보존됨), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>Run id (or give --experiment).</source>
        <translation>실행 ID입니다(또는 --experiment를 지정).</translation>
    </message>
    <message>
        <source>Judge every run of it.</source>
        <translation>이 실험의 모든 실행을 심사합니다.</translation>
    </message>
    <message>
        <source>The judge, PROVIDER:MODEL.</source>
        <translation>심사 모델(PROVIDER:MODEL)입니다.</translation>
    </message>
    <message>
        <source>Reasoning effort for the judge.</source>
        <translation>심사 모델의 추론 강도입니다.</translation>
    </message>
    <message>
        <source>Output token limit per judgement.</source>
        <translation>심사 한 번당 출력 토큰 한도입니다.</translation>
    </message>
    <message>
        <source>Judge prompt with {{task}}, {{answer_a}} and {{answer_b}} (default: --show-prompt).</source>
        <translation>{{task}}, {{answer_a}}, {{answer_b}}를 담은 심사 프롬프트입니다(기본값: --show-prompt).</translation>
    </message>
    <message>
        <source>Print the default prompt.</source>
        <translation>기본 프롬프트를 출력합니다.</translation>
    </message>
    <message>
        <source>Print the pairs and the estimated cost; send nothing.</source>
        <translation>쌍의 수와 예상 비용만 출력하고 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Judgements in flight (default 4).</source>
        <translation>동시에 진행할 심사 수입니다(기본값 4).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>give one run id or --experiment ID</source>
        <translation>실행 ID 하나 또는 --experiment ID를 지정하세요</translation>
    </message>
    <message>
        <source>a run or experiment id is a positive number</source>
        <translation>실행 또는 실험 ID는 양수여야 합니다</translation>
    </message>
    <message>
        <source>give the judge: --model PROVIDER:MODEL</source>
        <translation>심사 모델을 --model PROVIDER:MODEL로 지정하세요</translation>
    </message>
    <message>
        <source>--max-output expects a positive number</source>
        <translation>--max-output에는 양수를 지정하세요</translation>
    </message>
    <message>
        <source>--concurrency expects a positive number</source>
        <translation>--concurrency에는 양수를 지정하세요</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 pair(s), %n judgement(s) by %2, estimated cost %3</source>
        <translation>
            <numerusform>쌍 %1개, %2 모델의 심사 %n회, 예상 비용 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>judged %1/%2</source>
        <translation>심사 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>judged %1 of %n pair(s) with %2: %3 consistent (votes), %4 inconsistent (discarded)</source>
        <translation>
            <numerusform>%2 모델로 %n쌍 중 %1쌍 심사: 일관됨 %3(투표로 반영), 불일치 %4(버림)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unparseable</source>
        <translation>해석 불가 %1</translation>
    </message>
    <message>
        <source>cost unknown (no price for the judge model)</source>
        <translation>비용 알 수 없음(심사 모델의 가격 정보 없음)</translation>
    </message>
    <message numerus="yes">
        <source>+ %n judgement(s) of unknown price</source>
        <translation>
            <numerusform>+ 가격을 알 수 없는 심사 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>a judge model&apos;s consistent verdicts and its agreement with the humans</source>
        <translation>심사 모델의 일관된 판정과 사람 평가자와의 일치도</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>MAX OUT</source>
        <translation>최대 출력</translation>
    </message>
    <message>
        <source>IN $/M</source>
        <translation>입력 $/M</translation>
    </message>
    <message>
        <source>OUT $/M</source>
        <translation>출력 $/M</translation>
    </message>
    <message>
        <source>TOKENIZER</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <source>≈ (count endpoint)</source>
        <translation>≈ (토큰 계산 API)</translation>
    </message>
    <message>
        <source>Catalog updated %1; prices in USD per million tokens. Check the provider&apos;s page before relying on a price.</source>
        <translation>카탈로그 갱신일 %1. 가격은 토큰 100만 개당 USD입니다. 가격을 믿고 쓰기 전에 제공자의 페이지를 확인하세요.</translation>
    </message>
    <message>
        <source>Lists the models ContextBench knows: context window, output limit, prices and
tokenizer, including your overrides (%1).</source>
        <translation>ContextBench가 아는 모델의 컨텍스트 창, 출력 한도, 가격, 토크나이저를
사용자 재정의(%1)까지 반영해 나열합니다.</translation>
    </message>
    <message>
        <source>Print the catalog in its JSON format.</source>
        <translation>카탈로그를 JSON 형식 그대로 출력합니다.</translation>
    </message>
    <message>
        <source>Use this overrides file instead.</source>
        <translation>대신 이 재정의 파일을 사용합니다.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>list the model catalog: windows, prices, tokenizers</source>
        <translation>모델 카탈로그 목록: 컨텍스트 창, 가격, 토크나이저</translation>
    </message>
    <message>
        <source>transcribing: %1</source>
        <translation>텍스트로 변환하는 중: %1</translation>
    </message>
    <message>
        <source>Imports files and folders into a pack (folders honour .gitignore and skip lock files and binaries).
Without --section, each document goes to the section its format suggests: transcripts to Meetings,
audio to Memos, code to Code, everything else to Documents.
Voice memos (m4a, mp3, wav, ogg, webm, flac; at most 25 MB each) are transcribed through OpenAI&apos;s
/v1/audio/transcriptions with the key from the keychain or OPENAI_API_KEY; the transcript becomes the item.
Exit codes: 0 done, 1 failure (pack unchanged), 2 usage, 3 some files failed (the others were added).</source>
        <translation>파일과 폴더를 팩으로 가져옵니다(폴더에서는 .gitignore를 따르고 잠금 파일과 바이너리는 건너뜁니다).
--section이 없으면 문서마다 형식에 맞는 섹션으로 들어갑니다. 회의록은 Meetings,
오디오는 Memos, 코드는 Code, 나머지는 Documents입니다.
음성 메모(m4a, mp3, wav, ogg, webm, flac, 각각 최대 25MB)는 키체인이나 OPENAI_API_KEY의 키로 OpenAI의
/v1/audio/transcriptions를 통해 텍스트로 변환되며, 변환된 텍스트가 항목이 됩니다.
종료 코드: 0 완료, 1 실패(팩은 그대로), 2 사용법 오류, 3 일부 파일 실패(나머지는 추가됨).</translation>
    </message>
    <message>
        <source>Files and folders to add.</source>
        <translation>추가할 파일과 폴더입니다.</translation>
    </message>
    <message>
        <source>Put everything into this section (created if missing).</source>
        <translation>모든 항목을 이 섹션에 넣습니다(없으면 만듭니다).</translation>
    </message>
    <message>
        <source>Do not list skipped files on stderr.</source>
        <translation>건너뛴 파일을 표준 오류에 나열하지 않습니다.</translation>
    </message>
    <message>
        <source>Transcription server, e.g. openai=http://localhost:8000/v1 (default: the OpenAI base URL from Settings).</source>
        <translation>음성 변환 서버입니다. 예: openai=http://localhost:8000/v1 (기본값: 설정의 OpenAI 기본 URL).</translation>
    </message>
    <message>
        <source>Model for voice memos (default: Settings, else gpt-4o-mini-transcribe).</source>
        <translation>음성 메모에 쓸 모델입니다(기본값: 설정의 모델, 없으면 gpt-4o-mini-transcribe).</translation>
    </message>
    <message>
        <source>expected a pack file and at least one path</source>
        <translation>팩 파일 하나와 경로를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>실패: %1: %2</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>건너뜀: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>added %n document(s)</source>
        <translation>
            <numerusform>문서 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1개 건너뜀</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1개 실패</translation>
    </message>
    <message>
        <source>Creates an empty pack with the usual sections.</source>
        <translation>기본 섹션을 갖춘 빈 팩을 만듭니다.</translation>
    </message>
    <message>
        <source>The .ctxpack file to create.</source>
        <translation>만들 .ctxpack 파일입니다.</translation>
    </message>
    <message>
        <source>The pack&apos;s title.</source>
        <translation>팩 제목입니다.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left unchanged.</source>
        <translation>%1이(가) 이미 있어 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); nothing was added.</source>
        <translation>%1은(는) JSON 객체가 아닙니다(%2). 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object; nothing was added.</source>
        <translation>%1은(는) JSON 객체가 아닙니다. 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Adds a note (typed text) to a pack.</source>
        <translation>팩에 메모(직접 입력한 텍스트)를 추가합니다.</translation>
    </message>
    <message>
        <source>The note&apos;s title (required).</source>
        <translation>메모 제목입니다(필수).</translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation>메모 내용입니다.</translation>
    </message>
    <message>
        <source>Read the text from a UTF-8 file (&apos;-&apos; for stdin).</source>
        <translation>UTF-8 파일에서 내용을 읽습니다(&apos;-&apos;는 표준 입력).</translation>
    </message>
    <message>
        <source>Section (default Notes; created if missing).</source>
        <translation>섹션입니다(기본값 Notes, 없으면 만듭니다).</translation>
    </message>
    <message>
        <source>Add the answers to &apos;contextbench ask&apos; questions: its --json output with an &quot;answer&quot; per question (none or empty: skipped) becomes a dated note, in Clarifications unless --section says otherwise (&apos;-&apos; for stdin).</source>
        <translation>&apos;contextbench ask&apos; 질문에 대한 답변을 추가합니다. 질문마다 &quot;answer&quot;를 넣은 --json 출력(없거나 비어 있으면 건너뜀)이 날짜가 붙은 메모가 되며, --section을 지정하지 않으면 Clarifications 섹션에 들어갑니다(&apos;-&apos;는 표준 입력).</translation>
    </message>
    <message>
        <source>--answers makes its own dated note: no --title, --text or --file</source>
        <translation>--answers는 날짜가 붙은 메모를 직접 만드므로 --title, --text, --file과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title이 필요합니다</translation>
    </message>
    <message>
        <source>give exactly one of --text and --file</source>
        <translation>--text와 --file 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>Lists a pack&apos;s items: section, title, enabled, format, bytes and tokens of the text that reaches the prompt.
Tokens are exact counts of each item&apos;s text snapshot (headings and fences the template adds
around it are not included; `contextbench count FILE.ctxpack` counts the whole assembled prompt).</source>
        <translation>팩의 항목을 나열합니다: 섹션, 제목, 사용 여부, 형식, 프롬프트에 들어가는 텍스트의 바이트와 토큰 수.
토큰은 항목마다 텍스트 스냅숏을 정확히 센 값입니다(템플릿이 앞뒤에 붙이는 제목과 코드 울타리는
포함하지 않습니다. 조립된 프롬프트 전체는 `contextbench count FILE.ctxpack`로 세세요).</translation>
    </message>
    <message>
        <source>Print JSON instead of tab-separated lines.</source>
        <translation>탭으로 구분한 줄 대신 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Tokenizer: o200k_base (GPT-4o, GPT-5, o3; default) or cl100k_base (GPT-4).</source>
        <translation>토크나이저: o200k_base(GPT-4o, GPT-5, o3, 기본값) 또는 cl100k_base(GPT-4)입니다.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;.</source>
        <translation>알 수 없는 하위 명령 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failure (nothing written), 2 usage, 3 some files could not be added.</source>
        <translation>종료 코드: 0 완료, 1 실패(아무것도 쓰지 않음), 2 사용법 오류, 3 일부 파일을 추가하지 못함.</translation>
    </message>
    <message>
        <source>create a pack, add files, folders and notes, list items</source>
        <translation>팩 만들기, 파일·폴더·메모 추가, 항목 나열</translation>
    </message>
    <message>
        <source>blind rating kits for a panel of raters, and their verdicts</source>
        <translation>평가단을 위한 블라인드 평가 키트와 그 판정</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>사용 방법: %1</translation>
    </message>
    <message>
        <source>Imports ratings files saved by rating kits (&apos;Download my ratings&apos;). Each vote is stored
with its rater and kit. Every file is checked first; if one is refused (not a ratings file,
unknown kit, unknown item, integrity code that does not match), none is imported.
Importing the same file again changes nothing; a newer file for the same kit replaces
that kit&apos;s votes.</source>
        <translation>평가 키트로 저장한 평가 파일(&apos;내 평가 내려받기&apos;)을 가져옵니다. 투표마다 평가자와 키트가
함께 저장됩니다. 모든 파일을 먼저 확인하며, 하나라도 거부되면(평가 파일이 아님, 알 수 없는
키트나 항목, 무결성 코드 불일치) 아무것도 가져오지 않습니다.
같은 파일을 다시 가져와도 바뀌는 것은 없고, 같은 키트의 더 새로운 파일은 그 키트의
투표를 대체합니다.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>give one or more ratings files (rate import FILE...)</source>
        <translation>평가 파일을 하나 이상 지정하세요(rate import FILE...)</translation>
    </message>
    <message>
        <source>Lists the raters (people given rating kits, and judge models) with their votes.</source>
        <translation>평가자(평가 키트를 받은 사람과 심사 모델)와 각자의 투표 수를 나열합니다.</translation>
    </message>
    <message>
        <source>No raters yet: make rating kits with &apos;contextbench rate kit&apos;.</source>
        <translation>아직 평가자가 없습니다. &apos;contextbench rate kit&apos;로 평가 키트를 만드세요.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Renames a rater (see &apos;contextbench rate raters&apos; for the ids). Their votes keep pointing at them.</source>
        <translation>평가자의 이름을 바꿉니다(ID는 &apos;contextbench rate raters&apos;에서 확인하세요). 투표는 계속 그 평가자의 것으로 남습니다.</translation>
    </message>
    <message>
        <source>give a rater id and the new name (rate rename RATER_ID NAME)</source>
        <translation>평가자 ID와 새 이름을 지정하세요(rate rename RATER_ID NAME)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rater id (a positive number)</source>
        <translation>&apos;%1&apos;은(는) 평가자 ID(양수)가 아닙니다</translation>
    </message>
    <message>
        <source>Rater %1 is now &apos;%2&apos;.</source>
        <translation>평가자 %1의 이름을 &apos;%2&apos;(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Writes one blind rating kit per rater: a single HTML file that works offline in any current
browser, shows pairs of answers as Answer A / Answer B with nothing that identifies a model,
and saves a ratings file for `contextbench rate import`. Prints the paths of the kits.
Exit codes: 0 done, 1 failure (nothing recorded), 2 usage.</source>
        <translation>평가자마다 블라인드 평가 키트를 하나씩 만듭니다. 키트는 최신 브라우저라면 어디서나 오프라인으로
열리는 HTML 파일 하나로, 모델을 알 수 있는 정보 없이 답변 쌍을 답변 A / 답변 B로 보여 주고
`contextbench rate import`로 가져올 평가 파일을 저장합니다. 만든 키트의 경로를 출력합니다.
종료 코드: 0 완료, 1 실패(아무것도 기록하지 않음), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>Make the kits from every case of an experiment.</source>
        <translation>실험의 모든 케이스로 키트를 만듭니다.</translation>
    </message>
    <message>
        <source>A rater&apos;s name (repeat for each rater; one kit each).</source>
        <translation>평가자 이름입니다(평가자마다 반복, 평가자마다 키트 하나).</translation>
    </message>
    <message>
        <source>The folder to write the kits into.</source>
        <translation>키트를 쓸 폴더입니다.</translation>
    </message>
    <message>
        <source>the run id is a positive number</source>
        <translation>실행 ID는 양수여야 합니다</translation>
    </message>
    <message>
        <source>give at least one --rater NAME</source>
        <translation>--rater NAME을 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>a rater&apos;s name cannot be empty</source>
        <translation>평가자 이름은 비워 둘 수 없습니다</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR이 필요합니다</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>실험 %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>%1 has no pairs to judge: a kit needs finished answers from at least two models to the same prompt and repeat (%2 model(s) answered).</source>
        <translation>%1에는 심사할 쌍이 없습니다. 키트를 만들려면 같은 프롬프트와 반복 회차에 대해 두 개 이상의 모델이 완료한 답변이 필요합니다(답변한 모델 %2개).</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n rating kit(s) of %1 pairs for %2</source>
        <translation>
            <numerusform>%2의 평가 키트 %n개를 만들었습니다(키트마다 %1쌍)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends a pack&apos;s assembled prompt to every --model, --repeat times each, in parallel, and records the run in history.
Progress goes to stderr; the summary to stdout. Exit codes: 0 every call done, 1 none done, 2 usage, 3 some failed or were cancelled.
Keys come from the keychain or OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY (OPENAI_COMPATIBLE_API_KEY, optional, for local servers).</source>
        <translation>팩의 조립된 프롬프트를 모든 --model에 각각 --repeat회씩 동시에 보내고 실행을 기록에 남깁니다.
진행 상황은 표준 오류로, 요약은 표준 출력으로 나갑니다. 종료 코드: 0 모든 호출 완료, 1 완료된 호출 없음, 2 사용법 오류, 3 일부 실패 또는 취소.
키는 키체인이나 OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY에서 가져옵니다(로컬 서버용 OPENAI_COMPATIBLE_API_KEY는 선택).</translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, repeatable. Providers: openai, anthropic, gemini, openai-compatible (alias local).</source>
        <translation>PROVIDER:MODEL이며 여러 번 사용할 수 있습니다. 제공자: openai, anthropic, gemini, openai-compatible(별칭 local).</translation>
    </message>
    <message>
        <source>Independent calls per model (default 1).</source>
        <translation>모델마다 보내는 독립 호출 수입니다(기본값 1).</translation>
    </message>
    <message>
        <source>Reasoning effort, sent to models that accept it.</source>
        <translation>추론 강도입니다. 지원하는 모델에만 보냅니다.</translation>
    </message>
    <message>
        <source>Calls in flight per provider (default 4).</source>
        <translation>제공자마다 동시에 진행할 호출 수입니다(기본값 4).</translation>
    </message>
    <message>
        <source>Do not record the run.</source>
        <translation>실행을 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Instead of sending, resume the background calls that were still running when ContextBench last stopped.</source>
        <translation>새로 보내는 대신, ContextBench가 마지막으로 멈췄을 때 진행 중이던 백그라운드 호출을 재개합니다.</translation>
    </message>
    <message>
        <source>How the models receive the pack: full (in the prompt, the default) or tools (a manifest, and tools to list, read and search the items on demand).</source>
        <translation>모델이 팩을 받는 방식입니다: full(프롬프트에 전부 넣음, 기본값) 또는 tools(목록과 함께, 필요할 때 항목을 나열·읽기·검색하는 도구 제공).</translation>
    </message>
    <message>
        <source>With --context tools: rounds of tool calls before the model must answer (default %1).</source>
        <translation>--context tools일 때 모델이 답해야 하기 전까지 허용하는 도구 호출 라운드 수입니다(기본값 %1).</translation>
    </message>
    <message>
        <source>--context must be full or tools</source>
        <translation>--context는 full 또는 tools여야 합니다</translation>
    </message>
    <message>
        <source>--max-tool-rounds expects a positive number</source>
        <translation>--max-tool-rounds에는 양수를 지정하세요</translation>
    </message>
    <message>
        <source>--max-tool-rounds needs --context tools</source>
        <translation>--max-tool-rounds에는 --context tools가 필요합니다</translation>
    </message>
    <message>
        <source>The pack %1 does not exist.</source>
        <translation>팩 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>--effort must be low, medium or high</source>
        <translation>--effort는 low, medium, high 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the run is not recorded: %1</source>
        <translation>실행이 기록되지 않습니다: %1</translation>
    </message>
    <message>
        <source>--resume needs the history</source>
        <translation>--resume에는 기록이 필요합니다</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>실행 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>resuming %n run(s)</source>
        <translation>
            <numerusform>실행 %n개 재개 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run %1: %n call(s)</source>
        <translation>
            <numerusform>실행 %1: 호출 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>send to models in parallel</source>
        <translation>여러 모델에 동시에 보내기</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 chars</source>
        <translation>%1자</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>%1 (95% CI %2–%3)</source>
        <translation>%1(95% 신뢰구간 %2–%3)</translation>
    </message>
    <message>
        <source>left side won: no decisive vote with a known side</source>
        <translation>왼쪽 승리: 좌우가 기록된 승부 투표 없음</translation>
    </message>
    <message>
        <source>left side won %1 of %2, %3</source>
        <translation>왼쪽 승리 %2회 중 %1회, %3</translation>
    </message>
    <message>
        <source> (%1 from rankings)</source>
        <translation> (순위에서 %1)</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 wins, %4 wins, %5 ties, %6 both bad, n = %7; %1 %8; %9</source>
        <translation>%1 대 %2: %1 승 %3, %2 승 %4, 동점 %5, 둘 다 나쁨 %6, n = %7; %1 %8; %9</translation>
    </message>
    <message>
        <source>Panel statistics of %1 (human votes only)</source>
        <translation>%1의 패널 통계(사람 투표만)</translation>
    </message>
    <message>
        <source>Pairs (pooled; a tie or both-bad vote is half a win):</source>
        <translation>쌍(합산, 동점과 둘 다 나쁨 투표는 0.5승):</translation>
    </message>
    <message>
        <source>Pooled %1</source>
        <translation>합산: %1</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>평가자:</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>투표 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n ranking(s))</source>
        <translation>
            <numerusform>(순위 %n회)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bradley–Terry (strengths sum to 1; 95% intervals from %1 refits resampling %2 rater-items, seed %3):</source>
        <translation>Bradley–Terry(강도 합계 1, 평가자-항목 %2개를 다시 추출한 재적합 %1회로 구한 95% 구간, 시드 %3):</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>그룹 %1</translation>
    </message>
    <message>
        <source>The models fall into %1 groups never compared with each other: read ranks only within a group.</source>
        <translation>모델이 서로 한 번도 비교되지 않은 그룹 %1개로 나뉩니다. 순위는 같은 그룹 안에서만 읽으세요.</translation>
    </message>
    <message>
        <source>k-of-k (runs whose k answers were all judged):</source>
        <translation>k-of-k(k개 답변이 모두 판정된 실행):</translation>
    </message>
    <message>
        <source>Judge models: %1 votes kept apart from the panel (%2).</source>
        <translation>심사 모델: 평가단과 따로 집계한 투표 %1회(%2).</translation>
    </message>
    <message>
        <source>Panel statistics of a run, an experiment or the whole history (%1): win rates with Wilson intervals per pair and per rater, position bias, inter-rater agreement, Bradley–Terry with a rater-item bootstrap, k-of-k and a verdict. Votes of judge models are never pooled with human votes. See docs/STATISTICS.md.
Exit codes: 0 done, 1 failure, 2 usage.</source>
        <translation>실행, 실험 또는 전체 기록(%1)의 패널 통계입니다: 쌍별·평가자별 승률과 Wilson 구간, 위치 편향, 평가자 간 일치도, 평가자-항목 부트스트랩을 쓴 Bradley–Terry, k-of-k, 종합 판정. 심사 모델의 투표는 사람의 투표와 절대 합산하지 않습니다. docs/STATISTICS.md를 참고하세요.
종료 코드: 0 완료, 1 실패, 2 사용법 오류.</translation>
    </message>
    <message>
        <source>A run id (default: the whole history).</source>
        <translation>실행 ID입니다(기본값: 전체 기록).</translation>
    </message>
    <message>
        <source>An experiment&apos;s runs.</source>
        <translation>실험의 실행들입니다.</translation>
    </message>
    <message>
        <source>give one run id, or --experiment ID, or nothing for the whole history</source>
        <translation>실행 ID 하나나 --experiment ID를 지정하거나, 전체 기록이면 아무것도 지정하지 마세요</translation>
    </message>
    <message>
        <source>%1 must be a positive number, got &apos;%2&apos;</source>
        <translation>%1은(는) 양수여야 합니다. 받은 값: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the experiment id</source>
        <translation>실험 ID</translation>
    </message>
    <message>
        <source>the run id</source>
        <translation>실행 ID</translation>
    </message>
    <message>
        <source>the whole history</source>
        <translation>전체 기록</translation>
    </message>
    <message>
        <source>experiment %1 &quot;%2&quot; (%3 runs)</source>
        <translation>실험 %1 &quot;%2&quot;(실행 %3개)</translation>
    </message>
    <message>
        <source>panel statistics: win rates, raters, agreement, verdict</source>
        <translation>패널 통계: 승률, 평가자, 일치도, 종합 판정</translation>
    </message>
    <message>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>검증 중</translation>
    </message>
    <message>
        <source>in_progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>finalizing</source>
        <translation>마무리 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>참고: %1: %2</translation>
    </message>
    <message>
        <source>With --context tools: tokens the model may read from the pack in one answer; once spent it must answer (default %1).</source>
        <translation>--context tools와 함께: 모델이 한 답변에서 팩으로부터 읽을 수 있는 토큰 수입니다. 모두 쓰면 답변해야 합니다(기본값 %1).</translation>
    </message>
    <message>
        <source>--max-tokens-read expects a positive number</source>
        <translation>--max-tokens-read에는 양수를 지정하세요</translation>
    </message>
    <message>
        <source>--max-tokens-read needs --context tools</source>
        <translation>--max-tokens-read는 --context tools와 함께 사용하세요</translation>
    </message>
    <message>
        <source>Spent %1 in total: answers %2 (%3 of %4 calls priced)</source>
        <translation>총 %1 지출: 답변 %2(호출 %4개 중 %3개 가격 확인)</translation>
    </message>
    <message>
        <source>, Ask first %1 (%2 of %3 asks priced)</source>
        <translation>, 먼저 질문하기 %1(질문 %3건 중 %2건 가격 확인)</translation>
    </message>
</context>
<context>
    <name>Cb::Core</name>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
</context>
<context>
    <name>Cb::Core::AnthropicBatchProtocol</name>
    <message>
        <source>Anthropic: batch request id &quot;%1&quot; must be 1–64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Anthropic: 배치 요청 ID &quot;%1&quot;은(는) 영문자, 숫자, &apos;-&apos;, &apos;_&apos;로 된 1–64자여야 합니다.</translation>
    </message>
    <message>
        <source>Anthropic: the batch expired before this request ran.</source>
        <translation>Anthropic: 이 요청이 실행되기 전에 배치가 만료되었습니다.</translation>
    </message>
    <message>
        <source>Anthropic: the batch was cancelled before this request ran.</source>
        <translation>Anthropic: 이 요청이 실행되기 전에 배치가 취소되었습니다.</translation>
    </message>
    <message>
        <source>unexpected result type &quot;%1&quot;</source>
        <translation>예상하지 못한 결과 유형 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Anthropic: unexpected batch object (id &quot;%1&quot;, processing_status &quot;%2&quot;).</source>
        <translation>Anthropic: 예상하지 못한 배치 객체입니다(id &quot;%1&quot;, processing_status &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Anthropic: the batch reply has no id.</source>
        <translation>Anthropic: 배치 응답에 id가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::AnthropicProtocol</name>
    <message>
        <source>Anthropic: the thinking budget (%1) must be at least 1024 and below max output tokens (%2).</source>
        <translation>Anthropic: 사고 예산(%1)은 1024 이상이고 최대 출력 토큰(%2)보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Anthropic closed the stream before message_stop.</source>
        <translation>Anthropic이 message_stop 전에 스트림을 닫았습니다.</translation>
    </message>
    <message>
        <source>Anthropic count_tokens: no input_tokens in the reply.</source>
        <translation>Anthropic count_tokens: 응답에 input_tokens가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ApiCall</name>
    <message>
        <source>%1: timed out (%2, limit %3).</source>
        <translation>%1: 시간이 초과되었습니다(%2, 제한 %3).</translation>
    </message>
    <message>
        <source>waiting for the response</source>
        <translation>응답 대기</translation>
    </message>
    <message>
        <source>total time for the request</source>
        <translation>요청 전체 시간</translation>
    </message>
</context>
<context>
    <name>Cb::Core::AskFirst</name>
    <message>
        <source>Choose the model that asks (PROVIDER:MODEL).</source>
        <translation>질문할 모델을 선택하세요(PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>The number of questions must be between 1 and %1.</source>
        <translation>질문 수는 1에서 %1 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::AskStore</name>
    <message>
        <source>Cannot record the ask</source>
        <translation>질문 내역을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the asks</source>
        <translation>질문 내역을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the Ask first costs</source>
        <translation>먼저 질문하기 비용을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::AudioTranscriber</name>
    <message>
        <source>%1 was not transcribed: transcription needs an OpenAI API key. Set it in Settings (Providers, OpenAI) or in the environment variable %2.</source>
        <translation>%1을(를) 텍스트로 변환하지 못했습니다. 음성 변환에는 OpenAI API 키가 필요합니다. 설정(제공자, OpenAI)이나 환경 변수 %2에 키를 지정하세요.</translation>
    </message>
    <message>
        <source>The transcription came back empty (silence or no speech?).</source>
        <translation>변환 결과가 비어 있습니다(무음이거나 말소리가 없는 파일인가요?).</translation>
    </message>
</context>
<context>
    <name>Cb::Core::BackgroundPollReply</name>
    <message>
        <source>OpenAI: background response %1 is unknown or expired (stored responses are kept only for a while).</source>
        <translation>OpenAI: 백그라운드 응답 %1을(를) 찾을 수 없거나 만료되었습니다(저장된 응답은 일정 기간만 보관됩니다).</translation>
    </message>
    <message>
        <source>OpenAI: timed out (polling deadline, limit %1): background response %2 is still &apos;%3&apos;. It may still finish; resume it later by id.</source>
        <translation>OpenAI: 시간 초과(폴링 기한, 한도 %1): 백그라운드 응답 %2이(가) 아직 &apos;%3&apos; 상태입니다. 아직 완료될 수 있으니 나중에 ID로 재개하세요.</translation>
    </message>
    <message>
        <source>OpenAI: the response object has no status.</source>
        <translation>OpenAI: 응답 객체에 status가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::BatchFileWriter</name>
    <message>
        <source>%1: request %2 alone is %3 MB, over the batch limit of %4 MB.</source>
        <translation>%1: 요청 %2 하나만으로 %3MB라 배치 한도 %4MB를 넘습니다.</translation>
    </message>
    <message>
        <source>Could not create a temporary batch file in %1: %2</source>
        <translation>%1에 임시 배치 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not write the batch file %1: %2</source>
        <translation>배치 파일 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Core::BatchJob</name>
    <message>
        <source>%1: the batch was cancelled before it was created.</source>
        <translation>%1: 배치가 만들어지기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 (while downloading the results of batch %2; resume to retry)</source>
        <translation>%1 (배치 %2의 결과를 내려받는 중이었습니다. 다시 시도하려면 재개하세요)</translation>
    </message>
    <message>
        <source>%1: batch validation failed on this request (line %2): %3</source>
        <translation>%1: 이 요청에서 배치 검증에 실패했습니다(%2번째 줄): %3</translation>
    </message>
    <message>
        <source>%1: the batch failed validation: %2</source>
        <translation>%1: 배치 검증에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1: the batch expired before this request ran; it can be run again.</source>
        <translation>%1: 이 요청이 실행되기 전에 배치가 만료되었습니다. 다시 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the batch was cancelled before this request ran.</source>
        <translation>%1: 이 요청이 실행되기 전에 배치가 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1: batch %2 ended without a result for this request.</source>
        <translation>%1: 배치 %2이(가) 이 요청의 결과 없이 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::BatchResultWriter</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot commit the experiment&apos;s runs</source>
        <translation>실험의 실행을 저장(커밋)할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot commit batch results</source>
        <translation>배치 결과를 저장(커밋)할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::BinarySniffer</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 이미지</translation>
    </message>
    <message>
        <source>ELF executable</source>
        <translation>ELF 실행 파일</translation>
    </message>
    <message>
        <source>Windows executable</source>
        <translation>Windows 실행 파일</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <source>bzip2 archive</source>
        <translation>bzip2 압축 파일</translation>
    </message>
    <message>
        <source>xz archive</source>
        <translation>xz 압축 파일</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip 압축 파일</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR 압축 파일</translation>
    </message>
    <message>
        <source>zstd archive</source>
        <translation>zstd 압축 파일</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <source>legacy Office document</source>
        <translation>구형 Office 문서</translation>
    </message>
    <message>
        <source>WebAssembly module</source>
        <translation>WebAssembly 모듈</translation>
    </message>
    <message>
        <source>Java class or Mach-O binary</source>
        <translation>Java 클래스 또는 Mach-O 바이너리</translation>
    </message>
    <message>
        <source>Mach-O binary</source>
        <translation>Mach-O 바이너리</translation>
    </message>
    <message>
        <source>Ogg media</source>
        <translation>Ogg 미디어</translation>
    </message>
    <message>
        <source>FLAC audio</source>
        <translation>FLAC 오디오</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>MP3 오디오</translation>
    </message>
    <message>
        <source>Matroska/WebM media</source>
        <translation>Matroska/WebM 미디어</translation>
    </message>
    <message>
        <source>WOFF font</source>
        <translation>WOFF 글꼴</translation>
    </message>
    <message>
        <source>WOFF2 font</source>
        <translation>WOFF2 글꼴</translation>
    </message>
    <message>
        <source>RIFF media (%1)</source>
        <translation>RIFF 미디어(%1)</translation>
    </message>
    <message>
        <source>MP4/QuickTime media</source>
        <translation>MP4/QuickTime 미디어</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>바이너리 데이터</translation>
    </message>
</context>
<context>
    <name>Cb::Core::CallLauncher</name>
    <message>
        <source>No API key for %1: set %2 or save a key in Settings.</source>
        <translation>%1의 API 키가 없습니다. %2을(를) 지정하거나 설정에서 키를 저장하세요.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ChatCompletionsProtocol</name>
    <message>
        <source>The server&apos;s model list is not in the OpenAI format.</source>
        <translation>서버의 모델 목록이 OpenAI 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 closed the stream before the answer completed.</source>
        <translation>답변이 끝나기 전에 %1에서 스트림을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::CitationReport</name>
    <message>
        <source>claims cited %1, verified %2, not found %3</source>
        <translation>인용된 주장 %1, 확인됨 %2, 찾을 수 없음 %3</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ClarificationNote</name>
    <message>
        <source>Clarifications</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <source>Answers to clarifying questions asked before the run (%1).</source>
        <translation>실행 전에 물은 확인 질문에 대한 답변입니다(%1).</translation>
    </message>
    <message>
        <source>Answers to the clarifying questions %1 asked before the run (%2).</source>
        <translation>%1 모델이 실행 전에 물은 확인 질문에 대한 답변입니다(%2).</translation>
    </message>
    <message>
        <source>(skipped — the model will assume: %1)</source>
        <translation>(건너뜀 — 모델의 가정: %1)</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>답변: %1</translation>
    </message>
    <message>
        <source>Clarifications %1</source>
        <translation>확인 사항 %1</translation>
    </message>
    <message>
        <source>The answers have no &quot;questions&quot; list (expected the JSON of &apos;contextbench ask --json&apos; with an &quot;answer&quot; per question).</source>
        <translation>답변에 &quot;questions&quot; 목록이 없습니다(질문마다 &quot;answer&quot;가 있는 &apos;contextbench ask --json&apos;의 JSON이 필요합니다).</translation>
    </message>
    <message>
        <source>Question %1 has no &quot;question&quot; text.</source>
        <translation>질문 %1에 &quot;question&quot; 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>The &quot;answer&quot; of question %1 is not text.</source>
        <translation>질문 %1의 &quot;answer&quot;가 텍스트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ConnectionTester</name>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>&quot;%1&quot;은(는) http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP %2). Check the key and that it has access to the API.</source>
        <translation>%1에서 API 키를 거부했습니다(HTTP %2). 키가 올바른지, 그 키로 API에 접근할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3</source>
        <translation>%1(%2)에 연결할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1의 응답: HTTP %2%3</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>로컬 서버</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ContextWriter</name>
    <message>
        <source>The pack has no enabled items: the context is empty.</source>
        <translation>팩에 포함된 항목이 없어 컨텍스트가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Section &apos;%1&apos; has no enabled items.</source>
        <translation>&apos;%1&apos; 섹션에 포함된 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::CostRange</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>Cb::Core::Database</name>
    <message>
        <source>The Qt SQLite driver is missing (install libqt6sql6-sqlite).</source>
        <translation>Qt SQLite 드라이버가 없습니다(libqt6sql6-sqlite를 설치하세요).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>기록 데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a ContextBench history database (%2).</source>
        <translation>%1은(는) ContextBench 기록 데이터베이스가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer ContextBench (schema %2; this version knows up to %3). It was left unchanged: update ContextBench to open it.</source>
        <translation>기록 데이터베이스 %1은(는) 더 새로운 ContextBench에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 읽을 수 있음). 데이터베이스는 변경하지 않았습니다. 열려면 ContextBench를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>%1을(를) 설정할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Core::EvaluationQuery</name>
    <message>
        <source>Cannot read the statistics</source>
        <translation>통계를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ExperimentCaseInputJson</name>
    <message>
        <source>Case %1 was never recorded, and this experiment was started by a version of ContextBench that did not keep its prompt; start it again.</source>
        <translation>케이스 %1은(는) 기록되지 않았고, 이 실험은 케이스의 프롬프트를 보관하지 않던 ContextBench 버전에서 시작되었습니다. 실험을 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ExperimentRunner</name>
    <message>
        <source>Cancelled before its batch was created; nothing was sent.</source>
        <translation>배치가 만들어지기 전에 취소되었습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Case %1: tools mode needs the pack itself, not only a recorded prompt.</source>
        <translation>케이스 %1: 도구 모드에는 기록된 프롬프트만이 아니라 팩 자체가 필요합니다.</translation>
    </message>
    <message>
        <source>Case %1 was not started: %2</source>
        <translation>케이스 %1을(를) 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The experiment&apos;s cases could not be recorded: %1</source>
        <translation>실험의 케이스를 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>An experiment needs at least one case and one model.</source>
        <translation>실험에는 케이스와 모델이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>An experiment needs the history database.</source>
        <translation>실험에는 기록 데이터베이스가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 (batch %2 is kept; resume the experiment to collect it)</source>
        <translation>%1 (배치 %2은(는) 보존됩니다. 실험을 재개하면 결과를 수집합니다)</translation>
    </message>
    <message>
        <source>This experiment runner already ran.</source>
        <translation>이 실험 실행기는 이미 실행되었습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ExperimentStore</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the experiment</source>
        <translation>실험을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot commit the experiment</source>
        <translation>실험을 저장(커밋)할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot commit the experiment&apos;s cases</source>
        <translation>실험의 케이스를 저장(커밋)할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record an experiment case</source>
        <translation>실험 케이스를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot link the case to its run</source>
        <translation>케이스를 실행에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation>배치 %1을(를) 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record a batch&apos;s status</source>
        <translation>배치 상태를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the experiment&apos;s status</source>
        <translation>실험 상태를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the experiment</source>
        <translation>실험을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>There is no experiment %1.</source>
        <translation>실험 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the experiment&apos;s cases</source>
        <translation>실험의 케이스를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the experiment&apos;s batches</source>
        <translation>실험의 배치를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot list experiments</source>
        <translation>실험 목록을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read unfinished experiments</source>
        <translation>끝나지 않은 실험을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FolderScanner</name>
    <message>
        <source>%1, over the import limit of %2</source>
        <translation>%1, 가져오기 한도 %2 초과</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>version-control folder</source>
        <translation>버전 관리 폴더</translation>
    </message>
    <message>
        <source>ignored by %1 (pattern &apos;%2&apos;)</source>
        <translation>%1에 의해 제외됨(패턴 &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>symbolic link to a folder, not followed</source>
        <translation>폴더를 가리키는 심볼릭 링크라 따라가지 않음</translation>
    </message>
    <message>
        <source>folder import is limited to %1 files</source>
        <translation>폴더 가져오기는 파일 %1개까지입니다</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>잠금 파일</translation>
    </message>
    <message>
        <source>may hold secrets (credentials or a private key)</source>
        <translation>비밀 정보(자격 증명 또는 개인 키)가 들어 있을 수 있음</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>binary file (%1)</source>
        <translation>바이너리 파일(%1)</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FollowUpSender</name>
    <message>
        <source>Write a follow-up message first.</source>
        <translation>먼저 후속 질문을 작성하세요.</translation>
    </message>
    <message>
        <source>There is no such answer in this run.</source>
        <translation>이 실행에 해당 답변이 없습니다.</translation>
    </message>
    <message>
        <source>Wait until this answer has finished before following up.</source>
        <translation>이 답변이 끝난 뒤에 후속 질문을 보내세요.</translation>
    </message>
    <message>
        <source>Wait for the reply to the previous follow-up first.</source>
        <translation>이전 후속 질문에 대한 답변을 먼저 기다리세요.</translation>
    </message>
    <message>
        <source>ContextBench stopped before this reply finished; what arrived until then is kept.</source>
        <translation>이 답변이 끝나기 전에 ContextBench가 중지되었습니다. 그때까지 받은 내용은 보존됩니다.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>시작하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>ContextBench was closed before the reply finished.</source>
        <translation>답변이 끝나기 전에 ContextBench가 종료되었습니다.</translation>
    </message>
    <message>
        <source>Reading the run&apos;s pack file for the tools…</source>
        <translation>도구에 쓸 실행의 팩 파일을 읽는 중입니다…</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FusionGate</name>
    <message>
        <source>Fusion needs at least two finished answers.</source>
        <translation>통합하려면 완료된 답변이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Rank the answers blind first (Rank blind): fusion comes after judging, not instead of it.</source>
        <translation>먼저 답변의 블라인드 순위를 매기세요(블라인드 순위). 통합은 심사를 대신하는 것이 아니라 심사 다음에 하는 단계입니다.</translation>
    </message>
    <message>
        <source>Vote on every blind pair (%1 of %2 done) or rank the answers blind first: fusion comes after judging, not instead of it.</source>
        <translation>모든 블라인드 쌍에 투표하거나(%2개 중 %1개 완료) 먼저 답변의 블라인드 순위를 매기세요. 통합은 심사를 대신하는 것이 아니라 심사 다음에 하는 단계입니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FusionLineage</name>
    <message>
        <source>from %1, as written</source>
        <translation>%1에서 그대로 가져옴</translation>
    </message>
    <message>
        <source>written by %1, which did not mark its sources</source>
        <translation>%1 모델이 작성, 출처 표시 없음</translation>
    </message>
    <message>
        <source>from %1, merged by %2</source>
        <translation>%1에서 가져와 %2 모델이 병합</translation>
    </message>
    <message>
        <source>Fused plan · picked section by section</source>
        <translation>통합 계획 · 섹션별로 선택</translation>
    </message>
    <message>
        <source>Fused plan · guided, written by %1</source>
        <translation>통합 계획 · 안내식, %1 모델이 작성</translation>
    </message>
    <message>
        <source>Fused plan · merged by %1</source>
        <translation>통합 계획 · %1 모델이 병합</translation>
    </message>
    <message>
        <source>%1 (not in this export)</source>
        <translation>%1 (이 내보내기에 없음)</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FusionRunner</name>
    <message>
        <source>Unknown fusion mode &quot;%1&quot;: use fuse, guided or pick.</source>
        <translation>알 수 없는 통합 모드 &quot;%1&quot;입니다. fuse, guided 또는 pick을 사용하세요.</translation>
    </message>
    <message>
        <source>Choose the model that merges the answers (PROVIDER:MODEL).</source>
        <translation>답변을 병합할 모델을 선택하세요(PROVIDER:MODEL).</translation>
    </message>
    <message>
        <source>Tick at least one section&apos;s version to keep.</source>
        <translation>유지할 섹션 버전을 하나 이상 체크하세요.</translation>
    </message>
    <message>
        <source>The fused plan could not be recorded.</source>
        <translation>통합 계획을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fusion could not be recorded; nothing was sent.</source>
        <translation>통합을 기록할 수 없어 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>ContextBench stopped before the fusion finished; what arrived until then is kept.</source>
        <translation>통합이 끝나기 전에 ContextBench가 중지되었습니다. 그때까지 받은 내용은 보존됩니다.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>시작하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>ContextBench was closed before the fusion finished.</source>
        <translation>통합이 끝나기 전에 ContextBench가 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::FusionStore</name>
    <message>
        <source>Cannot record the fusion</source>
        <translation>통합을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the fusion&apos;s progress</source>
        <translation>통합 진행 상황을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s fused plans</source>
        <translation>실행의 통합 계획을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::GeminiProtocol</name>
    <message>
        <source> (the model wrote a function call that could not be parsed)</source>
        <translation> (모델이 해석할 수 없는 함수 호출을 작성했습니다)</translation>
    </message>
    <message>
        <source> (the model called a tool that was not offered)</source>
        <translation> (모델이 제공되지 않은 도구를 호출했습니다)</translation>
    </message>
    <message>
        <source> (the model made more tool calls than Gemini allows in one turn)</source>
        <translation> (모델이 Gemini가 한 턴에 허용하는 것보다 많은 도구를 호출했습니다)</translation>
    </message>
    <message>
        <source> (Gemini&apos;s content filter)</source>
        <translation> (Gemini 콘텐츠 필터)</translation>
    </message>
    <message>
        <source> (the answer was repeating published text too closely)</source>
        <translation> (답변이 공개된 텍스트를 지나치게 그대로 반복했습니다)</translation>
    </message>
    <message>
        <source>Google Gemini blocked the prompt: </source>
        <translation>Google Gemini가 프롬프트를 차단했습니다: </translation>
    </message>
    <message>
        <source>Google Gemini stopped the answer: </source>
        <translation>Google Gemini가 답변을 중단했습니다: </translation>
    </message>
    <message>
        <source>Google Gemini closed the stream before a finish reason arrived.</source>
        <translation>Google Gemini가 종료 사유를 보내기 전에 스트림을 닫았습니다.</translation>
    </message>
    <message>
        <source>Gemini countTokens: no totalTokens in the reply.</source>
        <translation>Gemini countTokens: 응답에 totalTokens가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::HistoryStore</name>
    <message>
        <source>Cannot start a transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot commit the run</source>
        <translation>실행을 저장(커밋)할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the run</source>
        <translation>실행을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record a call</source>
        <translation>호출을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record call progress</source>
        <translation>호출 진행 상황을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the citations</source>
        <translation>인용을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the rating</source>
        <translation>평가를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the judgement</source>
        <translation>통과/실패 판정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the vote</source>
        <translation>투표를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the follow-up</source>
        <translation>후속 질문을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record follow-up progress</source>
        <translation>후속 질문 진행 상황을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the follow-ups</source>
        <translation>후속 질문을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the ranking</source>
        <translation>순위를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run</source>
        <translation>실행을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>기록에 실행 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s calls</source>
        <translation>실행의 호출을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s follow-ups</source>
        <translation>실행의 후속 질문을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s votes</source>
        <translation>실행의 투표를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s rankings</source>
        <translation>실행의 순위를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>기록을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot count runs</source>
        <translation>실행 수를 셀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot list runs</source>
        <translation>실행 목록을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read unfinished calls</source>
        <translation>끝나지 않은 호출을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read unfinished runs</source>
        <translation>끝나지 않은 실행을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read votes</source>
        <translation>투표를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::HttpErrorClassifier</name>
    <message>
        <source>%1 rejected the API key%2%3. Check the key for %1 in Settings.</source>
        <translation>%1에서 API 키를 거부했습니다%2%3. 설정에서 %1 키를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 refused access%2%3. The API key may lack permission for this model or region.</source>
        <translation>%1에서 접근을 거부했습니다%2%3. API 키에 이 모델이나 지역에 대한 권한이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: model &apos;%2&apos; not found or not accessible with this key%3%4</source>
        <translation>%1: 모델 &apos;%2&apos;을(를) 찾을 수 없거나 이 키로 사용할 수 없습니다%3%4</translation>
    </message>
    <message>
        <source>%1 says the request is too large%2%3</source>
        <translation>%1에서 요청이 너무 크다고 응답했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 rejected the request%2%3</source>
        <translation>%1에서 요청을 거부했습니다%2%3</translation>
    </message>
    <message>
        <source> (parameter: %1)</source>
        <translation> (매개변수: %1)</translation>
    </message>
    <message>
        <source>%1: billing problem%2%3</source>
        <translation>%1: 결제 문제가 있습니다%2%3</translation>
    </message>
    <message>
        <source>%1 quota or request-size limit reached%2%3</source>
        <translation>%1 사용 한도 또는 요청 크기 한도에 도달했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 rate limit reached%2%3</source>
        <translation>%1 요청 속도 제한에 도달했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 is overloaded%2%3</source>
        <translation>%1 서버가 과부하 상태입니다%2%3</translation>
    </message>
    <message>
        <source>%1 server error%2%3</source>
        <translation>%1 서버 오류가 발생했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 returned an error%2%3</source>
        <translation>%1에서 오류를 반환했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 reported an error during the stream%2%3</source>
        <translation>%1에서 스트리밍 중 오류를 보고했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 reported that the background response failed%2%3</source>
        <translation>%1에서 백그라운드 응답이 실패했다고 보고했습니다%2%3</translation>
    </message>
    <message>
        <source>%1 reported that the batch request failed%2%3</source>
        <translation>%1에서 배치 요청이 실패했다고 보고했습니다%2%3</translation>
    </message>
</context>
<context>
    <name>Cb::Core::HttpTransport</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>connection refused by %1 (is the server running?)</source>
        <translation>%1이(가) 연결을 거부했습니다(서버가 실행 중인가요?)</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>호스트를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>서버가 연결을 닫았습니다</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 핸드셰이크에 실패했습니다</translation>
    </message>
    <message>
        <source>%1: connection dropped mid-stream (%2); the partial output was kept.</source>
        <translation>%1: 스트리밍 중 연결이 끊겼습니다(%2). 받은 부분 출력은 보존했습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::JsonSchemaValidator</name>
    <message>
        <source>a schema must be an object or a boolean</source>
        <translation>스키마는 객체 또는 불리언이어야 합니다</translation>
    </message>
    <message>
        <source>keyword %1 is not supported</source>
        <translation>키워드 %1은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>unknown type %1</source>
        <translation>알 수 없는 유형 %1</translation>
    </message>
    <message>
        <source>invalid pattern: %1</source>
        <translation>잘못된 패턴: %1</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>이 위치에는 값을 둘 수 없습니다</translation>
    </message>
    <message>
        <source>must equal %1</source>
        <translation>값이 %1이어야 합니다</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>값이 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(루트)</translation>
    </message>
    <message>
        <source>expected type %1</source>
        <translation>유형이 %1이어야 합니다</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1이(가) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1이(가) 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation>%1이(가) %2보다 크지 않습니다</translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation>%1이(가) %2보다 작지 않습니다</translation>
    </message>
    <message>
        <source>length %1 is below minLength %2</source>
        <translation>길이 %1이(가) minLength %2보다 짧습니다</translation>
    </message>
    <message>
        <source>length %1 is above maxLength %2</source>
        <translation>길이 %1이(가) maxLength %2보다 깁니다</translation>
    </message>
    <message>
        <source>does not match pattern %1</source>
        <translation>패턴 %1과(와) 일치하지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), minItems is %1</source>
        <translation>
            <numerusform>항목 %n개, minItems는 %1입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), maxItems is %1</source>
        <translation>
            <numerusform>항목 %n개, maxItems는 %1입니다</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>필수 속성 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not allowed</source>
        <translation>속성 &quot;%1&quot;은(는) 허용되지 않습니다</translation>
    </message>
    <message>
        <source>matches none of anyOf</source>
        <translation>anyOf 중 어느 것과도 일치하지 않습니다</translation>
    </message>
    <message>
        <source>matches %1 of oneOf, needs exactly 1</source>
        <translation>oneOf 중 %1개와 일치합니다. 정확히 1개와 일치해야 합니다</translation>
    </message>
    <message>
        <source>must not match the &quot;not&quot; schema</source>
        <translation>&quot;not&quot; 스키마와 일치하면 안 됩니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::JudgeAgreement</name>
    <message>
        <source>judge %1: %2 consistent, %3 inconsistent (discarded)</source>
        <translation>심사 모델 %1: 일관됨 %2, 불일치 %3(버림)</translation>
    </message>
    <message>
        <source>, %1 unparseable</source>
        <translation>, 해석 불가 %1</translation>
    </message>
    <message>
        <source>; no item judged by both the judge and a human majority</source>
        <translation>; 심사 모델과 사람 다수가 함께 판정한 항목 없음</translation>
    </message>
    <message>
        <source>; agrees with the human majority on %1 of %2 items (%3%)</source>
        <translation>; 항목 %2개 중 %1개에서 사람 다수와 일치(%3%)</translation>
    </message>
    <message>
        <source>, κ = %1</source>
        <translation>, κ = %1</translation>
    </message>
    <message>
        <source>, κ undefined</source>
        <translation>, κ 정의되지 않음</translation>
    </message>
</context>
<context>
    <name>Cb::Core::JudgePrompt</name>
    <message>
        <source>The judge prompt must contain %1 so the judge sees both answers.</source>
        <translation>심사 모델이 두 답변을 모두 볼 수 있도록 심사 프롬프트에 %1이(가) 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::JudgeRunner</name>
    <message>
        <source>The judge is already running.</source>
        <translation>심사가 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>Nothing to judge: a pair needs two answers from different models (same repeat).</source>
        <translation>심사할 답변이 없습니다. 한 쌍을 이루려면 서로 다른 모델의 답변 두 개(같은 반복 회차)가 필요합니다.</translation>
    </message>
    <message>
        <source>Choose a judge model (PROVIDER:MODEL).</source>
        <translation>심사 모델을 선택하세요(제공자:모델).</translation>
    </message>
    <message>
        <source>Judging cancelled after %1 of %2 pairs; those are kept.</source>
        <translation>%2쌍 중 %1쌍을 심사한 뒤 취소되었습니다. 심사한 결과는 보존됩니다.</translation>
    </message>
    <message>
        <source>Judging stopped after %1 of %2 pairs (those are kept): %3</source>
        <translation>%2쌍 중 %1쌍을 심사한 뒤 중단되었습니다(심사한 결과는 보존됩니다): %3</translation>
    </message>
</context>
<context>
    <name>Cb::Core::JudgeVerdictStore</name>
    <message>
        <source>Cannot start saving the judgement</source>
        <translation>심사 결과 저장을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot replace the judge&apos;s earlier judgement</source>
        <translation>심사 모델의 이전 심사 결과를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save the judgement</source>
        <translation>심사 결과를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the judge&apos;s verdicts</source>
        <translation>심사 모델의 판정을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::KeychainBackend</name>
    <message>
        <source>No key stored in the keychain.</source>
        <translation>키체인에 저장된 키가 없습니다.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>시스템 키체인을 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Core::Migrations</name>
    <message>
        <source>Could not read the schema version</source>
        <translation>스키마 버전을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Could not start a migration</source>
        <translation>마이그레이션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed</source>
        <translation>스키마 마이그레이션 %1(%2)에 실패했습니다</translation>
    </message>
    <message>
        <source>Could not record schema version</source>
        <translation>스키마 버전을 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ModelCatalog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: 오프셋 %2에 잘못된 JSON이 있습니다: %3</translation>
    </message>
    <message>
        <source>%1: top level must be an object</source>
        <translation>%1: 최상위 값은 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: catalog_version must be a positive integer</source>
        <translation>%1: catalog_version은 양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1: catalog_version %2 is newer than this build supports (%3)</source>
        <translation>%1: catalog_version %2은(는) 이 버전이 지원하는 것(%3)보다 새롭습니다</translation>
    </message>
    <message>
        <source>%1: updated must be a date like 2025-11-30</source>
        <translation>%1: updated는 2025-11-30 같은 날짜여야 합니다</translation>
    </message>
    <message>
        <source>%1: models must be an array</source>
        <translation>%1: models는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1: duplicate model %2</source>
        <translation>%1: 모델 %2이(가) 중복되었습니다</translation>
    </message>
    <message>
        <source>overrides: models must be an array</source>
        <translation>재정의 파일: models는 배열이어야 합니다</translation>
    </message>
    <message>
        <source>overrides: each entry needs an id and a known provider</source>
        <translation>재정의 파일: 모든 항목에 id와 알려진 제공자가 필요합니다</translation>
    </message>
    <message>
        <source>overrides: %1</source>
        <translation>재정의 파일: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ModelInfoJson</name>
    <message>
        <source>a non-negative number or null</source>
        <translation>0 이상의 숫자 또는 null</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>양의 정수</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>비어 있지 않은 문자열</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>문자열 배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>%1.%2 must be %3</source>
        <translation>%1.%2 값이 올바르지 않습니다. 필요한 값: %3</translation>
    </message>
    <message>
        <source>one of openai, anthropic, gemini, openai-compatible</source>
        <translation>openai, anthropic, gemini, openai-compatible 중 하나</translation>
    </message>
    <message>
        <source>unsupported, allowed or required</source>
        <translation>unsupported, allowed, required 중 하나</translation>
    </message>
    <message>
        <source>%1: context_window and max_output must be positive</source>
        <translation>%1: context_window와 max_output은 양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::OpenAiBatchProtocol</name>
    <message>
        <source>OpenAI: the file upload reply is not a JSON object.</source>
        <translation>OpenAI: 파일 업로드 응답이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>OpenAI: the file upload reply has no id.</source>
        <translation>OpenAI: 파일 업로드 응답에 id가 없습니다.</translation>
    </message>
    <message>
        <source>OpenAI: the batch reply is not a JSON object.</source>
        <translation>OpenAI: 배치 응답이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>OpenAI: unexpected batch object (id &quot;%1&quot;, status &quot;%2&quot;).</source>
        <translation>OpenAI: 예상하지 못한 배치 객체입니다(id &quot;%1&quot;, status &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackDocument</name>
    <message>
        <source>Choose where to save the pack first.</source>
        <translation>먼저 팩을 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 could not be opened, so it is not overwritten: it may hold data this version cannot read. Choose another file name.</source>
        <translation>%1을(를) 열 수 없어 덮어쓰지 않았습니다. 이 버전에서 읽을 수 없는 데이터가 들어 있을 수 있습니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackFile</name>
    <message>
        <source>%1: unknown item kind &quot;%2&quot;.</source>
        <translation>%1: 알 수 없는 항목 종류 &quot;%2&quot;입니다.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Not a valid pack file: %1 at byte %2.</source>
        <translation>올바른 팩 파일이 아닙니다: %2바이트 위치에서 %1.</translation>
    </message>
    <message>
        <source>Not a valid pack file: the top level is not a JSON object.</source>
        <translation>올바른 팩 파일이 아닙니다: 최상위 값이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Not a ContextBench pack (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>ContextBench 팩이 아닙니다(&quot;format&quot;: &quot;%1&quot;이 없습니다).</translation>
    </message>
    <message>
        <source>The pack has no valid schema_version.</source>
        <translation>팩에 올바른 schema_version이 없습니다.</translation>
    </message>
    <message>
        <source>This pack was written by a newer ContextBench (pack format %1; this version reads up to %2). It was not opened and will not be changed.</source>
        <translation>이 팩은 더 새로운 ContextBench에서 작성되었습니다(팩 형식 %1, 이 버전은 %2까지 읽을 수 있음). 팩을 열지 않았으며 변경하지도 않습니다.</translation>
    </message>
    <message>
        <source>Section %1 is not an object.</source>
        <translation>섹션 %1이(가) 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>Item %1 of section &quot;%2&quot;</source>
        <translation>섹션 &quot;%2&quot;의 항목 %1</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1이(가) 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The pack %1 does not exist.</source>
        <translation>팩 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The pack %1 is %2 MB; packs over %3 MB are refused.</source>
        <translation>팩 %1의 크기는 %2MB입니다. %3MB를 넘는 팩은 열지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The previous version is unchanged.</source>
        <translation>%1을(를) 저장할 수 없습니다: %2. 이전 버전은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackRecovery</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot write the recovery file %1: %2</source>
        <translation>복구 파일 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackSourceWatcher</name>
    <message>
        <source>The source file is missing: %1</source>
        <translation>원본 파일이 없습니다: %1</translation>
    </message>
    <message>
        <source>The source file changed on disk since it was imported (%1).</source>
        <translation>가져온 뒤 디스크에서 원본 파일이 변경되었습니다(%1).</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PackTreeModel</name>
    <message>
        <source>Same text as %1</source>
        <translation>%1과(와) 내용이 같습니다</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PlannedModel</name>
    <message>
        <source>expected PROVIDER:MODEL such as openai:o3, got &apos;%1&apos;</source>
        <translation>openai:o3 같은 PROVIDER:MODEL 형식이어야 합니다. 받은 값: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown provider &apos;%1&apos; in &apos;%2&apos;; use openai, anthropic, gemini or openai-compatible (alias local)</source>
        <translation>&apos;%2&apos;의 제공자 &apos;%1&apos;을(를) 알 수 없습니다. openai, anthropic, gemini, openai-compatible(별칭 local) 중 하나를 쓰세요</translation>
    </message>
</context>
<context>
    <name>Cb::Core::PromptAssembler</name>
    <message>
        <source>The pack has no goal.</source>
        <translation>팩에 목표가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ProviderKind</name>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ProviderReply</name>
    <message>
        <source>%1: call cancelled.</source>
        <translation>%1: 호출이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RaterStore</name>
    <message>
        <source>A rater needs a name.</source>
        <translation>평가자에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>No rater with id %1.</source>
        <translation>ID가 %1인 평가자가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot record the rater</source>
        <translation>평가자를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot look up the judge</source>
        <translation>심사 모델을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot rename the rater</source>
        <translation>평가자 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the raters</source>
        <translation>평가자를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RaterTally</name>
    <message>
        <source>Cannot read the raters</source>
        <translation>평가자를 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RatingKitPlanner</name>
    <message>
        <source>A rater needs a name.</source>
        <translation>평가자에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is nothing to judge: a kit needs answers from at least two models to the same prompt and repeat (%1 answered).</source>
        <translation>평가할 것이 없습니다. 평가 키트에는 같은 프롬프트와 반복에 대한 두 개 이상 모델의 답변이 필요합니다(답변한 모델 %1개).</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the rating kits</source>
        <translation>평가 키트를 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RatingKitStore</name>
    <message>
        <source>Cannot record the rating kit</source>
        <translation>평가 키트를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read rating kits</source>
        <translation>평가 키트를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot record the ratings import</source>
        <translation>평가 파일 가져오기를 기록할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RatingsFile</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>JSON이 아닙니다(%2바이트 위치에서 %1)</translation>
    </message>
    <message>
        <source>it is not a ContextBench ratings file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ContextBench 평가 파일이 아닙니다(&quot;format&quot;: &quot;%1&quot;이 없습니다)</translation>
    </message>
    <message>
        <source>it is a ratings file of version %1, which this ContextBench does not read (it reads version %2); a newer ContextBench may</source>
        <translation>버전 %1의 평가 파일이라 이 ContextBench에서는 읽을 수 없습니다(버전 %2만 읽음). 더 새로운 ContextBench에서는 읽을 수 있을 수 있습니다</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>%1: is %2 MiB, too large for a ratings file</source>
        <translation>%1: 크기가 %2MiB로 평가 파일로는 너무 큽니다</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; field</source>
        <translation>%1에 &quot;%2&quot; 필드가 없습니다</translation>
    </message>
    <message>
        <source>%1 has a &quot;%2&quot; that is not text</source>
        <translation>%1의 &quot;%2&quot;이(가) 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>%1 (item &apos;%2&apos;) has the unknown verdict &apos;%3&apos; (expected a, b, tie or both_bad)</source>
        <translation>%1(항목 &apos;%2&apos;)에 알 수 없는 판정 &apos;%3&apos;이(가) 있습니다(a, b, tie, both_bad 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>the ratings file has no &quot;version&quot; field</source>
        <translation>평가 파일에 &quot;version&quot; 필드가 없습니다</translation>
    </message>
    <message>
        <source>the ratings file&apos;s &quot;version&quot; is not a number</source>
        <translation>평가 파일의 &quot;version&quot;이 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the ratings file</source>
        <translation>평가 파일</translation>
    </message>
    <message>
        <source>the ratings file&apos;s &quot;kit&quot; is empty</source>
        <translation>평가 파일의 &quot;kit&quot;이 비어 있습니다</translation>
    </message>
    <message>
        <source>the ratings file&apos;s &quot;integrity&quot; is not 64 hexadecimal characters</source>
        <translation>평가 파일의 &quot;integrity&quot;가 16진수 64자가 아닙니다</translation>
    </message>
    <message>
        <source>the ratings file has no &quot;answers&quot; field</source>
        <translation>평가 파일에 &quot;answers&quot; 필드가 없습니다</translation>
    </message>
    <message>
        <source>the ratings file&apos;s &quot;answers&quot; is not a list</source>
        <translation>평가 파일의 &quot;answers&quot;가 목록이 아닙니다</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>답변 %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has an empty &quot;item&quot;</source>
        <translation>%1의 &quot;item&quot;이 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 has a &quot;comment&quot; that is not text</source>
        <translation>%1의 &quot;comment&quot;가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>answers %1 and %2 are both for item &apos;%3&apos;</source>
        <translation>답변 %1과(와) 답변 %2이(가) 모두 항목 &apos;%3&apos;에 대한 것입니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RatingsImporter</name>
    <message>
        <source>it belongs to rating kit %1, which this history does not have: the kit was made in another history, or its run or experiment may have been deleted</source>
        <translation>평가 키트 %1의 파일인데 이 기록에는 그 키트가 없습니다. 다른 기록에서 만든 키트이거나, 키트의 실행 또는 실험이 삭제되었을 수 있습니다</translation>
    </message>
    <message>
        <source>its integrity code does not match kit %1: an answer, comment or name was changed after the file was saved, or the file was not made by this kit</source>
        <translation>무결성 코드가 키트 %1과(와) 일치하지 않습니다. 파일을 저장한 뒤 답변, 의견 또는 이름이 바뀌었거나, 이 키트로 만든 파일이 아닙니다</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is not a question of kit %2</source>
        <translation>항목 &apos;%1&apos;은(는) 키트 %2의 질문이 아닙니다</translation>
    </message>
    <message>
        <source>the answers behind item &apos;%1&apos; (run %2) are no longer in the history: their run may have been deleted</source>
        <translation>항목 &apos;%1&apos;(실행 %2)의 답변이 더 이상 기록에 없습니다. 실행이 삭제되었을 수 있습니다</translation>
    </message>
    <message>
        <source>it lacks %1 of the %2 answer(s) imported from this kit on %3, so it would lose them: it was probably saved from another browser, or one whose storage was cleared; ask the rater for the file with all their answers</source>
        <translation>%3에 이 키트에서 가져온 답변 %2개 중 %1개가 빠져 있어 가져오면 그 답변을 잃게 됩니다. 다른 브라우저나 저장소가 지워진 브라우저에서 저장한 파일일 가능성이 높습니다. 평가자에게 모든 답변이 담긴 파일을 요청하세요</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>아무것도 가져오지 않았습니다.
</translation>
    </message>
    <message>
        <source>No ratings file was given.</source>
        <translation>평가 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: %2 is another ratings file for the same kit; import only the one you mean</source>
        <translation>%1: %2도 같은 키트의 평가 파일입니다. 원하는 파일 하나만 가져오세요</translation>
    </message>
    <message>
        <source>%1: already imported, %2 vote(s) unchanged</source>
        <translation>%1: 이미 가져왔습니다. 투표 %2개는 그대로입니다</translation>
    </message>
    <message>
        <source>%1: %2 vote(s) added, replacing %3 from an earlier file</source>
        <translation>%1: 투표 %2개를 추가했고, 이전 파일의 투표 %3개를 대체했습니다</translation>
    </message>
    <message>
        <source>Nothing was imported: </source>
        <translation>아무것도 가져오지 않았습니다: </translation>
    </message>
    <message>
        <source>the ratings file</source>
        <translation>평가 파일</translation>
    </message>
    <message>
        <source>%1 (kit %2)</source>
        <translation>%1(키트 %2)</translation>
    </message>
    <message>
        <source>%1: %2 vote(s) added</source>
        <translation>%1: 투표 %2개를 추가했습니다</translation>
    </message>
    <message>
        <source>Cannot look up the kit&apos;s answers</source>
        <translation>키트의 답변을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the kit&apos;s votes</source>
        <translation>키트의 투표를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>트랜잭션을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot remove the kit&apos;s earlier votes</source>
        <translation>키트의 이전 투표를 지울 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot save a vote</source>
        <translation>투표를 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RemotePromptCounter</name>
    <message>
        <source>%1 has no count-tokens endpoint</source>
        <translation>%1에는 토큰 수 계산 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <source>no network access</source>
        <translation>네트워크에 접근할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ReplyOutcome</name>
    <message>
        <source>The model refused to answer.</source>
        <translation>모델이 답변을 거부했습니다.</translation>
    </message>
    <message>
        <source>The model refused to answer: %1</source>
        <translation>모델이 답변을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The model stopped at its output limit; the answer is cut short.</source>
        <translation>모델이 출력 한도에 도달해 멈췄습니다. 답변이 중간에 잘렸습니다.</translation>
    </message>
    <message>
        <source>The model finished without writing any answer text.</source>
        <translation>모델이 답변 텍스트를 쓰지 않고 끝냈습니다.</translation>
    </message>
    <message>
        <source>The model wrote no answer text; it asked to call %1, which this run does not offer.</source>
        <translation>모델이 답변 텍스트를 쓰지 않았습니다. 이 실행에서 제공하지 않는 %1을(를) 호출하려고 했습니다.</translation>
    </message>
    <message>
        <source>The model stopped to call %1, which this run does not offer; the text may be only the start of its answer.</source>
        <translation>모델이 이 실행에서 제공하지 않는 %1 도구를 호출하려다 멈췄습니다. 이 텍스트는 답변의 앞부분일 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ReportLanguage</name>
    <message>
        <source>unknown report language &quot;%1&quot; (use %2)</source>
        <translation>알 수 없는 보고서 언어 &quot;%1&quot;입니다(%2 중 하나를 쓰세요)</translation>
    </message>
    <message>
        <source>the report translation %1 is missing from this build</source>
        <translation>이 빌드에 보고서 번역 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ResponsesProtocol</name>
    <message>
        <source>OpenAI: the response was cancelled.</source>
        <translation>OpenAI: 응답이 취소되었습니다.</translation>
    </message>
    <message>
        <source>OpenAI closed the stream before the response completed.</source>
        <translation>OpenAI가 응답이 완료되기 전에 스트림을 닫았습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RunInput</name>
    <message>
        <source>The pack file this run was sent from is not there any more (%1): its tools-mode models need the pack to read from.</source>
        <translation>이 실행을 보낸 팩 파일이 더 이상 없습니다(%1). 도구 모드 모델은 팩을 읽어야 합니다.</translation>
    </message>
    <message>
        <source>no path recorded</source>
        <translation>경로가 기록되지 않음</translation>
    </message>
    <message>
        <source>The pack %1 has changed since this run was sent, so its tools-mode models would read other material. Send it again from the pack instead.</source>
        <translation>이 실행을 보낸 뒤 팩 %1이(가) 바뀌어 도구 모드 모델이 다른 자료를 읽게 됩니다. 팩에서 다시 보내십시오.</translation>
    </message>
    <message>
        <source>This run&apos;s tools-mode calls were recorded before ContextBench kept what they were sent; open the pack and send it again from there.</source>
        <translation>이 실행의 도구 모드 호출은 보낸 내용을 ContextBench가 보존하기 전에 기록되었습니다. 팩을 열어 거기서 다시 보내십시오.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::RunOrchestrator</name>
    <message>
        <source>ContextBench stopped before this call finished; the output received until then is kept.</source>
        <translation>이 호출이 끝나기 전에 ContextBench가 중지되었습니다. 그때까지 받은 답변은 보존됩니다.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>시작하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>ContextBench was closed before the call finished.</source>
        <translation>호출이 끝나기 전에 ContextBench가 종료되었습니다.</translation>
    </message>
    <message>
        <source>Tools mode needs the pack itself, not only a recorded prompt: open the pack and send from it.</source>
        <translation>도구 모드에는 기록된 프롬프트만이 아니라 팩 자체가 필요합니다. 팩을 열고 거기서 보내세요.</translation>
    </message>
    <message>
        <source>ContextBench stopped before this call finished and cannot continue it: %1 The output received until then is kept.</source>
        <translation>ContextBench가 이 호출이 끝나기 전에 중지되어 이어서 진행할 수 없습니다: %1 그때까지 받은 출력은 보존됩니다.</translation>
    </message>
    <message>
        <source>The run was recorded before the items its tools could reach were kept.</source>
        <translation>도구가 접근할 수 있는 항목을 기록하기 전에 저장된 실행입니다.</translation>
    </message>
    <message numerus="yes">
        <source>ContextBench stopped during this call. It went on after the last complete round of tool use (%n round(s) kept); the text received before the stop is kept above what followed, so the round that was cut may be written twice.</source>
        <translation>
            <numerusform>이 호출 도중 ContextBench가 중지되었습니다. 마지막으로 완료된 도구 사용 라운드 이후부터 이어서 진행했습니다(%n개 라운드 보존). 중지 전에 받은 텍스트는 이후 내용 위에 그대로 있어 중단된 라운드가 두 번 나올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the pack file %1 to continue this call where ContextBench stopped…</source>
        <translation>ContextBench가 중지된 지점부터 이 호출을 이어가기 위해 팩 파일 %1을(를) 읽는 중입니다…</translation>
    </message>
    <message>
        <source>Choose at least one model to send to.</source>
        <translation>보낼 모델을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>This orchestrator already ran.</source>
        <translation>이 실행 관리자는 이미 실행되었습니다.</translation>
    </message>
    <message>
        <source>Start a run with the record prepare() returned.</source>
        <translation>prepare()가 반환한 기록으로 실행을 시작하세요.</translation>
    </message>
    <message>
        <source>Resuming a run needs the history.</source>
        <translation>실행을 재개하려면 기록이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::SecretStore</name>
    <message>
        <source>No keychain backend in this build.</source>
        <translation>이 빌드에는 키체인 백엔드가 없습니다.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key was not saved. Set %1 in the environment instead.</source>
        <translation>사용할 수 있는 시스템 키체인이 없어 키를 저장하지 않았습니다. 대신 환경 변수 %1을(를) 설정하세요.</translation>
    </message>
    <message>
        <source>The key was not saved: %1 Set %2 in the environment instead.</source>
        <translation>키를 저장하지 않았습니다: %1 대신 환경 변수 %2을(를) 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::SourceFile</name>
    <message>
        <source>File not found: %1</source>
        <translation>파일을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is %2, over the import limit of %3; it was not read</source>
        <translation>%1의 크기는 %2로 가져오기 한도 %3을(를) 넘어 읽지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 grew over the import limit of %2 while reading</source>
        <translation>%1을(를) 읽는 동안 파일이 가져오기 한도 %2을(를) 넘게 커졌습니다</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file (%2), not text</source>
        <translation>%1은(는) 텍스트가 아닌 바이너리 파일(%2)입니다</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::StreamMapper</name>
    <message>
        <source>%1 sent a stream event that is not valid JSON (%2 at byte %3): &quot;%4&quot;.</source>
        <translation>%1이(가) 올바른 JSON이 아닌 스트림 이벤트를 보냈습니다(%3바이트 위치에서 %2): &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::StreamingReply</name>
    <message>
        <source>waiting for the first byte of the response</source>
        <translation>응답의 첫 바이트 대기</translation>
    </message>
    <message>
        <source>idle: no data between stream events</source>
        <translation>유휴: 스트림 이벤트 사이에 데이터 없음</translation>
    </message>
    <message>
        <source>total time for the call</source>
        <translation>호출 전체 시간</translation>
    </message>
    <message>
        <source>%1 Retrying in %2.</source>
        <translation>%1 %2 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>%1: timed out (%2, limit %3).</source>
        <translation>%1: 시간이 초과되었습니다(%2, 제한 %3).</translation>
    </message>
    <message>
        <source> The partial output was kept.</source>
        <translation> 일부 받은 출력은 보존했습니다.</translation>
    </message>
    <message>
        <source>%1: the response passed the limit of %2 MB and was stopped; the server kept streaming without end.</source>
        <translation>%1: 응답이 한도 %2MB를 넘어 중단했습니다. 서버가 끝없이 스트리밍을 계속했습니다.</translation>
    </message>
    <message>
        <source>The network manager is gone; the call cannot run.</source>
        <translation>네트워크 관리자가 없어 호출을 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: the stream ended without a result.</source>
        <translation>%1: 결과 없이 스트림이 끝났습니다.</translation>
    </message>
    <message>
        <source>stream ended early</source>
        <translation>스트림이 일찍 끝났습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::StructuredCall</name>
    <message>
        <source>Your answer does not match the JSON Schema &quot;%1&quot;:
%2

Reply again with the corrected JSON value only: no prose, no code fence.</source>
        <translation>답변이 JSON Schema &quot;%1&quot;과(와) 일치하지 않습니다:
%2

수정한 JSON 값만 다시 답하세요. 설명 문장이나 코드 블록은 넣지 마세요.</translation>
    </message>
    <message>
        <source>A structured call is already running.</source>
        <translation>구조화된 호출이 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>A structured call needs a response schema.</source>
        <translation>구조화된 호출에는 응답 스키마가 필요합니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>The model declined to answer: %1</source>
        <translation>모델이 답변을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The answer of %1 still does not match the schema &quot;%2&quot; after a repair round: %3</source>
        <translation>한 차례 수정한 뒤에도 %1의 답변이 스키마 &quot;%2&quot;과(와) 일치하지 않습니다: %3</translation>
    </message>
</context>
<context>
    <name>Cb::Core::StructuredOutput</name>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>답변이 JSON이 아닙니다(오프셋 %2에서 %1)</translation>
    </message>
</context>
<context>
    <name>Cb::Core::TemplateFile</name>
    <message>
        <source>unknown wrap style &apos;%1&apos; (xml, markdown or plain)</source>
        <translation>알 수 없는 감싸기 방식 &apos;%1&apos;(xml, markdown, plain 중 하나)</translation>
    </message>
    <message>
        <source>cite must be &apos;yes&apos; or &apos;no&apos;, not &apos;%1&apos;</source>
        <translation>cite는 &apos;%1&apos;이 아니라 &apos;yes&apos; 또는 &apos;no&apos;여야 합니다</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (use &apos;@@ instructions&apos; or &apos;@@ input&apos;; write &apos;@@@&apos; for a text line starting with &apos;@@&apos;)</source>
        <translation>알 수 없는 파트 &apos;%1&apos;(&apos;@@ instructions&apos; 또는 &apos;@@ input&apos;을 쓰세요. &apos;@@&apos;로 시작하는 텍스트 줄은 &apos;@@@&apos;로 쓰세요)</translation>
    </message>
    <message>
        <source>part &apos;%1&apos; appears twice</source>
        <translation>파트 &apos;%1&apos;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; or a &apos;@@ instructions&apos; line</source>
        <translation>&apos;key: value&apos; 또는 &apos;@@ instructions&apos; 줄이 와야 합니다</translation>
    </message>
    <message>
        <source>missing &apos;name:&apos; in the header</source>
        <translation>머리글에 &apos;name:&apos;이 없습니다</translation>
    </message>
    <message>
        <source>missing the &apos;@@ input&apos; part</source>
        <translation>&apos;@@ input&apos; 파트가 없습니다</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1: %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1: 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>invalid template name &apos;%1&apos;</source>
        <translation>잘못된 템플릿 이름 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Cb::Core::TemplateLibrary</name>
    <message>
        <source>%1: another file in %2 already defines &apos;%3&apos;; ignored</source>
        <translation>%1: %2의 다른 파일이 이미 &apos;%3&apos;을(를) 정의하므로 무시했습니다</translation>
    </message>
    <message>
        <source>no preset templates found in %1</source>
        <translation>%1에서 기본 템플릿을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>no user template named &apos;%1&apos;</source>
        <translation>이름이 &apos;%1&apos;인 사용자 템플릿이 없습니다</translation>
    </message>
    <message>
        <source>Fallback used when no template files could be loaded.</source>
        <translation>템플릿 파일을 하나도 불러오지 못했을 때 쓰는 기본 템플릿입니다.</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1을(를) 삭제할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::TextCheck</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1에 잘못된 JSON이 있습니다: %2</translation>
    </message>
    <message>
        <source>empty answer, no JSON value</source>
        <translation>답변이 비어 있어 JSON 값이 없습니다</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>JSON 값이 둘 이상입니다</translation>
    </message>
    <message>
        <source>invalid regular expression at %1: %2</source>
        <translation>정규식의 %1 위치가 잘못되었습니다: %2</translation>
    </message>
    <message>
        <source>citations were not checked for this answer</source>
        <translation>이 답변의 인용은 확인되지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s), fewer than %1</source>
        <translation>
            <numerusform>인용 %n개로 %1개보다 적습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>does not contain &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이(가) 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot; at %2</source>
        <translation>%2 위치에 &quot;%1&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>no match for /%1/</source>
        <translation>/%1/과(와) 일치하는 부분이 없습니다</translation>
    </message>
    <message>
        <source>matched &quot;%1&quot; at %2</source>
        <translation>%2 위치에서 &quot;%1&quot;과(와) 일치합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), fewer than %1</source>
        <translation>
            <numerusform>%n단어로 %1단어보다 적습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), fewer than %1</source>
        <translation>
            <numerusform>%n자로 %1자보다 적습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), more than %1</source>
        <translation>
            <numerusform>%n단어로 %1단어보다 많습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), more than %1</source>
        <translation>
            <numerusform>%n자로 %1자보다 많습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n단어</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n자</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown check</source>
        <translation>알 수 없는 검사</translation>
    </message>
    <message>
        <source> (code fence removed)</source>
        <translation> (코드 펜스 제거됨)</translation>
    </message>
    <message>
        <source>valid JSON %1</source>
        <translation>올바른 JSON %1</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>스키마: %1</translation>
    </message>
    <message>
        <source>matches the schema</source>
        <translation>스키마와 일치합니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::TextDecoder</name>
    <message>
        <source>Invalid UTF-8: %1 byte sequence(s) replaced with U+FFFD, the first at byte %2.</source>
        <translation>잘못된 UTF-8: 바이트 시퀀스 %1개를 U+FFFD로 바꿨습니다(첫 위치: %2바이트).</translation>
    </message>
    <message>
        <source>Invalid %1 data was replaced with U+FFFD.</source>
        <translation>잘못된 %1 데이터를 U+FFFD로 바꿨습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::Tokenizer</name>
    <message>
        <source>token id %1 is not in %2</source>
        <translation>토큰 ID %1은(는) %2에 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ToolCallStore</name>
    <message>
        <source>Cannot record the tool call</source>
        <translation>도구 호출을 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the tool calls</source>
        <translation>도구 호출을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s tool calls</source>
        <translation>실행의 도구 호출을 읽을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Core::ToolLoopReply</name>
    <message>
        <source>Tools mode: the pack could not be prepared: %1</source>
        <translation>도구 모드: 팩을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The budget of %1 tokens for reading the pack is used up.</source>
        <translation>팩 읽기에 쓸 %1 토큰 예산을 모두 사용했습니다.</translation>
    </message>
    <message>
        <source>The limit of %1 rounds of tool use is reached.</source>
        <translation>도구 사용 라운드 한도(%1회)에 도달했습니다.</translation>
    </message>
    <message>
        <source>No more tools are available: write your answer now from what you have read.</source>
        <translation>더 이상 사용할 수 있는 도구가 없습니다. 지금까지 읽은 내용으로 답변을 작성하세요.</translation>
    </message>
    <message>
        <source>The tool limit was reached and the request for the final answer failed: %1</source>
        <translation>도구 한도에 도달했고 최종 답변 요청이 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Core::TranscriptionClient</name>
    <message>
        <source>Audio file not found: </source>
        <translation>오디오 파일을 찾을 수 없습니다: </translation>
    </message>
    <message>
        <source>%1 is %2 MB; the transcription API accepts at most 25 MB per file. Split the recording into shorter parts.</source>
        <translation>%1은(는) %2MB입니다. 전사 API는 파일당 최대 25MB까지 받습니다. 녹음을 더 짧게 나누세요.</translation>
    </message>
    <message>
        <source>Cannot read </source>
        <translation>읽을 수 없습니다: </translation>
    </message>
    <message>
        <source>The transcription reply has no text.</source>
        <translation>전사 응답에 텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Core::UserCatalog</name>
    <message>
        <source>model overrides file %1 not found</source>
        <translation>모델 재정의 파일 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>model overrides in %1 ignored: %2</source>
        <translation>%1의 모델 재정의를 무시했습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Core::Vocabulary</name>
    <message>
        <source>tiktoken vocabulary line %1: %2</source>
        <translation>tiktoken 어휘 %1번째 줄: %2</translation>
    </message>
    <message>
        <source>tiktoken vocabulary of %1 ranks: at most %2 are supported</source>
        <translation>tiktoken 어휘의 순위가 %1개입니다. 최대 %2개까지 지원합니다</translation>
    </message>
    <message>
        <source>missing space</source>
        <translation>공백이 없습니다</translation>
    </message>
    <message>
        <source>bad base64</source>
        <translation>잘못된 base64입니다</translation>
    </message>
    <message>
        <source>token longer than 65535 bytes</source>
        <translation>토큰이 65535바이트보다 깁니다</translation>
    </message>
    <message>
        <source>missing rank</source>
        <translation>순위가 없습니다</translation>
    </message>
    <message>
        <source>ranks must be 0..n-1 in order</source>
        <translation>순위는 0..n-1 순서여야 합니다</translation>
    </message>
    <message>
        <source>trailing characters</source>
        <translation>줄 끝에 남는 문자가 있습니다</translation>
    </message>
    <message>
        <source>tiktoken vocabulary has %1 ranks, expected %2</source>
        <translation>tiktoken 어휘의 순위가 %1개입니다. %2개여야 합니다</translation>
    </message>
    <message>
        <source>tiktoken vocabulary lacks byte %1</source>
        <translation>tiktoken 어휘에 바이트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>vocabulary not found: %1</source>
        <translation>어휘 파일을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the vocabulary tables built into ContextBench for %1 are damaged (%2): rebuild it</source>
        <translation>ContextBench에 내장된 %1의 어휘 테이블이 손상되었습니다(%2). 다시 빌드하세요</translation>
    </message>
    <message>
        <source>vocabulary tables: %1</source>
        <translation>어휘 테이블: %1</translation>
    </message>
    <message>
        <source>%1 bytes, shorter than their header</source>
        <translation>%1바이트로 헤더보다 짧습니다</translation>
    </message>
    <message>
        <source>not 8-byte aligned</source>
        <translation>8바이트 단위로 정렬되어 있지 않습니다</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>헤더가 없습니다</translation>
    </message>
    <message>
        <source>format %1, this build reads %2</source>
        <translation>형식 %1입니다. 이 빌드는 형식 %2을(를) 읽습니다</translation>
    </message>
    <message>
        <source>%1 ranks, expected %2</source>
        <translation>순위가 %1개입니다. %2개여야 합니다</translation>
    </message>
    <message>
        <source>inconsistent header</source>
        <translation>헤더가 일관되지 않습니다</translation>
    </message>
    <message>
        <source>%1 bytes, the header describes %2</source>
        <translation>%1바이트인데 헤더에는 %2바이트로 되어 있습니다</translation>
    </message>
    <message>
        <source>token offsets do not span the token bytes</source>
        <translation>토큰 오프셋이 토큰 바이트 전체를 가리키지 않습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::DocxConverter</name>
    <message>
        <source>%1 image(s) or drawing(s) are not included.</source>
        <translation>이미지 또는 그림 %1개는 포함되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::DocxImporter</name>
    <message>
        <source>%1 is not a Word document (no %2)</source>
        <translation>%1은(는) Word 문서가 아닙니다(%2 없음)</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>문서에 텍스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::DocxNotes</name>
    <message>
        <source>%1 footnote reference(s) point to no footnote (ids %2); their markers are left out.</source>
        <translation>각주 참조 %1개가 가리키는 각주가 없습니다(ID %2). 해당 표시는 제외했습니다.</translation>
    </message>
    <message>
        <source>%1 endnote reference(s) point to no endnote (ids %2); their markers are left out.</source>
        <translation>미주 참조 %1개가 가리키는 미주가 없습니다(ID %2). 해당 표시는 제외했습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::DocxXml</name>
    <message>
        <source>DTD not allowed in a DOCX part</source>
        <translation>DOCX 파트에는 DTD를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is malformed at line %2: %3</source>
        <translation>%1의 %2번째 줄 형식이 잘못되었습니다: %3</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::ExportJob</name>
    <message>
        <source>export cancelled</source>
        <translation>내보내기가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::HtmlImporter</name>
    <message>
        <source>Unknown charset &quot;%1&quot;; read as UTF-8.</source>
        <translation>알 수 없는 문자 집합 &quot;%1&quot;입니다. UTF-8로 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::HtmlReportWriter</name>
    <message>
        <source>report style sheet missing: %1</source>
        <translation>보고서 스타일 시트가 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::HtmlTableLayout</name>
    <message>
        <source>A table&apos;s row and column spans were too large to lay out; its cells are listed without spans, so some may not stand under their headers.</source>
        <translation>표의 행·열 병합 범위가 너무 커서 배치할 수 없었습니다. 병합 없이 셀을 나열했으므로 일부 셀이 해당 머리글 아래에 오지 않을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::ImportJob</name>
    <message>
        <source>Import cancelled after %1 of %2 file(s)</source>
        <translation>파일 %2개 중 %1개를 가져온 뒤 취소했습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::ImporterRegistry</name>
    <message>
        <source>%1 is a binary file (%2) and cannot be imported as text</source>
        <translation>%1은(는) 바이너리 파일(%2)이라 텍스트로 가져올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::PdfImporter</name>
    <message>
        <source>%1 is password-protected; remove the password and import it again</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 암호를 제거한 뒤 다시 가져오세요</translation>
    </message>
    <message>
        <source>%1 uses an unsupported encryption scheme</source>
        <translation>%1은(는) 지원하지 않는 암호화 방식을 사용합니다</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>파일을 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF (damaged or not a PDF)</source>
        <translation>%1은(는) 읽을 수 있는 PDF가 아닙니다(손상되었거나 PDF가 아님)</translation>
    </message>
    <message>
        <source>%1 has no pages</source>
        <translation>%1에 페이지가 없습니다</translation>
    </message>
    <message>
        <source>Import of %1 cancelled at page %2</source>
        <translation>%1 가져오기를 %2쪽에서 취소했습니다</translation>
    </message>
    <message>
        <source>PDF page(s) %1 have no text layer (images only?).</source>
        <translation>PDF %1쪽에 텍스트 레이어가 없습니다(이미지만 있는 페이지일 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::PdfReportWriter</name>
    <message>
        <source>export cancelled</source>
        <translation>내보내기가 취소되었습니다</translation>
    </message>
    <message>
        <source>cannot start the PDF: %1</source>
        <translation>PDF를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>PDF를 완성할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::RatingKitWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No task text was recorded. Judge which answer is better on its own terms.</source>
        <translation>기록된 과제 내용이 없습니다. 답변 자체만 보고 어느 쪽이 더 나은지 판단해 주세요.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>답변 A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>답변 B</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%2쌍 중 %1쌍 평가함</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>%2쌍 중 %1번째</translation>
    </message>
    <message>
        <source>This browser does not keep answers for this file. Download your ratings before closing it.</source>
        <translation>이 브라우저는 이 파일의 답을 보관하지 않습니다. 닫기 전에 평가를 내려받으세요.</translation>
    </message>
    <message>
        <source>Your answers could not be kept in this browser. Download your ratings before closing it.</source>
        <translation>이 브라우저에 답을 보관하지 못했습니다. 닫기 전에 평가를 내려받으세요.</translation>
    </message>
    <message>
        <source>Saved %1 with %2 of %3 answers. Send that file back to the person who gave you this kit.</source>
        <translation>%3쌍 중 %2쌍의 답을 %1 파일로 저장했습니다. 이 파일을 키트를 보내 준 분께 돌려보내 주세요.</translation>
    </message>
    <message>
        <source>Rating kit for %1</source>
        <translation>%1 님의 평가 키트</translation>
    </message>
    <message>
        <source>This kit needs JavaScript to record your answers. Open it in a current Chromium, Chrome, Edge or Firefox.</source>
        <translation>이 키트는 답을 기록하는 데 JavaScript가 필요합니다. 최신 Chromium, Chrome, Edge, Firefox에서 열어 주세요.</translation>
    </message>
    <message>
        <source>Which answer does the task better? The answers are shown in a random order and say nothing about who wrote them.</source>
        <translation>어느 답변이 과제를 더 잘 수행했나요? 답변은 무작위 순서로 보이며, 누가 썼는지는 드러나지 않습니다.</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A가 더 좋음</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B가 더 좋음</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>Comment (optional, kept with your verdict on this pair)</source>
        <translation>의견(선택 사항, 이 쌍에 대한 판정과 함께 저장됨)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Keys: 1 A, 2 B, 3 tie, 4 both bad, ←/→ previous/next; Esc leaves the comment box. Answers are kept in this browser until you download them.</source>
        <translation>키: 1 A, 2 B, 3 동점, 4 둘 다 나쁨, ←/→ 이전/다음, Esc 의견 칸에서 나가기. 답은 내려받을 때까지 이 브라우저에 보관됩니다.</translation>
    </message>
    <message>
        <source>Download my ratings</source>
        <translation>내 평가 내려받기</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::RunExporter</name>
    <message>
        <source>nothing to export: no calls selected</source>
        <translation>내보낼 것이 없습니다: 선택한 호출이 없습니다</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>알 수 없는 내보내기 형식입니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::RunRecordJson</name>
    <message>
        <source>not a ContextBench run record</source>
        <translation>ContextBench 실행 기록이 아닙니다</translation>
    </message>
    <message>
        <source>run record version %1 is newer than this build reads</source>
        <translation>실행 기록 버전 %1은(는) 이 빌드가 읽을 수 있는 것보다 새롭습니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::SafeZipReader</name>
    <message>
        <source>%1 is not a readable ZIP container: %2</source>
        <translation>%1은(는) 읽을 수 있는 ZIP 컨테이너가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 has %2 entries, more than the limit of %3</source>
        <translation>%1에 항목이 %2개 있어 한도 %3개를 넘습니다</translation>
    </message>
    <message>
        <source>%1 has a damaged entry #%2</source>
        <translation>%1의 %2번 항목이 손상되었습니다</translation>
    </message>
    <message>
        <source>%1 contains an unsafe entry name &quot;%2&quot;; refused</source>
        <translation>%1에 안전하지 않은 항목 이름 &quot;%2&quot;이(가) 있어 거부했습니다</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2; refused</source>
        <translation>%1의 압축을 풀면 %2를 넘으므로 거부했습니다</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1에 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot open &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot;을(를) 열 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; unpacks to %3, over the limit of %4</source>
        <translation>%1: 항목 &quot;%2&quot;의 압축을 풀면 %3로 한도 %4를 넘습니다</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot; expands %3 times (ZIP bomb?); refused</source>
        <translation>%1: 항목 &quot;%2&quot;이(가) %3배로 커져(ZIP 폭탄일 수 있음) 거부했습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::SubtitleParser</name>
    <message>
        <source>%1 block(s) without a readable timing line were skipped.</source>
        <translation>읽을 수 있는 시간 줄이 없는 블록 %1개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>The file does not start with the WEBVTT signature; read anyway.</source>
        <translation>파일이 WEBVTT 서명으로 시작하지 않지만 그대로 읽었습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Formats::TranscriptImporter</name>
    <message>
        <source>No cues with text were found.</source>
        <translation>텍스트가 있는 큐를 찾지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::AboutDialog</name>
    <message>
        <source>About ContextBench</source>
        <translation>ContextBench 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ContextBench %1&lt;/h2&gt;&lt;p&gt;Build context packs from goals, transcripts, memos, notes, PDFs and code; preview the exact prompt with token counts and cost; send it to several models in parallel; compare the answers side by side, vote blind, and export the plan to PDF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;History database and data:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Settings:&lt;/b&gt; %3&lt;br&gt;API keys live in the system keychain or environment variables, never in these files.&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ContextBench %1&lt;/h2&gt;&lt;p&gt;목표, 회의록, 업무 메모, 메모, PDF, 코드로 컨텍스트 팩을 만들고, 토큰 수와 비용을 보며 실제로 보낼 프롬프트를 미리 확인하고, 여러 모델에 동시에 보낸 뒤 답변을 나란히 비교하고 블라인드 투표를 거쳐 계획을 PDF로 내보냅니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;기록 데이터베이스와 데이터:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;설정:&lt;/b&gt; %3&lt;br&gt;API 키는 시스템 키체인이나 환경 변수에 보관되며, 이 파일들에는 저장되지 않습니다.&lt;/p&gt;&lt;p&gt;Qt %4 기반으로 빌드되었습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::AskFirstController</name>
    <message>
        <source>As&amp;k First…</source>
        <translation>먼저 질문하기(&amp;K)…</translation>
    </message>
    <message>
        <source>Let a cheap model ask the clarifying questions the planner needs answered; the answers go into the pack before sending</source>
        <translation>저렴한 모델이 계획 모델에 필요한 확인 질문을 하게 합니다. 답변은 보내기 전에 팩에 추가됩니다</translation>
    </message>
    <message>
        <source>Ask &amp;Before Sending</source>
        <translation>보내기 전에 질문(&amp;B)</translation>
    </message>
    <message>
        <source>Ask First</source>
        <translation>먼저 질문하기</translation>
    </message>
    <message>
        <source>Nothing to ask about yet: the prompt is still being assembled.</source>
        <translation>아직 질문할 내용이 없습니다. 프롬프트를 조립하는 중입니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::AskFirstDialog</name>
    <message>
        <source>Ask First</source>
        <translation>먼저 질문하기</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>The model that reads the pack and asks (a cheap one will do); PROVIDER:MODEL</source>
        <translation>팩을 읽고 질문할 모델(저렴한 모델로 충분합니다). 제공자:모델</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>최대:</translation>
    </message>
    <message>
        <source> questions</source>
        <translation>개 질문</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>다시 질문</translation>
    </message>
    <message>
        <source>No answer arrived.</source>
        <translation>답변이 도착하지 않았습니다.</translation>
    </message>
    <message>
        <source>Add Answers and Send</source>
        <translation>답변 추가 후 보내기</translation>
    </message>
    <message>
        <source>Adds a dated note with the answers to the pack&apos;s Clarifications section (one undo step), then sends the run</source>
        <translation>답변을 담은 날짜 표시 메모를 팩의 확인 사항 섹션에 추가한 뒤(한 번에 실행 취소 가능) 실행을 보냅니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 is reading the pack and the goal for up to %n question(s)…</source>
        <translation>
            <numerusform>%1 모델이 팩과 목표를 읽고 최대 %n개의 질문을 준비하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no questions: nothing important looks unclear. OK sends the run as it is.</source>
        <translation>%1 모델에게는 질문이 없습니다. 중요하게 불분명한 점이 없어 보입니다. 확인을 누르면 실행을 그대로 보냅니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks %n question(s). Answer what you can; a skipped question (or an empty answer) is noted with what the model will assume.</source>
        <translation>
            <numerusform>%1 모델이 질문 %n개를 합니다. 답할 수 있는 것에 답하세요. 건너뛴 질문(또는 빈 답변)에는 모델이 가정할 내용이 기록됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>비용 %1</translation>
    </message>
    <message>
        <source>Cost unknown (no price for %1)</source>
        <translation>비용 알 수 없음(%1의 가격 정보 없음)</translation>
    </message>
    <message>
        <source> · the first answer did not match the schema and was repaired</source>
        <translation> · 첫 답변이 스키마와 일치하지 않아 수정됨</translation>
    </message>
    <message>
        <source>No questions: %1</source>
        <translation>질문 없음: %1</translation>
    </message>
    <message>
        <source>Send Without Answers</source>
        <translation>답변 없이 보내기</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>중요한 이유: %1</translation>
    </message>
    <message>
        <source>If unanswered, the model will assume: %1</source>
        <translation>답하지 않으면 모델의 가정: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Leave it to the model&apos;s assumption</source>
        <translation>모델의 가정에 맡기기</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindRankBar</name>
    <message>
        <source>Submit ranking</source>
        <translation>순위 제출</translation>
    </message>
    <message>
        <source>Rank of output %1: 1 is best; give two outputs the same number for a tie</source>
        <translation>답변 %1의 순위: 1이 가장 좋습니다. 동점이면 두 답변에 같은 숫자를 주세요</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Waiting for every answer to finish…</source>
        <translation>&lt;b&gt;블라인드 순위.&lt;/b&gt; 모든 답변이 끝나기를 기다리는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Submit to reveal who wrote what.</source>
        <translation>&lt;b&gt;블라인드 순위.&lt;/b&gt; 제출하면 어느 모델이 어떤 답변을 썼는지 공개됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind ranking.&lt;/b&gt; Rank every output, 1 = best (ties allowed).</source>
        <translation>&lt;b&gt;블라인드 순위.&lt;/b&gt; 모든 답변에 순위를 매기세요. 1 = 가장 좋음(동점 허용).</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindRanker</name>
    <message>
        <source>Ranking is for three or more answers; with two, use Blind vote.</source>
        <translation>순위는 답변이 세 개 이상일 때 매깁니다. 답변이 두 개라면 블라인드 투표를 사용하세요.</translation>
    </message>
    <message>
        <source>The ranking was not saved</source>
        <translation>순위를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (rank %2) was %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;(%2위): %3</translation>
    </message>
    <message>
        <source>Ranking saved. </source>
        <translation>순위를 저장했습니다. </translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>답변 %1</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BlindVoteBar</name>
    <message>
        <source>A is better</source>
        <translation>A가 더 좋음</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B가 더 좋음</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation>다음 쌍</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind pair %1 of %2.&lt;/b&gt; Which answer is better?</source>
        <translation>&lt;b&gt;블라인드 쌍 %1/%2.&lt;/b&gt; 어느 답변이 더 좋습니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blind pair %1 of %2.&lt;/b&gt; Waiting for both answers to finish…</source>
        <translation>&lt;b&gt;블라인드 쌍 %1/%2.&lt;/b&gt; 두 답변이 끝나기를 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::BudgetPanel</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>프롬프트 토큰</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Before sending, for all repeats: input at list price (no cache hits), output from a typical answer to the model&apos;s maximum, reasoning included</source>
        <translation>보내기 전 예상, 모든 반복 포함: 입력은 표준 가격 기준(캐시 적중 없음), 출력은 일반적인 답변 길이부터 모델 최대치까지(추론 포함)</translation>
    </message>
    <message>
        <source>Counting the current prompt…</source>
        <translation>현재 프롬프트의 토큰을 세는 중…</translation>
    </message>
    <message>
        <source>≈ estimated with o200k_base: these models have no public tokenizer. “Count exactly” asks the provider (free, needs its API key).</source>
        <translation>≈ o200k_base로 추정한 값입니다. 이 모델들은 토크나이저를 공개하지 않습니다. “정확히 세기”는 제공자에게 요청합니다(무료, 해당 API 키 필요).</translation>
    </message>
    <message>
        <source>Counted exactly with %1</source>
        <translation>%1(으)로 정확히 셌습니다</translation>
    </message>
    <message>
        <source>Estimated with %1</source>
        <translation>%1(으)로 추정했습니다</translation>
    </message>
    <message>
        <source>Counted exactly by the provider&apos;s count endpoint</source>
        <translation>제공자의 토큰 계산 엔드포인트로 정확히 셌습니다</translation>
    </message>
    <message>
        <source>Reasoning effort: %1</source>
        <translation>추론 강도: %1</translation>
    </message>
    <message>
        <source>Not in the model catalog: context window and prices unknown</source>
        <translation>모델 카탈로그에 없습니다. 컨텍스트 창 크기와 가격을 알 수 없습니다</translation>
    </message>
    <message>
        <source>window unknown</source>
        <translation>창 크기 모름</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>호출 %1회</translation>
    </message>
    <message>
        <source>Total — %1</source>
        <translation>합계 — %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Models without known prices are left out: %1</source>
        <translation>가격을 알 수 없는 모델은 제외했습니다: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>정확히 세기</translation>
    </message>
    <message>
        <source>The last count failed: %1</source>
        <translation>마지막 계산에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s count-tokens endpoint for the exact figure</source>
        <translation>제공자의 토큰 계산 엔드포인트에 정확한 수치를 요청합니다</translation>
    </message>
    <message>
        <source>This run of %1 may cost up to %2 (estimate %3).

You asked to confirm runs above %4. Send anyway?</source>
        <translation>이번 실행(%1)은 비용이 최대 %2까지 들 수 있습니다(예상 %3).

%4를 넘는 실행은 확인하도록 설정하셨습니다. 그래도 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Confirm cost</source>
        <translation>비용 확인</translation>
    </message>
    <message>
        <source>%1 characters/token</source>
        <translation>토큰당 %1자</translation>
    </message>
    <message>
        <source>Mostly Korean text: %1 characters/token here vs about %2 for English, so the same length costs about %3× the tokens.</source>
        <translation>한국어 위주의 텍스트입니다. 여기서는 토큰당 %1자로, 영어(약 %2자)보다 같은 길이에 토큰이 약 %3배 듭니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::CallFormat</name>
    <message>
        <source>%1 in · %2 out</source>
        <translation>입력 %1 · 출력 %2</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>강도 %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>응답 대기 중</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>추론 중</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>스트리밍 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::CheckDialog</name>
    <message>
        <source>Automatic check</source>
        <translation>자동 검사</translation>
    </message>
    <message>
        <source>Every finished answer is marked pass or fail, with the reason.</source>
        <translation>완료된 모든 답변을 통과 또는 실패로 표시하고 그 이유를 함께 남깁니다.</translation>
    </message>
    <message>
        <source>Contains text</source>
        <translation>텍스트 포함</translation>
    </message>
    <message>
        <source>Matches a regular expression</source>
        <translation>정규식과 일치</translation>
    </message>
    <message>
        <source>Is valid JSON</source>
        <translation>올바른 JSON</translation>
    </message>
    <message>
        <source>Is JSON matching a schema</source>
        <translation>스키마에 맞는 JSON</translation>
    </message>
    <message>
        <source>Has a length within bounds</source>
        <translation>길이가 범위 안에 있음</translation>
    </message>
    <message>
        <source>Text or pattern</source>
        <translation>텍스트 또는 패턴</translation>
    </message>
    <message>
        <source>A code fence around the JSON is accepted.</source>
        <translation>JSON을 감싼 코드 펜스도 허용됩니다.</translation>
    </message>
    <message>
        <source>no bound</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>최소</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>세는 단위</translation>
    </message>
    <message>
        <source>Check all answers</source>
        <translation>모든 답변 검사</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>찾을 텍스트를 입력하세요.</translation>
    </message>
    <message>
        <source>The schema is not a JSON object: %1</source>
        <translation>스키마가 JSON 객체가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Cites its sources</source>
        <translation>출처를 인용함</translation>
    </message>
    <message>
        <source>Every citation verified</source>
        <translation>모든 인용 확인됨</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ComparePanel</name>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — answers side by side</source>
        <translation>&lt;b&gt;비교&lt;/b&gt; — 답변을 나란히</translation>
    </message>
    <message>
        <source>Answers appear here, one column per model and attempt.

Choose the models to compare, then press Send (Ctrl+Return).
Each answer streams into its own column; vote blind, then export the plan to PDF.</source>
        <translation>답변은 모델과 시도마다 한 열씩 여기에 표시됩니다.

비교할 모델을 선택한 다음 보내기(Ctrl+Return)를 누르세요.
답변은 각자의 열에 스트리밍됩니다. 블라인드 투표를 한 뒤 계획을 PDF로 내보내세요.</translation>
    </message>
    <message>
        <source>Blind vote</source>
        <translation>블라인드 투표</translation>
    </message>
    <message>
        <source>Hide the models, shuffle the answers and vote pair by pair</source>
        <translation>모델 이름을 숨기고 답변을 섞은 뒤 한 쌍씩 투표합니다</translation>
    </message>
    <message>
        <source>Rank blind</source>
        <translation>블라인드 순위</translation>
    </message>
    <message>
        <source>Hide the models, shuffle all answers and rank them best to worst</source>
        <translation>모델 이름을 숨기고 모든 답변을 섞은 뒤 가장 좋은 것부터 순위를 매깁니다</translation>
    </message>
    <message>
        <source>Sync scroll</source>
        <translation>동시 스크롤</translation>
    </message>
    <message>
        <source>Scroll all columns together</source>
        <translation>모든 열을 함께 스크롤합니다</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>One answer at a time, in tabs</source>
        <translation>탭으로 답변을 하나씩 봅니다</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>섹션별 보기</translation>
    </message>
    <message>
        <source>Line the answers up section by section: Goals next to Goals, Risks next to Risks</source>
        <translation>답변을 섹션별로 맞춰 나란히 놓습니다. 목표는 목표끼리, 위험은 위험끼리</translation>
    </message>
    <message>
        <source>Diff…</source>
        <translation>차이…</translation>
    </message>
    <message>
        <source>Compare two answers word by word and section by section</source>
        <translation>두 답변을 단어별, 섹션별로 비교합니다</translation>
    </message>
    <message>
        <source>Checks…</source>
        <translation>검사…</translation>
    </message>
    <message>
        <source>Judge every answer pass/fail with an automatic check</source>
        <translation>자동 검사로 모든 답변의 통과/실패를 판정합니다</translation>
    </message>
    <message>
        <source>Raters…</source>
        <translation>평가자…</translation>
    </message>
    <message>
        <source>The rating panel&apos;s members and their votes; rename them</source>
        <translation>평가단 구성원과 각자의 투표를 보고 이름을 바꿉니다</translation>
    </message>
    <message>
        <source>Stats…</source>
        <translation>통계…</translation>
    </message>
    <message>
        <source>Win rates, reliability and cost across runs</source>
        <translation>여러 실행에 걸친 승률, 신뢰도, 비용</translation>
    </message>
    <message>
        <source>Rating kits…</source>
        <translation>평가 키트…</translation>
    </message>
    <message>
        <source>Blind kits for a panel of raters, one HTML file each</source>
        <translation>평가단을 위한 블라인드 키트, 평가자마다 HTML 파일 하나</translation>
    </message>
    <message>
        <source>Judge model…</source>
        <translation>심사 모델…</translation>
    </message>
    <message>
        <source>Let a model judge these answers blind, in both orders</source>
        <translation>모델이 이 답변들을 블라인드로, 두 순서 모두로 심사하게 합니다</translation>
    </message>
    <message>
        <source>Attempts judged pass over all attempts, per model</source>
        <translation>모델별로, 전체 시도 중 통과로 판정된 시도</translation>
    </message>
    <message>
        <source>No models selected.</source>
        <translation>선택한 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>judged by hand</source>
        <translation>직접 판정함</translation>
    </message>
    <message numerus="yes">
        <source> (%n refused)</source>
        <translation>
            <numerusform> (%n개 거부됨)</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating was not saved</source>
        <translation>평가를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The pass/fail mark was not saved</source>
        <translation>통과/실패 표시를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>The follow-up was not sent</source>
        <translation>후속 질문을 보내지 못했습니다</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>링크를 열지 않았습니다</translation>
    </message>
    <message>
        <source>The answer links to %1, which is not a web address.</source>
        <translation>답변의 링크 %1은(는) 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Open this address from the model&apos;s answer in your browser?

%1</source>
        <translation>모델 답변에 있는 이 주소를 브라우저에서 여시겠습니까?

%1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Statistics need the history database, which is not open.</source>
        <translation>통계를 보려면 기록 데이터베이스가 필요하지만, 데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Raters live in the history database, which is not open.</source>
        <translation>평가자 정보는 기록 데이터베이스에 있지만, 데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing to vote on: blind pairs need at least two different models.</source>
        <translation>투표할 답변이 없습니다. 블라인드 쌍을 만들려면 서로 다른 모델이 두 개 이상 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>All %n blind pair(s) voted. Names are shown again; see Stats for the win rates.</source>
        <translation>
            <numerusform>블라인드 쌍 %n개에 모두 투표했습니다. 모델 이름이 다시 표시됩니다. 승률은 통계에서 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote was not saved</source>
        <translation>투표를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>you preferred A</source>
        <translation>A를 선택함</translation>
    </message>
    <message>
        <source>you preferred B</source>
        <translation>B를 선택함</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt; was %1, &lt;b&gt;B&lt;/b&gt; was %2 — %3.</source>
        <translation>&lt;b&gt;A&lt;/b&gt;는 %1, &lt;b&gt;B&lt;/b&gt;는 %2 — %3.</translation>
    </message>
    <message>
        <source>Coverage…</source>
        <translation>활용 현황…</translation>
    </message>
    <message>
        <source>Which pack items each answer read or cited, and the items none used</source>
        <translation>각 답변이 읽거나 인용한 팩 항목과 어떤 답변도 사용하지 않은 항목</translation>
    </message>
    <message>
        <source>Fuse…</source>
        <translation>통합…</translation>
    </message>
    <message>
        <source>The fusion failed (what arrived is kept)</source>
        <translation>통합에 실패했습니다(받은 내용은 보존됨)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Open a run first.</source>
        <translation>먼저 실행을 여세요.</translation>
    </message>
    <message>
        <source>Fusion needs the run&apos;s history.</source>
        <translation>통합하려면 실행 기록이 필요합니다.</translation>
    </message>
    <message>
        <source>Fuse the answers into one plan that records where each section came from</source>
        <translation>답변을 하나의 계획으로 통합하고 각 섹션의 출처를 기록합니다</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>아직 불가: %1</translation>
    </message>
    <message>
        <source>The fusion did not start</source>
        <translation>통합이 시작되지 않았습니다</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>This run as a PDF, HTML, Markdown, JSON or CSV report</source>
        <translation>이 실행을 PDF, HTML, Markdown, JSON 또는 CSV 보고서로 내보냅니다</translation>
    </message>
    <message>
        <source> (%1% pass)</source>
        <translation> (통과 %1%)</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::CoverageDialog</name>
    <message>
        <source>Pack coverage</source>
        <translation>팩 활용 현황</translation>
    </message>
    <message>
        <source>This run&apos;s record lists no pack items.</source>
        <translation>이 실행의 기록에 팩 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No answer read an item through the tools or cited one: use tools mode or a template with &quot;Cite sources&quot; to see what each answer relied on.</source>
        <translation>도구로 항목을 읽거나 인용한 답변이 없습니다. 각 답변이 무엇에 근거했는지 보려면 도구 모드나 &quot;출처 인용&quot;을 켠 템플릿을 사용하세요.</translation>
    </message>
    <message>
        <source>%1 items sent · %2 read or cited by some answer · &lt;b&gt;%3 used by no answer&lt;/b&gt;</source>
        <translation>항목 %1개 보냄 · 답변이 읽거나 인용한 항목 %2개 · &lt;b&gt;어떤 답변도 사용하지 않은 항목 %3개&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>읽은 답변</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>인용한 답변</translation>
    </message>
    <message>
        <source>Citations verified</source>
        <translation>확인된 인용</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>No answer read or cited this item</source>
        <translation>이 항목을 읽거나 인용한 답변이 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::DiffDialog</name>
    <message>
        <source>Compare two answers</source>
        <translation>두 답변 비교</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Section in A</source>
        <translation>A의 섹션</translation>
    </message>
    <message>
        <source>Section in B</source>
        <translation>B의 섹션</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Computing the word diff…</source>
        <translation>단어 차이를 계산하는 중…</translation>
    </message>
    <message>
        <source>%1 words shared, %2 only in A, %3 only in B · sections: %4 only in A, %5 only in B</source>
        <translation>공통 단어 %1개, A에만 %2개, B에만 %3개 · 섹션: A에만 %4개, B에만 %5개</translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation>(첫 제목 앞)</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>A에만</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>B에만</translation>
    </message>
    <message>
        <source>similar titles</source>
        <translation>비슷한 제목</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentController</name>
    <message>
        <source>The history is not available.</source>
        <translation>기록을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Experiment %1 is waiting: %2</source>
        <translation>실험 %1 대기 중: %2</translation>
    </message>
    <message numerus="yes">
        <source>Experiments: %n running, %1/%2 calls finished</source>
        <translation>
            <numerusform>실험: %n개 실행 중, 호출 %1/%2 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment %1: recording cases, %2 of %3</source>
        <translation>실험 %1: 케이스 기록 중, %2/%3</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentMatrixModel</name>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>in batch</source>
        <translation>배치 처리 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>, check passed</source>
        <translation>, 검사 통과</translation>
    </message>
    <message>
        <source>, check failed</source>
        <translation>, 검사 실패</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentResultsView</name>
    <message>
        <source>not judged</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Pass rate (95% CI)</source>
        <translation>통과율(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>k-of-k</source>
        <translation>k-of-k</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation>평균 비용</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>모델 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>모델 B</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>A&apos;s win rate (95% CI)</source>
        <translation>A의 승률(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>Left side won</source>
        <translation>왼쪽 승</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per model&lt;/b&gt; — pass rate over answers judged pass/fail; k-of-k: cases whose k repeats all passed</source>
        <translation>&lt;b&gt;모델별&lt;/b&gt; — 통과/실패로 판정된 답변 중 통과한 비율. k-of-k: k번 반복이 모두 통과한 케이스</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per pair&lt;/b&gt; — blind votes pooled over every case; a tie or both-bad vote counts as half a win</source>
        <translation>&lt;b&gt;쌍별&lt;/b&gt; — 모든 케이스의 블라인드 투표를 합산. 동점이나 둘 다 나쁨 투표는 0.5승으로 계산</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) and %1 human vote(s) across the experiment&apos;s cases.</source>
        <translation>
            <numerusform>이 실험의 케이스 전체에 답변 %n개와 사람의 투표 %1개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2회 중 %1회</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Mean tokens per answer as billed: input / output (of which reasoning)</source>
        <translation>답변당 청구된 평균 토큰: 입력 / 출력(그중 추론)</translation>
    </message>
    <message>
        <source>%1 / %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Means over %n answer(s) that reported usage: %1 input, %2 output tokens, of which %3 reasoning. Totals: %4 input, %5 output.</source>
        <translation>
            <numerusform>사용량을 보고한 답변 %n개의 평균: 입력 %1, 출력 %2 토큰(그중 추론 %3). 합계: 입력 %4, 출력 %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Bradley–Terry ranking&lt;/b&gt;&lt;br&gt;A ranking needs blind votes on at least three models; %n model(s) of this experiment have votes so far. Until then, compare the models pair by pair by their win rates.</source>
        <translation>
            <numerusform>&lt;b&gt;Bradley–Terry 순위&lt;/b&gt;&lt;br&gt;순위를 매기려면 최소 세 모델에 대한 블라인드 투표가 필요합니다. 지금까지 이 실험에서 투표를 받은 모델은 %n개입니다. 그때까지는 모델을 쌍별 승률로 비교하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExperimentsWindow</name>
    <message>
        <source>&amp;nbsp; ✓ on a mark: check passed &amp;nbsp; ✗: check failed</source>
        <translation>&amp;nbsp; 표시의 ✓: 검사 통과 &amp;nbsp; ✗: 검사 실패</translation>
    </message>
    <message>
        <source>Experiments — ContextBench</source>
        <translation>실험 — ContextBench</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>New Experiment…</source>
        <translation>새 실험…</translation>
    </message>
    <message>
        <source>Resume / Poll Now</source>
        <translation>재개 / 지금 확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open Case in Comparison</source>
        <translation>케이스를 비교에서 열기</translation>
    </message>
    <message>
        <source>Rate Next Pair</source>
        <translation>다음 쌍 평가</translation>
    </message>
    <message>
        <source>Rating Kits…</source>
        <translation>평가 키트…</translation>
    </message>
    <message>
        <source>Polling experiment %1.</source>
        <translation>실험 %1의 상태를 확인하는 중입니다.</translation>
    </message>
    <message>
        <source>Cancel experiment</source>
        <translation>실험 취소</translation>
    </message>
    <message>
        <source>Ask the providers to cancel this experiment&apos;s batches and stop its live calls? Everything already answered is kept.</source>
        <translation>제공자에게 이 실험의 배치를 취소하도록 요청하고 진행 중인 실시간 호출을 중지하시겠습니까? 이미 받은 답변은 모두 보존됩니다.</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>매트릭스</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>The history is not available, so experiments cannot be shown.</source>
        <translation>기록을 사용할 수 없어 실험을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No experiment selected.</source>
        <translation>선택한 실험이 없습니다.</translation>
    </message>
    <message>
        <source>No experiment selected. &quot;New Experiment…&quot; designs one.</source>
        <translation>선택한 실험이 없습니다. &quot;새 실험…&quot;으로 실험을 설계하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 cases × %3 models × k=%4, %5 mode, %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 케이스 %2개 × 모델 %3개 × k=%4, %5 모드, %6</translation>
    </message>
    <message>
        <source>%1 batch %2 (%3, %4 requests): %5</source>
        <translation>%1 배치 %2(%3, 요청 %4개): %5</translation>
    </message>
    <message>
        <source> — window ends in %1 h %2 min (%3)</source>
        <translation> — %1시간 %2분 뒤 처리 기한 종료(%3)</translation>
    </message>
    <message>
        <source>No provider batches.</source>
        <translation>제공자 배치가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation>실험을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Experiment %1 started.</source>
        <translation>실험 %1을(를) 시작했습니다.</translation>
    </message>
    <message>
        <source>Select a case whose run has been recorded.</source>
        <translation>실행이 기록된 케이스를 선택하세요.</translation>
    </message>
    <message>
        <source>Every pair of finished answers in this experiment has been judged.</source>
        <translation>이 실험에서 완료된 답변 쌍을 모두 평가했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Rating blind: case %1, %n pair(s) left across the experiment.</source>
        <translation>
            <numerusform>블라인드 평가: 케이스 %1, 실험 전체에서 %n쌍 남음.</numerusform>
        </translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Recording cases: %v of %m</source>
        <translation>케이스 기록 중: %v/%m</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>기록 중</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ExportDialog</name>
    <message>
        <source>Export run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>차례대로</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <source>Prompt appendix (exact instructions and input)</source>
        <translation>프롬프트 부록(실제 지시문과 입력)</translation>
    </message>
    <message>
        <source>Reasoning summaries</source>
        <translation>추론 요약</translation>
    </message>
    <message>
        <source>Context manifest</source>
        <translation>컨텍스트 목록</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>용지 크기:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>배치:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>포함:</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>미리보기를 준비하는 중…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>미리보기 없음: %1</translation>
    </message>
    <message>
        <source>No preview: the PDF could not be read back</source>
        <translation>미리보기 없음: PDF를 다시 읽을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>First %n page(s) of %1</source>
        <translation>
            <numerusform>%1의 처음 %n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1의 답변</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n output(s)</source>
        <translation>
            <numerusform>답변 %n개 비교</numerusform>
        </translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>보고서 언어:</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::FindBar</name>
    <message>
        <source>Find in prompt</source>
        <translation>프롬프트에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>past the shown part</source>
        <translation>표시된 부분 밖</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1/%2%3</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::FuseDialog</name>
    <message>
        <source>Fuse the answers</source>
        <translation>답변 통합</translation>
    </message>
    <message>
        <source>Fuse — a model merges all answers</source>
        <translation>통합 — 모델이 모든 답변을 병합</translation>
    </message>
    <message>
        <source>Guided — tick sections, a model writes the plan</source>
        <translation>안내식 — 섹션을 체크하면 모델이 계획을 작성</translation>
    </message>
    <message>
        <source>Pick — the ticked sections as written, no model</source>
        <translation>선택 — 체크한 섹션을 그대로 사용, 모델 없음</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>The model that merges, as PROVIDER:MODEL (e.g. openai:gpt-4.1)</source>
        <translation>병합할 모델, PROVIDER:MODEL 형식(예: openai:gpt-4.1)</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>병합 모델</translation>
    </message>
    <message>
        <source>(introduction)</source>
        <translation>(도입부)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fuse</source>
        <translation>통합</translation>
    </message>
    <message>
        <source>The model reads every answer and keeps the best of each; each section of its plan records which answers it drew on.</source>
        <translation>모델이 모든 답변을 읽고 각 답변의 가장 좋은 부분을 남깁니다. 계획의 각 섹션에는 어떤 답변을 참고했는지 기록됩니다.</translation>
    </message>
    <message>
        <source>Tick, per section, the version to keep — tick several to have them merged. Unticked sections are left out.</source>
        <translation>섹션마다 유지할 버전을 체크하세요. 여러 개를 체크하면 병합됩니다. 체크하지 않은 섹션은 빠집니다.</translation>
    </message>
    <message>
        <source>The ticked versions are put together as written; several ticked in one section follow one another. Nothing is sent.</source>
        <translation>체크한 버전을 그대로 이어 붙입니다. 한 섹션에서 여러 개를 체크하면 차례로 이어집니다. 아무것도 보내지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HeaviestItemsDialog</name>
    <message>
        <source>Heaviest Items</source>
        <translation>가장 큰 항목</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); included: %1, %2 tokens</source>
        <translation>
            <numerusform>항목 %n개, 포함된 항목: %1, %2 토큰</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Search packs, templates, models, answers and follow-ups…</source>
        <translation>팩, 템플릿, 모델, 답변, 후속 질문 검색…</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>최근 1년</translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation>기록을 사용할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>실행 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ImportStatusWidget</name>
    <message>
        <source>%v of %m</source>
        <translation>%v/%m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Hide the import report</source>
        <translation>가져오기 보고서 숨기기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>자세히 숨기기</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>page %v of %m</source>
        <translation>%m쪽 중 %v쪽</translation>
    </message>
    <message>
        <source>%1: page %2 of %3</source>
        <translation>%1: %3쪽 중 %2쪽</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n file(s) added</source>
        <translation>
            <numerusform>가져오기 취소됨: 파일 %n개 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ItemEditorDialog</name>
    <message>
        <source>Edit Document</source>
        <translation>문서 편집</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. launch, q3, pricing</source>
        <translation>쉼표로 구분, 예: 출시, 3분기, 가격 정책</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>태그(&amp;A):</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>원본:</translation>
    </message>
    <message>
        <source>What the model should know: decisions, constraints, numbers…</source>
        <translation>모델이 알아야 할 내용: 결정 사항, 제약 조건, 수치…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n word(s)</source>
        <translation>
            <numerusform>%1 · %n단어</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::JudgeDialog</name>
    <message>
        <source>Judge model</source>
        <translation>심사 모델</translation>
    </message>
    <message numerus="yes">
        <source>A model judges each pair of answers twice, with the answers swapped; only a verdict that holds in both orders counts. It sees &quot;Answer A&quot; and &quot;Answer B&quot;, never a model name. Its votes are kept apart from human votes. %n pair(s) to judge.</source>
        <translation>
            <numerusform>모델이 답변 쌍마다 순서를 바꿔 두 번 심사하며, 두 순서 모두에서 같은 판정만 인정됩니다. 심사 모델은 &quot;Answer A&quot;와 &quot;Answer B&quot;만 보고 모델 이름은 보지 않습니다. 심사 모델의 투표는 사람의 투표와 따로 보관됩니다. 심사할 쌍: %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, e.g. openai:o3 or local:llama3.1:70b</source>
        <translation>제공자:모델, 예: openai:o3 또는 local:llama3.1:70b</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>심사 모델:</translation>
    </message>
    <message>
        <source>Prompt ({{task}}, {{answer_a}}, {{answer_b}}):</source>
        <translation>프롬프트({{task}}, {{answer_a}}, {{answer_b}}):</translation>
    </message>
    <message>
        <source>Default prompt</source>
        <translation>기본 프롬프트</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>심사</translation>
    </message>
    <message>
        <source>Cancel judging</source>
        <translation>심사 취소</translation>
    </message>
    <message>
        <source>Choose a judge model (PROVIDER:MODEL).</source>
        <translation>심사 모델을 선택하세요(제공자:모델).</translation>
    </message>
    <message numerus="yes">
        <source>%n judgement(s), estimated cost %1</source>
        <translation>
            <numerusform>심사 %n회, 예상 비용 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Judging…</source>
        <translation>심사하는 중…</translation>
    </message>
    <message>
        <source>Judged %1 of %2 pairs: %3 consistent (votes), %4 inconsistent (discarded)</source>
        <translation>%2쌍 중 %1쌍 심사: 일관됨 %3(투표로 반영), 불일치 %4(버림)</translation>
    </message>
    <message>
        <source>, %1 unparseable</source>
        <translation>, 해석 불가 %1</translation>
    </message>
    <message>
        <source>; cost unknown (no price for the judge model)</source>
        <translation>; 비용 알 수 없음(심사 모델의 가격 정보 없음)</translation>
    </message>
    <message numerus="yes">
        <source>; cost %1 + %n judgement(s) of unknown price</source>
        <translation>
            <numerusform>; 비용 %1 + 가격을 알 수 없는 심사 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>; cost %1</source>
        <translation>; 비용 %1</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::MainWindow</name>
    <message>
        <source>&amp;New Pack</source>
        <translation>새 팩(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>메모 추가(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Copy Prompt</source>
        <translation>프롬프트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>모두 취소(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ContextBench</source>
        <translation>ContextBench 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 하기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 팩 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>팩(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Experiments…</source>
        <translation>실험(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Model catalog unavailable: %1</source>
        <translation>모델 카탈로그를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Token counting failed: %1</source>
        <translation>토큰 계산에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Exact count failed: %1</source>
        <translation>정확한 토큰 계산에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>%1 tokens (%2): instructions %3, input %4</source>
        <translation>%1 토큰(%2): 지시문 %3, 입력 %4</translation>
    </message>
    <message>
        <source>Item text per section (tags and headings not included):</source>
        <translation>섹션별 항목 텍스트(태그와 제목 제외):</translation>
    </message>
    <message>
        <source>no API key for %1: add one in Settings or set %2</source>
        <translation>%1의 API 키 없음: 설정에서 추가하거나 %2을(를) 지정하세요</translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation>제목 없는 팩</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>키: 시스템 키체인</translation>
    </message>
    <message>
        <source>Keys: environment variables (no keychain)</source>
        <translation>키: 환경 변수(키체인 없음)</translation>
    </message>
    <message>
        <source>Cannot open pack</source>
        <translation>팩을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>The welcome pack could not be loaded: %1</source>
        <translation>시작 팩을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Open Pack</source>
        <translation>팩 열기</translation>
    </message>
    <message>
        <source>Cannot save pack</source>
        <translation>팩을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장했습니다</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>Save Pack</source>
        <translation>팩 저장</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The pack has unsaved changes. Save them first?</source>
        <translation>팩에 저장하지 않은 변경 사항이 있습니다. 먼저 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Nothing to send yet: the prompt is still being assembled.</source>
        <translation>아직 보낼 내용이 없습니다. 프롬프트를 조립하는 중입니다.</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>보낼 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Collecting %n experiment(s) left running by the last session.</source>
        <translation>
            <numerusform>지난 세션에서 실행 중이던 실험 %n개의 결과를 수집합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picked up %n run(s) left unfinished by the last session.</source>
        <translation>
            <numerusform>지난 세션에서 끝나지 않은 실행 %n건을 이어받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>실행을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot run again</source>
        <translation>다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>The new interface language applies after a restart. Models are still answering: restart later to keep their answers whole, or restart now and keep what has arrived. The pack, including unsaved edits, the layout and the run shown come back as they are.</source>
        <translation>새 인터페이스 언어는 다시 시작한 뒤에 적용됩니다. 모델이 아직 답변하고 있습니다. 답변을 온전히 받으려면 나중에 다시 시작하시고, 지금 다시 시작하면 그때까지 받은 내용이 남습니다. 저장하지 않은 편집을 포함한 팩, 화면 배치, 표시 중인 실행이 그대로 돌아옵니다.</translation>
    </message>
    <message>
        <source>The new interface language applies after a restart. Restart now? The pack, including unsaved edits, the layout and the run shown come back as they are.</source>
        <translation>새 인터페이스 언어는 다시 시작한 뒤에 적용됩니다. 지금 다시 시작하시겠습니까? 저장하지 않은 편집을 포함한 팩, 화면 배치, 표시 중인 실행이 그대로 돌아옵니다.</translation>
    </message>
    <message>
        <source>Restart ContextBench</source>
        <translation>ContextBench 다시 시작</translation>
    </message>
    <message>
        <source>Cannot restart</source>
        <translation>다시 시작할 수 없음</translation>
    </message>
    <message>
        <source>ContextBench could not start again. Your work is still open here; restart ContextBench yourself to change the language.</source>
        <translation>ContextBench를 다시 시작하지 못했습니다. 작업 내용은 이 창에 그대로 열려 있습니다. 언어를 바꾸려면 ContextBench를 직접 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved edits</source>
        <translation>저장하지 않은 편집을 복원할 수 없음</translation>
    </message>
    <message>
        <source>Add Fol&amp;der…</source>
        <translation>폴더 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>Heav&amp;iest Items…</source>
        <translation>가장 큰 항목(&amp;I)…</translation>
    </message>
    <message>
        <source>Pro&amp;mpt Preview</source>
        <translation>프롬프트 미리보기(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ModelParamsDialog</name>
    <message>
        <source>Parameters for %1</source>
        <translation>%1 매개변수</translation>
    </message>
    <message>
        <source>As the run says</source>
        <translation>실행 설정을 따름</translation>
    </message>
    <message>
        <source>Reasoning effort:</source>
        <translation>추론 강도:</translation>
    </message>
    <message>
        <source>Model maximum (%1)</source>
        <translation>모델 최대치(%1)</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>제공자 기본값</translation>
    </message>
    <message>
        <source>Output tokens including reasoning; the upper end of the cost range</source>
        <translation>추론을 포함한 출력 토큰. 비용 범위의 상한이 됩니다</translation>
    </message>
    <message>
        <source>Max output tokens:</source>
        <translation>최대 출력 토큰:</translation>
    </message>
    <message>
        <source>%1 to %2 tokens%3</source>
        <translation>%1~%2 토큰%3</translation>
    </message>
    <message>
        <source>; 0 turns thinking off</source>
        <translation>; 0이면 사고 기능을 끕니다</translation>
    </message>
    <message>
        <source>Thinking budget:</source>
        <translation>사고 예산:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도:</translation>
    </message>
    <message>
        <source>Run in background mode (polled; survives a dropped connection and a restart)</source>
        <translation>백그라운드 모드로 실행(주기적으로 상태를 확인하며, 연결이 끊기거나 다시 시작해도 이어집니다)</translation>
    </message>
    <message>
        <source>This model only answers in background mode</source>
        <translation>이 모델은 백그라운드 모드에서만 답변합니다</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>백그라운드:</translation>
    </message>
    <message>
        <source>effort %1</source>
        <translation>강도 %1</translation>
    </message>
    <message>
        <source>≤%1 out</source>
        <translation>출력 ≤%1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>사고 %1</translation>
    </message>
    <message>
        <source>temp %1</source>
        <translation>온도 %1</translation>
    </message>
    <message>
        <source>background</source>
        <translation>백그라운드</translation>
    </message>
    <message>
        <source>Full pack in the prompt</source>
        <translation>프롬프트에 팩 전체 포함</translation>
    </message>
    <message>
        <source>Tools (on demand): manifest + list, read, search</source>
        <translation>도구(필요할 때 가져오기): 항목 목록 + 나열·읽기·검색 도구</translation>
    </message>
    <message>
        <source>With tools the model sees the goal and a list of the pack&apos;s items, and reads or searches what it needs; the answer&apos;s column shows what it fetched</source>
        <translation>도구를 사용하면 모델은 목표와 팩 항목 목록을 보고 필요한 내용을 읽거나 검색합니다. 답변 열에 무엇을 가져왔는지 표시됩니다</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <source>Rounds of tool calls before the model must answer</source>
        <translation>모델이 답변해야 하기 전까지 허용되는 도구 호출 라운드 수</translation>
    </message>
    <message>
        <source>Max tool rounds:</source>
        <translation>최대 도구 라운드:</translation>
    </message>
    <message>
        <source>tools ≤%1 rounds</source>
        <translation>도구 ≤%1라운드</translation>
    </message>
    <message>
        <source> k tokens</source>
        <translation>K 토큰</translation>
    </message>
    <message>
        <source>How much the model may read from the pack in one answer; once spent, it must answer from what it has read</source>
        <translation>모델이 한 답변에서 팩으로부터 읽을 수 있는 양입니다. 모두 쓰면 읽은 내용만으로 답변해야 합니다</translation>
    </message>
    <message>
        <source>Max tokens read:</source>
        <translation>최대 읽기 토큰:</translation>
    </message>
    <message>
        <source>, ≤%1k read</source>
        <translation>, 읽기 ≤%1K 토큰</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ModelPicker</name>
    <message>
        <source>Choose the models to compare</source>
        <translation>비교할 모델 선택</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <source>How many times each model answers (for k-of-k reliability)</source>
        <translation>모델마다 답변할 횟수(k-of-k 신뢰도용)</translation>
    </message>
    <message>
        <source>Default effort</source>
        <translation>기본 추론 강도</translation>
    </message>
    <message>
        <source>Effort: %1</source>
        <translation>추론 강도: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send the prompt to every selected model (Ctrl+Return)</source>
        <translation>선택한 모든 모델에 프롬프트를 보냅니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>입력 $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>출력 $/M</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>토크나이저</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Double-click a model for its own effort, output cap, thinking budget, temperature or background mode.</source>
        <translation>모델을 두 번 클릭하면 그 모델만의 추론 강도, 출력 상한, 사고 예산, 온도, 백그라운드 모드를 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Another model: provider:model, e.g. openai-compatible:llama3.1:8b</source>
        <translation>다른 모델: 제공자:모델, 예: openai-compatible:llama3.1:8b</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Parameters…</source>
        <translation>매개변수…</translation>
    </message>
    <message>
        <source>Reset to run defaults</source>
        <translation>실행 기본값으로 재설정</translation>
    </message>
    <message>
        <source>≈ estimate</source>
        <translation>≈ 예상</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Double-click to change this model&apos;s parameters</source>
        <translation>두 번 클릭하면 이 모델의 매개변수를 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>Type provider:model, for example openai-compatible:llama3.1:8b</source>
        <translation>제공자:모델 형식으로 입력하세요. 예: openai-compatible:llama3.1:8b</translation>
    </message>
    <message>
        <source>None — choose models…</source>
        <translation>없음 — 모델을 선택하세요…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation>%1, %2 외 %3개</translation>
    </message>
    <message>
        <source>Sent to the models that accept this effort; others use their default</source>
        <translation>이 강도를 지원하는 모델에만 보냅니다. 나머지 모델은 기본값을 사용합니다</translation>
    </message>
    <message>
        <source>None of the selected models takes a reasoning effort</source>
        <translation>선택한 모델 중 추론 강도를 지원하는 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::NewExperimentDialog</name>
    <message>
        <source>New Experiment</source>
        <translation>새 실험</translation>
    </message>
    <message>
        <source>e.g. Q3 planning: o3 vs o3-pro</source>
        <translation>예: 3분기 계획: o3 대 o3-pro</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>Goal (optional; empty: the pack&apos;s own)</source>
        <translation>목표 (선택 사항, 비워 두면 팩의 목표 사용)</translation>
    </message>
    <message>
        <source>Add Packs…</source>
        <translation>팩 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Batch (half price, results within 24 h; OpenAI and Anthropic)</source>
        <translation>배치 (가격 절반, 24시간 이내 결과, OpenAI와 Anthropic)</translation>
    </message>
    <message>
        <source>Live (full price, answers now)</source>
        <translation>실시간 (정가, 바로 답변)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cannot start the experiment</source>
        <translation>실험을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Repeats (k):</source>
        <translation>반복 횟수 (k):</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>케이스:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Add Packs</source>
        <translation>팩 추가</translation>
    </message>
    <message>
        <source>Context packs (*.ctxpack);;All files (*)</source>
        <translation>컨텍스트 팩 (*.ctxpack);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Some packs were not added</source>
        <translation>일부 팩을 추가하지 못했습니다</translation>
    </message>
    <message>
        <source>Add at least one pack and tick at least one model to see the price.</source>
        <translation>가격을 보려면 팩을 하나 이상 추가하고 모델을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>%1 calls (%2 cases × %3 models × %4).&lt;br&gt;&lt;b&gt;Live:&lt;/b&gt; %5 &amp;nbsp;&amp;nbsp; &lt;b&gt;Batch:&lt;/b&gt; %6</source>
        <translation>호출 %1회 (케이스 %2개 × 모델 %3개 × 반복 %4회).&lt;br&gt;&lt;b&gt;실시간:&lt;/b&gt; %5 &amp;nbsp;&amp;nbsp; &lt;b&gt;배치:&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;This experiment will be billed at the &lt;b&gt;%1&lt;/b&gt; price.</source>
        <translation>&lt;br&gt;이 실험에는 &lt;b&gt;%1&lt;/b&gt; 가격이 청구됩니다.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message numerus="yes">
        <source> %n model(s) have no known price.</source>
        <translation>
            <numerusform> 모델 %n개는 가격을 알 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one pack.</source>
        <translation>팩을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>Tick at least one model.</source>
        <translation>모델을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Variables (name=value; …)</source>
        <translation>변수(이름=값; …)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; uses no variables.</source>
        <translation>템플릿 &quot;%1&quot;은(는) 변수를 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; uses: %2. Give each case its values in the Variables column, e.g. %3=….</source>
        <translation>템플릿 &quot;%1&quot;에 사용된 변수: %2. 변수 열에 각 케이스의 값을 입력하세요(예: %3=…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable assignment (name=value).</source>
        <translation>&quot;%1&quot;은(는) 변수 할당(이름=값)이 아닙니다.</translation>
    </message>
    <message>
        <source>Case %1 (%2)</source>
        <translation>케이스 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no value for %2 (template &quot;%3&quot;). Give it in the Variables column, e.g. %4=….</source>
        <translation>%1에 %2 값이 없습니다(템플릿 &quot;%3&quot;). 변수 열에 입력하세요(예: %4=…).</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::OutputColumn</name>
    <message>
        <source>▸ Reasoning summary</source>
        <translation>▸ 추론 요약</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning summary</source>
        <translation>모델의 추론 요약을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>▾ Reasoning summary</source>
        <translation>▾ 추론 요약</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the answer as Markdown</source>
        <translation>답변을 Markdown으로 복사합니다</translation>
    </message>
    <message>
        <source>⤢</source>
        <translation>⤢</translation>
    </message>
    <message>
        <source>Show only this column</source>
        <translation>이 열만 표시</translation>
    </message>
    <message>
        <source>Follow-up to this model, same context…</source>
        <translation>같은 컨텍스트로 이 모델에 보낼 후속 질문…</translation>
    </message>
    <message>
        <source>to the others too</source>
        <translation>다른 답변에도</translation>
    </message>
    <message>
        <source>Send the same message to every other finished answer, each in its own conversation</source>
        <translation>완료된 다른 모든 답변에도 같은 메시지를 각각의 대화로 보냅니다</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>✓ Pass</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <source>Mark this attempt as passed</source>
        <translation>이 시도를 통과로 표시합니다</translation>
    </message>
    <message>
        <source>✗ Fail</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>Mark this attempt as failed</source>
        <translation>이 시도를 실패로 표시합니다</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Your rating of this answer, 1 to 5</source>
        <translation>이 답변에 대한 내 평점 (1~5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>후속 질문…</translation>
    </message>
    <message>
        <source>Send a follow-up message to this model</source>
        <translation>이 모델에 후속 질문을 보냅니다</translation>
    </message>
    <message>
        <source>details hidden until you vote</source>
        <translation>투표할 때까지 세부 정보가 숨겨집니다</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;거부됨&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No answer text&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;답변 텍스트 없음&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cut short&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;도중에 끊김&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;실패&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;The text below is what arrived before the error.</source>
        <translation>&lt;br&gt;아래 텍스트는 오류가 나기 전까지 받은 내용입니다.</translation>
    </message>
    <message>
        <source>Hidden until you vote</source>
        <translation>투표할 때까지 숨겨집니다</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>나:</translation>
    </message>
    <message>
        <source>The follow-up failed.</source>
        <translation>후속 질문이 실패했습니다.</translation>
    </message>
    <message>
        <source>The follow-up failed: %1</source>
        <translation>후속 질문이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The reply above is partial: it is what arrived before the error.</source>
        <translation>위 답변은 일부입니다. 오류가 나기 전까지 받은 내용입니다.</translation>
    </message>
    <message>
        <source>Citations [[id: &quot;quote&quot;]] checked against the pack the run was sent with</source>
        <translation>인용 [[id: &quot;인용문&quot;]]을 실행 시 보낸 팩과 대조해 검사합니다</translation>
    </message>
    <message>
        <source>Not an answer: the answers fused into one plan. Hover a section to see where it came from.</source>
        <translation>답변이 아닙니다. 여러 답변을 하나로 통합한 계획입니다. 섹션 위에 마우스를 올리면 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>claims cited %1, verified %2, &lt;span style=&apos;color:#c62828; font-weight:bold&apos;&gt;not found %3&lt;/span&gt;</source>
        <translation>인용된 주장 %1, 확인됨 %2, &lt;span style=&apos;color:#c62828; font-weight:bold&apos;&gt;찾을 수 없음 %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>claims cited %1, &lt;span style=&apos;color:#2e7d32&apos;&gt;verified %2&lt;/span&gt;, not found 0</source>
        <translation>인용된 주장 %1, &lt;span style=&apos;color:#2e7d32&apos;&gt;확인됨 %2&lt;/span&gt;, 찾을 수 없음 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;Continued after a restart&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;재시작 후 이어서 진행함&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped to call a tool&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;도구 호출로 멈춤&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>io</source>
        <translation>입출력 오류</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>형식 오류</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>지원하지 않음</translation>
    </message>
    <message>
        <source>too_large</source>
        <translation>너무 큼</translation>
    </message>
    <message>
        <source>invalid_input</source>
        <translation>잘못된 입력</translation>
    </message>
    <message>
        <source>not_found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스 오류</translation>
    </message>
    <message>
        <source>network</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>인증 오류</translation>
    </message>
    <message>
        <source>rate_limited</source>
        <translation>요청 속도 제한</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>사용 한도 초과</translation>
    </message>
    <message>
        <source>server</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>제공자 오류</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the pack&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;팩을 읽는 중&lt;/b&gt; — %1</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackEditor</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s) to %1</source>
        <translation>
            <numerusform>%1에 항목 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>이름 바꾸기: “%1” → “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Include %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 포함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename section “%1”</source>
        <translation>섹션 “%1” 이름 바꾸기</translation>
    </message>
    <message>
        <source>New section “%1”</source>
        <translation>새 섹션 “%1”</translation>
    </message>
    <message>
        <source>Delete section “%1”</source>
        <translation>섹션 “%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>항목 %n개 이동</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackImporter</name>
    <message>
        <source>Transcribing %1…</source>
        <translation>%1 음성을 텍스트로 변환하는 중…</translation>
    </message>
    <message>
        <source>Importing %1%2…</source>
        <translation>%1%2 가져오는 중…</translation>
    </message>
    <message>
        <source> and more</source>
        <translation> 외</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n item(s)…</source>
        <translation>
            <numerusform>항목 %n개를 새로 고치는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh “%1”</source>
        <translation>“%1” 새로 고침</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PackPanel</name>
    <message>
        <source>&lt;b&gt;Context pack&lt;/b&gt;</source>
        <translation>&lt;b&gt;컨텍스트 팩&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pack title</source>
        <translation>팩 제목</translation>
    </message>
    <message>
        <source>Goal: what should the model produce? For example: a launch plan with target metrics, a timeline, priorities and explicit exclusions.</source>
        <translation>목표: 모델이 만들어야 할 결과물을 적으세요. 예: 목표 지표, 일정, 우선순위, 하지 않을 일을 분명히 밝힌 출시 계획.</translation>
    </message>
    <message>
        <source>Filter by title, tag or text</source>
        <translation>제목, 태그, 텍스트로 필터링</translation>
    </message>
    <message>
        <source>Heaviest…</source>
        <translation>큰 항목…</translation>
    </message>
    <message>
        <source>List the items by size and tokens</source>
        <translation>항목을 크기와 토큰 수 순서로 나열합니다</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>New Section</source>
        <translation>새 섹션</translation>
    </message>
    <message>
        <source>Drop documents, notes or folders here

Meeting transcripts, voice memos, PDFs, Word files, web pages, code.
Or use Add Files… and Add Note below.</source>
        <translation>문서, 메모, 폴더를 여기에 끌어다 놓으세요

회의록, 음성 메모, PDF, Word 파일, 웹 페이지, 코드.
아래의 파일 추가…나 메모 추가를 사용해도 됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 section(s), %2 included</source>
        <translation>
            <numerusform>섹션 %1개, 항목 %n개 (%2개 포함)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) repeat the text of another item. &lt;a href=&quot;remove&quot;&gt;Remove the copies&lt;/a&gt;</source>
        <translation>
            <numerusform>⚠ 항목 %n개가 다른 항목과 같은 텍스트입니다. &lt;a href=&quot;remove&quot;&gt;중복 제거&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⟳ %n source file(s) changed on disk since import. &lt;a href=&quot;refresh&quot;&gt;Refresh&lt;/a&gt;</source>
        <translation>
            <numerusform>⟳ 가져온 뒤 디스크에서 바뀐 원본 파일이 %n개 있습니다. &lt;a href=&quot;refresh&quot;&gt;새로 고침&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>“%1” 편집</translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation>섹션 이름:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Refresh from Disk</source>
        <translation>디스크에서 새로 고침</translation>
    </message>
    <message>
        <source>Remove Duplicate Copies</source>
        <translation>중복 사본 제거</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>섹션 이름 바꾸기</translation>
    </message>
    <message>
        <source>Delete Section</source>
        <translation>섹션 삭제</translation>
    </message>
    <message>
        <source>New Section…</source>
        <translation>새 섹션…</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::PromptPreviewPanel</name>
    <message>
        <source>&lt;b&gt;Prompt preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;프롬프트 미리 보기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exactly what the models receive: the instructions and the user message</source>
        <translation>모델이 받는 내용 그대로입니다: 지침과 사용자 메시지</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Copy Prompt</source>
        <translation>프롬프트 복사</translation>
    </message>
    <message>
        <source>Copy the whole prompt, instructions and user message (Ctrl+Shift+C)</source>
        <translation>지침과 사용자 메시지를 포함한 프롬프트 전체를 복사합니다 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Instructions (system message)</source>
        <translation>지침 (시스템 메시지)</translation>
    </message>
    <message>
        <source>User message (context documents and goal)</source>
        <translation>사용자 메시지 (컨텍스트 문서와 목표)</translation>
    </message>
    <message>
        <source>The assembled prompt appears here as you add documents and write a goal.</source>
        <translation>문서를 추가하고 목표를 쓰면 완성된 프롬프트가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 characters of the user message to keep the window responsive. Copy Prompt copies all of it; Find searches all of it.</source>
        <translation>창이 느려지지 않도록 사용자 메시지 %2자 중 처음 %1자만 표시합니다. 프롬프트 복사와 찾기는 전체 내용을 대상으로 합니다.</translation>
    </message>
    <message>
        <source>%1 characters · template: %2</source>
        <translation>%1자 · 템플릿: %2</translation>
    </message>
    <message>
        <source>Edit Templates…</source>
        <translation>템플릿 편집…</translation>
    </message>
    <message>
        <source>Prompt templates: duplicate a preset, edit and save your own</source>
        <translation>프롬프트 템플릿: 프리셋을 복제하고, 내 템플릿을 고쳐 저장합니다</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ProviderSettingsPage</name>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>기본 URL:</translation>
    </message>
    <message>
        <source>Turns dropped voice memos (m4a, mp3, wav, ogg, webm) into text, e.g. gpt-4o-mini-transcribe, gpt-4o-transcribe or whisper-1.</source>
        <translation>끌어다 놓은 음성 메모(m4a, mp3, wav, ogg, webm)를 텍스트로 변환합니다. 예: gpt-4o-mini-transcribe, gpt-4o-transcribe, whisper-1.</translation>
    </message>
    <message>
        <source>Transcription model:</source>
        <translation>음성 변환 모델:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message numerus="yes">
        <source>✔ Connected: %n model(s) available.</source>
        <translation>
            <numerusform>✔ 연결됨: 모델 %n개를 사용할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No key set (local servers usually need none).</source>
        <translation>설정된 키가 없습니다 (로컬 서버는 대개 키가 필요 없습니다).</translation>
    </message>
    <message>
        <source>No key set. Type one above, or set %1 in the environment.</source>
        <translation>설정된 키가 없습니다. 위에 키를 입력하거나 환경 변수 %1에 설정하세요.</translation>
    </message>
    <message>
        <source>Using %1 from the %2.</source>
        <translation>%2에서 읽은 키(%1)를 사용합니다.</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>환경 변수 %1</translation>
    </message>
    <message>
        <source>paste a key</source>
        <translation>키 붙여넣기</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatersDialog</name>
    <message>
        <source>Raters</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>People who rated through a rating kit, and judge models. Double-click a name to correct it; drop ratings files on the comparison to bring verdicts back.</source>
        <translation>평가 키트로 평가한 사람과 심사 모델입니다. 이름을 두 번 클릭하면 고칠 수 있고, 평가 파일을 비교 화면에 끌어다 놓으면 판정을 가져옵니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>키트</translation>
    </message>
    <message>
        <source>No raters yet: make rating kits from a run or an experiment first.</source>
        <translation>아직 평가자가 없습니다. 먼저 실행이나 실험에서 평가 키트를 만드세요.</translation>
    </message>
    <message>
        <source>Rater %1</source>
        <translation>평가자 %1</translation>
    </message>
    <message>
        <source>judge model</source>
        <translation>심사 모델</translation>
    </message>
    <message>
        <source>person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>Rater not renamed</source>
        <translation>평가자 이름을 바꾸지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatingKitDialog</name>
    <message>
        <source>Rating kits for run %1</source>
        <translation>실행 %1의 평가 키트</translation>
    </message>
    <message>
        <source>Rating kits for experiment %1</source>
        <translation>실험 %1의 평가 키트</translation>
    </message>
    <message>
        <source>Each rater gets a kit: one HTML file that opens offline in any current browser, shows pairs of answers as Answer A / Answer B with nothing that tells which model wrote them, and saves a ratings file to bring back here.</source>
        <translation>평가자마다 키트를 하나씩 받습니다. 키트는 최신 브라우저라면 어디서나 오프라인으로 열리는 HTML 파일 하나로, 어느 모델이 썼는지 알 수 없게 답변 쌍을 답변 A / 답변 B로 보여 주고, 여기로 다시 가져올 평가 파일을 저장합니다.</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>평가자:</translation>
    </message>
    <message>
        <source>Rating kits</source>
        <translation>평가 키트</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Folder for the rating kits</source>
        <translation>평가 키트를 저장할 폴더</translation>
    </message>
    <message>
        <source>Save kits in:</source>
        <translation>키트 저장 위치:</translation>
    </message>
    <message>
        <source>Make kits</source>
        <translation>키트 만들기</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>There is nothing to judge: a kit needs finished answers from at least two models to the same prompt and repeat.</source>
        <translation>평가할 답변이 없습니다. 키트를 만들려면 같은 프롬프트와 같은 반복에 대해 두 개 이상의 모델이 완료한 답변이 필요합니다.</translation>
    </message>
    <message>
        <source>Every kit asks about the same pair, sides drawn per rater.</source>
        <translation>모든 키트가 같은 쌍을 묻고, 좌우 배치는 평가자마다 무작위로 정합니다.</translation>
    </message>
    <message>
        <source>Every kit asks about the same %1 pairs, each rater in their own random order and sides.</source>
        <translation>모든 키트가 같은 %1개 쌍을 묻고, 순서와 좌우 배치는 평가자마다 무작위로 정합니다.</translation>
    </message>
    <message>
        <source>A rater&apos;s name</source>
        <translation>평가자 이름</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Writing the kits…</source>
        <translation>키트를 만드는 중…</translation>
    </message>
    <message>
        <source>Wrote 1 kit. Send it to its rater:</source>
        <translation>키트 1개를 만들었습니다. 평가자에게 보내세요:</translation>
    </message>
    <message>
        <source>Wrote %1 kits. Send each rater their file:</source>
        <translation>키트 %1개를 만들었습니다. 평가자마다 자신의 파일을 보내세요:</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RatingsDropHandler</name>
    <message>
        <source>Ratings not imported</source>
        <translation>평가를 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>Importing ratings needs the history database, which is not open.</source>
        <translation>평가를 가져오려면 기록 데이터베이스가 필요하지만 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Ratings imported</source>
        <translation>평가를 가져왔습니다</translation>
    </message>
    <message>
        <source>%1 (kit %2)</source>
        <translation>%1(키트 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: already imported, %n vote(s) unchanged</source>
        <translation>
            <numerusform>%1: 이미 가져왔습니다. 투표 %n표는 그대로입니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) added, replacing %2 from an earlier file</source>
        <translation>
            <numerusform>%1: 투표 %n표를 추가하고, 이전 파일의 %2표를 대체했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s) added</source>
        <translation>
            <numerusform>%1: 투표 %n표를 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReadingLayout</name>
    <message>
        <source>&amp;Reading Layout</source>
        <translation>읽기 배치(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Give the answers the whole window (Ctrl+Shift+R)</source>
        <translation>창 전체를 답변에 사용합니다 (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReadingStrip</name>
    <message>
        <source>Show the pack and the prompt again</source>
        <translation>팩과 프롬프트를 다시 표시합니다</translation>
    </message>
    <message>
        <source>Show pack and prompt</source>
        <translation>팩과 프롬프트 표시</translation>
    </message>
    <message>
        <source>▸  Pack and prompt</source>
        <translation>▸  팩과 프롬프트</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ReliabilityText</name>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>거부 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed</source>
        <translation>
            <numerusform>호출 실패 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unjudged</source>
        <translation>
            <numerusform>미판정 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>pass^%1: %2 of %3 runs</source>
        <translation>pass^%1: 실행 %3회 중 %2회</translation>
    </message>
    <message>
        <source>, %1% (%2–%3%)</source>
        <translation>, %1%(%2–%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n not fully judged</source>
        <translation>
            <numerusform>일부 미판정 %n회</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed call</source>
        <translation>
            <numerusform>호출 실패 포함 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>; apart: %1</source>
        <translation>; 제외: %1</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RunController</name>
    <message>
        <source>The history is not available.</source>
        <translation>기록을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open a run to follow up on one of its answers.</source>
        <translation>답변에 후속 질문을 하려면 먼저 실행을 여세요.</translation>
    </message>
    <message>
        <source>Run %1: %2/%3 done</source>
        <translation>실행 %1: %2/%3 완료</translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation>, 거부 %1</translation>
    </message>
    <message>
        <source>, %1 failed or cancelled</source>
        <translation>, 실패 또는 취소 %1</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::RunListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>, %1 refused</source>
        <translation>, 거부 %1</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, 실패 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>팩</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>완료된 호출</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::SectionReadingView</name>
    <message>
        <source>Rows are sections lined up by their headings. &lt;span style=&quot;background:#fff0a8&quot;&gt;Highlighted&lt;/span&gt;: what only that answer says there. &lt;span style=&quot;color:#b35900&quot;&gt;Only in …&lt;/span&gt;: a section one answer alone wrote.</source>
        <translation>각 행은 제목을 기준으로 맞춘 섹션입니다. &lt;span style=&quot;background:#fff0a8&quot;&gt;강조 표시&lt;/span&gt;: 그 자리에서 해당 답변만 말한 내용. &lt;span style=&quot;color:#b35900&quot;&gt;…에만 있음&lt;/span&gt;: 한 답변만 쓴 섹션.</translation>
    </message>
    <message>
        <source>(before the first heading)</source>
        <translation>(첫 제목 앞)</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>%1에만 있음</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>%1에는 없음</translation>
    </message>
    <message>
        <source>No such section</source>
        <translation>해당 섹션 없음</translation>
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
        <translation>OpenAI (o3, o3-pro, GPT-5, GPT-4.1)</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter)</source>
        <translation>OpenAI 호환 서버 (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter)</translation>
    </message>
    <message>
        <source>Key not saved</source>
        <translation>키를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>제공자</translation>
    </message>
    <message>
        <source>API keys you type here are stored in the system keychain, never in settings files, history, packs or exports.</source>
        <translation>여기에 입력한 API 키는 시스템 키체인에만 저장되며, 설정 파일, 기록, 팩, 내보낸 파일에는 절대 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>시스템 언어 (%1)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>인터페이스 언어:</translation>
    </message>
    <message>
        <source>A new language applies when ContextBench next starts.</source>
        <translation>새 언어는 ContextBench를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>⚠ API keys cannot be kept in the system keychain (%1). They are read from the environment variables OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY and OPENAI_COMPATIBLE_API_KEY; keys typed here are not saved.</source>
        <translation>⚠ API 키를 시스템 키체인에 보관할 수 없습니다(%1). 키는 환경 변수 OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, OPENAI_COMPATIBLE_API_KEY에서 읽으며, 여기에 입력한 키는 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::StatsDialog</name>
    <message>
        <source>Statistics across runs</source>
        <translation>실행 전체 통계</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Only runs up to and including this day</source>
        <translation>이 날짜까지(당일 포함)의 실행만</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>팩:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>모델 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>모델 B</translation>
    </message>
    <message>
        <source>A wins</source>
        <translation>A 승</translation>
    </message>
    <message>
        <source>B wins</source>
        <translation>B 승</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>무승부</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>A&apos;s win rate</source>
        <translation>A 승률</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 구간</translation>
    </message>
    <message>
        <source>Votes on the pair. A ranking of several outputs counts once per model pair (the model with the better mean rank wins), however many outputs it ranked, because its placements are one judgement and not independent votes. Rankings have no left/right, so position bias ignores them.</source>
        <translation>이 쌍에 대한 투표입니다. 여러 답변을 매긴 순위는 답변 수와 관계없이 모델 쌍마다 한 번만 셉니다(평균 순위가 높은 모델이 이김). 한 순위 안의 자리들은 하나의 판단이지 서로 독립된 투표가 아니기 때문입니다. 순위에는 왼쪽/오른쪽이 없으므로 위치 편향에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>95% bootstrap interval</source>
        <translation>95% 부트스트랩 구간</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>비교 수</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Left side won</source>
        <translation>왼쪽 승</translation>
    </message>
    <message>
        <source>Of this rater&apos;s decisive votes, how many went to the answer shown on the left, with a 95% interval. An interval that excludes 50% means the layout swayed this rater.</source>
        <translation>이 평가자의 승패가 갈린 투표 중 왼쪽에 표시된 답변이 이긴 수와 95% 구간입니다. 구간에 50%가 들어 있지 않으면 화면 배치가 이 평가자의 판단에 영향을 준 것입니다.</translation>
    </message>
    <message>
        <source>Items are pairs of answers judged by more than one rater, on the scale: first model better, no preference (tie or both bad), second model better. Votes of judge models are never counted.</source>
        <translation>항목은 두 명 이상의 평가자가 판정한 답변 쌍이며, 척도는 첫 번째 모델이 나음, 선호 없음(무승부 또는 둘 다 나쁨), 두 번째 모델이 나음입니다. 심사 모델의 투표는 세지 않습니다.</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>평가단</translation>
    </message>
    <message>
        <source>k-of-k</source>
        <translation>k-of-k</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>All k passed (pass^k)</source>
        <translation>k회 모두 통과 (pass^k)</translation>
    </message>
    <message>
        <source>Mean cost</source>
        <translation>평균 비용</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>평균 시간</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation>비용과 시간</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>%1 (%2 from rankings)</source>
        <translation>%1 (순위에서 %2)</translation>
    </message>
    <message>
        <source>Position bias: no decisive votes yet.</source>
        <translation>위치 편향: 아직 승패가 갈린 투표가 없습니다.</translation>
    </message>
    <message>
        <source>Position bias: the left answer won %1 of %2 decisive votes (%3, 95% interval %4). An interval that excludes 50% means the layout sways the judge.</source>
        <translation>위치 편향: 승패가 갈린 투표 %2표 중 왼쪽 답변이 %1표를 이겼습니다 (%3, 95% 구간 %4). 구간에 50%가 들어 있지 않으면 화면 배치가 판정에 영향을 준다는 뜻입니다.</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>아직 투표가 없습니다.</translation>
    </message>
    <message>
        <source>Computing the ranking (1000 bootstrap refits)…</source>
        <translation>순위를 계산하는 중 (부트스트랩 재적합 1000회)…</translation>
    </message>
    <message>
        <source>With two models the ranking says what the win rate says.</source>
        <translation>모델이 두 개뿐이면 순위는 승률과 같은 내용을 나타냅니다.</translation>
    </message>
    <message>
        <source>Strengths sum to 1; intervals from 1000 bootstrap refits, each resampling whole rater-items (a rater&apos;s votes on one pair of answers, or one ranking).</source>
        <translation>강도의 합은 1입니다. 구간은 부트스트랩 재적합 1000회로 구하며, 매번 평가자-항목(한 평가자가 한 답변 쌍에 던진 투표, 또는 순위 하나)을 통째로 재표집합니다.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2, %3 (%4)</source>
        <translation>%2표 중 %1표, %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2 rankings)</source>
        <translation>%1 (순위 %2개)</translation>
    </message>
    <message>
        <source> %1 votes of judge models (%2) are kept apart from every figure here.</source>
        <translation> 심사 모델의 투표 %1표(%2)는 여기의 모든 수치에서 제외됩니다.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>What the answers of the runs in view cost (their tool rounds included) and what the Ask first questions about the packs in view cost. Ask first uses no template: with a template chosen it is left out. Calls without a price in the model catalog add nothing.</source>
        <translation>표시된 실행의 답변에 든 비용(도구 라운드 포함)과 표시된 팩에 대한 먼저 질문하기 질문에 든 비용입니다. 먼저 질문하기는 템플릿을 쓰지 않으므로 템플릿을 선택하면 제외됩니다. 모델 카탈로그에 가격이 없는 호출은 더해지지 않습니다.</translation>
    </message>
    <message>
        <source>Spent %1 in total: answers %2, Ask first %3.</source>
        <translation>총 %1 지출: 답변 %2, 먼저 질문하기 %3.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::TemplateEditorDialog</name>
    <message>
        <source>Prompt Templates</source>
        <translation>프롬프트 템플릿</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>This preset ships with ContextBench and is read-only. Duplicate it to make your own version.</source>
        <translation>이 프리셋은 ContextBench에 기본으로 들어 있어 읽기 전용입니다. 복제해서 나만의 버전을 만드세요.</translation>
    </message>
    <message>
        <source>XML tags: &lt;document title=… source=… section=…&gt;</source>
        <translation>XML 태그: &lt;document title=… source=… section=…&gt;</translation>
    </message>
    <message>
        <source>Markdown headings</source>
        <translation>Markdown 제목</translation>
    </message>
    <message>
        <source>Plain separator lines</source>
        <translation>일반 구분선</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Wrap items as</source>
        <translation>항목 감싸는 방식</translation>
    </message>
    <message>
        <source>Instructions (system message)</source>
        <translation>지침 (시스템 메시지)</translation>
    </message>
    <message>
        <source>Input (user message)</source>
        <translation>입력 (사용자 메시지)</translation>
    </message>
    <message>
        <source>Slots used</source>
        <translation>사용된 슬롯</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source> (preset)</source>
        <translation> (프리셋)</translation>
    </message>
    <message>
        <source> (your version of the preset)</source>
        <translation> (프리셋의 내 버전)</translation>
    </message>
    <message>
        <source>%1 (variable: asked for when used)</source>
        <translation>%1 (변수: 사용할 때 입력)</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>영문자, 숫자, &apos;-&apos;, &apos;_&apos;만 써서 1~64자로 입력하세요.</translation>
    </message>
    <message>
        <source>Revert to Preset</source>
        <translation>프리셋으로 되돌리기</translation>
    </message>
    <message>
        <source>Unsaved Template</source>
        <translation>저장하지 않은 템플릿</translation>
    </message>
    <message>
        <source>Save the changes to &apos;%1&apos;?</source>
        <translation>&apos;%1&apos;의 변경 사항을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Replace Template</source>
        <translation>템플릿 바꾸기</translation>
    </message>
    <message>
        <source>A template named &apos;%1&apos; exists. Replace it?</source>
        <translation>&apos;%1&apos; 템플릿이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>템플릿을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved as &apos;%1&apos;, but the old file could not be removed: %2</source>
        <translation>&apos;%1&apos; 이름으로 저장했지만 이전 파일을 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Duplicate Template</source>
        <translation>템플릿 복제</translation>
    </message>
    <message>
        <source>Could not save the copy: %1</source>
        <translation>사본을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Delete your version of &apos;%1&apos; and use the shipped preset again?</source>
        <translation>&apos;%1&apos;의 내 버전을 삭제하고 기본 프리셋을 다시 사용하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete the template &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; 템플릿을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Cite sources: documents carry their id; the model cites [[id: &quot;exact quote&quot;]] and every citation is checked</source>
        <translation>출처 인용: 문서에 ID가 붙고, 모델은 [[id: &quot;정확한 인용문&quot;]] 형식으로 인용하며 모든 인용을 검사합니다</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::TemplatePresets</name>
    <message>
        <source>A concrete plan for the goal: target metrics, timeline, ranked priorities with owners, explicit exclusions, risks.</source>
        <translation>목표를 이루기 위한 구체적인 실행 계획(영어 템플릿): 목표 지표, 일정, 담당자가 정해진 우선순위, 제외 범위, 리스크.</translation>
    </message>
    <message>
        <source>A one-page summary for a named audience: bottom line first, key facts with sources, decisions needed.</source>
        <translation>보고 대상을 위한 한 장짜리 요약(영어 템플릿): 결론 먼저, 출처가 달린 핵심 사실, 필요한 의사결정.</translation>
    </message>
    <message>
        <source>A sceptical review: verdict, critical issues with severity and fixes, gaps, hidden assumptions, the best counter-argument.</source>
        <translation>비판적 검토(영어 템플릿): 종합 판정, 심각도와 해결책이 달린 주요 문제, 빠진 내용, 숨은 가정, 가장 강력한 반론.</translation>
    </message>
    <message>
        <source>A digest of meetings and voice memos for people who were not there: decisions, action items, open questions, figures.</source>
        <translation>참석하지 못한 사람을 위한 회의와 음성 메모 요약(영어 템플릿): 결정 사항, 실행 항목, 미결 사항, 수치.</translation>
    </message>
</context>
<context>
    <name>Cb::Ui::ToolTrailView</name>
    <message>
        <source>Tools: 1 call</source>
        <translation>도구: 호출 1회</translation>
    </message>
    <message>
        <source>Tools: %1 calls</source>
        <translation>도구: 호출 %1회</translation>
    </message>
    <message>
        <source>, %1 received</source>
        <translation>, %1 수신</translation>
    </message>
    <message>
        <source>nothing fetched yet</source>
        <translation>아직 가져온 것 없음</translation>
    </message>
    <message>
        <source>%1 earlier … </source>
        <translation>이전 %1개 … </translation>
    </message>
</context>
<context>
    <name>Cb::Ui::VariablesForm</name>
    <message>
        <source>No value yet: the prompt shows {{%1}} as written</source>
        <translation>아직 값이 없습니다. 프롬프트에는 {{%1}} 자리표시자가 그대로 남습니다</translation>
    </message>
    <message>
        <source>Template variables</source>
        <translation>템플릿 변수</translation>
    </message>
    <message>
        <source>&lt;b&gt;This template needs %1&lt;/b&gt; — until then the prompt keeps the {{placeholder}} as written.</source>
        <translation>&lt;b&gt;이 템플릿에는 %1가 필요합니다&lt;/b&gt; — 그때까지 프롬프트에는 {{자리표시자}}가 적힌 그대로 남습니다.</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>값 하나</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>값 %1개</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>{{%1}} 값</translation>
    </message>
</context>
<context>
    <name>QKeychain::DeletePasswordJobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>지갑을 열 수 없습니다: %1; %2</translation>
    </message>
</context>
<context>
    <name>QKeychain::JobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>키체인 접근이 거부되었습니다</translation>
    </message>
</context>
<context>
    <name>QKeychain::PlainTextStore</name>
    <message>
        <source>Entry not found</source>
        <translation>항목을 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>QKeychain::ReadPasswordJobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>No keychain service available</source>
        <translation>사용할 수 있는 키체인 서비스가 없습니다</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>지갑을 열 수 없습니다: %1; %2</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>키체인 접근이 거부되었습니다</translation>
    </message>
    <message>
        <source>Could not determine data type: %1; %2</source>
        <translation>데이터 형식을 확인할 수 없습니다: %1; %2</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>항목을 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>QKeychain::WritePasswordJobPrivate</name>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>D-Bus is not running</source>
        <translation>D-Bus가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>Could not open wallet: %1; %2</source>
        <translation>지갑을 열 수 없습니다: %1; %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;b&gt;Live:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Batch:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Actual so far:&lt;/b&gt; %3 (%4 of %5 calls finished)</source>
        <translation>&lt;b&gt;실시간:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;배치:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;현재까지 실제:&lt;/b&gt; %3 (호출 %5회 중 %4회 완료)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 보고서 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <source>JSON run record (*.json)</source>
        <translation>JSON 실행 기록 (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per call (*.csv)</source>
        <translation>CSV, 호출당 한 행 (*.csv)</translation>
    </message>
    <message>
        <source>Context packs (*.ctxpack);;All files (*)</source>
        <translation>컨텍스트 팩 (*.ctxpack);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>업무 메모</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>ContextBench closed while an unsaved pack had edits. They were kept automatically at %1.

Restore them?</source>
        <translation>저장하지 않은 팩을 편집하던 중에 ContextBench가 종료되었습니다. 편집 내용은 %1에 자동으로 보관되었습니다.

복원하시겠습니까?</translation>
    </message>
    <message>
        <source>ContextBench closed before the edits to %1 were saved. They were kept automatically at %2.

Restore them? The pack file stays as it is until you save.</source>
        <translation>%1의 편집 내용을 저장하기 전에 ContextBench가 종료되었습니다. 편집 내용은 %2에 자동으로 보관되었습니다.

복원하시겠습니까? 저장하기 전까지 팩 파일은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>저장하지 않은 편집 내용을 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>복원할 수 없습니다</translation>
    </message>
    <message>
        <source>The autosaved edits could not be read (%1). The file %2 was kept.</source>
        <translation>자동 저장된 편집 내용을 읽을 수 없습니다(%1). 파일 %2은(는) 그대로 두었습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slots&lt;/b&gt;&lt;br&gt;&lt;code&gt;{{goal}}&lt;/code&gt; the pack&apos;s goal · &lt;code&gt;{{title}}&lt;/code&gt; its title · &lt;code&gt;{{date}}&lt;/code&gt; today (yyyy-mm-dd)&lt;br&gt;&lt;code&gt;{{context}}&lt;/code&gt; every enabled item, grouped by section, wrapped in the style above&lt;br&gt;&lt;code&gt;{{section:Name}}&lt;/code&gt; one section&apos;s enabled items&lt;br&gt;&lt;code&gt;{{audience}}&lt;/code&gt; or any other name: a variable you are asked for when the template is used&lt;br&gt;Write &lt;code&gt;{{{{&lt;/code&gt; and &lt;code&gt;}}}}&lt;/code&gt; for literal braces. Document text is never expanded.</source>
        <translation>&lt;b&gt;슬롯&lt;/b&gt;&lt;br&gt;&lt;code&gt;{{goal}}&lt;/code&gt; 팩의 목표 · &lt;code&gt;{{title}}&lt;/code&gt; 팩 제목 · &lt;code&gt;{{date}}&lt;/code&gt; 오늘 날짜(YYYY-MM-DD 형식)&lt;br&gt;&lt;code&gt;{{context}}&lt;/code&gt; 사용 중인 모든 항목을 섹션별로 묶어 위에서 고른 스타일로 감싼 것&lt;br&gt;&lt;code&gt;{{section:섹션 이름}}&lt;/code&gt; 그 섹션의 사용 중인 항목(예: {{section:목표}})&lt;br&gt;&lt;code&gt;{{audience}}&lt;/code&gt; 또는 다른 이름: 템플릿을 사용할 때 값을 묻는 변수&lt;br&gt;중괄호를 그대로 쓰려면 &lt;code&gt;{{{{&lt;/code&gt;와 &lt;code&gt;}}}}&lt;/code&gt;를 쓰세요. 문서 텍스트 안의 슬롯은 치환되지 않습니다.</translation>
    </message>
    <message>
        <source>fits — %1 of %2</source>
        <translation>여유 — %1 / %2</translation>
    </message>
    <message>
        <source>tight — %1 of %2</source>
        <translation>빠듯함 — %1 / %2</translation>
    </message>
    <message>
        <source>over by %1 tokens</source>
        <translation>%1 토큰 초과</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>호출 1회</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>호출 %1회</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>OpenAI-compatible servers</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
        <source>Win rates</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Each bar is the first model&apos;s share of the pair&apos;s votes (a tie counts half); the whiskers are the 95% Wilson interval, wide when there are few votes.</source>
        <translation>각 막대는 쌍의 투표 중 첫 번째 모델이 얻은 비율입니다(동점은 절반으로 계산). 오차 막대는 95% Wilson 구간으로, 투표 수가 적으면 넓어집니다.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Bradley–Terry strengths from all votes (summing to 1), with 95% intervals from %1 bootstrap refits.</source>
        <translation>모든 투표로 구한 Bradley–Terry 강도(합계 1)와 부트스트랩 재적합 %1회로 구한 95% 구간입니다.</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Attempts judged pass per model (k-of-k), with the 95% Wilson interval.</source>
        <translation>모델별로 통과 판정을 받은 시도의 비율(k-of-k)과 95% Wilson 구간입니다.</translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation>비용과 시간</translation>
    </message>
    <message>
        <source>Mean cost against mean time of each model&apos;s answers; lower left is cheaper and faster.</source>
        <translation>모델별 답변의 평균 비용과 평균 시간입니다. 왼쪽 아래일수록 싸고 빠릅니다.</translation>
    </message>
    <message>
        <source>Mean cost against mean time per answer</source>
        <translation>답변당 평균 비용과 평균 시간</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>%1 (not judged)</source>
        <translation>%1 (판정 없음)</translation>
    </message>
    <message>
        <source>Win rate of the first model, with 95 % Wilson interval</source>
        <translation>첫 번째 모델의 승률과 95% Wilson 구간</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>승률</translation>
    </message>
    <message>
        <source>Bradley–Terry strength, with 95 % bootstrap interval</source>
        <translation>Bradley–Terry 강도와 95% 부트스트랩 구간</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>%1 not judged</source>
        <translation>%1 판정 없음</translation>
    </message>
    <message>
        <source>Pass rate per model (k-of-k), with 95 % Wilson interval</source>
        <translation>모델별 통과율(k-of-k)과 95% Wilson 구간</translation>
    </message>
    <message>
        <source>pass rate</source>
        <translation>통과율</translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation>기록: 준비됨</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>기록을 사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>%1 (%2% pass)</source>
        <translation>%1(통과 %2%)</translation>
    </message>
    <message>
        <source>%1%2 / %3 tokens (%4)</source>
        <translation>%1%2 / %3 토큰(%4)</translation>
    </message>
    <message>
        <source>%1 — fits</source>
        <translation>%1 — 여유</translation>
    </message>
    <message>
        <source>%1 — tight: leaves %2 for up to %3 output</source>
        <translation>%1 — 빠듯함: 출력(최대 %3 토큰)에 쓸 수 있는 토큰이 %2개 남습니다</translation>
    </message>
    <message>
        <source>%1 — over by %2 tokens</source>
        <translation>%1 — %2 토큰 초과</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;vs&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;대&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Access to keychain denied</source>
        <translation>키체인 접근이 거부되었습니다</translation>
    </message>
    <message>
        <source>No keyring daemon</source>
        <translation>키링 데몬이 없습니다</translation>
    </message>
    <message>
        <source>Already unlocked</source>
        <translation>이미 잠금 해제되었습니다</translation>
    </message>
    <message>
        <source>No such keyring</source>
        <translation>해당 키링이 없습니다</translation>
    </message>
    <message>
        <source>Bad arguments</source>
        <translation>잘못된 인수</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>입출력 오류</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Keyring already exists</source>
        <translation>키링이 이미 있습니다</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치하는 항목이 없습니다</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Entry not found</source>
        <translation>항목을 찾을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Sources</source>
        <comment>citations</comment>
        <translation>출처</translation>
    </message>
    <message>
        <source>not found</source>
        <comment>citation</comment>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>quote not in item</source>
        <translation>항목에 없는 인용문</translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation>알 수 없는 항목</translation>
    </message>
    <message>
        <source>claims cited %1, verified %2, not found %3</source>
        <translation>인용된 주장 %1, 확인됨 %2, 찾을 수 없음 %3</translation>
    </message>
    <message>
        <source>batch</source>
        <comment>billing</comment>
        <translation>배치</translation>
    </message>
    <message>
        <source>live</source>
        <comment>billing</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Results across cases</source>
        <translation>케이스 전체 결과</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Pass rate (95% CI)</source>
        <translation>통과율(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>판정 없음</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>모델 A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>모델 B</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>A&apos;s win rate (95% CI)</source>
        <translation>A의 승률(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>No blind votes yet.</source>
        <translation>아직 블라인드 투표가 없습니다.</translation>
    </message>
    <message>
        <source>Experiment %1, %2 mode, %3: %4 cases × %5 models × k=%6.</source>
        <translation>실험 %1, %2 모드, %3: 케이스 %4개 × 모델 %5개 × k=%6.</translation>
    </message>
    <message>
        <source>Total cost: %1</source>
        <translation>총비용: %1</translation>
    </message>
    <message>
        <source>%1 batch `%2` (%3): %4, %5 requests</source>
        <translation>%1 배치 `%2`(%3): %4, 요청 %5개</translation>
    </message>
    <message>
        <source>Case %1: %2%3</source>
        <translation>케이스 %1: %2%3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>과금</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>비용(USD)</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>tokens</comment>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>tokens</comment>
        <translation>출력</translation>
    </message>
    <message>
        <source>Case %1 · %2 · #%3</source>
        <translation>케이스 %1 · %2 · #%3</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Reasoning summary.</source>
        <translation>추론 요약.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>후속 질문: %1</translation>
    </message>
    <message>
        <source>Appendix: prompt</source>
        <translation>부록: 프롬프트</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>지침</translation>
    </message>
    <message>
        <source>Input</source>
        <comment>prompt</comment>
        <translation>입력</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <source> (continued)</source>
        <comment>page caption</comment>
        <translation> (계속)</translation>
    </message>
    <message>
        <source>Pack coverage</source>
        <translation>팩 활용 현황</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>읽은 답변</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>인용한 답변</translation>
    </message>
    <message>
        <source>Citations verified</source>
        <translation>확인된 인용</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Every item was read or cited by at least one answer.</source>
        <translation>모든 항목을 하나 이상의 답변이 읽거나 인용했습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 items used by no answer: %3.</source>
        <translation>항목 %2개 중 %1개는 어느 답변도 사용하지 않았습니다: %3.</translation>
    </message>
    <message>
        <source>Tool trail</source>
        <translation>도구 사용 기록</translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <comment>tool calls</comment>
        <translation>
            <numerusform>호출 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>round %1: %2 — %3 bytes</source>
        <translation>%1라운드: %2 — %3바이트</translation>
    </message>
    <message>
        <source> (error)</source>
        <comment>tool call</comment>
        <translation> (오류)</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%2표 중 %1표, %3</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 대 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>%1 input · %2 output</source>
        <translation>입력 %1 · 출력 %2</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (추론 %1)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Prompt sha256</source>
        <translation>프롬프트 sha256</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <comment>tokens</comment>
        <translation>추론</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>첫 토큰</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>seconds</comment>
        <translation>전체</translation>
    </message>
    <message>
        <source>Votes W-L-T</source>
        <translation>투표 승-패-무</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>평가단</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>Win rate (95% CI)</source>
        <translation>승률(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>Left side won (95% CI)</source>
        <translation>왼쪽 승(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>Verdict: %1. %2. Win rate of the first model of the pair; a tie or both-bad vote counts as half a win.</source>
        <translation>결론: %1. %2. 승률은 쌍의 첫 번째 모델 기준이며, 동점이나 둘 다 나쁨 투표는 0.5승으로 계산합니다.</translation>
    </message>
    <message>
        <source> Votes of judge models kept apart from these figures: %1.</source>
        <translation> 이 수치에서 제외한 심사 모델의 투표: %1표.</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>승</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>패</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>무</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>둘 다 나쁨</translation>
    </message>
    <message>
        <source>Win rate of the first model; a tie counts as half a win. Wilson score intervals. &quot;Left side won&quot;: of the decisive votes, how many went to the answer shown on the left; an interval that excludes 50% means the layout swayed the judge.</source>
        <translation>승률은 첫 번째 모델 기준이며, 동점은 0.5승으로 계산합니다. 구간은 Wilson 점수 구간입니다. &quot;왼쪽 승&quot;은 승부가 난 투표 중 왼쪽에 표시된 답변이 이긴 비율이며, 구간이 50%를 포함하지 않으면 화면 배치가 판단에 영향을 준 것입니다.</translation>
    </message>
    <message>
        <source> %1 of the votes are implied by rankings of several outputs (one per model pair per ranking).</source>
        <translation> 이 중 %1표는 여러 답변의 순위에서 도출한 것입니다(순위 하나당 모델 쌍마다 1표).</translation>
    </message>
    <message>
        <source>Ranking (Bradley–Terry)</source>
        <translation>순위(Bradley–Terry)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>비교 횟수</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Strengths sum to 1; ties count as half a win. Prior: every model is given %1 win and %1 loss against a virtual opponent of strength 1, which keeps a model without wins above zero.</source>
        <translation>강도의 합은 1이며, 동점은 0.5승으로 계산합니다. 사전 분포: 모든 모델에 강도 1인 가상 상대와의 %1승 %1패를 더해, 승리가 없는 모델도 0보다 크게 유지합니다.</translation>
    </message>
    <message>
        <source> These models fall into %1 groups that were never compared with each other: across groups the order rests on the prior alone, so read ranks only within a group.</source>
        <translation> 이 모델들은 서로 비교된 적이 없는 %1개 그룹으로 나뉩니다. 그룹 간 순서는 사전 분포에만 기대므로 순위는 같은 그룹 안에서만 비교하십시오.</translation>
    </message>
    <message>
        <source>Ratings and reliability</source>
        <translation>평점과 신뢰도</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>평균 평점</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>평가 수</translation>
    </message>
    <message>
        <source>All k passed (95% CI)</source>
        <translation>k회 모두 통과(95% 신뢰구간)</translation>
    </message>
    <message>
        <source>Appendix: context manifest</source>
        <translation>부록: 컨텍스트 목록</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>manifest</comment>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>sha256 of the assembled prompt: %1</source>
        <translation>조립된 프롬프트의 sha256: %1</translation>
    </message>
    <message>
        <source>%1 output tokens</source>
        <translation>출력 토큰 %1개</translation>
    </message>
    <message>
        <source> (the reply is partial)</source>
        <translation> (답변이 일부만 있음)</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>추론 %1</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>평점 %1</translation>
    </message>
    <message>
        <source>Judged %1</source>
        <translation>판정 %1</translation>
    </message>
    <message>
        <source>Judged %1: %2</source>
        <translation>판정 %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>sources</comment>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <comment>QDateTime format of report dates</comment>
        <translation>yyyy년 M월 d일 HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1의 답변</translation>
    </message>
    <message numerus="yes">
        <source>Comparison of %n outputs</source>
        <translation>
            <numerusform>답변 %n개 비교</numerusform>
        </translation>
    </message>
    <message>
        <source>queued</source>
        <comment>call status</comment>
        <translation>대기열</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>call status</comment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>thinking</source>
        <comment>call status</comment>
        <translation>생각 중</translation>
    </message>
    <message>
        <source>streaming</source>
        <comment>call status</comment>
        <translation>수신 중</translation>
    </message>
    <message>
        <source>done</source>
        <comment>call status</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>call status</comment>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>call status</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>call status</comment>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <comment>call status</comment>
        <translation>%1(일부)</translation>
    </message>
    <message>
        <source>Output %1 — %2</source>
        <translation>답변 %1 — %2</translation>
    </message>
    <message>
        <source>1 rater</source>
        <translation>평가자 1명</translation>
    </message>
    <message>
        <source>%1 raters</source>
        <translation>평가자 %1명</translation>
    </message>
    <message>
        <source>1 judgement</source>
        <translation>판정 1건</translation>
    </message>
    <message>
        <source>%1 judgements</source>
        <translation>판정 %1건</translation>
    </message>
    <message>
        <source>1 answer pair</source>
        <translation>답변 쌍 1개</translation>
    </message>
    <message>
        <source>%1 answer pairs</source>
        <translation>답변 쌍 %1개</translation>
    </message>
    <message>
        <source>undefined: every shared judgement was the same</source>
        <translation>정의되지 않음: 함께 판정한 결과가 모두 같습니다</translation>
    </message>
    <message>
        <source>no item was judged by more than one rater</source>
        <translation>두 명 이상의 평가자가 판정한 항목이 없습니다</translation>
    </message>
    <message>
        <source>needs exactly two raters; %1 raters shared items</source>
        <translation>평가자가 정확히 두 명이어야 합니다. 항목을 함께 판정한 평가자는 %1명입니다</translation>
    </message>
    <message>
        <source>needs the same number of raters on every shared item; they had %1 to %2</source>
        <translation>함께 판정한 항목마다 평가자 수가 같아야 합니다. 항목별 평가자 수가 %1~%2명이었습니다</translation>
    </message>
    <message>
        <source>less than chance agreement</source>
        <translation>우연 수준보다 낮은 일치도</translation>
    </message>
    <message>
        <source>slight agreement</source>
        <translation>약간의 일치도</translation>
    </message>
    <message>
        <source>fair agreement</source>
        <translation>어느 정도의 일치도</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>중간 수준의 일치도</translation>
    </message>
    <message>
        <source>substantial agreement</source>
        <translation>상당한 일치도</translation>
    </message>
    <message>
        <source>almost perfect agreement</source>
        <translation>거의 완벽한 일치도</translation>
    </message>
    <message>
        <source>Agreement: no answer pair was judged by more than one rater</source>
        <translation>일치도: 두 명 이상의 평가자가 판정한 답변 쌍이 없습니다</translation>
    </message>
    <message>
        <source>not given (%1)</source>
        <translation>제시하지 않음(%1)</translation>
    </message>
    <message>
        <source>Agreement over %1 judged by more than one rater (%2): Krippendorff&apos;s α (ordinal) %3, Cohen&apos;s κ %4, Fleiss&apos; κ %5</source>
        <translation>두 명 이상의 평가자가 판정한 %1에 대한 일치도(%2): Krippendorff의 α(순서형) %3, Cohen의 κ %4, Fleiss의 κ %5</translation>
    </message>
    <message>
        <source>No human judgements yet</source>
        <translation>아직 사람의 판정이 없습니다</translation>
    </message>
    <message>
        <source>%1 and %2 preferred equally: %3% of %4 (95% CI %5–%6%)</source>
        <translation>%1과(와) %2을(를) 똑같이 선호: %4 중 %3%(95% 신뢰구간 %5–%6%)</translation>
    </message>
    <message>
        <source>%1 preferred in %2% of %3 (95% CI %4–%5%)</source>
        <translation>%3 중 %2%에서 %1 선호(95% 신뢰구간 %4–%5%)</translation>
    </message>
    <message>
        <source>, %1</source>
        <comment>verdict: raters</comment>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, α = %1 (%2)</source>
        <translation>, α = %1(%2)</translation>
    </message>
    <message>
        <source> (no agreement to measure)</source>
        <translation> (측정할 일치도 없음)</translation>
    </message>
    <message>
        <source>, agreement not measured (%1)</source>
        <translation>, 일치도 측정 불가(%1)</translation>
    </message>
    <message>
        <source>; the most-judged of %1 model pairs</source>
        <translation>; 모델 쌍 %1개 중 가장 많이 판정된 쌍</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>거부 %1회</translation>
    </message>
    <message>
        <source>%1 call(s) failed</source>
        <translation>호출 실패 %1회</translation>
    </message>
    <message>
        <source>%1 unjudged</source>
        <translation>미판정 %1회</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>k-of-k and its notes</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>pass^%1: %2 of %3 runs</source>
        <translation>pass^%1: 실행 %3회 중 %2회</translation>
    </message>
    <message>
        <source>, %1% (%2–%3%)</source>
        <translation>, %1%(%2–%3%)</translation>
    </message>
    <message>
        <source>%1 not fully judged</source>
        <translation>일부 미판정 %1회</translation>
    </message>
    <message>
        <source>%1 with a failed call</source>
        <translation>호출 실패 포함 %1회</translation>
    </message>
    <message>
        <source>; apart: %1</source>
        <translation>; 제외: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>in batch</source>
        <translation>배치 처리 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>live</source>
        <comment>experiment mode</comment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>batch</source>
        <comment>experiment mode</comment>
        <translation>배치</translation>
    </message>
    <message>
        <source>validating</source>
        <comment>batch state</comment>
        <translation>검증 중</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>batch state</comment>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>finalizing</source>
        <comment>batch state</comment>
        <translation>마무리 중</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>batch state</comment>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>batch state</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>batch state</comment>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>cancelling</source>
        <comment>batch state</comment>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>batch state</comment>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>judgement</comment>
        <translation>통과</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>judgement</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation>[이미지: %1]</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the person at the keyboard, as a rater</comment>
        <translation>나</translation>
    </message>
    <message>
        <source>rater %1</source>
        <comment>a rater whose name is unknown; %1 is its number</comment>
        <translation>평가자 %1</translation>
    </message>
</context>
</TS>
