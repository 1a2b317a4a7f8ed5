# One INTERFACE target that carries the project's strict compile settings.
add_library(cb_strict INTERFACE)
target_compile_definitions(cb_strict INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_NO_KEYWORDS)
target_compile_options(cb_strict INTERFACE -Wall -Wextra -Wpedantic)
if(CB_WERROR)
  target_compile_options(cb_strict INTERFACE -Werror)
endif()

# Adds the sources of a folder tree to a target. Globbing keeps the folder the single
# source of truth for which files belong to a layer; CONFIGURE_DEPENDS notices new files.
function(cb_glob_sources target dir)
  file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS
    "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui")
  target_sources(${target} PRIVATE ${_srcs})
  # With Ninja, AUTOMOC reruns only for files already in its depfile, so a newly globbed header
  # would go without moc until a clean build. When the file list changes, drop the autogen
  # timestamp so the next build reruns moc over everything.
  string(SHA1 _hash "${_srcs}")
  set(_stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.sha1")
  set(_old "")
  if(EXISTS "${_stamp}")
    file(READ "${_stamp}" _old)
  endif()
  if(NOT _old STREQUAL _hash)
    file(WRITE "${_stamp}" "${_hash}")
    file(REMOVE "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp")
  endif()
endfunction()
