# Runs normsim with ARGS (a ;-list) and checks its exit code, that stderr/stdout contains
# TEXT, and that neither OUTPUT (if given) nor OUTPUT.partial was written.
execute_process(COMMAND ${NORMSIM} ${ARGS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL CODE)
  message(FATAL_ERROR "exit code ${rc}, expected ${CODE}\nstdout: ${out}\nstderr: ${err}")
endif()
string(FIND "${out}${err}" "${TEXT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "output lacks '${TEXT}'\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED OUTPUT AND (EXISTS "${OUTPUT}" OR EXISTS "${OUTPUT}.partial"))
  message(FATAL_ERROR "${OUTPUT} (or its .partial) was written despite the error")
endif()
