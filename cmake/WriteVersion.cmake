# Writes OUT from sim/core/version.cpp.in with the commit checked out in SOURCE_DIR ("unknown"
# outside a git checkout); configure_file leaves OUT untouched when nothing changed.
set(NORMSIM_GIT_COMMIT "unknown")
if(GIT_EXECUTABLE)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse HEAD
                  WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE _commit OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _rc ERROR_QUIET)
  if(_rc EQUAL 0)
    set(NORMSIM_GIT_COMMIT "${_commit}")
  endif()
endif()
configure_file(${SOURCE_DIR}/sim/core/version.cpp.in ${OUT} @ONLY)
