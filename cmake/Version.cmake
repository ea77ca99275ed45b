# The program version and the git commit it was built from, stamped into every output file.
# The commit is read again at every build, not only when CMake configures, so a rebuild after
# a new commit never stamps an older one; version.cpp changes (and recompiles) only with it.
find_package(Git QUIET)
set(NORMSIM_VERSION_CPP ${CMAKE_BINARY_DIR}/generated/version.cpp)
set(_stamp ${CMAKE_COMMAND} -DGIT_EXECUTABLE=${GIT_EXECUTABLE} -DSOURCE_DIR=${CMAKE_SOURCE_DIR}
    -DPROJECT_VERSION=${PROJECT_VERSION} -DOUT=${NORMSIM_VERSION_CPP}
    -P ${CMAKE_SOURCE_DIR}/cmake/WriteVersion.cmake)
execute_process(COMMAND ${_stamp})  # so that the file exists when targets are defined
add_custom_target(normsim_version COMMAND ${_stamp} BYPRODUCTS ${NORMSIM_VERSION_CPP}
                  COMMENT "Stamping the git commit")
