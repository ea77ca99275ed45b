# The program version and the git commit it was configured from, stamped into every output file.
find_package(Git QUIET)
set(NORMSIM_GIT_COMMIT "unknown")
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse HEAD
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                  OUTPUT_VARIABLE _commit OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _rc ERROR_QUIET)
  if(_rc EQUAL 0)
    set(NORMSIM_GIT_COMMIT "${_commit}")
  endif()
endif()
configure_file(${CMAKE_SOURCE_DIR}/sim/core/version.cpp.in ${CMAKE_BINARY_DIR}/generated/version.cpp @ONLY)
