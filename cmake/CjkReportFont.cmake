# The CJK font PDF reports embed, derived at build time from Debian's Noto Sans CJK collection
# (fonts-noto-cjk) by packaging/fonts/derive_cjk_font.py with fontTools (python3-fonttools):
# the same outlines, with the Kangxi radicals and other look-alikes taken out of the character
# map so that a PDF's text layer gives back 日, not ⽇ (see the script). About 2 s and 33 MB
# (Regular and Bold), written to <build>/resources/fonts and installed to share/contextbench/fonts.
set(CB_CJK_FONT_FAMILY "ContextBench CJK KR")
set(CB_BUILD_RESOURCE_DIR ${PROJECT_BINARY_DIR}/resources)
set(_fonts_dir ${CB_BUILD_RESOURCE_DIR}/fonts)
set(_script ${PROJECT_SOURCE_DIR}/packaging/fonts/derive_cjk_font.py)

find_path(CB_NOTO_CJK_DIR NotoSansCJK-Regular.ttc
  PATHS /usr/share/fonts/opentype/noto /usr/share/fonts/noto-cjk /usr/share/fonts/google-noto-cjk
  DOC "folder of NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc (Debian: fonts-noto-cjk)")
if(NOT CB_NOTO_CJK_DIR)
  message(FATAL_ERROR "NotoSansCJK-Regular.ttc not found: install fonts-noto-cjk (packaging/deps.sh) "
                      "or set CB_NOTO_CJK_DIR")
endif()

# A Python that has fontTools: Debian's own first (a pyenv or venv python3 on PATH may lack it).
if(NOT CB_FONT_PYTHON)
  find_program(CB_PYTHON3_ON_PATH python3)
  mark_as_advanced(CB_PYTHON3_ON_PATH)
  foreach(_candidate /usr/bin/python3 ${CB_PYTHON3_ON_PATH})
    if(EXISTS ${_candidate})
      execute_process(COMMAND ${_candidate} -c "import fontTools"
                      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_QUIET)
      if(_rc EQUAL 0)
        set(CB_FONT_PYTHON ${_candidate} CACHE FILEPATH "Python 3 with fontTools" FORCE)
        break()
      endif()
    endif()
  endforeach()
endif()
if(NOT CB_FONT_PYTHON)
  message(FATAL_ERROR "No python3 with fontTools: install python3-fonttools (packaging/deps.sh)")
endif()

set(CB_CJK_FONT_FILES "")
foreach(_style Regular Bold)
  set(_out ${_fonts_dir}/ContextBenchCJKKR-${_style}.otf)
  set(_extra "")
  set(_byproducts "")
  if(_style STREQUAL "Regular")
    # The collisions the map no longer has, for the record and for the export test.
    set(_extra ${_fonts_dir}/cjk-collisions.tsv)
  endif()
  add_custom_command(OUTPUT ${_out} ${_extra}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_fonts_dir}
    COMMAND ${CB_FONT_PYTHON} ${_script} ${CB_NOTO_CJK_DIR}/NotoSansCJK-${_style}.ttc
            "Noto Sans CJK KR" ${_out} "${CB_CJK_FONT_FAMILY}" ${_extra}
    DEPENDS ${_script} ${CB_NOTO_CJK_DIR}/NotoSansCJK-${_style}.ttc
    COMMENT "Deriving ${CB_CJK_FONT_FAMILY} ${_style} from Noto Sans CJK"
    VERBATIM)
  list(APPEND CB_CJK_FONT_FILES ${_out} ${_extra})
endforeach()
add_custom_target(cb_cjk_fonts ALL DEPENDS ${CB_CJK_FONT_FILES})
install(FILES ${CB_CJK_FONT_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/contextbench/fonts)
