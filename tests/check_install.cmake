# Installs into a scratch prefix and checks the files a packaged app needs.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/contextbench
          share/applications/io.github.contextbench.ContextBench.desktop
          share/metainfo/io.github.contextbench.ContextBench.metainfo.xml
          share/icons/hicolor/scalable/apps/io.github.contextbench.ContextBench.svg
          share/contextbench/samples/welcome.ctxpack
          share/contextbench/samples/welcome-ko.ctxpack
          share/contextbench/models/catalog.json
          share/contextbench/templates/report-generator.cbtemplate
          share/contextbench/templates/report-generator-ko.cbtemplate
          share/contextbench/tokenizers/o200k_base.tiktoken
          share/contextbench/tokenizers/cl100k_base.tiktoken
          share/contextbench/fonts/ContextBenchCJKKR-Regular.otf
          share/contextbench/fonts/ContextBenchCJKKR-Bold.otf
          libexec/contextbench/contextbench-pdftext)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "missing from the install: ${f}")
  endif()
endforeach()
execute_process(COMMAND "${PREFIX}/bin/contextbench" --version RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "contextbench")
  message(FATAL_ERROR "the installed binary does not run: ${rc} ${out}")
endif()
message(STATUS "install layout complete")
